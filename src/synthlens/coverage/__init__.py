"""Coverage and diversity of a dataset against baselines: a joint 2-D map, clusters, metrics and plots."""

from synthlens.coverage.analysis import CoverageParams, CoverageResult, Source, analyze
from synthlens.coverage.baselines import NAMED_BASELINES, load_baseline, resolve_baseline
from synthlens.coverage.metrics import coverage, default_radius, diversity, vendi
from synthlens.coverage.outputs import read_clusters, read_metrics, read_points
from synthlens.coverage.projection import project
from synthlens.coverage.stage import run, run_coverage

__all__ = [
    "NAMED_BASELINES",
    "CoverageParams",
    "CoverageResult",
    "Source",
    "analyze",
    "coverage",
    "default_radius",
    "diversity",
    "load_baseline",
    "project",
    "read_clusters",
    "read_metrics",
    "read_points",
    "resolve_baseline",
    "run",
    "run_coverage",
    "vendi",
]
