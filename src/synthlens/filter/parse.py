"""Build a Recipe from its plain dict form, checking the structure; every error names the place, the bad key
or value, what is allowed and how to fix it. Column checks against a run are in `expressions.validate`."""

import re
from typing import Any

import polars as pl

from synthlens.filter.fields import check_keys, fail, flag, integer, mapping, required, text
from synthlens.filter.model import (
    FLAGS,
    LENGTH,
    MEMBERSHIP,
    OPS,
    TEXT,
    Condition,
    Quota,
    Recipe,
    Top,
    step_reasons,
)
from synthlens.filter.select.config import select_from_dict
from synthlens.filter.shorthand import parse_condition_text

RECIPE_KEYS = (
    "name",
    "description",
    "conditions",
    "drop_ids",
    "keep_ids",
    "quotas",
    "top",
    "select",
    "orders",
    "seed",
)
CONDITION_KEYS = ("column", "op", "value", "when", "name", "keep_null")
QUOTA_KEYS = ("column", "max_per_value", "max", "by", "descending", "name")
TOP_KEYS = ("n", "by", "descending", "name")
_REASON = re.compile(r"^[a-z][a-z0-9_]*$")
_SHORTHAND_HELP = "write e.g. 'input_quality >= average' or {column: input_quality, op: '>=', value: average}"


def recipe_from_dict(data: Any, source: str = "recipe") -> Recipe:
    """Check the recipe's structure and build the typed model."""
    if not isinstance(data, dict):
        raise fail(
            source,
            f"a recipe must be a mapping, got {type(data).__name__}",
            ", ".join(RECIPE_KEYS),
            "start the file with 'name:' and 'conditions:'",
        )
    check_keys(data, RECIPE_KEYS, source, "top level")
    where = f"recipe '{data.get('name', source)}'"
    name = data.get("name") or source
    raw_conditions = _list_of(data, "conditions", where)
    conditions = tuple(_condition(raw, f"{where} conditions[{i}]") for i, raw in enumerate(raw_conditions))
    recipe = Recipe(
        name=text(name, f"{where} name"),
        description=text(data.get("description", ""), f"{where} description"),
        conditions=conditions,
        drop_ids=_ids(data.get("drop_ids", []), f"{where} drop_ids"),
        keep_ids=None if data.get("keep_ids") is None else _ids(data["keep_ids"], f"{where} keep_ids"),
        quotas=tuple(_quota(raw, f"{where} quotas[{i}]") for i, raw in enumerate(_list_of(data, "quotas", where))),
        top=None if data.get("top") is None else _top(data["top"], f"{where} top"),
        orders=_orders(data.get("orders") or {}, f"{where} orders"),
        seed=integer(data.get("seed", 0), f"{where} seed", minimum=0),
        select=None if data.get("select") is None else select_from_dict(data["select"], f"{where} select"),
    )
    if recipe.top and recipe.select:
        raise fail(where, "it holds both 'top' and 'select'", "one of top or select", "remove one of them")
    _check_unique_reasons(recipe, where)
    return recipe


def _condition(raw: Any, where: str) -> Condition:
    if isinstance(raw, str):
        raw = {"when": raw}
    if not isinstance(raw, dict):
        raise fail(
            where,
            f"a condition must be a string or a mapping, got {raw!r}",
            "string or mapping",
            _SHORTHAND_HELP,
        )
    check_keys(raw, CONDITION_KEYS, where, "condition")
    fields = {key: raw[key] for key in ("column", "op", "value") if key in raw}
    if "when" in raw:
        if fields:
            raise fail(
                where,
                f"'when' given together with {', '.join(fields)}",
                "either 'when' or column/op/value",
                "keep one of the two forms",
            )
        parsed = parse_condition_text(text(raw["when"], where))
        if parsed is None:
            raise fail(where, f"cannot read condition {raw['when']!r}", "COLUMN OP VALUE", _SHORTHAND_HELP)
        fields = parsed
    for key in ("column", "op"):
        if key not in fields:
            raise fail(where, f"missing '{key}'", ", ".join(CONDITION_KEYS), _SHORTHAND_HELP)
    column, op = text(fields["column"], f"{where} column"), fields["op"]
    if op not in OPS:
        raise fail(where, f"unknown op {op!r}", ", ".join(OPS), "use one of the allowed ops")
    value = _check_value(op, fields.get("value"), f"{where} ({column} {op})")
    name = raw.get("name")
    return Condition(column, op, value, _reason(name, where) if name else None, flag(raw, "keep_null", where))


def _check_value(op: str, value: Any, where: str) -> Any:
    if op in FLAGS:
        if value is not None:
            raise fail(where, f"'{op}' takes no value, got {value!r}", "no value", "remove 'value'")
        return None
    if op in MEMBERSHIP:
        if not isinstance(value, list) or not value or not all(_is_scalar(item) for item in value):
            raise fail(
                where,
                f"'{op}' needs a non-empty list, got {value!r}",
                "a list of numbers, strings or booleans",
                "write e.g. [medium, hard, very hard]",
            )
        return tuple(value)
    if op in LENGTH:
        return integer(value, where, minimum=0)
    if op in TEXT:
        if not isinstance(value, str):
            raise fail(where, f"'{op}' needs a string, got {value!r}", "a string", "quote the value")
        if op.endswith("matches"):
            _check_regex(value, where)
        return value
    if not _is_scalar(value):
        raise fail(
            where,
            f"'{op}' needs one number, string or boolean, got {value!r}",
            "a single value",
            "use 'in' for a list",
        )
    return value


def _check_regex(pattern: str, where: str) -> None:
    try:
        pl.select(pl.lit("").str.contains(pattern))
    except pl.exceptions.PolarsError as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else "invalid"
        raise fail(
            where,
            f"invalid regular expression {pattern!r} ({first_line})",
            "Rust regex syntax (no look-around, no back-references)",
            "fix the pattern",
        ) from None


def _quota(raw: Any, where: str) -> Quota:
    raw = mapping(raw, where, QUOTA_KEYS)
    caps = raw.get("max") or {}
    if not isinstance(caps, dict):
        raise fail(
            where,
            f"'max' must map labels to counts, got {caps!r}",
            "{label: count}",
            "write e.g. max: {Information seeking: 5000}",
        )
    if raw.get("max_per_value") is None and not caps:
        raise fail(
            where,
            "a quota needs 'max_per_value' or 'max'",
            ", ".join(QUOTA_KEYS),
            "add max_per_value: N or max: {label: N}",
        )
    per_value = raw.get("max_per_value")
    return Quota(
        column=text(required(raw, "column", where, QUOTA_KEYS), f"{where} column"),
        max_per_value=None if per_value is None else integer(per_value, f"{where} max_per_value", minimum=0),
        max=tuple((str(label), integer(cap, f"{where} max[{label}]", minimum=0)) for label, cap in caps.items()),
        by=None if raw.get("by") is None else text(raw["by"], f"{where} by"),
        descending=flag(raw, "descending", where, default=True),
        name=_reason(raw["name"], where) if raw.get("name") else None,
    )


def _top(raw: Any, where: str) -> Top:
    raw = mapping(raw, where, TOP_KEYS)
    return Top(
        n=integer(required(raw, "n", where, TOP_KEYS), f"{where} n", minimum=1),
        by=text(required(raw, "by", where, TOP_KEYS), f"{where} by"),
        descending=flag(raw, "descending", where, default=True),
        name=_reason(raw["name"], where) if raw.get("name") else None,
    )


def _orders(raw: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(raw, dict):
        raise fail(
            where,
            f"must map a column to its labels, low to high, got {raw!r}",
            "{column: [labels]}",
            "write e.g. orders: {verbosity_label: [terse, normal, verbose]}",
        )
    orders = []
    for column, labels in raw.items():
        if not isinstance(labels, list) or len(labels) < 2 or not all(isinstance(x, str) for x in labels):
            raise fail(
                f"{where}.{column}",
                f"needs a list of at least two labels, got {labels!r}",
                "[lowest, ..., highest]",
                "list the labels from low to high",
            )
        orders.append((str(column), tuple(labels)))
    return tuple(orders)


def _check_unique_reasons(recipe: Recipe, where: str) -> None:
    seen: set[str] = set()
    for reason in (reason for step in recipe.steps() for reason in step_reasons(step)):
        if reason in seen:
            raise fail(
                where,
                f"two steps share the drop reason '{reason}'",
                "unique drop reasons",
                "give one of them its own 'name'",
            )
        seen.add(reason)


def _list_of(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise fail(
            f"{where} {key}",
            f"must be a list, got {type(value).__name__}",
            "a YAML list",
            "put each item on its own '- ' line",
        )
    return value


def _ids(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(item, str | int) for item in raw):
        raise fail(where, f"must be a list of row ids, got {raw!r}", "a list of strings", "list the ids")
    return tuple(str(item) for item in raw)


def _reason(name: Any, where: str) -> str:
    if not isinstance(name, str) or not _REASON.match(name):
        raise fail(
            where,
            f"name {name!r} is not a snake_case drop reason",
            "lower-case letters, digits, _",
            "write e.g. name: low_quality",
        )
    return name


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)
