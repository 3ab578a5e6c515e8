"""The nearest reference row for each query vector: exact while it is cheap, a tuned index past a budget.

Overlap checks are usually a few thousand queries (an eval set, or a dataset's rows left after the exact
text match) against a reference of up to a few hundred thousand rows. Comparing every query with every
reference row is then seconds of matrix products, and exact: nothing a graph walk could miss. So `auto`
searches exactly while queries x reference rows x dimensions stays within EXACT_BUDGET, and only past it
builds an approximate index, tuned on perturbed copies of reference rows searched as outside queries.
"""

from typing import Any

import numpy as np

from synthlens.progress import ProgressFn, silent
from synthlens.similarity.knn import choose_kind, search_vectors
from synthlens.similarity.recall import exact_search, outside_check, tuned_index

# Multiply-adds searched exactly under "auto": 2.6 billion query-reference pairs at 384 dimensions (5,000
# prompts x 520,000 rows), about 25 s of one core's sgemm; past it an approximate index is cheaper.
EXACT_BUDGET = 1_000_000_000_000
QUERY_BLOCK = 1024


def reference_kind(queries: int, reference_rows: int, dim: int, kind: str = "auto") -> str:
    """The search for this many queries against this many reference rows; an explicit kind wins."""
    choose_kind(reference_rows, kind)  # refuses an unknown kind
    if kind != "auto":
        return kind
    return "flat" if queries * reference_rows * dim <= EXACT_BUDGET else choose_kind(reference_rows)


def nearest_reference(
    queries: np.ndarray, reference: np.ndarray, kind: str = "auto", progress: ProgressFn = silent
) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
    """(row number of the most similar reference vector, its similarity, search facts) for each query.

    Row numbers are -1 and similarities NaN when the reference is empty.
    """
    count = len(queries)
    if len(reference) == 0 or count == 0:
        return np.full(count, -1, np.int64), np.full(count, np.nan, np.float32), {"index": None}
    reference = np.ascontiguousarray(reference, dtype=np.float32)
    chosen = reference_kind(count, len(reference), reference.shape[1], kind)
    if chosen == "flat":
        sims, ids = _exact_nearest(queries, reference, progress)
        return ids, sims, {"index": "flat", "compared_pairs": count * len(reference)}
    index = tuned_index(reference, "auto" if kind == "auto" else chosen, [outside_check(reference)])
    sims, ids = search_vectors(index, reference, queries, k=1)
    progress("overlap search", count, count)
    return ids[:, 0], sims[:, 0], index.describe()


def _exact_nearest(queries: np.ndarray, reference: np.ndarray, progress: ProgressFn) -> tuple[np.ndarray, np.ndarray]:
    """Every query against every reference row, a block of queries at a time (bounded memory, progress)."""
    sims = np.empty(len(queries), dtype=np.float32)
    ids = np.empty(len(queries), dtype=np.int64)
    for start in range(0, len(queries), QUERY_BLOCK):
        block_sims, block_ids = exact_search(reference, queries[start : start + QUERY_BLOCK], 1)
        sims[start : start + len(block_ids)], ids[start : start + len(block_ids)] = block_sims[:, 0], block_ids[:, 0]
        progress("overlap search", start + len(block_ids), len(queries))
    return sims, ids
