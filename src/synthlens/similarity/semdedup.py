"""SemDeDup-style near-duplicate pairs for millions of rows: k-means clusters, pairs searched per cluster.

It needs no global nearest-neighbour search; pairs that fall in different clusters are missed, which is
the price of its speed (the clusters are spherical k-means on the unit vectors).
"""

import numpy as np

from synthlens.progress import ProgressFn, silent
from synthlens.similarity.knn import SIM_TOLERANCE

ROWS_PER_CLUSTER = 1000
BLOCK_ROWS = 2048


def semdedup_pairs(
    vectors: np.ndarray,
    threshold: float,
    clusters: int | None = None,
    seed: int = 0,
    progress: ProgressFn = silent,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs with cos >= threshold found inside k-means clusters only (SemDeDup), as (source, target)."""
    import faiss

    rows, dim = vectors.shape
    clusters = min(rows, clusters or max(1, rows // ROWS_PER_CLUSTER))
    if rows < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    # min_points_per_centroid=1: small sets are fine to cluster, and faiss would print a warning otherwise.
    kmeans = faiss.Kmeans(
        dim, clusters, niter=20, seed=seed, spherical=True, max_points_per_centroid=256, min_points_per_centroid=1
    )
    base = np.ascontiguousarray(vectors, dtype=np.float32)
    kmeans.train(base)
    assigned = kmeans.index.search(base, 1)[1][:, 0]
    by_cluster = np.argsort(assigned, kind="stable")
    sources, targets = [], []
    groups = np.split(by_cluster, np.flatnonzero(np.diff(assigned[by_cluster])) + 1)
    for done, members in enumerate(groups, start=1):
        for start in range(0, len(members), BLOCK_ROWS):
            block = members[start : start + BLOCK_ROWS]
            sims = base[block] @ base[members].T
            block_rows, member_cols = np.nonzero(sims >= threshold - SIM_TOLERANCE)
            sources.append(block[block_rows])
            targets.append(members[member_cols])
        progress("semdedup", done, len(groups))
    return np.concatenate(sources), np.concatenate(targets)
