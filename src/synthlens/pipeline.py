"""The umbrella job behind `synthlens analyze`: ingest, then every analysis stage that applies.

    ingest -> stats -> exact dedup -> embed -> neighbours -> semantic dedup -> judges
           -> coverage (when baselines are named) -> filter (with a recipe) -> export (with a folder)

Judges are the offline taggers unless a judge config or endpoint names a model server; each stage is
skipped when its inputs and parameters are unchanged, so re-running analyze on a finished run is cheap.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from synthlens import stats
from synthlens.engine import LOCAL, EngineOptions
from synthlens.engine.rows import ray_encoder
from synthlens.ingest import IngestOptions, IngestResult, ingest_dataset
from synthlens.progress import ProgressFn, silent
from synthlens.similarity import SimilarityOptions, run_similarity
from synthlens.workspace import Workspace


@dataclass
class AnalyzeOptions:
    ingest: IngestOptions = field(default_factory=IngestOptions)
    similarity: SimilarityOptions = field(default_factory=SimilarityOptions)
    judges: dict[str, Any] | None = None  # a judge config (see synthlens.judge.config); None = offline taggers
    baselines: tuple[str, ...] = ()
    recipe: str | None = None  # a recipe file or preset name
    export: Path | None = None
    export_options: Any = None  # synthlens.export.ExportOptions; None = the defaults
    engine: EngineOptions = LOCAL  # where the row-parallel stages run (embedding, judges, offline tags)


@dataclass
class AnalyzeResult:
    ingest: IngestResult
    summary: pl.DataFrame  # (stage, metric, value)


def analyze(
    source: Any,
    out: str | Path | None = None,
    options: AnalyzeOptions | None = None,
    progress: ProgressFn = silent,
    name: str | None = None,
) -> AnalyzeResult:
    """Ingest `source` (a path, a Hub id or in-memory data) and run the analysis stages; each stage is skipped
    when already up to date. The run goes to `out`, else runs/<name>, else runs/<the dataset's name>."""
    options = options or AnalyzeOptions()
    ingested = ingest_dataset(source, out, options.ingest, progress, name=name)
    workspace = ingested.workspace
    stats.run(workspace, progress)
    lines = _stats_lines(workspace)
    encoder = ray_encoder(options.engine)  # None: embed here
    lines += _similarity_lines(run_similarity(workspace, options.similarity, progress, encoder))
    lines += _judge(workspace, options, progress)
    if options.baselines:
        lines += _coverage(workspace, options, progress)
    lines += _filter_and_export(workspace, options)
    return AnalyzeResult(ingested, pl.DataFrame(lines, schema=["stage", "metric", "value"], orient="row"))


Line = tuple[str, str, str]


def _stats_lines(workspace: Workspace) -> list[Line]:
    return [("stats", metric, value) for metric, value in stats.summary(workspace).iter_rows()]


def _similarity_lines(summary: pl.DataFrame) -> list[Line]:
    return [(stage, metric, value) for stage, metric, value, _ in summary.iter_rows() if stage != "rows"]


def _judge(workspace: Workspace, options: AnalyzeOptions, progress: ProgressFn) -> list[Line]:
    """Offline taggers always (language has no LLM form); LLM judges replace them where configured."""
    from synthlens.engine import on_engine
    from synthlens.judge import run_tagger
    from synthlens.judge.offline import fallback_notice, offline_taggers_for_run

    embedder = options.similarity.embedder()
    taggers = {t.name: t for t in offline_taggers_for_run(workspace, embedder, progress)}
    notice = fallback_notice(embedder.name)
    lines: list[Line] = [("judge", "notice", notice)] if notice and not options.judges else []
    if options.judges:
        from synthlens.judge.config import judge_taggers

        taggers |= {t.name: t for t in judge_taggers(options.judges, workspace.cache_path)}
    for tagger in taggers.values():
        table = run_tagger(workspace, on_engine(tagger, options.engine), progress)
        lines += _distribution(tagger.name, table, tagger.columns[0])
    return lines


def _distribution(stage: str, table: pl.DataFrame, column: str) -> list[Line]:
    """The five commonest values of a tag column, with their row counts."""
    if column not in table.columns or table[column].dtype.is_nested():
        return []
    counts = table[column].value_counts(sort=True).head(5)
    return [(stage, f"{column} = {value}", f"{count:,}") for value, count in counts.iter_rows()]


def _coverage(workspace: Workspace, options: AnalyzeOptions, progress: ProgressFn) -> list[Line]:
    from synthlens.coverage.stage import run_coverage

    metrics = run_coverage(workspace, options.baselines, progress=progress, embedder=options.similarity.embedder())
    return coverage_lines(metrics)


def coverage_lines(metrics: pl.DataFrame) -> list[Line]:
    """The coverage metrics as labelled summary lines, per source."""
    lines: list[Line] = []
    for row in metrics.iter_rows(named=True):
        source = row["source"]
        lines.append(("coverage", f"{source}: rows", f"{row['rows']:,}"))
        if row["coverage"] is not None:
            lines.append(
                (
                    "coverage",
                    f"{source}: rows the dataset covers (within {row['radius']:.3f})",
                    f"{row['coverage']:.1%}",
                )
            )
            lines.append(("coverage", f"{source}: dataset rows near it", f"{row['dataset_near']:.1%}"))
        lines.append(("coverage", f"{source}: mean nearest-neighbour distance", f"{row['mean_nn_distance']:.3f}"))
        lines.append(("coverage", f"{source}: cluster entropy", f"{row['cluster_entropy']:.3f}"))
        lines.append(("coverage", f"{source}: Vendi score", f"{row['vendi']:.1f}"))
    return lines


def _filter_and_export(workspace: Workspace, options: AnalyzeOptions) -> list[Line]:
    if not (options.recipe or options.export):
        return []
    from synthlens import filter as recipes

    recipe = recipes.load_recipe(options.recipe) if options.recipe else None
    lines: list[Line] = []
    if recipe is not None:
        result = recipes.run(workspace, recipe)
        lines += [("filter", "skipped", line) for line in result.skipped]
        lines.append(("filter", f"kept by {recipe.name or options.recipe}", f"{result.kept:,}"))
    if options.export:
        from synthlens.export import ExportOptions, export_run

        exported = export_run(workspace, options.export, options.export_options or ExportOptions(), recipe=recipe)
        lines.append(("export", f"{exported.kept_rows:,} rows", str(exported.folder)))
    return lines
