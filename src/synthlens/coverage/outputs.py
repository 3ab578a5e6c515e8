"""Where the coverage stage's results live in a run, and how they are written (atomically) and read back.

stages/coverage.parquet           id, x, y, cluster, cluster_label for the dataset rows (the stage table)
stages/coverage_metrics.parquet   one row per source: coverage, dataset_near, radius, diversity
stages/coverage_clusters.parquet  one row per joint cluster: label, counts and shares per source
baselines/<name>.parquet          source, id, instruction, lengths, x, y, cluster, cluster_label
plots/coverage_map.png, plots/lengths.png, plots/cluster_shares.png
"""

from pathlib import Path

import numpy as np
import polars as pl

from synthlens import atomic
from synthlens.coverage import plots
from synthlens.coverage.analysis import CoverageResult
from synthlens.errors import SynthlensError
from synthlens.workspace import Workspace

STAGE = "coverage"
DATASET = "dataset"  # the dataset's name in every table and plot; a baseline never takes it


def metrics_path(ws: Workspace) -> Path:
    return ws.root / "stages" / f"{STAGE}_metrics.parquet"


def clusters_path(ws: Workspace) -> Path:
    return ws.root / "stages" / f"{STAGE}_clusters.parquet"


def baselines_dir(ws: Workspace) -> Path:
    return ws.root / "baselines"


def plots_dir(ws: Workspace) -> Path:
    return ws.root / "plots"


def side_files_exist(ws: Workspace) -> bool:
    """Whether the tables beside the stage table are all there (a cached stage needs them too)."""
    names = ws.manifest["stages"].get(STAGE, {}).get("baselines", [])
    baseline_files = [baselines_dir(ws) / f"{entry['name']}.parquet" for entry in names]
    return all(path.exists() for path in [metrics_path(ws), clusters_path(ws), *baseline_files])


def points_table(
    result: CoverageResult, name: str, rows: pl.DataFrame, order: np.ndarray | None = None
) -> pl.DataFrame:
    """One source's rows with their coordinates, cluster and cluster label (rows in `result` order)."""
    coordinates, clusters = result.coordinates[name], result.clusters[name]
    if order is not None:  # map from the order the analysis used back to the rows' own order
        inverse = np.empty_like(order)
        inverse[order] = np.arange(len(order))
        coordinates, clusters = coordinates[inverse], clusters[inverse]
    labels = [result.cluster_labels.get(int(c), f"cluster {c}") for c in clusters]
    return rows.with_columns(
        pl.Series("x", coordinates[:, 0], dtype=pl.Float32),
        pl.Series("y", coordinates[:, 1], dtype=pl.Float32),
        pl.Series("cluster", clusters, dtype=pl.Int32),
        pl.Series("cluster_label", labels, dtype=pl.String),
    )


def write_tables(ws: Workspace, result: CoverageResult, baseline_points: dict[str, pl.DataFrame]) -> None:
    """Write the metrics, the cluster table and one points file per baseline; drop stale baseline files."""
    atomic.write_parquet(result.metrics, metrics_path(ws))
    atomic.write_parquet(result.cluster_table, clusters_path(ws))
    for name, table in baseline_points.items():
        atomic.write_parquet(table, baselines_dir(ws) / f"{name}.parquet")
    for stale in baselines_dir(ws).glob("*.parquet"):
        if stale.stem not in baseline_points:
            stale.unlink()


def write_plots(ws: Workspace, points: pl.DataFrame, clusters: pl.DataFrame, seed: int) -> list[str]:
    """The three figures; returns their paths relative to the run folder."""
    sources = list(dict.fromkeys(points["source"].to_list()))
    written = [
        plots.coverage_map(points, plots_dir(ws) / "coverage_map.png", DATASET, seed),
        plots.length_distributions(points, plots_dir(ws) / "lengths.png", DATASET),
        plots.cluster_shares(clusters, sources, plots_dir(ws) / "cluster_shares.png", DATASET),
    ]
    return [str(path.relative_to(ws.root)) for path in written]


def read_metrics(ws: Workspace) -> pl.DataFrame:
    """The metrics table of the last coverage run."""
    return _read(ws, metrics_path(ws))


def read_clusters(ws: Workspace) -> pl.DataFrame:
    """The per-cluster table of the last coverage run."""
    return _read(ws, clusters_path(ws))


def read_points(ws: Workspace) -> pl.DataFrame:
    """Every mapped row, dataset then baselines: source, id, instruction, x, y, cluster, cluster_label."""
    columns = ["source", "id", "instruction", "x", "y", "cluster", "cluster_label"]
    dataset = ws.rows(["id", "instruction"]).join(ws.read_stage(STAGE), on="id", maintain_order="left")
    frames = [dataset.select(pl.lit(DATASET).alias("source"), *columns[1:])]
    for entry in ws.manifest["stages"].get(STAGE, {}).get("baselines", []):
        frames.append(_read(ws, baselines_dir(ws) / f"{entry['name']}.parquet").select(columns))
    return pl.concat(frames)


def _read(ws: Workspace, path: Path) -> pl.DataFrame:
    if not path.exists():
        raise SynthlensError(
            f"{ws.root}: no coverage results ({path.name} is missing); fix: synthlens coverage {ws.root}"
            " --baseline alpaca"
        )
    return pl.read_parquet(path)
