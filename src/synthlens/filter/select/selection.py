"""Apply a recipe's `select:` step to the rows its conditions and quotas kept: rank them by the score, walk
the ranking (see `walk`), and write `select_too_similar`, `select_budget` or `select_category_cap` as the drop
reason of the rows it does not take."""

from dataclasses import dataclass

import numpy as np
import polars as pl

from synthlens.errors import SynthlensError
from synthlens.filter.model import SELECT_BUDGET, SELECT_CATEGORY_CAP, SELECT_TOO_SIMILAR, Recipe, Select
from synthlens.filter.select import tokens
from synthlens.filter.select.score import score_expr
from synthlens.filter.select.walk import OVER_CAP, TAKEN, TOO_SIMILAR, WalkPlan, walk
from synthlens.progress import ProgressFn, silent

UNTAGGED = "(untagged)"


@dataclass(frozen=True)
class Candidates:
    """The rows the selection may take, in ranking order, with what the walk reads about each table row."""

    ranking: np.ndarray  # table row numbers, best first
    tokens: np.ndarray  # per table row
    labels: list[str]  # category labels; codes index into it
    codes: np.ndarray  # per table row


def select_reasons(
    table: pl.DataFrame,
    reasons: pl.Series,
    recipe: Recipe,
    vectors: np.ndarray,
    progress: ProgressFn = silent,
) -> pl.Series:
    """The drop reasons after the selection: unchanged for rows already dropped, a select_* reason or null."""
    select = recipe.select
    assert select is not None
    if len(vectors) != table.height:
        raise SynthlensError(
            f"selection: {len(vectors)} embedding rows for {table.height} table rows; fix: re-run synthlens embed RUN"
        )
    candidates = rank_candidates(table, reasons, recipe)
    limits = plan(select, candidates)
    outcome = walk(vectors, candidates.ranking, candidates.tokens, candidates.codes, limits, progress)
    written = np.full(len(outcome), SELECT_BUDGET, dtype=object)
    written[outcome == TAKEN] = None
    written[outcome == TOO_SIMILAR] = SELECT_TOO_SIMILAR
    written[outcome == OVER_CAP] = SELECT_CATEGORY_CAP
    result = np.array(reasons.to_list(), dtype=object)
    result[candidates.ranking] = written
    return pl.Series("drop_reason", result.tolist(), dtype=pl.String)


def rank_candidates(table: pl.DataFrame, reasons: pl.Series, recipe: Recipe) -> Candidates:
    """The surviving rows ordered by score (nulls last), ties broken by id, so input order never matters."""
    select = recipe.select
    assert select is not None
    where = f"recipe '{recipe.name}' select"
    scored = table.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("_row"),
        "id",
        score_expr(select.score, recipe, table.schema, where).alias("_score"),
    ).filter(reasons.is_null())
    ranked = scored.sort(["_score", "id"], descending=[select.descending, False], nulls_last=True)
    labels, codes = category_codes(table, select)
    return Candidates(ranked["_row"].to_numpy(), token_column(table, select), labels, codes)


def token_column(table: pl.DataFrame, select: Select) -> np.ndarray:
    """Tokens per row: the `tokens` stage's column when the table has it, else counted now."""
    if tokens.COLUMN in table.columns:
        counts = table[tokens.COLUMN]
    else:
        counts = tokens.conversation_tokens(table, tokens.load_counter(select.tokenizer))[tokens.COLUMN]
    return counts.fill_null(0).to_numpy().astype(np.int64)


def category_codes(table: pl.DataFrame, select: Select) -> tuple[list[str], np.ndarray]:
    """The category labels (sorted) and each row's code, when the selection has floors or caps."""
    if not (select.has_floors or select.has_caps):
        return [], np.zeros(table.height, np.int64)
    values = table[select.category].cast(pl.String).fill_null(UNTAGGED)
    labels = sorted(values.unique().to_list())
    codes = values.replace_strict(labels, list(range(len(labels))), return_dtype=pl.Int64)
    return labels, codes.to_numpy()


def plan(select: Select, candidates: Candidates) -> WalkPlan:
    """The walk's limits, with floors and caps per category code (-1: none)."""
    floors = _per_label(candidates.labels, select.min_per_value, dict(select.min))
    caps = _per_label(candidates.labels, select.max_per_value, dict(select.max))
    return WalkPlan(select.max_similarity, select.budget_tokens, select.budget_rows, floors, caps)


def _per_label(labels: list[str], default: int | None, given: dict[str, int]) -> np.ndarray | None:
    if default is None and not given:
        return None
    fallback = -1 if default is None else default
    return np.array([given.get(label, fallback) for label in labels], dtype=np.int64)
