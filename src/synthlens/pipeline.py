"""The umbrella job behind `synthlens analyze`: ingest, then every analysis stage that applies."""

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from synthlens import stats
from synthlens.ingest import IngestOptions, IngestResult, ingest_dataset
from synthlens.progress import ProgressFn, silent


@dataclass
class AnalyzeOptions:
    ingest: IngestOptions = field(default_factory=IngestOptions)


@dataclass
class AnalyzeResult:
    ingest: IngestResult
    summary: pl.DataFrame


def analyze(
    source: str | Path,
    out: str | Path | None = None,
    options: AnalyzeOptions | None = None,
    progress: ProgressFn = silent,
) -> AnalyzeResult:
    """Ingest `source` and run the analysis stages; each stage is skipped when already up to date."""
    options = options or AnalyzeOptions()
    ingested = ingest_dataset(source, out, options.ingest, progress)
    workspace = ingested.workspace
    stats.run(workspace)
    return AnalyzeResult(ingested, stats.summary(workspace))
