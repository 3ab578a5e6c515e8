"""Nearest-neighbour search over unit vectors with faiss: exact for small sets, approximate above a size.

Similarity is the inner product of unit vectors (cosine). Queries run in blocks so memory stays bounded,
the row itself is never reported as its own neighbour, and an approximate index is tuned on a sample until
its recall@k against exact search reaches a target.
"""

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent

INDEX_KINDS = ("auto", "flat", "ivf", "hnsw")
EXACT_MAX_ROWS = 20_000  # above this, "auto" picks an approximate index
IVF_MIN_ROWS = 200_000  # from here, "auto" tries IVF first: HNSW builds slowly once the rows outgrow the caches
IVF_MAX_PROBE_SHARE = 0.05  # "auto" gives up on IVF when it needs to scan more lists than this for the recall
SIM_TOLERANCE = 1e-6  # identical float32 unit vectors can score 0.99999994: count them as 1.0
BLOCK_ROWS = 4096
RECALL_TARGET = 0.95
RECALL_SAMPLE = 500
HNSW_M = 16
HNSW_EF_CONSTRUCTION = 40


@dataclass
class NeighborIndex:
    """A faiss index over the rows, with what was chosen and measured about it."""

    index: Any  # faiss.Index, imported lazily
    kind: str
    settings: dict[str, Any] = field(default_factory=dict)
    recall_at_k: float | None = None  # None for exact search

    def describe(self) -> dict[str, Any]:
        """The facts recorded in the manifest."""
        return {"index": self.kind, **self.settings, "recall_at_k": self.recall_at_k}


def choose_kind(rows: int, kind: str = "auto") -> str:
    """The index kind for a number of rows: flat (exact) when small, else HNSW; an explicit kind wins."""
    if kind not in INDEX_KINDS:
        raise SynthlensError(f"index kind '{kind}' is not known; allowed: {', '.join(INDEX_KINDS)}; fix: --index auto")
    if kind != "auto":
        return kind
    if rows <= EXACT_MAX_ROWS:
        return "flat"
    # HNSW for "auto" at moderate sizes: at the same recall on real sentence embeddings it searched several
    # times faster than IVF-Flat, which scans its lists without BLAS. See tuned_index for larger sets.
    return "ivf" if rows >= IVF_MIN_ROWS else "hnsw"


def build_index(vectors: np.ndarray, kind: str = "auto", seed: int = 0) -> NeighborIndex:
    """An inner-product index over the vectors (flat, IVF-Flat or HNSW-Flat)."""
    import faiss

    rows, dim = vectors.shape
    kind = choose_kind(rows, kind)
    if kind == "flat" or rows < 2:
        index = faiss.IndexFlatIP(dim)
        _add_in_blocks(index, vectors)
        return NeighborIndex(index, "flat")
    if kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = 12  # tune_recall widens it until the recall target is met
        _add_in_blocks(index, vectors)
        return NeighborIndex(index, "hnsw", {"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION})
    # about 4 sqrt(n) lists, but never fewer than 39 training points per list (faiss warns below that)
    nlist = max(1, min(max(8, int(4 * np.sqrt(rows))), rows // 40))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = np.random.default_rng(seed).choice(rows, size=min(rows, 40 * nlist), replace=False)
    index.cp.niter = 10
    index.cp.min_points_per_centroid = 1  # tiny sets are fine; faiss would print a warning
    index.train(np.ascontiguousarray(vectors[np.sort(sample)], dtype=np.float32))
    index.nprobe = 8  # tune_recall widens it until the recall target is met
    _add_in_blocks(index, vectors)
    return NeighborIndex(index, "ivf", {"nlist": nlist})


def _add_in_blocks(index: Any, vectors: np.ndarray, block: int = 65_536) -> None:
    for start in range(0, len(vectors), block):
        index.add(np.ascontiguousarray(vectors[start : start + block], dtype=np.float32))


def _search_width(neighbor_index: NeighborIndex) -> int:
    index = neighbor_index.index
    return int(index.nprobe if neighbor_index.kind == "ivf" else index.hnsw.efSearch)


def _set_search_width(neighbor_index: NeighborIndex, width: int) -> None:
    if neighbor_index.kind == "ivf":
        neighbor_index.index.nprobe = min(width, neighbor_index.index.nlist)
        neighbor_index.settings["nprobe"] = int(neighbor_index.index.nprobe)
    else:
        neighbor_index.index.hnsw.efSearch = width
        neighbor_index.settings["efSearch"] = width


def tuned_index(vectors: np.ndarray, kind: str, k: int) -> NeighborIndex:
    """An index whose recall@k meets the target; "auto" falls back from IVF to HNSW when IVF would have to
    scan too many of its lists (data without clear clusters)."""
    neighbor_index = build_index(vectors, kind)
    if kind != "auto" or neighbor_index.kind != "ivf":
        return tune_recall(neighbor_index, vectors, k)
    max_probe = max(1, int(IVF_MAX_PROBE_SHARE * neighbor_index.index.nlist))
    tune_recall(neighbor_index, vectors, k, max_width=max_probe)
    if neighbor_index.recall_at_k >= RECALL_TARGET:
        return neighbor_index
    del neighbor_index
    return tune_recall(build_index(vectors, "hnsw"), vectors, k)


def tune_recall(
    neighbor_index: NeighborIndex,
    vectors: np.ndarray,
    k: int,
    target: float = RECALL_TARGET,
    sample: int = RECALL_SAMPLE,
    seed: int = 0,
    max_width: int | None = None,
) -> NeighborIndex:
    """Widen an approximate index's search (nprobe, efSearch) until recall@k on a sample meets the target."""
    if neighbor_index.kind == "flat":
        return neighbor_index
    queries = np.sort(np.random.default_rng(seed).choice(len(vectors), min(sample, len(vectors)), False))
    exact_sims = exact_knn_sims(vectors, queries, k)
    width = _search_width(neighbor_index)
    while True:
        _set_search_width(neighbor_index, width)
        _, approx_sims = search_knn(neighbor_index, vectors, k, rows=queries)
        neighbor_index.recall_at_k = recall_by_similarity(approx_sims, exact_sims)
        limit = max_width or (neighbor_index.index.nlist if neighbor_index.kind == "ivf" else 4096)
        if neighbor_index.recall_at_k >= target or width >= limit:
            return neighbor_index
        width = min(int(width * 1.5) + 1, limit)  # small steps: every extra unit of width costs search time


def recall_by_similarity(approx_sims: np.ndarray, exact_sims: np.ndarray) -> float:
    """recall@k: the share of true top-k neighbours found; ties at the k-th similarity count as found."""
    if exact_sims.size == 0:
        return 1.0
    kth = exact_sims[:, -1:] - SIM_TOLERANCE
    found = np.minimum((approx_sims >= kth).sum(axis=1), (exact_sims >= kth).sum(axis=1))
    return float(found.sum() / exact_sims.size)


def exact_knn_sims(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """The exact top-k similarities (self excluded) of some rows, by brute force without copying the rows."""
    import faiss

    if k == 0 or len(vectors) < 2:
        return np.full((len(queries), k), -np.inf, dtype=np.float32)
    base = np.ascontiguousarray(vectors, dtype=np.float32)
    sims, ids = faiss.knn(base[queries], base, min(k + 1, len(base)), metric=faiss.METRIC_INNER_PRODUCT)
    return _drop_self(np.asarray(queries, dtype=np.int64), ids, sims)[1][:, :k]


def search_knn(
    neighbor_index: NeighborIndex,
    vectors: np.ndarray,
    k: int,
    rows: np.ndarray | None = None,
    progress: ProgressFn = silent,
    block_rows: int = BLOCK_ROWS,
) -> tuple[np.ndarray, np.ndarray]:
    """Top-k neighbour row numbers and similarities for the given rows (all by default), self excluded.

    Returns (ids, sims) of shape (len(rows), k), best first; ids are -1 and sims -inf where fewer exist.
    """
    rows = np.arange(len(vectors)) if rows is None else np.asarray(rows, dtype=np.int64)
    ids = np.full((len(rows), k), -1, dtype=np.int64)
    sims = np.full((len(rows), k), -np.inf, dtype=np.float32)
    width = min(k + 1, neighbor_index.index.ntotal)
    if k == 0 or width <= 1:  # a lone row has no other rows
        return ids, sims
    for start in range(0, len(rows), block_rows):
        block = rows[start : start + block_rows]
        query = np.ascontiguousarray(vectors[block], dtype=np.float32)
        block_sims, block_ids = neighbor_index.index.search(query, width)
        kept_ids, kept_sims = _drop_self(block, block_ids, block_sims)
        ids[start : start + len(block), : kept_ids.shape[1]] = kept_ids[:, :k]
        sims[start : start + len(block), : kept_sims.shape[1]] = kept_sims[:, :k]
        progress("neighbors", start + len(block), len(rows))
    return ids, np.where(ids >= 0, sims, -np.inf).astype(np.float32)


def _drop_self(rows: np.ndarray, ids: np.ndarray, sims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Remove each row from its own results; when it is absent (ties, approximate search) drop the last."""
    is_self = ids == rows[:, None]
    missing = ~is_self.any(axis=1)
    is_self[missing, -1] = True
    keep = ~is_self
    width = ids.shape[1] - 1
    return ids[keep].reshape(-1, width), sims[keep].reshape(-1, width)


def range_pairs(
    neighbor_index: NeighborIndex,
    vectors: np.ndarray,
    rows: np.ndarray,
    threshold: float,
    block_rows: int = 1024,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (row, other, sim) with sim >= threshold for the given rows, self excluded, uncapped."""
    if neighbor_index.kind == "hnsw":
        return _widening_knn_pairs(neighbor_index, vectors, np.asarray(rows, dtype=np.int64), threshold)
    sources, targets, scores = [], [], []
    for start in range(0, len(rows), block_rows):
        block = np.asarray(rows[start : start + block_rows], dtype=np.int64)
        query = np.ascontiguousarray(vectors[block], dtype=np.float32)
        limits, block_sims, block_ids = neighbor_index.index.range_search(query, threshold - SIM_TOLERANCE)
        source = np.repeat(block, np.diff(limits.astype(np.int64)))
        other = block_ids != source
        sources.append(source[other])
        targets.append(block_ids[other])
        scores.append(block_sims[other])
    return _concat_pairs(sources, targets, scores)


def _widening_knn_pairs(
    neighbor_index: NeighborIndex, vectors: np.ndarray, rows: np.ndarray, threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Range search for HNSW, whose own range search stops at efSearch candidates: a kNN search whose k
    grows fourfold for the rows whose k-th neighbour is still above the threshold."""
    sources, targets, scores = [], [], []
    k, hnsw = 64, neighbor_index.index.hnsw
    search_width = hnsw.efSearch
    while len(rows):
        k = min(k, len(vectors) - 1)
        hnsw.efSearch = max(search_width, 2 * k)  # HNSW returns at most efSearch results
        ids, sims = search_knn(neighbor_index, vectors, k, rows=rows)
        close = (ids >= 0) & (sims >= threshold - SIM_TOLERANCE)
        done = ~close[:, -1] | (k >= len(vectors) - 1)
        sources.append(np.repeat(rows[done], k)[close[done].ravel()])
        targets.append(ids[done][close[done]])
        scores.append(sims[done][close[done]])
        rows, k = rows[~done], k * 4
    hnsw.efSearch = search_width
    return _concat_pairs(sources, targets, scores)


def _concat_pairs(sources: list, targets: list, scores: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not sources:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float32)
    return (
        np.concatenate(sources).astype(np.int64),
        np.concatenate(targets).astype(np.int64),
        np.concatenate(scores).astype(np.float32),
    )
