"""Table queries behind the views: label counts, cross-tabs, histograms, row search and row lookup."""

import re

import numpy as np
import polars as pl

from synthlens.dashboard.data import ORDERED_LABELS

UNTAGGED = "(untagged)"
# Columns too wide or nested for the row table; the row detail view shows them.
DETAIL_ONLY = ("conversation", "nn_ids", "nn_sims", "hazard_names")


def label_expr(column: str, dtype: pl.DataType) -> pl.Expr:
    """A column as display labels: booleans read safe/unsafe style words, nulls read '(untagged)'."""
    value = pl.col(column)
    if dtype == pl.Boolean:
        words = ("safe", "unsafe") if column == "is_safe" else ("true", "false")
        value = pl.when(value).then(pl.lit(words[0])).when(value.not_()).then(pl.lit(words[1]))
    elif isinstance(dtype, pl.List):
        value = value.list.join(", ")
    return value.cast(pl.String).fill_null(UNTAGGED)


def label_counts(table: pl.DataFrame, column: str) -> pl.DataFrame:
    """Rows per label of `column` (value, rows), in scale order for ordered tags, else most common first."""
    labels = label_expr(column, table.schema[column]).alias("value")
    counts = table.group_by(labels).agg(pl.len().alias("rows"))
    return order_labels(counts, column, "value", by="rows")


def order_labels(frame: pl.DataFrame, column: str, label: str, by: str | None = None) -> pl.DataFrame:
    """Sort a frame's `label` column by the tag's scale when it has one, else by `by` descending, then name."""
    scale = ORDERED_LABELS.get(column, ())
    position = pl.col(label).replace_strict(scale, list(range(len(scale))), default=len(scale), return_dtype=pl.Int32)
    keys = [position, pl.col(by), pl.col(label)] if by else [position, pl.col(label)]
    descending = [False, True, False] if by else [False, False]
    return frame.sort(keys, descending=descending)


def crosstab(table: pl.DataFrame, rows: str, columns: str) -> pl.DataFrame:
    """Row counts for each pair of labels: one line per `rows` label, one column per `columns` label."""
    pairs = table.select(
        label_expr(rows, table.schema[rows]).alias(rows),
        label_expr(columns, table.schema[columns]).alias("_column"),
    )
    wide = pairs.pivot(on="_column", index=rows, values="_column", aggregate_function="len").fill_null(0)
    column_order = order_labels(pl.DataFrame({"_column": wide.columns[1:]}), columns, "_column")["_column"]
    wide = wide.select(rows, *column_order.to_list())
    return order_labels(
        wide.with_columns(pl.sum_horizontal(column_order.to_list()).alias("total")), rows, rows, "total"
    )


def rows_with_label(table: pl.DataFrame, column: str, value: str) -> pl.DataFrame:
    """The rows whose display label in `column` is `value` (the rows behind one bar)."""
    return table.filter(label_expr(column, table.schema[column]) == value)


def histogram(values: pl.Series, bins: int = 40, clip_quantile: float = 0.99) -> pl.DataFrame:
    """Bin counts (start, end, rows) over the values up to a high quantile; the last bin holds the tail."""
    data = values.drop_nulls().drop_nans() if values.dtype.is_float() else values.drop_nulls()
    if data.is_empty():
        return pl.DataFrame(schema={"start": pl.Float64, "end": pl.Float64, "rows": pl.Int64})
    array = data.to_numpy().astype(np.float64)
    low, high = float(array.min()), float(np.quantile(array, clip_quantile))
    high = high if high > low else low + 1.0
    counts, edges = np.histogram(np.clip(array, low, high), bins=bins, range=(low, high))
    return pl.DataFrame({"start": edges[:-1], "end": edges[1:], "rows": counts.astype(np.int64)})


def search_rows(
    table: pl.DataFrame, text: str = "", sort_by: str | None = None, descending: bool = False
) -> pl.DataFrame:
    """Rows whose instruction or response contains `text` (case-insensitive, literal), optionally sorted."""
    found = table
    if text.strip():
        pattern = "(?i)" + re.escape(text.strip())
        matches = pl.col("instruction").str.contains(pattern)
        if "response" in table.columns:
            matches = matches | pl.col("response").fill_null("").str.contains(pattern)
        found = table.filter(matches)
    if sort_by and sort_by in found.columns:
        found = found.sort(sort_by, descending=descending, nulls_last=True, maintain_order=True)
    return found


def table_columns(table: pl.DataFrame) -> list[str]:
    """The columns the row table shows: everything except the nested ones kept for the detail view."""
    return [column for column in table.columns if column not in DETAIL_ONLY]


def row_by_id(table: pl.DataFrame, row_id: str) -> dict | None:
    """One row as a dict, or None when no row has this id."""
    found = table.filter(pl.col("id") == row_id)
    return found.row(0, named=True) if found.height else None
