"""How the tags and lengths of two versions differ: counts side by side with a chi-square test per tag, and
quantiles with a two-sample Kolmogorov-Smirnov test per numeric column."""

import polars as pl

UNTAGGED = "(untagged)"
TAG_COLUMNS = ("task_category", "input_quality", "difficulty", "language", "is_safe")
NUMERIC_COLUMNS = (
    "instruction_tokens",
    "response_tokens",
    "total_tokens",
    "instruction_chars",
    "response_chars",
    "n_turns",
    "instruct_reward",
)
QUANTILES = (0.1, 0.5, 0.9)
TEST_SCHEMA = {
    "column": pl.String,
    "test": pl.String,
    "statistic": pl.Float64,
    "p_value": pl.Float64,
    "tagged_by_a": pl.String,
    "tagged_by_b": pl.String,
}


def tag_counts(table_a: pl.DataFrame, table_b: pl.DataFrame) -> pl.DataFrame:
    """Per tag column present in both and value: rows and shares in A and B, and the share's change."""
    parts = []
    for column in _shared(table_a, table_b, TAG_COLUMNS):
        counts = [_counts(table, column, side) for table, side in ((table_a, "a"), (table_b, "b"))]
        joined = counts[0].join(counts[1], on="value", how="full", coalesce=True).fill_null(0)
        joined = joined.with_columns(
            pl.lit(column).alias("column"),
            (pl.col("a") / pl.col("a").sum()).fill_nan(0.0).alias("a_share"),
            (pl.col("b") / pl.col("b").sum()).fill_nan(0.0).alias("b_share"),
        ).with_columns((pl.col("b_share") - pl.col("a_share")).alias("share_change"))
        parts.append(joined.sort(["a", "value"], descending=[True, False]))
    columns = ["column", "value", "a", "b", "a_share", "b_share", "share_change"]
    return pl.concat([part.select(columns) for part in parts]) if parts else pl.DataFrame(schema=columns)


def tests(table_a: pl.DataFrame, table_b: pl.DataFrame, counts: pl.DataFrame) -> pl.DataFrame:
    """One line per column: chi-square for tags, Kolmogorov-Smirnov for numbers, with who tagged each side."""
    from scipy import stats

    lines = []
    for (column,), part in counts.group_by("column", maintain_order=True):
        table = part.select("a", "b").to_numpy().T
        table = table[:, table.sum(axis=0) > 0]
        if table.shape[1] < 2 or (table.sum(axis=1) == 0).any():
            statistic, p_value = 0.0, 1.0
        else:
            statistic, p_value = stats.chi2_contingency(table)[:2]
        lines.append((column, "chi-square", float(statistic), float(p_value), *_taggers(table_a, table_b, column)))
    for column in _shared(table_a, table_b, NUMERIC_COLUMNS):
        a, b = (table[column].drop_nulls().cast(pl.Float64).to_numpy() for table in (table_a, table_b))
        if len(a) and len(b):
            result = stats.ks_2samp(a, b)
            lines.append((column, "kolmogorov-smirnov", float(result.statistic), float(result.pvalue), None, None))
    return pl.DataFrame(lines, schema=TEST_SCHEMA, orient="row")


def quantiles(table_a: pl.DataFrame, table_b: pl.DataFrame) -> pl.DataFrame:
    """p10, median, p90 and mean of each numeric column in A and in B."""
    lines = []
    for column in _shared(table_a, table_b, NUMERIC_COLUMNS):
        values = [table[column].drop_nulls().cast(pl.Float64) for table in (table_a, table_b)]
        for q in QUANTILES:
            lines.append((column, f"p{round(q * 100)}", *(series.quantile(q) for series in values)))
        lines.append((column, "mean", *(series.mean() for series in values)))
    schema = {"column": pl.String, "statistic": pl.String, "a": pl.Float64, "b": pl.Float64}
    return pl.DataFrame(lines, schema=schema, orient="row")


def _counts(table: pl.DataFrame, column: str, side: str) -> pl.DataFrame:
    values = table[column]
    if values.dtype == pl.Boolean and column == "is_safe":
        values = values.replace_strict({True: "safe", False: "unsafe"}, default=None, return_dtype=pl.String)
    labels = values.cast(pl.String).fill_null(UNTAGGED).alias("value")
    return labels.value_counts(name=side).with_columns(pl.col(side).cast(pl.Int64))


def _taggers(table_a: pl.DataFrame, table_b: pl.DataFrame, column: str) -> tuple[str | None, str | None]:
    """The tagger named in each side's `<column>_generator` column (the commonest one), e.g. exemplar-knn-v1."""
    name = f"{'safety' if column == 'is_safe' else column}_generator"
    return _commonest(table_a, name), _commonest(table_b, name)


def _commonest(table: pl.DataFrame, column: str) -> str | None:
    values = table[column].drop_nulls().cast(pl.String) if column in table.columns else pl.Series([], dtype=pl.String)
    return values.mode().sort().first() if values.len() else None


def _shared(table_a: pl.DataFrame, table_b: pl.DataFrame, columns: tuple[str, ...]) -> list[str]:
    return [column for column in columns if column in table_a.columns and column in table_b.columns]
