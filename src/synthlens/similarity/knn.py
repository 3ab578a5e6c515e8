"""Nearest-neighbour search over unit vectors with faiss: exact for small sets, approximate above a size.

Similarity is the inner product of unit vectors (cosine). Queries run in blocks so memory stays bounded,
and the row itself is never reported as its own neighbour. Every similarity returned is exact: candidates
found on compressed codes are rescored against the float32 vectors. How wide an approximate index searches
is tuned in `recall`, against brute force, for what the calling stage uses.
"""

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent

INDEX_KINDS = ("auto", "flat", "ivf", "hnsw")
EXACT_MAX_ROWS = 20_000  # above this, "auto" picks an approximate index
IVF_MIN_ROWS = 200_000  # from here, "auto" tries IVF first: HNSW builds slowly once the rows outgrow the caches
SIM_TOLERANCE = 1e-6  # identical float32 unit vectors can score 0.99999994: count them as 1.0
# Row numbers in pair lists: tens of millions of pairs at a million rows, so half the bytes of int64 count
# (two billion rows is far past what one machine searches).
PAIR_ROW = np.int32
BLOCK_ROWS = 4096
HNSW_M = 16
HNSW_EF_CONSTRUCTION = 40
RESCORE_SPARE = 4  # 8-bit codes misorder close candidates: HNSW fetches a few spare ones to rescore exactly
LOCALITY_MIN_ROWS = 20_000  # below this the k-means that orders the queries costs more than it saves
LOCALITY_CELLS = 64


@dataclass
class NeighborIndex:
    """A faiss index over the rows, with what was chosen and measured about it."""

    index: Any  # faiss.Index, imported lazily
    kind: str
    settings: dict[str, Any] = field(default_factory=dict)
    recalls: dict[str, Any] = field(default_factory=dict)  # measured by recall.tune; empty for exact search

    @property
    def recall_at_k(self) -> float | None:
        return self.recalls.get("recall_at_k")

    def describe(self) -> dict[str, Any]:
        """The facts recorded in the manifest."""
        return {"index": self.kind, **self.settings, **self.recalls}


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
        # The graph is built and walked on 8-bit codes, a quarter of the memory traffic of float32, and the
        # candidates it finds are rescored exactly (see rescore): a third faster at the same recall on Alpaca.
        index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = 12  # recall.tune widens it until the recall targets are met
        index.train(np.ascontiguousarray(vectors, dtype=np.float32))  # the per-dimension ranges of the codes
        _add_in_blocks(index, vectors)
        settings = {"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION, "codes": "8-bit, rescored exactly"}
        return NeighborIndex(index, "hnsw", settings)
    # about 4 sqrt(n) lists, but never fewer than 39 training points per list (faiss warns below that)
    nlist = max(1, min(max(8, int(4 * np.sqrt(rows))), rows // 40))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = np.random.default_rng(seed).choice(rows, size=min(rows, 40 * nlist), replace=False)
    index.cp.niter = 10
    index.cp.min_points_per_centroid = 1  # tiny sets are fine; faiss would print a warning
    index.train(np.ascontiguousarray(vectors[np.sort(sample)], dtype=np.float32))
    index.nprobe = 8  # recall.tune widens it until the recall targets are met
    _add_in_blocks(index, vectors)
    return NeighborIndex(index, "ivf", {"nlist": nlist})


def _add_in_blocks(index: Any, vectors: np.ndarray, block: int = 65_536) -> None:
    for start in range(0, len(vectors), block):
        index.add(np.ascontiguousarray(vectors[start : start + block], dtype=np.float32))


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
    base = np.ascontiguousarray(vectors, dtype=np.float32)  # no copy when it already is
    order = np.arange(len(rows)) if neighbor_index.kind == "flat" else _locality_order(base, rows)
    for done in range(0, len(rows), block_rows):
        at = order[done : done + block_rows]
        block_sims, block_ids = _search_rows(neighbor_index, base, rows[at], width)
        kept_ids, kept_sims = drop_self(rows[at], block_ids, block_sims)
        ids[at, : kept_ids.shape[1]] = kept_ids[:, :k]
        sims[at, : kept_sims.shape[1]] = kept_sims[:, :k]
        progress("neighbors", done + len(at), len(rows))
    return ids, np.where(ids >= 0, sims, -np.inf).astype(np.float32)


def _search_rows(neighbor_index: NeighborIndex, base: np.ndarray, rows: np.ndarray, width: int) -> tuple:
    """(sims, ids) of the top-`width` rows for some rows of the index, themselves included, best first."""
    query = base[rows]
    if neighbor_index.kind != "hnsw":
        return neighbor_index.index.search(query, width)
    _, candidates = _hnsw_search_from_rows(neighbor_index.index, query, rows, width + RESCORE_SPARE)
    sims, ids = rescore(base, query, candidates)
    return sims[:, :width], ids[:, :width]


def search_vectors(
    neighbor_index: NeighborIndex, base: np.ndarray, queries: np.ndarray, k: int, block_rows: int = BLOCK_ROWS
) -> tuple[np.ndarray, np.ndarray]:
    """(sims, ids) of the top-k indexed rows for vectors from outside the index, exact similarities."""
    base = np.ascontiguousarray(base, dtype=np.float32)
    width = min(k + RESCORE_SPARE, len(base)) if neighbor_index.kind == "hnsw" else k
    sims = np.empty((len(queries), k), dtype=np.float32)
    ids = np.empty((len(queries), k), dtype=np.int64)
    for start in range(0, len(queries), block_rows):
        query = np.ascontiguousarray(queries[start : start + block_rows], dtype=np.float32)
        block_sims, block_ids = neighbor_index.index.search(query, width)
        if neighbor_index.kind == "hnsw":
            block_sims, block_ids = rescore(base, query, block_ids)
        sims[start : start + len(query)], ids[start : start + len(query)] = block_sims[:, :k], block_ids[:, :k]
    return sims, ids


def rescore(base: np.ndarray, query: np.ndarray, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Exact similarities of each query to its candidate rows of base, best first; -1 candidates stay -inf."""
    import faiss

    candidates = np.ascontiguousarray(candidates, dtype=np.int64)
    sims = np.empty(candidates.shape, dtype=np.float32)
    pointer = faiss.swig_ptr
    faiss.fvec_inner_products_by_idx(
        pointer(sims), pointer(query), pointer(base), pointer(candidates), base.shape[1], *candidates.shape
    )
    order = np.argsort(-sims, axis=1, kind="stable")
    return np.take_along_axis(sims, order, axis=1), np.take_along_axis(candidates, order, axis=1)


def _locality_order(base: np.ndarray, rows: np.ndarray, seed: int = 0) -> np.ndarray:
    """Positions into rows grouped by a coarse k-means cell: queries searched one after another then walk
    the same part of the HNSW graph, or scan the same IVF lists, while it is still in cache (the HNSW search
    ran 25-40% faster on Alpaca; the IVF search 15% faster on 300K synthetic rows, unchanged at 1M)."""
    import faiss

    if len(rows) < LOCALITY_MIN_ROWS:
        return np.arange(len(rows))
    sample = np.random.default_rng(seed).choice(rows, size=min(len(rows), 5000), replace=False)
    kmeans = faiss.Kmeans(base.shape[1], LOCALITY_CELLS, niter=5, seed=seed, spherical=True)
    kmeans.train(base[np.sort(sample)])
    cell = np.empty(len(rows), dtype=np.int64)
    for start in range(0, len(rows), 65_536):
        cell[start : start + 65_536] = kmeans.index.search(base[rows[start : start + 65_536]], 1)[1][:, 0]
    return np.argsort(cell, kind="stable")


def _hnsw_search_from_rows(index: Any, query: np.ndarray, rows: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """HNSW search for rows of the index that starts each query at its own node in the bottom layer.

    A plain search first descends from the top entry point to the query's region; for a row that is
    already in the graph that walk is wasted, and it cost about a third of the search at efSearch ~15.
    """
    import faiss

    count = len(rows)
    entry = np.ascontiguousarray(rows, dtype=np.int32).reshape(count, 1)
    entry_sims = np.einsum("ij,ij->i", query, query).reshape(count, 1)  # a row's similarity to itself
    sims = np.empty((count, k), dtype=np.float32)
    ids = np.empty((count, k), dtype=np.int64)
    pointer = faiss.swig_ptr
    index.search_level_0(count, pointer(query), k, pointer(entry), pointer(entry_sims), pointer(sims), pointer(ids))
    return sims, ids


def drop_self(rows: np.ndarray, ids: np.ndarray, sims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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
    within: np.ndarray | None = None,
    block_rows: int = 1024,
    progress: ProgressFn = silent,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (row, other, sim) with sim >= threshold for the given rows, self excluded, uncapped.

    within: rows known to include every possible `other` (e.g. those with any neighbour >= threshold); the
    brute-force search for HNSW compares only against them, the faiss range searches do not need it.
    """
    rows = np.asarray(rows, dtype=np.int64)
    if neighbor_index.kind == "hnsw":  # a graph walk stops early in a crowd of equal vectors: count by brute force
        base = np.ascontiguousarray(vectors, dtype=np.float32)
        return _brute_force_pairs(base, rows, threshold, within, block_rows)
    sources, targets, scores = [], [], []
    for start in range(0, len(rows), block_rows):
        block = rows[start : start + block_rows]
        query = np.ascontiguousarray(vectors[block], dtype=np.float32)
        limits, block_sims, block_ids = neighbor_index.index.range_search(query, threshold - SIM_TOLERANCE)
        source = np.repeat(block, np.diff(limits.astype(np.int64)))
        other = block_ids != source
        sources.append(source[other].astype(PAIR_ROW))
        targets.append(block_ids[other].astype(PAIR_ROW))
        scores.append(block_sims[other])
        progress("neighbors", start + len(block), len(rows))
    return _concat_pairs(sources, targets, scores)


def _brute_force_pairs(
    base: np.ndarray,
    rows: np.ndarray,
    threshold: float,
    within: np.ndarray | None,
    block_rows: int,
    chunk_rows: int = 16_384,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Exact range search as blocked matrix products of rows against `within` (all rows when None)."""
    others = np.arange(len(base)) if within is None else np.asarray(within, dtype=np.int64)
    sources, targets, scores = [], [], []
    for chunk_start in range(0, len(others), chunk_rows):
        chunk = others[chunk_start : chunk_start + chunk_rows]
        chunk_vectors = base[chunk].T
        for start in range(0, len(rows), block_rows):
            block = rows[start : start + block_rows]
            sims = base[block] @ chunk_vectors
            at_row, at_chunk = np.nonzero(sims >= threshold - SIM_TOLERANCE)
            source, target = block[at_row], chunk[at_chunk]
            other = source != target
            sources.append(source[other].astype(PAIR_ROW))
            targets.append(target[other].astype(PAIR_ROW))
            scores.append(sims[at_row, at_chunk][other])
    return _concat_pairs(sources, targets, scores)


def _concat_pairs(sources: list, targets: list, scores: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not sources:
        return np.empty(0, PAIR_ROW), np.empty(0, PAIR_ROW), np.empty(0, np.float32)
    return np.concatenate(sources), np.concatenate(targets), np.concatenate(scores).astype(np.float32)
