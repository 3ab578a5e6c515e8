"""The neighbors stage: per row its nearest neighbours and Magpie's distance fields, computed exactly.

Columns (stage "neighbors", keyed by id):
- nn_ids, nn_sims: the top-k other rows by cosine similarity, best first (self excluded).
- min_neighbor_distance: cosine distance to the nearest other row, 1 - cos.
- min_neighbor_distance_l2: the same as squared L2 distance, 2 - 2 cos (Magpie's figure for unit vectors).
- repeat_count: how many other rows have cos >= threshold, counted in full (not capped at k).
- min_similar_uuid: Magpie's field: the id of the earliest row (in row order) among this row and the rows
  within the threshold; null when there are none. Magpie keeps a row when it is null or its own id.
- dup_link_id, dup_link_sim: this row's edge in the maximum-similarity spanning forest of all pairs with
  cos >= the sweep floor; `dup_graph` rebuilds near-duplicate groups at any threshold >= floor from these.
"""

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa

from synthlens.atomic import atomic_path
from synthlens.embed import Embedder
from synthlens.embed.stage import embed_run
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.similarity.dup_graph import same_text_edges, spanning_forest
from synthlens.similarity.exact_dedup import same_text_rows
from synthlens.similarity.knn import PAIR_ROW, SIM_TOLERANCE, NeighborIndex, range_pairs, search_knn
from synthlens.similarity.recall import PAIR_RECALL_TARGET, RowSample, knn_check, pair_check, pair_facts, tuned_index
from synthlens.workspace import Workspace, params_key

STAGE = "neighbors"
DEFAULT_K = 10
DEFAULT_THRESHOLD = 0.95
DEFAULT_FLOOR = 0.80
# The share of sampled rows with their whole top-k above the floor from which the search starts by range.
RANGE_FIRST_SHARE = 0.5


@dataclass
class Neighbors:
    """Top-k neighbours of every row plus every pair at or above the floor (both as row numbers)."""

    ids: np.ndarray  # (rows, k) int64, -1 where a row has fewer than k others
    sims: np.ndarray  # (rows, k) float32, -inf where ids is -1
    pair_source: np.ndarray  # directed pairs with sim >= floor, complete: both directions present
    pair_target: np.ndarray
    pair_sim: np.ndarray
    sample_exact: np.ndarray  # exact top-k similarities of the tuning sample's rows with pairs; empty if exact
    sample_found: np.ndarray  # the same rows' top-k as the tuned index found them
    floor: float
    facts: dict[str, Any]  # the index used, its settings, and its recall@k and pair recall


def find_neighbors(
    vectors: np.ndarray,
    k: int = DEFAULT_K,
    floor: float = DEFAULT_FLOOR,
    index_kind: str = "auto",
    progress: ProgressFn = silent,
    threshold: float = DEFAULT_THRESHOLD,
) -> Neighbors:
    """Search the top-k of every row, then range-search the rows whose k-th neighbour is still >= floor.

    An approximate index is tuned for recall@k and for the recall of pairs at the dedup threshold.
    """
    _check_settings(k, floor)
    rows = len(vectors)
    k_found = min(k, max(rows - 1, 0))
    sample = RowSample(vectors, k_found, floor)
    checks = [knn_check(sample), pair_check(sample, max(threshold, floor))]
    neighbor_index = tuned_index(vectors, index_kind, checks)
    if _range_first(neighbor_index, sample):
        ids, sims, extra = _search_range_first(neighbor_index, vectors, k_found, floor, progress)
        in_top, range_searched = (ids >= 0) & (sims >= floor - SIM_TOLERANCE), rows
    else:
        ids, sims = search_knn(neighbor_index, vectors, k_found, progress=progress)
        in_top = (ids >= 0) & (sims >= floor - SIM_TOLERANCE)
        # Only rows whose whole top-k is above the floor can have more such pairs beyond k.
        saturated = np.flatnonzero(in_top.all(axis=1)) if k_found else np.empty(0, np.int64)
        # ...and their partners have at least one neighbour above the floor, so the search is limited to those.
        close = np.flatnonzero(in_top[:, 0]) if k_found else np.empty(0, np.int64)
        extra, range_searched = range_pairs(neighbor_index, vectors, saturated, floor, within=close), len(saturated)
    source = np.r_[np.repeat(np.arange(rows, dtype=PAIR_ROW), k_found)[in_top.ravel()], extra[0]]
    target = np.r_[ids[in_top].astype(PAIR_ROW), extra[1]]
    sim = np.r_[sims[in_top], extra[2]].astype(np.float32)
    del extra  # at a million rows of copies these are gigabytes: let them go before the pairs are doubled
    source, target, sim = _both_directions(rows, source, target, sim)
    facts = neighbor_index.describe() | {"range_searched_rows": int(range_searched), "pairs": int(len(source))}
    sample_exact, sample_found = sample.pairs_as_tuned(neighbor_index)
    if sample_exact.size:  # the pair recall at the final width, which is what the stored sample shows
        facts |= pair_facts(sample_found, sample_exact, max(threshold, floor))
    return Neighbors(ids, sims, source, target, sim, sample_exact, sample_found, floor, facts)


def _range_first(neighbor_index: NeighborIndex, sample: RowSample) -> bool:
    """Whether most rows will be range-searched anyway: their whole top-k lies above the floor, as in data
    made of many copies of each row. Then one range search gives their top-k too. (Not for HNSW, whose range
    search is a brute-force pass.)"""
    if neighbor_index.kind == "hnsw" or not sample.k or not len(sample.rows):
        return False
    saturated = sample.exact_sims[:, -1] >= sample.floor - SIM_TOLERANCE
    return bool(saturated.mean() >= RANGE_FIRST_SHARE)


def _search_range_first(
    neighbor_index: NeighborIndex, vectors: np.ndarray, k: int, floor: float, progress: ProgressFn
) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Every row's pairs above the floor by one range search, each row's top-k taken from them, and the k-NN
    search run only for the rows with fewer than k such pairs. The index scans the same lists either way, so
    the result is the one the k-NN search followed by the range search gives, without searching twice."""
    rows = len(vectors)
    pairs = range_pairs(neighbor_index, vectors, np.arange(rows), floor, progress=progress)
    ids, sims = top_k_of_pairs(rows, k, *pairs)
    short = np.flatnonzero(ids[:, -1] < 0)  # fewer than k pairs above the floor: their top-k goes below it
    ids[short], sims[short] = search_knn(neighbor_index, vectors, k, rows=short)
    return ids, sims, pairs


def top_k_of_pairs(
    rows: int, k: int, source: np.ndarray, target: np.ndarray, sim: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(ids, sims) of each row's k most similar partners among the pairs, best first; -1 and -inf pad."""
    order = np.lexsort((-sim, source))
    source, target, sim = source[order], target[order], sim[order]
    rank = np.arange(len(source)) - np.searchsorted(source, source)  # position within the row's pairs
    keep = rank < k
    ids = np.full((rows, k), -1, dtype=np.int64)
    sims = np.full((rows, k), -np.inf, dtype=np.float32)
    ids[source[keep], rank[keep]] = target[keep]
    sims[source[keep], rank[keep]] = sim[keep]
    return ids, sims


def _check_settings(k: int, floor: float) -> None:
    if k < 1:
        raise SynthlensError(f"k={k} is not allowed; use 1 or more neighbours; fix: --k 10")
    if not -1.0 <= floor <= 1.0:
        raise SynthlensError(f"sweep floor {floor} is not a cosine similarity; use -1..1; fix: --sweep-floor 0.8")


def _both_directions(
    rows: int, source: np.ndarray, target: np.ndarray, sim: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each pair once in each direction. The top-k, the range search and the reverse direction may all report
    a pair, and an approximate index may find A -> B but not B -> A. Pairs are made unique unordered (half
    the rows to sort of doing it per direction), so both directions carry the same similarity."""
    low, high = np.minimum(source, target), np.maximum(source, target)
    distinct = low != high  # a row with itself is no pair (neither search reports one)
    if not distinct.all():
        low, high, sim = low[distinct], high[distinct], sim[distinct]
    _, first = np.unique(low.astype(np.int64) * max(rows, 1) + high, return_index=True)
    low, high, sim = low[first], high[first], sim[first]
    return np.r_[low, high], np.r_[high, low], np.r_[sim, sim]


def repeat_counts(neighbors: Neighbors, threshold: float) -> np.ndarray:
    """How many other rows have cos >= threshold, for every row (exact for thresholds >= the floor)."""
    close = neighbors.pair_sim >= threshold - SIM_TOLERANCE
    return np.bincount(neighbors.pair_source[close], minlength=len(neighbors.ids)).astype(np.int64)


def earliest_similar(neighbors: Neighbors, threshold: float) -> np.ndarray:
    """Magpie's min_similar row: the lowest row number among a row and its rows >= threshold; -1 if none."""
    rows = len(neighbors.ids)
    close = neighbors.pair_sim >= threshold - SIM_TOLERANCE
    earliest = np.arange(rows, dtype=np.int64)
    np.minimum.at(earliest, neighbors.pair_source[close], neighbors.pair_target[close])
    has_any = np.bincount(neighbors.pair_source[close], minlength=rows) > 0
    return np.where(has_any, earliest, -1)


def neighbor_table(
    ids: pl.Series, neighbors: Neighbors, threshold: float, same_text: np.ndarray | None = None
) -> pl.DataFrame:
    """The neighbors stage's table, keyed by id (row order = rows.parquet).

    same_text (each row's first row with equal normalised text) links such rows in the spanning forest at
    similarity 1.0, so every dedup group and sweep built on it keeps them together.
    """
    id_values = ids.to_numpy()
    first_sim = neighbors.sims[:, 0] if neighbors.sims.shape[1] else np.full(len(ids), -np.inf, np.float32)
    nearest = np.where(np.isfinite(first_sim), first_sim, np.nan)
    earliest = earliest_similar(neighbors, threshold)
    text_source, text_target = same_text_edges(same_text)
    parent, parent_sim = spanning_forest(
        len(ids),
        np.r_[neighbors.pair_source, text_source],
        np.r_[neighbors.pair_target, text_target],
        np.r_[neighbors.pair_sim, np.ones(len(text_source), np.float32)],
    )
    return pl.DataFrame(
        {
            "id": ids,
            "nn_ids": _ragged(neighbors.ids, id_values, pa.string()),
            "nn_sims": _ragged(neighbors.ids, neighbors.sims, pa.float32()),
            "min_neighbor_distance": _float_or_null(1.0 - nearest),
            "min_neighbor_distance_l2": _float_or_null(np.maximum(2.0 - 2.0 * nearest, 0.0)),
            "repeat_count": repeat_counts(neighbors, threshold),
            "min_similar_uuid": _ids_or_null(ids, earliest),
            "dup_link_id": _ids_or_null(ids, parent),
            "dup_link_sim": _float_or_null(parent_sim),
        }
    )


def _ragged(neighbor_ids: np.ndarray, values: np.ndarray, kind: pa.DataType) -> pl.Series:
    """A list column from a padded (rows, k) matrix: each row keeps its entries where the id is >= 0."""
    valid = neighbor_ids >= 0
    offsets = np.r_[0, np.cumsum(valid.sum(axis=1))].astype(np.int32)
    flat = values[neighbor_ids[valid]] if values.ndim == 1 else values[valid]
    return pl.from_arrow(pa.ListArray.from_arrays(pa.array(offsets), pa.array(flat, type=kind)))


def _ids_or_null(ids: pl.Series, rows: np.ndarray) -> pl.Series:
    """The id at each row number, null where the row number is -1."""
    gathered = ids.gather(np.maximum(rows, 0)) if len(ids) else ids
    return pl.select(pl.when(pl.Series(rows >= 0)).then(gathered)).to_series().alias("")


def _float_or_null(values: np.ndarray) -> pl.Series:
    return pl.Series(values, dtype=pl.Float32).fill_nan(None)


def neighbors_run(
    ws: Workspace,
    embedder: Embedder | None = None,
    field: str = "instruction",
    k: int = DEFAULT_K,
    threshold: float = DEFAULT_THRESHOLD,
    floor: float = DEFAULT_FLOOR,
    index_kind: str = "auto",
    progress: ProgressFn = silent,
) -> pl.DataFrame:
    """Compute (or read) the neighbors stage of a run; index choice and recall go to the manifest.

    The search itself is kept on disk, with its tuning sample, so a new threshold (at or above the floor)
    needs no new search as long as the sample shows the pair recall target met at that threshold too.
    """
    from synthlens.embed import DEFAULT_MODEL

    floor = min(floor, threshold)
    search = {"model": embedder.name if embedder else DEFAULT_MODEL, "field": field, "k": k}
    search |= {"floor": floor, "index": index_kind, "pair_recall": True}  # searches stored before it lack the sample

    def compute() -> pl.DataFrame:
        found = _search(ws, search, threshold, lambda: embed_run(ws, embedder, field, progress), progress)
        ws.record(STAGE, search=found.facts)
        return neighbor_table(ws.rows(["id"])["id"], found, threshold, same_text_rows(ws, field))

    # same_text: the forest links rows of equal normalised text (older runs' tables are recomputed)
    return ws.run_stage(STAGE, search | {"threshold": threshold, "same_text": True}, compute)


def _search(
    ws: Workspace, search: dict[str, Any], threshold: float, vectors: Callable[[], np.ndarray], progress: ProgressFn
) -> Neighbors:
    """The neighbour search for these settings, read from the run when it was done before and its tuning
    sample shows the pair recall target met at this threshold (else searched again, tuned for it)."""
    key = params_key("neighbors-search", search, [ws.manifest["input"].get("sha256", "")])
    path = ws.root / "embeddings" / f"neighbors-{key}.npz"
    if path.exists():
        with np.load(path) as saved:
            arrays = {name: saved[name] for name in saved.files}
        facts = json.loads(str(arrays.pop("facts")))
        found = Neighbors(**arrays, floor=search["floor"], facts=facts)
        pairs = pair_facts(found.sample_found, found.sample_exact, max(threshold, found.floor))
        if pairs["pair_recall"] >= PAIR_RECALL_TARGET:
            found.facts |= pairs if found.sample_exact.size else {}
            return found
    started = time.perf_counter()
    found = find_neighbors(vectors(), search["k"], search["floor"], search["index"], progress, threshold)
    found.facts["seconds"] = round(time.perf_counter() - started, 3)
    fields = {name: value for name, value in asdict(found).items() if name not in ("floor", "facts")}
    with atomic_path(path) as tmp, tmp.open("wb") as handle:
        np.savez(handle, **fields, facts=np.array(json.dumps(found.facts)))
    return found
