"""The whole coverage computation over plain arrays: joint map, joint clusters, metrics and cluster table.

The first source is the dataset, the others its baselines. Nothing here touches files, so it is tested on
small synthetic clusters directly; `stage.py` feeds it a run's embeddings and writes what it returns.
"""

from dataclasses import dataclass, field

import numpy as np
import polars as pl

from synthlens.coverage import metrics
from synthlens.coverage.clusters import cluster_table, kmeans
from synthlens.coverage.labels import ctfidf_labels
from synthlens.coverage.projection import METHODS, project
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent


@dataclass(frozen=True)
class CoverageParams:
    """The knobs of the coverage stage; every one of them is part of the stage's cache key."""

    baselines: tuple[str, ...] = ()  # names (alpaca, ultrachat, dolly), local files or Hub ids
    baseline_sample: int | None = 20_000  # rows per baseline, a seeded sample; None = all
    method: str = "umap"  # umap | tsne | pca
    seed: int = 0
    fit_sample: int | None = 30_000  # rows the 2-D layout is fitted on; the rest are placed beside them
    clusters: int = 20
    radius: float | None = None  # cosine distance; None = quantile of each baseline's own NN distances
    radius_quantile: float = metrics.DEFAULT_QUANTILE
    query_sample: int | None = metrics.QUERY_SAMPLE  # query rows per coverage direction
    diversity_sample: int = 10_000  # rows per source for NN distance and Vendi (equal for all sources)


@dataclass(frozen=True)
class Source:
    """One set of rows: its name, unit embedding rows and instruction texts (same order)."""

    name: str
    vectors: np.ndarray
    texts: list[str] = field(repr=False)


@dataclass(frozen=True)
class CoverageResult:
    """Per-row coordinates and clusters for every source (in input order) plus the two tables."""

    coordinates: dict[str, np.ndarray]
    clusters: dict[str, np.ndarray]
    cluster_labels: dict[int, str]
    metrics: pl.DataFrame
    cluster_table: pl.DataFrame


def check_params(params: CoverageParams) -> CoverageParams:
    """The parameters, if every one is allowed; else a one-line error naming the bad one and the fix."""
    problems = [
        (params.method not in METHODS, "--method", params.method, ", ".join(METHODS)),
        (params.clusters < 1, "--clusters", params.clusters, "1 or more, e.g. 20"),
        (params.radius is not None and not 0 <= params.radius <= 2, "--radius", params.radius, "0 to 2"),
        (not 0 < params.radius_quantile <= 1, "radius quantile", params.radius_quantile, "above 0, at most 1"),
        (params.diversity_sample < 2, "diversity sample", params.diversity_sample, "2 or more"),
    ]
    for sizes in ("baseline_sample", "fit_sample", "query_sample"):
        value = getattr(params, sizes)
        problems.append((value is not None and value < 3, f"--{sizes.replace('_', '-')}", value, "3 or more"))
    for bad, option, value, allowed in problems:
        if bad:
            raise SynthlensError(f"coverage {option} {value} is not allowed; allowed: {allowed}")
    return params


def analyze(sources: list[Source], params: CoverageParams, progress: ProgressFn = silent) -> CoverageResult:
    """Project, cluster and measure a dataset (sources[0]) against its baselines (sources[1:])."""
    joint = np.concatenate([s.vectors for s in sources]).astype(np.float32, copy=False)
    owner = np.repeat(np.array([s.name for s in sources]), [len(s.vectors) for s in sources])
    coordinates = project(joint, params.method, seed=params.seed, fit_sample=params.fit_sample, progress=progress)
    progress("clusters", 0, 1)
    labels = kmeans(joint, params.clusters, params.seed)
    texts = [text for s in sources for text in s.texts]
    names = ctfidf_labels(texts, labels, seed=params.seed)
    progress("clusters", 1, 1)
    n_clusters = int(labels.max()) + 1
    per_source = {s.name: labels[owner == s.name] for s in sources}
    table = metrics_table(sources, per_source, n_clusters, params, progress)
    clusters = cluster_table(labels, owner, [s.name for s in sources], names, dataset=sources[0].name)
    return CoverageResult(
        coordinates={s.name: coordinates[owner == s.name] for s in sources},
        clusters=per_source,
        cluster_labels=names,
        metrics=table,
        cluster_table=clusters,
    )


def metrics_table(
    sources: list[Source],
    labels: dict[str, np.ndarray],
    n_clusters: int,
    params: CoverageParams,
    progress: ProgressFn = silent,
) -> pl.DataFrame:
    """One row per source: coverage against the dataset (baselines only) and diversity (all sources).

    coverage: share of the baseline's rows with a dataset row within `radius`;
    dataset_near: share of the dataset's rows with a row of this baseline within `radius` (1 - it is new).
    """
    dataset = sources[0]
    # Nearest-neighbour distances shrink as a set grows, so every source is measured on the same sample size.
    size = min([params.diversity_sample] + [len(s.vectors) for s in sources])
    records = []
    for done, source in enumerate(sources):
        spread = metrics.diversity(source.vectors, labels[source.name], n_clusters, size, params.seed)
        record = {"source": source.name, "role": "dataset" if done == 0 else "baseline"}
        record |= {"rows": len(source.vectors), "radius": None, "coverage": None, "dataset_near": None}
        if done > 0:
            reach = metrics.coverage(
                dataset.vectors,
                source.vectors,
                params.radius,
                quantile=params.radius_quantile,
                sample=params.query_sample,
                seed=params.seed,
            )
            record |= {"radius": reach.radius, "coverage": reach.baseline_covered}
            record["dataset_near"] = reach.dataset_near_baseline
        record |= {"mean_nn_distance": spread.mean_nn_distance, "cluster_entropy": spread.cluster_entropy}
        record["vendi"] = spread.vendi
        records.append(record)
        progress("coverage metrics", done + 1, len(sources))
    return pl.DataFrame(records, schema=METRICS_SCHEMA)


METRICS_SCHEMA = {
    "source": pl.String,
    "role": pl.String,
    "rows": pl.Int64,
    "radius": pl.Float64,
    "coverage": pl.Float64,
    "dataset_near": pl.Float64,
    "mean_nn_distance": pl.Float64,
    "cluster_entropy": pl.Float64,
    "vendi": pl.Float64,
}
