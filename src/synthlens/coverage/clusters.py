"""Clusters of the joint embedding space and the per-cluster table of how each source fills them."""

from collections.abc import Sequence

import numpy as np
import polars as pl

from synthlens.coverage.sampling import sample_indices, unit_rows

KMEANS_FIT_SAMPLE = 100_000


def kmeans(
    vectors: np.ndarray, n_clusters: int, seed: int = 0, fit_sample: int | None = KMEANS_FIT_SAMPLE
) -> np.ndarray:
    """Cluster ids per row (k-means on unit vectors, fitted on a seeded sample), numbered largest first."""
    from sklearn.cluster import KMeans

    rows = unit_rows(vectors)
    n_clusters = max(1, min(n_clusters, len(rows)))
    fitted = sample_indices(len(rows), fit_sample, seed)
    model = KMeans(n_clusters=n_clusters, n_init=1, random_state=seed).fit(rows[fitted])
    labels = model.predict(rows)
    # Renumber by size (ties by old number) so that cluster 0 is the largest and numbers are stable.
    sizes = np.bincount(labels, minlength=n_clusters)
    order = np.lexsort((np.arange(n_clusters), -sizes))
    renumber = np.empty(n_clusters, dtype=np.int32)
    renumber[order] = np.arange(n_clusters, dtype=np.int32)
    return renumber[labels]


def cluster_table(
    labels: np.ndarray,
    sources: np.ndarray,
    source_order: Sequence[str],
    cluster_labels: dict[int, str] | None = None,
    dataset: str = "dataset",
) -> pl.DataFrame:
    """One row per cluster: its label, row counts and shares per source, and the dataset's fill ratio.

    `<source>` columns count rows; `<source>_share` is the share of that source's rows in the cluster;
    `dataset_vs_baselines` is the dataset's share over the baselines' mean share (0 = missed, >1 = over-filled).
    """
    n_clusters = int(labels.max()) + 1 if len(labels) else 0
    columns: dict[str, object] = {
        "cluster": np.arange(n_clusters, dtype=np.int32),
        "label": [(cluster_labels or {}).get(c, f"cluster {c}") for c in range(n_clusters)],
    }
    shares = {}
    for source in source_order:
        counts = np.bincount(labels[sources == source], minlength=n_clusters)
        columns[source] = counts.astype(np.int64)
        shares[source] = counts / max(1, counts.sum())
    for source in source_order:
        columns[f"{source}_share"] = shares[source]
    baseline_shares = [shares[s] for s in source_order if s != dataset]
    if dataset in shares and baseline_shares:
        mean_baseline = np.mean(baseline_shares, axis=0)
        # A cluster no baseline row falls in is the dataset's own ground: an infinite fill ratio.
        ratio = np.divide(shares[dataset], mean_baseline, out=np.full(n_clusters, np.inf), where=mean_baseline > 0)
        columns["dataset_vs_baselines"] = ratio
    return pl.DataFrame(columns)
