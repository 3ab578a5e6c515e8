"""The offline input-quality tagger: Magpie's five labels from text features, with the features named."""

import polars as pl

from synthlens.judge.offline.textfeatures import text_features
from synthlens.progress import ProgressFn, silent

F = pl.col

# Each reason is (condition, phrase); the explanation lists the phrases whose condition holds, in order.
_REASONS = (
    (F("chars") == 0, "empty instruction"),
    (F("is_greeting"), "a greeting or filler, no task"),
    (F("is_gibberish"), "mostly non-words"),
    ((F("words") == 1) & ~F("is_greeting"), "a single word, no task"),
    (F("ends_with_colon"), "ends with ':' and nothing follows (cut off)"),
    (F("ends_mid_sentence"), "ends mid-sentence"),
    (F("refers_to_missing"), "refers to material it does not include"),
    ((F("words").is_between(2, 3)) & ~F("is_question") & (F("details") == 0), "too short to say what is wanted"),
    (F("is_question") | F("is_request"), "clear question or request"),
    ((F("chars") > 0) & F("is_latin") & ~F("is_question") & ~F("is_request"), "no clear question or request"),
    (F("details") >= 2, "specific details (numbers, names, quotes or constraints)"),
    (F("details") == 1, "one specific detail"),
    (F("has_context"), "gives context"),
)


def quality_expressions() -> tuple[pl.Expr, pl.Expr]:
    """(label, explanation) expressions over the columns of `text_features`."""
    clear = F("is_question") | F("is_request") | ~F("is_latin")
    very_poor = (F("words") <= 1) | F("is_gibberish") | F("is_greeting")
    # Under four words with no question and no detail ("fix it", "do this") says too little to act on.
    vague = (F("words") < 4) & ~F("is_question") & (F("details") == 0)
    poor = F("ends_with_colon") | F("ends_mid_sentence") | F("refers_to_missing") | ((F("words") < 7) & ~clear) | vague
    excellent = clear & (F("words") >= 25) & F("has_context") & (F("details") >= 2)
    good = clear & (F("words") >= 10) & ((F("details") >= 1) | F("has_context") | (F("words") >= 40))
    label = (
        pl.when(very_poor)
        .then(pl.lit("very poor"))
        .when(poor)
        .then(pl.lit("poor"))
        .when(excellent)
        .then(pl.lit("excellent"))
        .when(good)
        .then(pl.lit("good"))
        .otherwise(pl.lit("average"))
    )
    pieces = [pl.when(F("words") == 1).then(pl.lit("1 word")).otherwise(F("words").cast(pl.String) + " words")]
    pieces += [pl.when(condition).then(pl.lit(phrase)) for condition, phrase in _REASONS]
    return label, pl.concat_str(pieces, separator="; ", ignore_nulls=True)


class QualityTagger:
    """Writes `input_quality` (very poor .. excellent) and a `quality_explanation` naming the features."""

    name = "quality"
    generator = "heuristic-v1"
    columns = ["input_quality", "quality_explanation", "input_quality_generator"]

    def params(self) -> dict:
        return {"rules": "quality-v1"}

    def provenance(self) -> dict:
        return {
            "kind": "offline rules",
            "generator": self.generator,
            "method": "rules over length, form, details and signs of damage; not measured against human labels",
        }

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        label, explanation = quality_expressions()
        features = text_features(rows["instruction"])
        tagged = features.select(
            label.alias("input_quality"),
            explanation.alias("quality_explanation"),
            pl.lit(self.generator).alias("input_quality_generator"),
        )
        progress("quality", rows.height, rows.height)
        return pl.concat([rows.select("id"), tagged], how="horizontal")
