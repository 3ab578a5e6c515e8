"""What a selection did, from the flags it wrote: rows and tokens taken per category, the score before and
after, the rows the similarity limit skipped, and how spread out the taken rows are next to the rest."""

from typing import Any

import numpy as np
import polars as pl

from synthlens.filter.model import SELECT_BUDGET, SELECT_CATEGORY_CAP, SELECT_TOO_SIMILAR, Recipe
from synthlens.filter.select.score import score_expr
from synthlens.filter.select.selection import UNTAGGED, token_column
from synthlens.filter.select.walk import EXACT_MAX_ROWS, index_kind

DISTANCE_SAMPLE = 1000  # rows per set for the nearest-neighbour figures (equal sizes: distances shrink with size)
QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9)
_OUTCOME = {None: "taken", SELECT_TOO_SIMILAR: "too_similar", SELECT_BUDGET: "over_budget"}
_OUTCOME[SELECT_CATEGORY_CAP] = "over_cap"


def selection_report(table: pl.DataFrame, flags: pl.DataFrame, recipe: Recipe, vectors: np.ndarray) -> dict[str, Any]:
    """The report as plain data (it goes into the manifest): totals, per category, score, diversity."""
    select = recipe.select
    assert select is not None
    frame = _candidates(table, flags, recipe)
    taken = frame.filter(pl.col("outcome") == "taken")
    counts = {name: int((frame["outcome"] == name).sum()) for name in _OUTCOME.values()}
    return {
        "step": select.describe(),
        "tokenizer": select.tokenizer,
        "index": index_kind(frame.height, select.max_similarity) if select.max_similarity is not None else "none",
        "candidates": frame.height,
        **counts,
        "tokens_taken": int(taken["tokens"].sum()),
        "budget_tokens": select.budget_tokens,
        "budget_rows": select.budget_rows,
        "per_category": _per_category(frame, recipe),
        "score": {"before": _distribution(frame["score"]), "after": _distribution(taken["score"])},
        "diversity": _diversity(vectors, frame, select.max_similarity),
    }


def _candidates(table: pl.DataFrame, flags: pl.DataFrame, recipe: Recipe) -> pl.DataFrame:
    """The rows that reached the selection: row number, outcome, score, tokens and category."""
    select = recipe.select
    assert select is not None
    category = pl.col(select.category).cast(pl.String) if select.category in table.columns else pl.lit(None)
    frame = table.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("row"),
        score_expr(select.score, recipe, table.schema, "select").alias("score"),
        category.fill_null(UNTAGGED).alias("category"),
        pl.Series("tokens", token_column(table, select)),
        flags["drop_reason"].replace_strict(_OUTCOME, default=None, return_dtype=pl.String).alias("outcome"),
    )
    return frame.filter(pl.col("outcome").is_not_null() | flags["keep"])


def _per_category(frame: pl.DataFrame, recipe: Recipe) -> list[dict[str, Any]]:
    select = recipe.select
    assert select is not None
    floors, caps = dict(select.min), dict(select.max)
    grouped = frame.group_by("category").agg(
        pl.len().alias("candidates"),
        (pl.col("outcome") == "taken").sum().alias("taken"),
        pl.col("tokens").filter(pl.col("outcome") == "taken").sum().alias("tokens_taken"),
        (pl.col("outcome") == "too_similar").sum().alias("too_similar"),
        (pl.col("outcome") == "over_cap").sum().alias("over_cap"),
    )
    rows = grouped.sort(["taken", "category"], descending=[True, False]).to_dicts()
    for row in rows:
        row["floor"] = floors.get(row["category"], select.min_per_value)
        row["cap"] = caps.get(row["category"], select.max_per_value)
    return rows


def _distribution(scores: pl.Series) -> dict[str, float | int | None]:
    values = scores.drop_nulls()
    summary: dict[str, float | int | None] = {"rows": values.len(), "mean": values.mean()}  # type: ignore[dict-item]
    summary |= {f"p{round(q * 100)}": values.quantile(q) for q in QUANTILES}
    return summary | {"min": values.min(), "max": values.max()}  # type: ignore[dict-item]


def _diversity(vectors: np.ndarray, frame: pl.DataFrame, limit: float | None) -> dict[str, Any]:
    """Mean nearest-neighbour cosine distance within equal samples of the taken and the other candidates,
    from the other candidates to the nearest taken row, and the share of taken rows with another taken row
    at or above the similarity limit (an exact check of the walk's index on a sample)."""
    rng = np.random.default_rng(0)
    taken = frame.filter(pl.col("outcome") == "taken")["row"].to_numpy()
    others = frame.filter(pl.col("outcome") != "taken")["row"].to_numpy()
    size = min(DISTANCE_SAMPLE, len(taken), len(others) or len(taken))
    if size < 2:
        return {"sample": size}
    taken_sample = np.sort(rng.choice(taken, size, replace=False))
    result: dict[str, Any] = {"sample": size, "taken_mean_nn_distance": _mean_nn_distance(vectors[taken_sample])}
    other_sample = np.sort(rng.choice(others, size, replace=False)) if len(others) >= size else taken_sample[:0]
    if len(other_sample):
        result["not_taken_mean_nn_distance"] = _mean_nn_distance(vectors[other_sample])
    # one exact index over every taken row answers both remaining questions
    nearest = _nearest(vectors[np.concatenate([other_sample, taken_sample])], vectors[taken])
    if len(other_sample):
        result["not_taken_to_taken_mean_distance"] = float(1 - nearest[0][: len(other_sample)].mean())
    if limit is not None:
        result["taken_pairs_at_limit_share"] = float((nearest[1][len(other_sample) :] >= limit).mean())
        result["exact_walk"] = len(frame) <= EXACT_MAX_ROWS
    return result


def _mean_nn_distance(rows: np.ndarray) -> float:
    return float(1 - _nearest(rows, rows)[1].mean())


def _nearest(queries: np.ndarray, base: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each query's highest and second-highest cosine similarity to a base row. For a query that is itself
    in base, the first is the row itself (~1.0) and the second the nearest other row (an exact twin scores
    the same either way)."""
    import faiss

    base = np.ascontiguousarray(base, dtype=np.float32)
    index = faiss.IndexFlatIP(base.shape[1])
    index.add(base)
    sims, _ = index.search(np.ascontiguousarray(queries, dtype=np.float32), min(2, len(base)))
    return sims[:, 0], sims[:, -1]


def report_tables(report: dict[str, Any]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """A stored report as three tables to show: per category, the score before and after, and diversity."""
    per_category = pl.DataFrame(report["per_category"])
    named = {"before": "candidates", "after": "taken"}
    score = pl.DataFrame([{"set": named[name], **values} for name, values in report["score"].items()])
    measures = {key.replace("_", " "): value for key, value in report["diversity"].items()}
    values = [f"{value:.3f}" if isinstance(value, float) else str(value) for value in measures.values()]
    return per_category, score, pl.DataFrame({"diversity": list(measures), "value": values})
