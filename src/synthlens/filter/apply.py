"""Apply a recipe to a run: a keep flag and a drop reason per row (rows are never deleted), the funnel of
what each step removes, and the category/quality/difficulty mix before and after."""

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from synthlens.filter.columns import FILTER_COLUMNS, ORDERED_LABELS
from synthlens.filter.expressions import compile_stages
from synthlens.filter.missing import runnable
from synthlens.filter.model import (
    MANUAL_DROP,
    NOT_IN_KEEP_IDS,
    SELECT_BUDGET,
    SELECT_CATEGORY_CAP,
    SELECT_TOO_SIMILAR,
    Condition,
    Quota,
    Recipe,
    Select,
    Top,
    step_reason,
    step_text,
)
from synthlens.filter.parse import fail
from synthlens.filter.select import tokens
from synthlens.filter.select.report import selection_report
from synthlens.filter.select.selection import select_reasons
from synthlens.filter.validate import normal_label
from synthlens.progress import ProgressFn, silent
from synthlens.workspace import Workspace

STAGE = "filter"
MIX_COLUMNS = ("task_category", "input_quality", "difficulty")
UNTAGGED = "(untagged)"
FUNNEL_SCHEMA = {
    "step": pl.String,
    "condition": pl.String,
    "removes_alone": pl.Int64,
    "removes_given_previous": pl.Int64,
    "remaining": pl.Int64,
}

SELECT_STEPS = {
    SELECT_TOO_SIMILAR: "select: too similar to a row taken",
    SELECT_BUDGET: "select: past the budget",
    SELECT_CATEGORY_CAP: "select: over its category's cap",
}
MIX_SCHEMA = {
    "column": pl.String,
    "value": pl.String,
    "before": pl.Int64,
    "after": pl.Int64,
    "before_share": pl.Float64,
    "after_share": pl.Float64,
}


@dataclass(frozen=True)
class FilterResult:
    """What filtering a run produced: the per-row flags, the funnel and the before/after mix."""

    recipe: Recipe  # as applied: without the conditions listed in `skipped`
    flags: pl.DataFrame
    funnel: pl.DataFrame
    mix: pl.DataFrame
    selection: dict[str, Any] | None = None  # what a `select:` step did (see filter.select.report)
    skipped: tuple[str, ...] = ()  # one line per condition skipped for a missing model-server column

    @property
    def kept(self) -> int:
        return int(self.flags["keep"].sum())


def filter_table(source: Workspace | pl.DataFrame) -> pl.DataFrame:
    """The table recipes read: rows joined with every analysis stage, without an earlier filter's columns."""
    table = source.joined() if isinstance(source, Workspace) else source
    return table.drop(FILTER_COLUMNS, strict=False)


def apply(
    source: Workspace | pl.DataFrame,
    recipe: Recipe,
    vectors: np.ndarray | None = None,
    progress: ProgressFn = silent,
) -> pl.DataFrame:
    """Flag every row: a DataFrame of id, keep and drop_reason (null when kept), in row order.

    vectors: for a recipe with `select:` applied to a table, its rows' unit embeddings (a run's own are read
    from the run); the table's `total_tokens` column is used when it has one, else tokens are counted.
    """
    if recipe.select and isinstance(source, Workspace):
        vectors = prepare_selection(source, recipe.select)[1]
    table = filter_table(source)
    recipe, _ = runnable(recipe, table.schema)
    stages = compile_stages(recipe, table.schema)
    _check_ids(recipe, table["id"])
    frame = table.lazy().with_columns(pl.lit(None, dtype=pl.String).alias("drop_reason"))
    for stage in stages:
        frame = frame.with_columns(stage(pl.col("drop_reason")).alias("drop_reason"))
    reasons = frame.select("id", "drop_reason").collect()
    if recipe.select:
        if vectors is None:
            raise fail(f"recipe '{recipe.name}' select", "no embeddings given", "a run", "apply the recipe to a run")
        reasons = reasons.with_columns(select_reasons(table, reasons["drop_reason"], recipe, vectors, progress))
    return reasons.select("id", pl.col("drop_reason").is_null().alias("keep"), "drop_reason")


def prepare_selection(ws: Workspace, select: Select) -> tuple[dict[str, str], np.ndarray]:
    """Count the run's tokens with the selection's tokenizer (the `tokens` stage) and read its embeddings;
    returns what identifies the embeddings (for the filter stage's cache key) and the matrix."""
    from synthlens.embed.stage import embed_key, stored_embeddings

    model, vectors = stored_embeddings(ws)  # first: a run without embeddings fails before any work
    tokens.run(ws, select.tokenizer)
    return {"model": model, "key": embed_key(ws, model, "instruction")}, vectors


def funnel(source: Workspace | pl.DataFrame, recipe: Recipe, flags: pl.DataFrame | None = None) -> pl.DataFrame:
    """Per step: rows it removes on its own, rows it removes after the steps before it, rows remaining.

    A selection's rows have no 'on its own' count: what it takes depends on what reaches it.
    """
    table = filter_table(source)
    recipe, _ = runnable(recipe, table.schema)
    flags = apply(source, recipe) if flags is None else flags
    counts = dict(flags.drop_nulls("drop_reason")["drop_reason"].value_counts().iter_rows())
    rows, remaining = [], table.height
    for step in recipe.steps():
        if isinstance(step, Select):
            for reason in step.reasons:
                remaining -= counts.get(reason, 0)
                rows.append((reason, SELECT_STEPS[reason], None, counts.get(reason, 0), remaining))
            continue
        alone = apply(table, _only(recipe, step))["keep"].not_().sum()
        given_previous = counts.get(step_reason(step), 0)
        remaining -= given_previous
        rows.append((step_reason(step), step_text(step), alone, given_previous, remaining))
    return pl.DataFrame(rows, schema=FUNNEL_SCHEMA, orient="row")


def mix(source: Workspace | pl.DataFrame, flags: pl.DataFrame, columns: tuple[str, ...] = MIX_COLUMNS) -> pl.DataFrame:
    """Counts and shares of each label before filtering and among the kept rows, for the columns present."""
    table = filter_table(source).join(flags.select("id", "keep"), on="id", how="left")
    parts = [_label_mix(table, column) for column in columns if column in table.columns]
    return pl.concat(parts) if parts else pl.DataFrame(schema=MIX_SCHEMA)


def run(ws: Workspace, recipe: Recipe, progress: ProgressFn = silent) -> FilterResult:
    """Filter a run and store the flags as its 'filter' stage, with the funnel, mix and selection report in
    the manifest.

    Nothing is recomputed (not even the joined table read) while the recipe and the upstream stages are
    unchanged: the flags come from the stage file, the reports from the manifest.
    """
    before = [stage for stage in ws.stages() if stage != STAGE]
    recipe, skipped = runnable(recipe, _schema(ws, before))
    params: dict[str, Any] = {"recipe": recipe.to_dict()}
    vectors = None
    if recipe.select:
        params["embeddings"], vectors = prepare_selection(ws, recipe.select)
    table = functools.cache(lambda: filter_table(ws))
    upstream = [stage for stage in ws.stages() if stage != STAGE]
    flags = ws.run_stage(STAGE, params, lambda: apply(table(), recipe, vectors, progress), depends_on=upstream)
    recorded = ws.manifest["stages"][STAGE]
    if recorded.get("report_key") == recorded["key"] and "funnel" in recorded and "mix" in recorded:
        steps = pl.DataFrame(recorded["funnel"], schema=FUNNEL_SCHEMA)
        mixed = pl.DataFrame(recorded["mix"], schema=MIX_SCHEMA)
        return FilterResult(recipe, flags, steps, mixed, recorded.get("selection"), skipped)
    steps, mixed = funnel(table(), recipe, flags), mix(table(), flags)
    selection = selection_report(table(), flags, recipe, vectors) if vectors is not None else None
    report = {"funnel": steps.to_dicts(), "mix": mixed.to_dicts(), "selection": selection, "skipped": list(skipped)}
    ws.record(STAGE, recipe_name=recipe.name, kept=int(flags["keep"].sum()), **report, report_key=recorded["key"])
    return FilterResult(recipe, flags, steps, mixed, selection, skipped)


def _schema(ws: Workspace, stages: list[str]) -> pl.Schema:
    """The joined table's columns, read from the files' footers (no data is read)."""
    schema = dict(pl.read_parquet_schema(ws.rows_path))
    for stage in stages:
        schema |= pl.read_parquet_schema(ws.stage_path(stage))
    return pl.Schema({name: dtype for name, dtype in schema.items() if name not in FILTER_COLUMNS})


def _label_mix(table: pl.DataFrame, column: str) -> pl.DataFrame:
    value = pl.col(column).cast(pl.String)
    if column in ORDERED_LABELS:  # judges may vary case and spacing; the scale does not
        value = value.str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars()
    value = value.fill_null(UNTAGGED).alias("value")
    counts = table.group_by(value).agg(
        pl.len().cast(pl.Int64).alias("before"), pl.col("keep").sum().cast(pl.Int64).alias("after")
    )
    counts = counts.with_columns(
        pl.lit(column).alias("column"),
        (pl.col("before") / pl.col("before").sum()).alias("before_share"),
        (pl.col("after") / pl.col("after").sum()).fill_nan(0.0).alias("after_share"),
    )
    scale = [normal_label(label) for label in ORDERED_LABELS.get(column, ())]
    position = pl.col("value").map_elements(lambda v: _position(v, scale), return_dtype=pl.Int64)
    ordered = counts.sort([position, pl.col("before"), pl.col("value")], descending=[False, True, False])
    return ordered.select("column", "value", "before", "after", "before_share", "after_share")


def _position(value: str, scale: list[str]) -> int:
    label = normal_label(value)
    return scale.index(label) if label in scale else len(scale)


def _only(recipe: Recipe, step: Condition | Quota | Top | str) -> Recipe:
    """The recipe reduced to one step, to count what that step removes on its own."""
    empty = dataclasses.replace(recipe, conditions=(), drop_ids=(), keep_ids=None, quotas=(), top=None, select=None)
    if isinstance(step, Condition):
        return dataclasses.replace(empty, conditions=(step,))
    if isinstance(step, Quota):
        return dataclasses.replace(empty, quotas=(step,))
    if isinstance(step, Top):
        return dataclasses.replace(empty, top=step)
    if step == MANUAL_DROP:
        return dataclasses.replace(empty, drop_ids=recipe.drop_ids)
    assert step == NOT_IN_KEEP_IDS
    return dataclasses.replace(empty, keep_ids=recipe.keep_ids)


def _check_ids(recipe: Recipe, ids: pl.Series) -> None:
    for key, listed in (("drop_ids", recipe.drop_ids), ("keep_ids", recipe.keep_ids or ())):
        if not listed:
            continue
        unknown = pl.Series(list(listed), dtype=pl.String)
        unknown = unknown.filter(~unknown.is_in(ids.implode()))
        if unknown.len():
            raise fail(
                f"recipe '{recipe.name}' {key}",
                f"{unknown.len()} ids are not rows of this run (first: '{unknown[0]}')",
                "ids of this run's rows",
                "remove them, or apply the recipe to the run it was made on",
            )
