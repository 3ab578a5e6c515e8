"""How much an approximate index finds of what a stage uses, and the tuning that widens its search until enough.

Each check compares the index with brute force on a sample, for one use:
- `knn_check`: recall@k of rows of the index (the neighbors stage's nn_ids);
- `pair_check`: pair recall at a threshold: of the pairs with cos >= threshold that sampled rows have (up to
  k each, since the rest are range-searched), the share their top-k search returns (the dedup groups);
  these two share one `RowSample`, whose rows are searched once per width;
- `outside_check`: recall@1 of queries from outside the index: perturbed copies of sampled rows, searched
  the way overlap searches (the nearest reference row of a lightly edited copy).
`tune` widens efSearch (HNSW) or nprobe (IVF) until every check meets its target; the values measured go to
the index's `recalls` and from there to the manifest.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

import numpy as np

from synthlens.similarity.knn import (
    SIM_TOLERANCE,
    NeighborIndex,
    build_index,
    drop_self,
    search_knn,
    search_vectors,
)

RECALL_TARGET = 0.95  # recall@k of the neighbours listed per row
PAIR_RECALL_TARGET = 0.995  # pairs above the dedup threshold: a missed pair is a missed duplicate
OUTSIDE_RECALL_TARGET = 0.99  # recall@1 of edited copies searched against a reference
RECALL_SAMPLE = 500
PAIR_SAMPLE_BUDGET = 75_000_000  # rows sampled beyond RECALL_SAMPLE x all rows, by brute force (see RowSample)
PERTURBED_COS = (0.85, 0.98)  # how far a perturbed copy lies from its row: a light edit in sentence space
IVF_MAX_PROBE_SHARE = 0.05  # "auto" gives up on IVF when it needs to scan more lists than this for the recall
MAX_EF_SEARCH = 4096


@dataclass
class RecallCheck:
    """One measure of an index against brute force, with the value it must reach."""

    name: str  # the key it is recorded under, e.g. "recall_at_k"
    target: float
    measure: Callable[[NeighborIndex], float]
    facts: dict[str, Any] = field(default_factory=dict)  # what the sample held, recorded beside the value


def tuned_index(vectors: np.ndarray, kind: str, checks: list[RecallCheck]) -> NeighborIndex:
    """An index meeting every check; "auto" falls back from IVF to HNSW when IVF would have to scan too many
    of its lists (data without clear clusters)."""
    neighbor_index = build_index(vectors, kind)
    if kind != "auto" or neighbor_index.kind != "ivf":
        return tune(neighbor_index, checks)
    max_probe = max(1, int(IVF_MAX_PROBE_SHARE * neighbor_index.index.nlist))
    if _met(tune(neighbor_index, checks, max_width=max_probe), checks):
        return neighbor_index
    del neighbor_index
    return tune(build_index(vectors, "hnsw"), checks)


def tune(neighbor_index: NeighborIndex, checks: list[RecallCheck], max_width: int | None = None) -> NeighborIndex:
    """Widen an approximate index's search (nprobe, efSearch) until every check meets its target."""
    if neighbor_index.kind == "flat":
        return neighbor_index
    limit = max_width or (neighbor_index.index.nlist if neighbor_index.kind == "ivf" else MAX_EF_SEARCH)
    width = _search_width(neighbor_index)
    while True:
        _set_search_width(neighbor_index, width)
        # A check met at a narrower width is not measured again: a wider search finds at least as much.
        for check in [check for check in checks if not _met(neighbor_index, [check])]:
            neighbor_index.recalls[check.name] = round(check.measure(neighbor_index), 4)
            neighbor_index.recalls |= check.facts
        if _met(neighbor_index, checks) or width >= limit:
            return neighbor_index
        width = min(width + max(2, width // 4), limit)  # small steps: every extra unit of width costs search time


def _met(neighbor_index: NeighborIndex, checks: list[RecallCheck]) -> bool:
    return all(neighbor_index.recalls.get(check.name, 0.0) >= check.target for check in checks)


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


def _sample(rows: int, size: int, seed: int) -> np.ndarray:
    return np.sort(np.random.default_rng(seed).choice(rows, min(size, rows), replace=False))


class RowSample:
    """Sampled rows of the index with their exact top-k similarities, shared by the checks on in-index rows.

    The recall@k check searches RECALL_SAMPLE rows. Pairs above a dedup threshold are rare (0.6% of Alpaca's
    rows have one at 0.95), so the pair check adds as many rows as PAIR_SAMPLE_BUDGET allows (those rows x all
    rows by brute force: 1,442 rows of Alpaca, about 1 s on one core with the first 500) and searches only the
    sampled rows with a neighbour above the floor.
    """

    def __init__(self, vectors: np.ndarray, k: int, floor: float, seed: int = 0) -> None:
        self.vectors, self.k, self.floor = vectors, k, floor
        knn_rows = _sample(len(vectors), RECALL_SAMPLE, seed)
        more_rows = _sample(len(vectors), PAIR_SAMPLE_BUDGET // max(len(vectors), 1), seed + 1)
        self.rows = np.union1d(knn_rows, more_rows)
        self.knn_part = np.searchsorted(self.rows, knn_rows)
        self._searched: dict[str, tuple[tuple[int, int], np.ndarray]] = {}

    @cached_property
    def exact_sims(self) -> np.ndarray:
        """(rows, k) exact similarities, self excluded; computed once an approximate index needs them."""
        return exact_knn_sims(self.vectors, self.rows, self.k)

    @cached_property
    def pair_part(self) -> np.ndarray:
        """Positions of the sampled rows with a neighbour at or above the floor: the only ones with pairs."""
        return np.flatnonzero(self.exact_sims[:, 0] >= self.floor - SIM_TOLERANCE) if self.k else np.empty(0, int)

    def found_sims(self, neighbor_index: NeighborIndex, part: str) -> np.ndarray:
        """The index's top-k similarities for a part of the sample ("knn_part" or "pair_part") at its width."""
        key = (id(neighbor_index), _search_width(neighbor_index))
        if part not in self._searched or self._searched[part][0] != key:
            rows = self.rows[getattr(self, part)]
            self._searched[part] = key, search_knn(neighbor_index, self.vectors, self.k, rows=rows)[1]
        return self._searched[part][1]

    def pairs_as_tuned(self, neighbor_index: NeighborIndex) -> tuple[np.ndarray, np.ndarray]:
        """(exact, found) top-k similarities of the rows with pairs, kept to measure other thresholds later;
        empty for exact search."""
        if neighbor_index.kind == "flat":
            return np.empty((0, self.k), np.float32), np.empty((0, self.k), np.float32)
        return self.exact_sims[self.pair_part], self.found_sims(neighbor_index, "pair_part")


def knn_check(sample: RowSample, target: float = RECALL_TARGET) -> RecallCheck:
    """recall@k of RECALL_SAMPLE sampled rows; ties at the k-th similarity count as found."""

    def measure(neighbor_index: NeighborIndex) -> float:
        return recall_by_similarity(sample.found_sims(neighbor_index, "knn_part"), sample.exact_sims[sample.knn_part])

    return RecallCheck("recall_at_k", target, measure)


def pair_check(sample: RowSample, threshold: float, target: float = PAIR_RECALL_TARGET) -> RecallCheck:
    """Pair recall at a threshold (>= the sample's floor): the sampled rows' pairs with cos >= threshold that
    their top-k returns.

    Only up to k pairs per row are expected from the top-k: a row whose top-k is all above the floor
    (<= threshold) is range-searched for the rest.
    """
    facts: dict[str, Any] = {}

    def measure(neighbor_index: NeighborIndex) -> float:
        found = sample.found_sims(neighbor_index, "pair_part")
        facts.update(pair_facts(found, sample.exact_sims[sample.pair_part], threshold))
        facts["pair_recall_sample_rows"] = int(len(sample.rows))
        return facts.pop("pair_recall")

    return RecallCheck("pair_recall", target, measure, facts)


def pair_facts(approx_sims: np.ndarray, exact_sims: np.ndarray, threshold: float) -> dict[str, Any]:
    """Pair recall at a threshold: the share of the true top-k pairs with cos >= threshold that the approximate
    top-k holds (1.0 when there are none), with the threshold and the number of true pairs.

    The approximate similarities are exact scores of the rows found, so counting them above the threshold
    counts true pairs found.
    """
    wanted = (exact_sims >= threshold - SIM_TOLERANCE).sum(axis=1)
    found = (approx_sims >= threshold - SIM_TOLERANCE).sum(axis=1)
    recall = float(np.minimum(found, wanted).sum() / wanted.sum()) if wanted.sum() else 1.0
    return {"pair_recall": round(recall, 4), "pair_recall_threshold": threshold, "pair_recall_pairs": int(wanted.sum())}


def outside_check(
    vectors: np.ndarray, target: float = OUTSIDE_RECALL_TARGET, sample: int = RECALL_SAMPLE, seed: int = 0
) -> RecallCheck:
    """recall@1 of perturbed copies of sampled rows searched as queries from outside the index."""

    @cache
    def queries_and_exact() -> tuple[np.ndarray, np.ndarray]:
        queries = perturbed_copies(vectors, _sample(len(vectors), sample, seed), seed)
        return queries, exact_outside_sims(vectors, queries, 1)

    def measure(neighbor_index: NeighborIndex) -> float:
        queries, exact = queries_and_exact()
        return recall_by_similarity(search_vectors(neighbor_index, vectors, queries, 1)[0], exact)

    return RecallCheck("outside_recall_at_1", target, measure)


def perturbed_copies(vectors: np.ndarray, rows: np.ndarray, seed: int = 0) -> np.ndarray:
    """Unit vectors at a cosine drawn from PERTURBED_COS to the given rows, in a random direction."""
    rng = np.random.default_rng(seed)
    originals = np.asarray(vectors[rows], dtype=np.float32)
    noise = rng.normal(size=originals.shape).astype(np.float32)
    noise -= np.einsum("ij,ij->i", noise, originals)[:, None] * originals  # orthogonal to the row
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    cos = rng.uniform(*PERTURBED_COS, size=(len(rows), 1)).astype(np.float32)
    return np.ascontiguousarray(cos * originals + np.sqrt(1 - cos**2) * noise, dtype=np.float32)


def recall_by_similarity(approx_sims: np.ndarray, exact_sims: np.ndarray) -> float:
    """recall@k: the share of true top-k neighbours found; ties at the k-th similarity count as found."""
    if exact_sims.size == 0:
        return 1.0
    kth = exact_sims[:, -1:] - SIM_TOLERANCE
    found = np.minimum((approx_sims >= kth).sum(axis=1), (exact_sims >= kth).sum(axis=1))
    return float(found.sum() / exact_sims.size)


def exact_knn_sims(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """The exact top-k similarities (self excluded) of some rows, by brute force without copying the rows."""
    if k == 0 or len(vectors) < 2:
        return np.full((len(queries), k), -np.inf, dtype=np.float32)
    base = np.ascontiguousarray(vectors, dtype=np.float32)
    sims, ids = exact_search(base, base[queries], min(k + 1, len(base)))
    return drop_self(np.asarray(queries, dtype=np.int64), ids, sims)[1][:, :k]


def exact_outside_sims(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """The exact top-k similarities of vectors from outside the rows."""
    return exact_search(np.ascontiguousarray(vectors, dtype=np.float32), queries, k)[0]


def exact_search(base: np.ndarray, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(sims, ids) of the top-k rows of base for each query, by blocked matrix products (faiss's BLAS path)."""
    import faiss

    query = np.ascontiguousarray(queries, dtype=np.float32)
    return faiss.knn(query, base, k, metric=faiss.METRIC_INNER_PRODUCT)
