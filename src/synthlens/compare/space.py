"""Both versions in one embedding space: one k-means fitted on their rows together (so a cluster means the
same thing on both sides), the clusters that grew or shrank, diversity and coverage of a baseline side by side."""

from collections.abc import Sequence

import numpy as np
import polars as pl

from synthlens.coverage.clusters import kmeans
from synthlens.coverage.labels import ctfidf_labels
from synthlens.coverage.metrics import coverage, diversity
from synthlens.embed import Embedder

DIVERSITY_SAMPLE = 10_000
SIDE_SCHEMA = {"metric": pl.String, "a": pl.Float64, "b": pl.Float64}


def joint_clusters(
    vectors_a: np.ndarray, vectors_b: np.ndarray, n_clusters: int, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Cluster ids of A's rows and of B's rows from one k-means over both."""
    joint = np.concatenate([np.asarray(vectors_a, np.float32), np.asarray(vectors_b, np.float32)])
    labels = kmeans(joint, n_clusters, seed)
    return labels[: len(vectors_a)], labels[len(vectors_a) :]


def cluster_changes(
    labels_a: np.ndarray, labels_b: np.ndarray, texts_a: Sequence[str], texts_b: Sequence[str], seed: int = 0
) -> pl.DataFrame:
    """Per joint cluster: words that name it, rows and shares in A and B, the change of share, grew/shrank."""
    n_clusters = int(max(labels_a.max(initial=-1), labels_b.max(initial=-1))) + 1
    names = ctfidf_labels([*texts_a, *texts_b], np.concatenate([labels_a, labels_b]), seed=seed)
    a, b = np.bincount(labels_a, minlength=n_clusters), np.bincount(labels_b, minlength=n_clusters)
    table = pl.DataFrame(
        {
            "cluster": np.arange(n_clusters, dtype=np.int32),
            "label": [names.get(c, f"cluster {c}") for c in range(n_clusters)],
            "a": a.astype(np.int64),
            "b": b.astype(np.int64),
            "a_share": a / max(1, a.sum()),
            "b_share": b / max(1, b.sum()),
        }
    ).with_columns((pl.col("b_share") - pl.col("a_share")).alias("share_change"))
    change = pl.when(pl.col("share_change") > 0).then(pl.lit("grew")).otherwise(pl.lit("shrank"))
    change = pl.when(pl.col("share_change") == 0).then(pl.lit("same")).otherwise(change)
    return table.with_columns(change.alias("change")).sort(["share_change", "cluster"], descending=[True, False])


def diversity_lines(
    vectors_a: np.ndarray, vectors_b: np.ndarray, labels_a: np.ndarray, labels_b: np.ndarray, n_clusters: int
) -> list[tuple[str, float, float]]:
    """Mean nearest-neighbour distance, cluster entropy and Vendi score of each side, on equal samples."""
    size = min(DIVERSITY_SAMPLE, len(vectors_a), len(vectors_b))
    a = diversity(np.asarray(vectors_a), labels_a, n_clusters, size)
    b = diversity(np.asarray(vectors_b), labels_b, n_clusters, size)
    return [
        ("diversity: mean nearest-neighbour distance", a.mean_nn_distance, b.mean_nn_distance),
        ("diversity: cluster entropy", a.cluster_entropy, b.cluster_entropy),
        ("diversity: Vendi score", a.vendi, b.vendi),
    ]


def coverage_lines(
    vectors_a: np.ndarray, vectors_b: np.ndarray, baselines: Sequence[str], embedder: Embedder
) -> list[tuple[str, float, float]]:
    """For each baseline: the share of its rows each side reaches, at one radius derived from the baseline."""
    from synthlens.coverage.baselines import load_baseline, resolve_baseline
    from synthlens.coverage.metrics import default_radius
    from synthlens.embed.derived import shared_embeddings_dir
    from synthlens.embed.store import embed_texts

    lines = []
    for spec in baselines:
        baseline = resolve_baseline(spec)
        texts = load_baseline(baseline, 20_000, 0)["instruction"].to_list()
        reference = embed_texts(embedder, texts, shared_embeddings_dir())
        radius = default_radius(reference)
        reach = [coverage(np.asarray(side), reference, radius) for side in (vectors_a, vectors_b)]
        lines.append((f"coverage of {baseline.name} (radius {radius:.3f})", *(r.baseline_covered for r in reach)))
        lines.append((f"share of rows near {baseline.name}", *(r.dataset_near_baseline for r in reach)))
    return lines
