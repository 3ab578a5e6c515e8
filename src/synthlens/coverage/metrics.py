"""Coverage and diversity of embedding sets, measured in embedding space with cosine distance (1 - cos).

Coverage asks, for each baseline row, whether some dataset row lies within a radius r of it; the reverse asks
how many dataset rows lie near some baseline row (the rest is new ground). The default r is a quantile of the
baseline's own nearest-neighbour distances: a baseline row counts as covered when a dataset row is about as
close to it as its own neighbours in the baseline usually are.
"""

from dataclasses import dataclass

import numpy as np

from synthlens.coverage.sampling import sample_indices, unit_rows

DEFAULT_QUANTILE = 0.9
QUERY_SAMPLE = 10_000  # query rows per direction (a share from 10K rows: +-1% at 95%); the index holds all


@dataclass(frozen=True)
class Coverage:
    """How much of a baseline the dataset reaches, and how much of the dataset the baseline reaches."""

    radius: float
    baseline_covered: float  # share of baseline rows with a dataset row within radius
    dataset_near_baseline: float  # share of dataset rows with a baseline row within radius


@dataclass(frozen=True)
class Diversity:
    """Three views of how spread out one set of rows is."""

    mean_nn_distance: float
    cluster_entropy: float  # entropy over the joint k-means clusters, divided by log(k): 0 = one cluster, 1 = even
    vendi: float  # effective number of distinct rows under the cosine kernel (1 = all alike)


def nearest_distances(queries: np.ndarray, base: np.ndarray, exclude_self: bool = False) -> np.ndarray:
    """Cosine distance from each query row to its nearest base row (exact search with faiss).

    exclude_self: queries are the base rows themselves (same order); a row's own entry is skipped.
    """
    import faiss

    base = unit_rows(base)
    index = faiss.IndexFlatIP(base.shape[1])
    index.add(base)
    k = 2 if exclude_self else 1
    similarities, labels = index.search(unit_rows(queries), min(k, base.shape[0]))
    if exclude_self:
        if base.shape[0] < 2:
            return np.full(len(queries), np.nan, dtype=np.float32)
        # With exact duplicates the first hit may be the twin rather than the row itself: skip the row's own id.
        own = labels[:, 0] == np.arange(len(queries))
        similarities = np.where(own, similarities[:, 1], similarities[:, 0])
    else:
        similarities = similarities[:, 0]
    return np.clip(1.0 - similarities, 0.0, 2.0).astype(np.float32)


def self_nearest_distances(vectors: np.ndarray, sample: int | None, seed: int) -> np.ndarray:
    """Nearest-neighbour distances within a set, for a seeded sample of its rows against all of them."""
    picked = sample_indices(len(vectors), sample, seed)
    if len(picked) == len(vectors):
        return nearest_distances(vectors, vectors, exclude_self=True)
    # Put the sampled rows first so that `exclude_self` can match each query to its own position.
    rest = np.setdiff1d(np.arange(len(vectors)), picked)
    return nearest_distances(vectors[picked], np.concatenate([vectors[picked], vectors[rest]]), True)


def default_radius(
    baseline: np.ndarray, quantile: float = DEFAULT_QUANTILE, sample: int | None = QUERY_SAMPLE, seed: int = 0
) -> float:
    """The `quantile` of the baseline's own nearest-neighbour distances."""
    distances = self_nearest_distances(baseline, sample, seed)
    return float(np.nanquantile(distances, quantile))


def coverage(
    dataset: np.ndarray,
    baseline: np.ndarray,
    radius: float | None = None,
    *,
    quantile: float = DEFAULT_QUANTILE,
    sample: int | None = QUERY_SAMPLE,
    seed: int = 0,
) -> Coverage:
    """Share of baseline rows within `radius` of a dataset row, and the reverse.

    radius: cosine distance; None derives it from the baseline (see `default_radius`).
    sample: at most this many query rows per direction (a seeded sample estimates each share).
    """
    if radius is None:
        radius = default_radius(baseline, quantile, sample, seed)
    baseline_rows = baseline[sample_indices(len(baseline), sample, seed)]
    dataset_rows = dataset[sample_indices(len(dataset), sample, seed)]
    covered = nearest_distances(baseline_rows, dataset) <= radius
    near = nearest_distances(dataset_rows, baseline) <= radius
    return Coverage(float(radius), float(covered.mean()), float(near.mean()))


def vendi(vectors: np.ndarray, sample: int | None = 10_000, seed: int = 0) -> float:
    """The Vendi score under the cosine kernel: exp of the entropy of the eigenvalues of K/n."""
    rows = unit_rows(vectors[sample_indices(len(vectors), sample, seed)]).astype(np.float64)
    n_rows, dim = rows.shape
    # K = X Xᵀ and Xᵀ X share their non-zero eigenvalues; use whichever matrix is smaller.
    gram = rows.T @ rows if n_rows > dim else rows @ rows.T
    eigenvalues = np.clip(np.linalg.eigvalsh(gram / n_rows), 0.0, None)
    eigenvalues = eigenvalues[eigenvalues > 1e-12]
    eigenvalues = eigenvalues / eigenvalues.sum()
    return float(np.exp(-(eigenvalues * np.log(eigenvalues)).sum()))


def cluster_entropy(labels: np.ndarray, n_clusters: int) -> float:
    """Entropy of the rows' spread over `n_clusters` clusters, divided by log(n_clusters)."""
    if n_clusters < 2 or len(labels) == 0:
        return 0.0
    shares = np.bincount(labels, minlength=n_clusters) / len(labels)
    shares = shares[shares > 0]
    return float(-(shares * np.log(shares)).sum() / np.log(n_clusters))


def diversity(
    vectors: np.ndarray, labels: np.ndarray, n_clusters: int, sample: int | None = 10_000, seed: int = 0
) -> Diversity:
    """Mean nearest-neighbour distance and Vendi score on a seeded sample, and the cluster entropy.

    sample: give every set compared side by side the same sample size, since nearest-neighbour distances
    shrink as a set grows.
    """
    picked = vectors[sample_indices(len(vectors), sample, seed)]
    nn_distance = float(np.nanmean(nearest_distances(picked, picked, exclude_self=True)))
    return Diversity(nn_distance, cluster_entropy(labels, n_clusters), vendi(picked, None, seed))
