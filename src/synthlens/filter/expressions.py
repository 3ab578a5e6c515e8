"""Compile a recipe into one polars expression: the drop reason of each row (null when the row is kept).

Conditions and manual id lists form one when/then chain, so a row gets the first step that drops it.
Quotas and the top-N cap then rank the surviving rows (survivors first, then the ranking column, then the
id, so ties and equal values always resolve the same way) and drop the rows ranked past their cap.
"""

import hashlib
from collections.abc import Callable
from functools import partial

import polars as pl

from synthlens.filter.columns import column_expr, dtype_of
from synthlens.filter.model import (
    FLAGS,
    LENGTH,
    MANUAL_DROP,
    MEMBERSHIP,
    NOT_IN_KEEP_IDS,
    TEXT,
    Condition,
    Quota,
    Recipe,
    Top,
)
from synthlens.filter.validate import kind, label_scales, normal_label, rank_labels, validate

_UNLIMITED = 2**62


def compile(recipe: Recipe, schema: pl.Schema) -> pl.Expr:
    """The drop_reason expression of a recipe over a table with this schema (validated first)."""
    reason: pl.Expr = pl.lit(None, dtype=pl.String)
    for stage in compile_stages(recipe, schema):
        reason = stage(reason)
    return reason.alias("drop_reason")


def compile_stages(recipe: Recipe, schema: pl.Schema) -> list[Callable[[pl.Expr], pl.Expr]]:
    """The recipe as stages, each turning the drop reason so far into the next one.

    Folded into each other they are `compile`'s one expression. Each quota or top-N stage reads the reason
    so far twice (to know which rows survive), so the folded tree doubles per ranking stage; `apply`
    therefore evaluates the stages one after another over a `drop_reason` column instead.
    """
    validate(recipe, schema)
    stages = [lambda previous: pl.coalesce(previous, filter_chain(recipe, schema))]
    for quota in recipe.quotas:
        stages.append(partial(_ranking_stage, quota.reason, partial(quota_fails, quota, recipe, schema)))
    if recipe.top:
        stages.append(partial(_ranking_stage, recipe.top.reason, partial(top_fails, recipe.top, recipe, schema)))
    return stages


def _ranking_stage(reason: str, fails: Callable[[pl.Expr], pl.Expr], previous: pl.Expr) -> pl.Expr:
    return pl.coalesce(previous, pl.when(fails(previous.is_null())).then(pl.lit(reason)))


def filter_chain(recipe: Recipe, schema: pl.Schema) -> pl.Expr:
    """The conditions and manual id lists as one when/then chain: the first failing step names the reason."""
    failing = [(condition_fails(c, recipe, schema), c.reason) for c in recipe.conditions]
    if recipe.drop_ids:
        failing.append((pl.col("id").is_in(list(recipe.drop_ids)), MANUAL_DROP))
    if recipe.keep_ids is not None:
        failing.append((~pl.col("id").is_in(list(recipe.keep_ids)), NOT_IN_KEEP_IDS))
    if not failing:
        return pl.lit(None, dtype=pl.String)
    chain = pl.when(failing[0][0]).then(pl.lit(failing[0][1]))
    for fails, reason in failing[1:]:
        chain = chain.when(fails).then(pl.lit(reason))
    return chain.otherwise(pl.lit(None, dtype=pl.String))


def condition_fails(condition: Condition, recipe: Recipe, schema: pl.Schema) -> pl.Expr:
    """True where the condition drops the row; a null column value drops it unless keep_null is set."""
    return ~condition_holds(condition, recipe, schema).fill_null(condition.keep_null)


def condition_holds(condition: Condition, recipe: Recipe, schema: pl.Schema) -> pl.Expr:
    """True where the row satisfies the condition (null where the column is null)."""
    column, op, value = column_expr(condition.column, schema), condition.op, condition.value
    column_kind = kind(dtype_of(condition.column, schema))
    if op in FLAGS:
        flags = {"is_true": column, "is_false": ~column}
        return flags.get(op, column.is_null() if op == "is_null" else column.is_not_null())
    if op in TEXT:
        return _text_holds(column, op, str(value), column_kind)
    if op in LENGTH:
        size = column.list.len() if column_kind == "list" else column.str.len_chars()
        return size >= value if op == "min_length" else size <= value
    scale = label_scales(recipe).get(condition.column) if column_kind == "text" else None
    if scale is not None:
        column, value = rank_labels(column, scale), _rank_values(value, scale)
    elif column_kind == "text":
        column = column.cast(pl.String)
    if op in MEMBERSHIP:
        member = column.is_in(list(value))
        return member if op == "in" else ~member
    return _compare(column, op, value)


def _text_holds(column: pl.Expr, op: str, value: str, column_kind: str) -> pl.Expr:
    base = op.removeprefix("not_")
    if column_kind == "list":
        holds = column.list.contains(value)
    else:
        text = column.cast(pl.String)
        holds = {
            "startswith": text.str.starts_with(value),
            "endswith": text.str.ends_with(value),
            "contains": text.str.contains(value, literal=True),
            "matches": text.str.contains(value),
        }[base]
    return ~holds if op.startswith("not_") else holds


def _compare(column: pl.Expr, op: str, value: object) -> pl.Expr:
    compare = {
        "==": column.eq,
        "!=": column.ne,
        "<": column.lt,
        "<=": column.le,
        ">": column.gt,
        ">=": column.ge,
    }[op]
    return compare(pl.lit(value))


def quota_fails(quota: Quota, recipe: Recipe, schema: pl.Schema, alive: pl.Expr) -> pl.Expr:
    """True for surviving rows ranked past their value's cap."""
    label = column_expr(quota.column, schema).cast(pl.String)
    default = _UNLIMITED if quota.max_per_value is None else quota.max_per_value
    caps = dict(quota.max)
    cap = label.replace_strict(list(caps), list(caps.values()), default=default, return_dtype=pl.Int64)
    order = _sort_key(quota.by, recipe, schema) if quota.by else _sample_key(recipe.seed)
    descending = quota.descending if quota.by else False
    rank = _rank_among(alive, order, descending).over(quota.column)
    return alive & (rank >= cap.fill_null(default))


def top_fails(top: Top, recipe: Recipe, schema: pl.Schema, alive: pl.Expr) -> pl.Expr:
    """True for surviving rows ranked at or past position n."""
    rank = _rank_among(alive, _sort_key(top.by, recipe, schema), top.descending)
    return alive & (rank >= top.n)


def _rank_among(alive: pl.Expr, order: pl.Expr, descending: bool) -> pl.Expr:
    """0-based rank of each row: survivors first, then by `order` (nulls last), then by id."""
    keys = [~alive, order, pl.col("id")]
    return pl.arg_sort_by(keys, descending=[False, descending, False], nulls_last=True).arg_sort()


def _sort_key(column: str, recipe: Recipe, schema: pl.Schema) -> pl.Expr:
    scale = label_scales(recipe).get(column) if kind(dtype_of(column, schema)) == "text" else None
    expr = column_expr(column, schema)
    return rank_labels(expr, scale) if scale is not None else expr


def _sample_key(seed: int) -> pl.Expr:
    """A stable pseudo-random key per id (blake2b of seed and id), the same on every machine and version."""

    def keys(ids: pl.Series) -> pl.Series:
        digests = [hashlib.blake2b(f"{seed}:{i}".encode(), digest_size=8).digest() for i in ids]
        return pl.Series([int.from_bytes(d, "big") for d in digests], dtype=pl.UInt64)

    return pl.col("id").map_batches(keys, return_dtype=pl.UInt64, is_elementwise=True)


def _rank_values(value: object, scale: tuple[str, ...]) -> object:
    labels = [normal_label(label) for label in scale]
    if isinstance(value, tuple):
        return tuple(labels.index(normal_label(item)) for item in value)
    return labels.index(normal_label(value))
