"""The language tagger: a fast English check, then lingua for the rest, locally, no LLM and no network.

lingua alone calls short English German ("Convert 58 Fahrenheit to Celsius" -> DE) and is the slow part of
the offline tags. Most instruction data is English, so a vectorised check settles those rows first: Latin
text with English function words ("the", "to", "how", ...) and no function words of the other candidate
languages is English. lingua decides every other row.
"""

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
# Words that are common in English and are not words of the other default languages (so no "a", "in",
# "die", "was", "me", "on", "do", "has"). One of them in plain Latin text, making up a quarter of its
# words, with no marker of another language, settles the row as English.
ENGLISH_WORDS = (
    "the and of to is are were what how which who why when where you your with for this that these those"
    " from by it its be been being have had does did can could would should not if then than there their"
    " they them she his her we our us my at about into some any all each every other more most many much"
    " one two three four five give write make create generate explain describe convert rewrite summarize"
    " summarise calculate compute identify classify suggest provide please hello hi hey thanks thank yes"
    " following sentence sentences word words example between after before without using use tell"
)
# Function words of the other default Latin-script languages; any of them sends the row to lingua.
OTHER_WORDS = (
    "der die das und ist nicht ein eine mit für ich sie wie le la les des est une et pour dans que qui el"
    " los las es por para con una del il di che per della sono não uma em os ve bir bu için và của là"
    " không những"
)
MIN_ENGLISH_SHARE = 0.25
# Confidence written for rows the English check settles: its precision measured on the evaluation sets
# of docs/offline-taggers.md (no non-English row there passed it).
ENGLISH_CHECK_CONFIDENCE = 0.99


def lingua_version() -> str:
    """The installed lingua-language-detector version, recorded in language_generator."""
    return version("lingua-language-detector")


class LanguageTagger:
    """Writes `language` (ISO 639-1, upper case like Magpie's "EN"; null when unsure) per instruction."""

    name = "language"
    columns = ["language", "language_confidence", "language_generator"]

    def __init__(self, languages: tuple[str, ...] | list[str] = DEFAULT_LANGUAGES) -> None:
        self.languages = tuple(sorted(code.upper() for code in languages))
        self.generator = f"english-check+lingua-{lingua_version()}"

    def params(self) -> dict:
        return {
            "languages": list(self.languages),
            "min_letters": MIN_LETTERS,
            "min_relative_distance": MIN_RELATIVE_DISTANCE,
            "max_chars": MAX_CHARS,
            "english_check": [ENGLISH_WORDS, OTHER_WORDS, MIN_ENGLISH_SHARE] if "EN" in self.languages else None,
        }

    def provenance(self) -> dict:
        # Measured by benchmarks/eval_offline_taggers.py on tests/data/offline_eval_language.yaml; re-measure
        # when the word lists or the thresholds change.
        measured = "English check, then lingua: right on 124 of 127 short hand-written instructions in 14 languages"
        return {"kind": "offline model", "generator": self.generator, "measured": measured}

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        codes, confidence = detect_languages(rows["instruction"].to_list(), self.languages, progress)
        return pl.DataFrame(
            {
                "id": rows["id"],
                "language": pl.Series(codes, dtype=pl.String),
                "language_confidence": pl.Series(confidence, dtype=pl.Float32),
                "language_generator": pl.Series([self.generator] * rows.height, dtype=pl.String),
            }
        )


def detect_languages(
    texts: list[str | None], languages: tuple[str, ...] = DEFAULT_LANGUAGES, progress: ProgressFn = silent
) -> tuple[list[str | None], list[float | None]]:
    """ISO 639-1 codes (upper case) per text and their confidence; None where there is no language signal."""
    languages = tuple(sorted(code.upper() for code in languages))
    detector = _detector(languages)
    series = pl.Series(texts, dtype=pl.String)
    english = english_rows(series) if "EN" in languages else [False] * len(series)
    prepared = prepare_texts(series).to_list()
    codes: list[str | None] = ["EN" if is_english else None for is_english in english]
    confidence: list[float | None] = [ENGLISH_CHECK_CONFIDENCE if is_english else None for is_english in english]
    pending = [i for i, (is_english, text) in enumerate(zip(english, prepared, strict=True)) if not is_english and text]
    for start in range(0, len(pending), BATCH_ROWS):
        batch = pending[start : start + BATCH_ROWS]
        found = detector.compute_language_confidence_values_in_parallel([prepared[i] for i in batch])
        for index, values in zip(batch, found, strict=True):
            codes[index], confidence[index] = _decide(values)
        progress("language", start + len(batch), len(pending))
    return codes, confidence


def _decide(values: list) -> tuple[str | None, float | None]:
    """lingua's top language, or None when the runner-up is too close to call (its own abstention rule)."""
    if not values:
        return None, None
    top = values[0]
    runner_up = values[1].value if len(values) > 1 else 0.0
    if top.value <= 0 or (top.value - runner_up) / top.value < MIN_RELATIVE_DISTANCE:
        return None, float(top.value)
    return top.language.iso_code_639_1.name, float(top.value)


def english_rows(texts: pl.Series) -> list[bool]:
    """Which texts the English check settles: Latin letters only, English function words, no other markers."""
    english = r"(?i)\b(" + "|".join(ENGLISH_WORDS.split()) + r")\b"
    # Lower case and between spaces: "OS", "I've" and "La La Land" are not French, Portuguese or Turkish.
    other = r"(^|\s)(" + "|".join(OTHER_WORDS.split()) + r")($|[\s,.;:!?])"
    prose = pl.col("text").str.replace_all(r"(?s)```.*?(```|$)", " ").str.slice(0, MAX_CHARS)
    counts = (
        pl.DataFrame({"text": texts.fill_null("")})
        .select(prose.alias("prose"))
        .select(
            english=pl.col("prose").str.count_matches(english),
            words=pl.col("prose").str.count_matches(r"\p{L}+"),
            other=pl.col("prose").str.contains(other),
            latin=pl.col("prose").str.count_matches(r"\p{L}") == pl.col("prose").str.count_matches(r"[A-Za-z]"),
        )
    )
    english_share = (pl.col("english") >= 1) & (pl.col("english") >= MIN_ENGLISH_SHARE * pl.col("words"))
    return counts.select(english_share & ~pl.col("other") & pl.col("latin")).to_series().to_list()


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
