"""Semantic dedup that does not depend on row order: near-duplicate groups and one row kept per group.

Modes:
- components: groups are the connected components of the graph of pairs with cos >= threshold. Chains
  can join rows that are far apart (A~B, B~C, A far from C); the stage reports the largest group.
- strict: inside each component, rows are taken in the keep policy's order; each untaken row becomes a
  representative and takes every untaken member within the threshold of it. Every member is then within
  the threshold of its representative.
- semdedup: SemDeDup-style for millions of rows: k-means clusters, pairs searched only inside a cluster.

Columns (stage "dedup"): dup_group, dup_group_size, is_dup_representative, and min_similar_uuid set to the
group representative's id in groups of 2 or more (null otherwise), so Magpie's rule "keep a row when
min_similar_uuid is null or equals its id" keeps exactly the representatives.
"""

import numpy as np
import polars as pl

from synthlens.errors import SynthlensError
from synthlens.similarity.dup_graph import DEFAULT_SWEEP, forest_labels, group_sizes, sweep_from_forest
from synthlens.similarity.knn import SIM_TOLERANCE

DEDUP_MODES = ("components", "strict", "semdedup")
QUALITY_ORDER = ("excellent", "good", "average", "poor", "very poor")
# policy -> (column it needs, stage that writes it)
KEEP_POLICIES = {
    "first": ("row_index", None),
    "longest_response": ("response", None),
    "highest_quality": ("input_quality", "quality"),
    "highest_reward": ("instruct_reward", "reward"),
}


def check_choice(kind: str, value: str, allowed, fix: str) -> str:
    """The value when allowed, else the error naming what is allowed."""
    if value not in allowed:
        raise SynthlensError(f"{kind} '{value}' is not known; allowed: {', '.join(allowed)}; fix: {fix}")
    return value


def keep_order(rows: pl.DataFrame, policy: str) -> np.ndarray:
    """Row numbers best first under a keep policy; ties go to the smaller id, so row order never matters.

    `first` is the exception by definition: it prefers the smaller row_index.
    """
    check_choice("keep policy", policy, KEEP_POLICIES, "--keep first")
    column, stage = KEEP_POLICIES[policy]
    if column not in rows.columns:
        raise SynthlensError(
            f"keep policy '{policy}' needs the column '{column}' from the '{stage}' stage, which this run"
            f" lacks; fix: run that stage first or use --keep first or longest_response"
        )
    key = {
        "first": pl.col("row_index"),
        "longest_response": -pl.col("response").fill_null("").str.len_chars().cast(pl.Int64),
        "highest_quality": pl.col("input_quality").replace_strict(QUALITY_ORDER, range(5), default=5),
        "highest_reward": -pl.col("instruct_reward").cast(pl.Float64).fill_nan(None),
    }[policy]
    ranked = rows.select(key.alias("_key"), pl.col("id")).with_row_index("_row")
    return ranked.sort(["_key", "id"], nulls_last=True)["_row"].to_numpy().astype(np.int64)


def representatives(labels: np.ndarray, order: np.ndarray) -> np.ndarray:
    """For every row, the row its group keeps: the member that comes first in the policy's order."""
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    best_rank = np.full(labels.max(initial=-1) + 1, len(order), dtype=np.int64)
    np.minimum.at(best_rank, labels, rank)
    return order[best_rank[labels]]


def strict_representatives(
    vectors: np.ndarray, labels: np.ndarray, order: np.ndarray, threshold: float, same_text: np.ndarray | None = None
) -> np.ndarray:
    """Split each component so that every member is within the threshold of its representative; rows of equal
    normalised text (same_text: each row's first such row) count as within it and stay together."""
    representative = np.arange(len(labels), dtype=np.int64)
    sizes = np.bincount(labels) if len(labels) else np.empty(0, np.int64)
    in_shared = order[sizes[labels[order]] >= 2]  # rows of groups of 2+, in policy order
    by_group = in_shared[np.argsort(labels[in_shared], kind="stable")]
    for members in np.split(by_group, np.flatnonzero(np.diff(labels[by_group])) + 1):
        remaining = members
        while len(remaining):
            sims = np.asarray(vectors[remaining], dtype=np.float32) @ np.asarray(vectors[remaining[0]])
            taken = sims >= threshold - SIM_TOLERANCE
            taken[0] = True
            if same_text is not None:
                taken |= np.isin(same_text[remaining], same_text[remaining[taken]])
            representative[remaining[taken]] = remaining[0]
            remaining = remaining[~taken]
    return representative


def dedup_table(ids: pl.Series, representative: np.ndarray) -> pl.DataFrame:
    """The dedup stage's columns from each row's representative row number."""
    _, group = np.unique(representative, return_inverse=True)
    sizes = group_sizes(group)
    is_representative = representative == np.arange(len(representative))
    rep_ids = ids.gather(representative) if len(ids) else ids
    return pl.DataFrame(
        {
            "id": ids,
            "dup_group": group.astype(np.int64),
            "dup_group_size": sizes.astype(np.int64),
            "is_dup_representative": is_representative,
            "min_similar_uuid": pl.select(pl.when(pl.Series(sizes >= 2)).then(rep_ids)).to_series(),
        }
    )


def groups_from_links(neighbors: pl.DataFrame, threshold: float) -> np.ndarray:
    """Component label of every row at a threshold, from the neighbors stage's spanning-forest links."""
    parent, parent_sim = link_arrays(neighbors)
    return forest_labels(parent, parent_sim, threshold)


def link_arrays(neighbors: pl.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(parent row number or -1, link similarity or NaN) from the dup_link_id / dup_link_sim columns."""
    positions = neighbors.select("id", pl.int_range(pl.len(), dtype=pl.Int64).alias("_row"))
    parent = neighbors.select("dup_link_id").join(
        positions, left_on="dup_link_id", right_on="id", how="left", maintain_order="left"
    )
    parent_rows = parent["_row"].fill_null(-1).to_numpy().astype(np.int64)
    return parent_rows, neighbors["dup_link_sim"].fill_null(np.nan).to_numpy().astype(np.float32)


def threshold_sweep(neighbors: pl.DataFrame, floor: float, thresholds=None) -> pl.DataFrame:
    """The table "threshold -> rows removed" from the neighbors stage, exact for thresholds >= floor.

    Pure and fast (one connected-components pass per threshold over at most one link per row), so a
    dashboard slider can call it on every move.
    """
    if thresholds is None:
        thresholds = [t for t in DEFAULT_SWEEP if t >= floor - SIM_TOLERANCE]
    low = [t for t in thresholds if t < floor - SIM_TOLERANCE]
    if low:
        raise SynthlensError(
            f"threshold {min(low)} is below the sweep floor {floor} the neighbours were searched at;"
            f" allowed: {floor}..1; fix: synthlens neighbors RUN --sweep-floor {min(low)}"
        )
    return sweep_from_forest(*link_arrays(neighbors), thresholds)
