"""Check a recipe against the columns of a run: every named column exists (else say which stage writes it),
and each condition fits its column's type and, for ordered labels, its scale."""

import difflib

import polars as pl

from synthlens.filter.columns import (
    COLUMN_STAGE,
    FILTER_COLUMNS,
    ORDERED_LABELS,
    available,
    dtype_of,
    stage_command,
)
from synthlens.filter.model import COMPARISONS, FLAGS, LENGTH, MEMBERSHIP, TEXT, Condition, Recipe
from synthlens.filter.parse import fail

ORDER_OPS = ("<", "<=", ">", ">=")


def label_scales(recipe: Recipe) -> dict[str, tuple[str, ...]]:
    """The ordered label scales in force: the built-in ones, overridden by the recipe's `orders`."""
    return {**ORDERED_LABELS, **dict(recipe.orders)}


def kind(dtype: pl.DataType) -> str:
    """One of number, boolean, text, list, other: the kinds a condition can act on."""
    if dtype.is_numeric():
        return "number"
    if dtype == pl.Boolean:
        return "boolean"
    if isinstance(dtype, pl.String | pl.Categorical | pl.Enum):
        return "text"
    if isinstance(dtype, pl.List | pl.Array):
        return "list"
    return "other"


def validate(recipe: Recipe, schema: pl.Schema) -> None:
    """Raise a SynthlensError for the first column or type problem of the recipe on this schema."""
    where = f"recipe '{recipe.name}'"
    scales = label_scales(recipe)
    for index, condition in enumerate(recipe.conditions):
        place = f"{where} conditions[{index}] ({condition.describe()})"
        require_column(condition.column, schema, place)
        _check_condition(condition, kind(dtype_of(condition.column, schema)), scales, place)
    for index, quota in enumerate(recipe.quotas):
        place = f"{where} quotas[{index}]"
        require_column(quota.column, schema, place)
        if quota.by:
            _check_sortable(quota.by, schema, scales, place)
    if recipe.top:
        _check_sortable(recipe.top.by, schema, scales, f"{where} top")
    if recipe.select:
        from synthlens.filter.select.score import check_select  # the score module builds on this one

        check_select(recipe, schema)


def require_column(column: str, schema: pl.Schema, where: str) -> None:
    """Fail unless the table has the column (or can derive it); the error names the stage that writes it."""
    names = available(schema)
    if column in names:
        return
    present = ", ".join(names)
    if column in FILTER_COLUMNS:
        raise fail(where, f"column '{column}' is written by the filter itself", present, "name an analysis column")
    stage = COLUMN_STAGE.get(column)
    if stage:
        raise fail(
            where,
            f"column '{column}' is not in this run; it is written by stage '{stage}'",
            f"columns present: {present}",
            f"run {stage_command(stage)} first",
        )
    close = difflib.get_close_matches(column, names, n=1)
    hint = f"did you mean '{close[0]}'?" if close else "check the spelling"
    raise fail(where, f"column '{column}' is not in this run and no stage writes it", present, hint)


def _check_condition(condition: Condition, column_kind: str, scales: dict, where: str) -> None:
    op, value, scale = condition.op, condition.value, scales.get(condition.column)
    if op in ("is_true", "is_false"):
        _expect(column_kind in ("boolean",), condition, column_kind, "a true/false column", where)
    elif op in TEXT:
        allowed = ("text", "list") if op.endswith("contains") else ("text",)
        _expect(column_kind in allowed, condition, column_kind, f"a {' or '.join(allowed)} column", where)
    elif op in LENGTH:
        _expect(column_kind in ("text", "list"), condition, column_kind, "a text or list column", where)
    elif op in MEMBERSHIP:
        for item in value:  # type: ignore[union-attr]
            _check_value(condition, item, column_kind, scale, where)
    elif op in COMPARISONS:
        _check_value(condition, value, column_kind, scale, where)
        if op in ORDER_OPS and column_kind == "text" and scale is None:
            raise fail(
                where,
                f"column '{condition.column}' holds labels with no known order",
                f"ordered label columns: {', '.join(scales)}",
                f"add orders: {{{condition.column}: [lowest, ..., highest]}} to the recipe",
            )
    elif op not in FLAGS:  # pragma: no cover - parse rejects unknown ops
        raise AssertionError(op)


def _check_value(condition: Condition, value: object, column_kind: str, scale: tuple | None, where: str) -> None:
    value_kind = "boolean" if isinstance(value, bool) else "number" if isinstance(value, int | float) else "text"
    if value_kind != column_kind:
        raise fail(
            where,
            f"column '{condition.column}' is {column_kind}, the value {value!r} is {value_kind}",
            f"{column_kind} values",
            "compare the column with a value of its own type",
        )
    if scale is not None and normal_label(value) not in [normal_label(label) for label in scale]:
        raise fail(
            where,
            f"{value!r} is not a {condition.column} label",
            ", ".join(scale),
            "use one of the allowed labels",
        )


def _check_sortable(column: str, schema: pl.Schema, scales: dict, where: str) -> None:
    require_column(column, schema, where)
    column_kind = kind(dtype_of(column, schema))
    if column_kind in ("number", "boolean") or (column_kind == "text" and column in scales):
        return
    raise fail(
        where,
        f"cannot rank rows by '{column}' ({column_kind})",
        "number, true/false or ordered label columns",
        "order by a numeric column such as response_length",
    )


def _expect(ok: bool, condition: Condition, column_kind: str, wanted: str, where: str) -> None:
    if not ok:
        raise fail(
            where,
            f"'{condition.op}' needs {wanted}, '{condition.column}' is {column_kind}",
            wanted,
            "pick an op that fits the column",
        )


def normal_label(label: object) -> str:
    """Labels compare case- and spacing-insensitively: 'Very  Hard' is 'very hard'."""
    return " ".join(str(label).lower().split())


def rank_labels(column: pl.Expr, scale: tuple[str, ...]) -> pl.Expr:
    """Each label's position on the scale (0 = lowest), null for a label off the scale."""
    labels = [normal_label(label) for label in scale]
    normal = column.cast(pl.String).str.strip_chars().str.to_lowercase().str.replace_all(r"\s+", " ")
    return normal.replace_strict(labels, list(range(len(labels))), default=None, return_dtype=pl.Int32)
