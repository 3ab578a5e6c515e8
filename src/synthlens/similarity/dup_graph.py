"""The similarity graph behind semantic dedup: components, a spanning forest, and the threshold sweep.

Rows are nodes; an edge joins two rows whose cosine similarity is at least a threshold. A near-duplicate
group is a connected component, which does not depend on row order. The maximum-similarity spanning forest
keeps at most one edge per row yet has the same components as the full graph at every threshold above the
floor it was built at, so the sweep "threshold -> rows removed" needs no new search.
"""

import numpy as np
import polars as pl

from synthlens.similarity.knn import SIM_TOLERANCE

DEFAULT_SWEEP = tuple(round(0.80 + 0.01 * step, 2) for step in range(20))  # 0.80 ... 0.99


def undirected_edges(
    source: np.ndarray, target: np.ndarray, sim: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each pair once as (low, high), self-pairs dropped, keeping the highest similarity seen."""
    low, high = np.minimum(source, target), np.maximum(source, target)
    keep = low != high
    low, high, sim = low[keep], high[keep], np.asarray(sim, dtype=np.float32)[keep]
    order = np.lexsort((-sim, high, low))
    low, high, sim = low[order], high[order], sim[order]
    first = np.ones(len(low), dtype=bool)
    first[1:] = (low[1:] != low[:-1]) | (high[1:] != high[:-1])
    return low[first], high[first], sim[first]


def same_text_edges(same_text: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """(row, first row with the same normalised text) for each row whose text came earlier: these rows are
    always in one group, whatever their vectors say (same_text: see exact_dedup.first_same_text)."""
    if same_text is None:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    rows = np.flatnonzero(same_text != np.arange(len(same_text)))
    return rows, same_text[rows]


def component_labels(rows: int, source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Connected-component label of every row (rows with no edge are their own component)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if rows == 0:
        return np.empty(0, dtype=np.int64)
    graph = coo_matrix((np.ones(len(source), dtype=np.int8), (source, target)), shape=(rows, rows))
    return connected_components(graph.tocsr(), directed=False)[1].astype(np.int64)


def spanning_forest(
    rows: int, source: np.ndarray, target: np.ndarray, sim: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The maximum-similarity spanning forest as (parent row or -1, similarity to parent or NaN)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import breadth_first_order, minimum_spanning_tree

    parent = np.full(rows, -1, dtype=np.int64)
    parent_sim = np.full(rows, np.nan, dtype=np.float32)
    low, high, sim = undirected_edges(source, target, sim)
    if len(low) == 0:
        return parent, parent_sim
    # Weight 2 - sim is positive for every unit-vector pair, so scipy keeps all edges.
    weights = coo_matrix((2.0 - sim.astype(np.float64), (low, high)), shape=(rows, rows)).tocsr()
    tree = minimum_spanning_tree(weights).tocoo()
    tree_low, tree_high, tree_sim = tree.row, tree.col, (2.0 - tree.data).astype(np.float32)
    # Root every tree at once: a virtual node joined to one row per component, then one BFS from it.
    labels = component_labels(rows, tree_low, tree_high)
    _, roots = np.unique(labels, return_index=True)
    virtual = np.full(len(roots), rows)
    rooted = coo_matrix(
        (np.ones(len(tree_low) + len(roots)), (np.r_[tree_low, virtual], np.r_[tree_high, roots])),
        shape=(rows + 1, rows + 1),
    ).tocsr()
    _, predecessors = breadth_first_order(rooted, rows, directed=False, return_predecessors=True)
    predecessors = predecessors[:rows].astype(np.int64)
    has_parent = (predecessors >= 0) & (predecessors < rows)
    parent[has_parent] = predecessors[has_parent]
    children = np.flatnonzero(has_parent)
    parent_sim[children] = _edge_sims(rows, tree_low, tree_high, tree_sim, children, parent[children])
    return parent, parent_sim


def _edge_sims(
    rows: int, low: np.ndarray, high: np.ndarray, sim: np.ndarray, ends: np.ndarray, other_ends: np.ndarray
) -> np.ndarray:
    """Look up the similarity of given edges (in either direction) among known edges."""
    keys = low.astype(np.int64) * rows + high
    order = np.argsort(keys)
    wanted = np.minimum(ends, other_ends).astype(np.int64) * rows + np.maximum(ends, other_ends)
    return sim[order][np.searchsorted(keys[order], wanted)]


def forest_labels(parent: np.ndarray, parent_sim: np.ndarray, threshold: float) -> np.ndarray:
    """Group labels at a threshold from the spanning forest: components of its edges with sim >= threshold."""
    linked = (parent >= 0) & (parent_sim >= threshold - SIM_TOLERANCE)
    children = np.flatnonzero(linked)
    return component_labels(len(parent), children, parent[children])


def group_sizes(labels: np.ndarray) -> np.ndarray:
    """The size of each row's group."""
    if len(labels) == 0:
        return np.empty(0, dtype=np.int64)
    return np.bincount(labels)[labels]


def sweep_from_forest(parent: np.ndarray, parent_sim: np.ndarray, thresholds=DEFAULT_SWEEP) -> pl.DataFrame:
    """For each threshold: rows removed (one kept per group), groups of 2 or more, the largest group."""
    records = []
    for threshold in sorted(thresholds):
        sizes = np.bincount(forest_labels(parent, parent_sim, threshold)) if len(parent) else np.empty(0)
        removed = int((sizes - 1).clip(min=0).sum())
        records.append(
            {
                "threshold": float(threshold),
                "rows_removed": removed,
                "share_removed": removed / len(parent) if len(parent) else 0.0,
                "dup_groups": int((sizes >= 2).sum()),
                "largest_group": int(sizes.max(initial=0)),
            }
        )
    return pl.DataFrame(records, schema=SWEEP_SCHEMA)


SWEEP_SCHEMA = {
    "threshold": pl.Float64,
    "rows_removed": pl.Int64,
    "share_removed": pl.Float64,
    "dup_groups": pl.Int64,
    "largest_group": pl.Int64,
}
