"""The `select:` step of a recipe from its plain form: a score, a budget, a similarity limit, floors and caps."""

import re
from typing import Any

from synthlens.filter.fields import fail, flag, integer, label_counts, mapping, required, text
from synthlens.filter.model import DEFAULT_TOKENIZER, Select

SELECT_KEYS = (
    "score",
    "budget_tokens",
    "budget_rows",
    "descending",
    "max_similarity",
    "tokenizer",
    "category",
    "min_per_value",
    "min",
    "max_per_value",
    "max",
)
DEFAULT_MAX_SIMILARITY = 0.9  # DEITA's threshold: below it two instructions are not near-paraphrases
_COUNT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kKmMbB]?)\s*$")
_COUNT_SCALE = {"": 1, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000}


def select_from_dict(raw: Any, where: str) -> Select:
    """Check a `select:` mapping and build the step."""
    raw = mapping(raw, where, SELECT_KEYS)
    budgets = {key: parse_count(raw[key], f"{where} {key}") for key in ("budget_tokens", "budget_rows") if key in raw}
    if not budgets:
        raise fail(where, "no budget", "budget_tokens, budget_rows or both", "add e.g. budget_tokens: 5M")
    per_value = {key: integer(raw[key], f"{where} {key}", 0) for key in ("min_per_value", "max_per_value")
                 if key in raw}  # fmt: skip
    return Select(
        score=text(required(raw, "score", where, SELECT_KEYS), f"{where} score"),
        descending=flag(raw, "descending", where, default=True),
        max_similarity=similarity(raw.get("max_similarity", DEFAULT_MAX_SIMILARITY), f"{where} max_similarity"),
        tokenizer=text(raw.get("tokenizer", DEFAULT_TOKENIZER), f"{where} tokenizer"),
        category=text(raw.get("category", "task_category"), f"{where} category"),
        min=label_counts(raw, "min", where, "min: {Math: 100}"),
        max=label_counts(raw, "max", where, "max: {Information seeking: 5000}"),
        **budgets,
        **per_value,
    )


def parse_count(value: Any, where: str) -> int:
    """A positive count from a number or a short text: 300000, "300K", "5M", "1.5B"."""
    readable = isinstance(value, int | str) and not isinstance(value, bool)
    match = _COUNT.match(str(value).replace("_", "").replace(",", "")) if readable else None
    count = round(float(match[1]) * _COUNT_SCALE[match[2].lower()]) if match else 0
    if count < 1:
        raise fail(where, f"{value!r} is not a count", "a whole number, or one with K, M or B", "write e.g. 5M")
    return count


def similarity(value: Any, where: str) -> float | None:
    """A cosine similarity limit in (0, 1], or None to switch the check off."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        allowed = "above 0, at most 1, or null (no check)"
        raise fail(where, f"{value!r} is not a cosine similarity limit", allowed, "write e.g. 0.9")
    return float(value)
