"""The language tagger: lingua identifies each instruction's language locally, no LLM and no network."""

from functools import cache
from importlib.metadata import version

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent

# The languages most common in instruction-tuning data. A closed set keeps lingua fast: every extra
# Latin-script language adds n-gram models to score (on Alpaca, 20 languages ran at 0.43x these 14).
# Text in any other language gets the closest of these or null.
DEFAULT_LANGUAGES = (
    "EN", "ZH", "ES", "FR", "DE", "JA", "KO", "RU", "PT", "IT", "AR", "HI", "VI", "TR",
)  # fmt: skip
# Under this many letters lingua is close to guessing ("ok", "hi", "x^2"), so the tagger says null.
# Han, kana and Hangul characters carry more signal each and count double.
MIN_LETTERS = 4
# lingua returns no language when the top two candidates are closer than this (its own abstention).
MIN_RELATIVE_DISTANCE = 0.1
# Language identification needs a sentence or two, not a whole document; longer texts are cut for speed
# (on Alpaca, 300 characters gave the same language as 600 on 99.98% of rows).
MAX_CHARS = 300
BATCH_ROWS = 20_000

_DENSE_SCRIPT = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"


def lingua_version() -> str:
    """The installed lingua-language-detector version, recorded in language_generator."""
    return version("lingua-language-detector")


class LanguageTagger:
    """Writes `language` (ISO 639-1, upper case like Magpie's "EN"; null when unsure) per instruction."""

    name = "language"
    columns = ["language", "language_generator"]

    def __init__(self, languages: tuple[str, ...] | list[str] = DEFAULT_LANGUAGES) -> None:
        self.languages = tuple(sorted(code.upper() for code in languages))
        self.generator = f"lingua-{lingua_version()}"

    def params(self) -> dict:
        return {
            "languages": list(self.languages),
            "min_letters": MIN_LETTERS,
            "min_relative_distance": MIN_RELATIVE_DISTANCE,
            "max_chars": MAX_CHARS,
        }

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        codes = detect_languages(rows["instruction"].to_list(), self.languages, progress)
        return pl.DataFrame({"id": rows["id"], "language": pl.Series(codes, dtype=pl.String)}).with_columns(
            pl.lit(self.generator).alias("language_generator")
        )


def detect_languages(
    texts: list[str | None], languages: tuple[str, ...] = DEFAULT_LANGUAGES, progress: ProgressFn = silent
) -> list[str | None]:
    """ISO 639-1 codes (upper case) for each text, None where the text is too short or ambiguous."""
    detector = _detector(tuple(sorted(code.upper() for code in languages)))
    prepared = prepare_texts(pl.Series(texts, dtype=pl.String)).to_list()
    codes: list[str | None] = []
    for start in range(0, len(prepared), BATCH_ROWS):
        batch = prepared[start : start + BATCH_ROWS]
        found = detector.detect_languages_in_parallel_of([text or "" for text in batch])
        codes += [
            language.iso_code_639_1.name if language is not None and text else None
            for text, language in zip(batch, found, strict=True)
        ]
        progress("language", len(codes), len(prepared))
    return codes


def prepare_texts(texts: pl.Series) -> pl.Series:
    """The text lingua should see per row, or null when too few letters are left to tell the language."""
    # Code blocks go first: code reads as English whatever language the question is in.
    frame = pl.DataFrame({"text": texts.fill_null("")})
    prose = pl.col("text").str.replace_all(r"(?s)```.*?(```|$)", " ").str.slice(0, MAX_CHARS)
    letters = prose.str.count_matches(r"\p{L}") + prose.str.count_matches(_DENSE_SCRIPT)
    return frame.select(pl.when(letters >= MIN_LETTERS).then(prose).alias("text")).to_series()


@cache
def _detector(languages: tuple[str, ...]):  # -> lingua.LanguageDetector, imported lazily
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    unknown = [code for code in languages if not hasattr(IsoCode639_1, code)]
    if unknown:
        raise SynthlensError(
            f"unknown language code(s) {', '.join(unknown)}; allowed: ISO 639-1 codes lingua supports"
            f" (e.g. {', '.join(DEFAULT_LANGUAGES[:6])}); fix: pass two-letter codes such as EN"
        )
    if len(languages) < 2:
        raise SynthlensError(
            f"language detection needs at least two candidate languages, got {list(languages)};"
            " fix: pass two or more ISO 639-1 codes"
        )
    isos = [getattr(IsoCode639_1, code) for code in languages]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*isos)
    return builder.with_minimum_relative_distance(MIN_RELATIVE_DISTANCE).build()
