"""The coverage figures as PNG files: the joint map, length distributions and cluster shares per source."""

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import polars as pl

from synthlens import atomic
from synthlens.coverage.sampling import sample_indices

MAP_POINTS = 10_000  # per source, as in the Magpie figure
DATASET_COLOR = "#d62728"
BASELINE_COLORS = ["#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"]


def _pyplot():  # matplotlib.pyplot with the file-only backend, imported lazily
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def colors(sources: Sequence[str], dataset: str = "dataset") -> dict[str, str]:
    """A stable colour per source: red for the dataset, a fixed cycle for the baselines."""
    baselines = [s for s in sources if s != dataset]
    palette = {s: BASELINE_COLORS[i % len(BASELINE_COLORS)] for i, s in enumerate(baselines)}
    return {dataset: DATASET_COLOR, **palette}


def _save(figure, target: Path) -> Path:
    with atomic.atomic_path(target) as tmp:
        figure.savefig(tmp, dpi=150, bbox_inches="tight", format="png")
    _pyplot().close(figure)
    return target


def coverage_map(points: pl.DataFrame, target: Path, dataset: str = "dataset", seed: int = 0) -> Path:
    """Scatter the dataset over its baselines (columns source, x, y); baselines first, dataset on top."""
    plt = _pyplot()
    sources = list(dict.fromkeys(points["source"].to_list()))
    order = [s for s in sources if s != dataset] + ([dataset] if dataset in sources else [])
    palette = colors(sources, dataset)
    figure, axes = plt.subplots(figsize=(8, 8))
    for source in order:
        part = points.filter(pl.col("source") == source)
        part = part[sample_indices(part.height, MAP_POINTS, seed)]
        label = f"{source} ({part.height:,} shown)"
        axes.scatter(part["x"], part["y"], s=2, alpha=0.25, color=palette[source], label=label, linewidths=0)
    legend = axes.legend(markerscale=6, loc="best", frameon=True)
    for handle in legend.legend_handles:
        handle.set_alpha(1.0)
    axes.set_xticks([])
    axes.set_yticks([])
    axes.set_title("Coverage map: dataset over baselines")
    return _save(figure, target)


def length_distributions(lengths: pl.DataFrame, target: Path, dataset: str = "dataset") -> Path:
    """Histograms of instruction and response length in characters (log bins), one line per source."""
    plt = _pyplot()
    sources = list(dict.fromkeys(lengths["source"].to_list()))
    palette = colors(sources, dataset)
    figure, panels = plt.subplots(1, 2, figsize=(12, 4.5))
    for panel, column in zip(panels, ["instruction_chars", "response_chars"], strict=True):
        longest = max(2, int(lengths[column].max() or 2))
        bins = np.unique(np.logspace(0, np.log10(longest + 1), 50).round())
        for source in sources:
            values = lengths.filter(pl.col("source") == source)[column].drop_nulls().to_numpy()
            if len(values):
                # Each row weighs 1/n, so a bar is the share of the source's rows (density would swell the
                # narrow bins of very short texts).
                weights = np.full(len(values), 1 / len(values))
                panel.hist(values, bins=bins, weights=weights, histtype="step", color=palette[source], label=source)
        panel.set_xscale("log")
        panel.set_xlabel(f"{column.split('_')[0]} length (characters)")
        panel.set_ylabel("share of rows")
        panel.legend()
    figure.suptitle("Length distributions")
    return _save(figure, target)


def cluster_shares(table: pl.DataFrame, sources: Sequence[str], target: Path, dataset: str = "dataset") -> Path:
    """Horizontal grouped bars: the share of each source's rows in each cluster, labelled by cluster words."""
    plt = _pyplot()
    palette = colors(sources, dataset)
    positions = np.arange(table.height)
    height = 0.8 / max(1, len(sources))
    figure, axes = plt.subplots(figsize=(10, max(4.0, 0.45 * table.height)))
    for i, source in enumerate(sources):
        shares = table[f"{source}_share"].to_numpy()
        axes.barh(positions + i * height, shares, height=height, color=palette[source], label=source)
    names = [f"{c}: {label}" for c, label in zip(table["cluster"], table["label"], strict=True)]
    axes.set_yticks(positions + height * (len(sources) - 1) / 2, names, fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel("share of the source's rows")
    axes.set_title("Cluster shares per source")
    axes.legend()
    return _save(figure, target)
