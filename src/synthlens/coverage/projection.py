"""One 2-D layout shared by a dataset and its baselines, so that their regions can be compared on one map.

Large inputs are fitted on a seeded sample after PCA to 50 dimensions; every other row is then placed beside
its nearest sampled rows (see `place_by_neighbors`). That keeps a million rows to minutes, and
the benchmark reports what the shortcut costs in trustworthiness against a full fit.
"""

import numpy as np

from synthlens.coverage.sampling import sample_indices, unit_rows
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent

METHODS = ("umap", "tsne", "pca")
PLACEMENT_NEIGHBORS = 3
UMAP_NEIGHBORS = 15
EXACT_KNN_LIMIT = 200_000  # past this many fitted rows UMAP's approximate search is the faster one
IVF_FROM = 20_000  # fitted rows from which placement searches an inverted file: 15x faster, near-exact
BLOCK = 65_536


def project(
    vectors: np.ndarray,
    method: str = "umap",
    *,
    seed: int = 0,
    fit_sample: int | None = 30_000,
    pca_dims: int = 50,
    progress: ProgressFn = silent,
) -> np.ndarray:
    """2-D coordinates (float32, one row per input row) of unit vectors; the same seed gives the same map.

    fit_sample: rows the layout is fitted on; the rest are placed next to their nearest fitted rows.
    pca_dims: dimensions kept before UMAP / t-SNE (0 keeps them all).
    """
    if method not in METHODS:
        raise SynthlensError(f"projection method '{method}' is unknown; allowed: {', '.join(METHODS)}")
    if len(vectors) < 3:
        raise SynthlensError(f"cannot project {len(vectors)} rows; a map needs at least 3 rows")
    fitted = sample_indices(len(vectors), fit_sample, seed)
    if method == "pca":
        return pca_reduce(vectors, 2, fitted, seed)
    progress("projection: PCA", 0, 1)
    reduced = pca_reduce(vectors, pca_dims, fitted, seed) if 0 < pca_dims < vectors.shape[1] else vectors
    progress("projection: PCA", 1, 1)
    progress(f"projection: {method}", 0, 1)
    layout = _fit_layout(reduced[fitted], method, seed)
    progress(f"projection: {method}", 1, 1)
    coordinates = np.empty((len(vectors), 2), dtype=np.float32)
    coordinates[fitted] = layout
    rest = np.setdiff1d(np.arange(len(vectors)), fitted)
    if len(rest):
        coordinates[rest] = place_by_neighbors(reduced[rest], reduced[fitted], layout, seed, progress)
    return coordinates


def pca_reduce(vectors: np.ndarray, dims: int, fitted: np.ndarray, seed: int) -> np.ndarray:
    """PCA fitted on the sampled rows, applied to all rows in blocks (float32 out)."""
    from sklearn.decomposition import PCA

    dims = min(dims, len(fitted), vectors.shape[1])
    model = PCA(n_components=dims, random_state=seed, svd_solver="covariance_eigh")
    model.fit(np.asarray(vectors[fitted], dtype=np.float32))
    reduced = np.empty((len(vectors), dims), dtype=np.float32)
    for start in range(0, len(vectors), BLOCK):
        block = np.asarray(vectors[start : start + BLOCK], dtype=np.float32)
        reduced[start : start + BLOCK] = model.transform(block)
    return reduced


def _fit_layout(vectors: np.ndarray, method: str, seed: int) -> np.ndarray:
    """The 2-D layout of the fitted rows."""
    if method == "tsne":
        from sklearn.manifold import TSNE

        perplexity = min(30.0, (len(vectors) - 1) / 3)
        model = TSNE(metric="cosine", init="pca", perplexity=perplexity, random_state=seed)
        return np.asarray(model.fit_transform(vectors), dtype=np.float32)
    import warnings

    import umap

    n_neighbors = max(2, min(UMAP_NEIGHBORS, len(vectors) - 1))
    knn = exact_neighbors(vectors, n_neighbors) if len(vectors) <= EXACT_KNN_LIMIT else (None, None, None)
    model = umap.UMAP(n_neighbors=n_neighbors, metric="cosine", random_state=seed, n_jobs=1, precomputed_knn=knn)
    with warnings.catch_warnings():
        # umap warns that a fixed random_state means one thread; that is the price of a reproducible map.
        warnings.simplefilter("ignore", UserWarning)
        return np.asarray(model.fit_transform(vectors), dtype=np.float32)


def exact_neighbors(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, None]:
    """Each row's k nearest rows by cosine distance (itself first), for UMAP's neighbour graph.

    Exact search with faiss is faster than UMAP's own approximate search at sample sizes, and needs no
    just-in-time compilation.
    """
    import faiss

    rows = unit_rows(vectors)
    index = faiss.IndexFlatIP(rows.shape[1])
    index.add(rows)
    similarities, neighbors = index.search(rows, k)
    return neighbors.astype(np.int64), np.clip(1.0 - similarities, 0.0, 2.0), None


def place_by_neighbors(
    rows: np.ndarray, fitted: np.ndarray, layout: np.ndarray, seed: int = 0, progress: ProgressFn = silent
) -> np.ndarray:
    """Coordinates for rows outside the fitted sample: the median of their nearest fitted rows' coordinates.

    A median of three ignores a neighbour that UMAP put in another region (a weighted mean would land
    between the two); a seeded jitter of half the layout's typical point spacing keeps rows that share
    neighbours from stacking on one spot.
    """
    index = _neighbor_index(unit_rows(fitted))
    k = min(PLACEMENT_NEIGHBORS, len(fitted))
    jitter = 0.5 * _point_spacing(layout)
    rng = np.random.default_rng(seed)
    placed = np.empty((len(rows), 2), dtype=np.float32)
    for start in range(0, len(rows), BLOCK):
        _, neighbors = index.search(unit_rows(rows[start : start + BLOCK]), k)
        # An inverted-file search can come back short of k hits: repeat the nearest in those slots.
        neighbors = np.where(neighbors < 0, neighbors[:, :1], neighbors)
        centre = np.median(layout[neighbors], axis=1)
        placed[start : start + BLOCK] = centre + rng.normal(scale=jitter, size=centre.shape)
        progress("projection: placing rows", min(start + BLOCK, len(rows)), len(rows))
    return placed


def _point_spacing(layout: np.ndarray) -> float:
    """The median distance from a fitted point to its nearest other fitted point on the map."""
    import faiss

    if len(layout) < 2:
        return 0.0
    index = faiss.IndexFlatL2(2)
    index.add(np.ascontiguousarray(layout, dtype=np.float32))
    squared, _ = index.search(np.ascontiguousarray(layout, dtype=np.float32), 2)
    return float(np.median(np.sqrt(squared[:, 1])))


def _neighbor_index(fitted: np.ndarray):  # -> faiss.Index, imported lazily
    """Exact search over a small fitted set; an inverted file (256 lists, 16 probed) over a large one."""
    import faiss

    if len(fitted) < IVF_FROM:
        index = faiss.IndexFlatIP(fitted.shape[1])
    else:
        quantizer = faiss.IndexFlatIP(fitted.shape[1])
        index = faiss.IndexIVFFlat(quantizer, fitted.shape[1], 256, faiss.METRIC_INNER_PRODUCT)
        index.train(fitted)
        index.nprobe = 16
    index.add(fitted)
    return index
