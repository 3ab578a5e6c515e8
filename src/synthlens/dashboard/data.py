"""Reading a run for the dashboard: the joined table, the baseline points, and which stages are missing."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from synthlens.judge.labels import DIFFICULTIES, INPUT_QUALITIES
from synthlens.workspace import MANIFEST, Workspace

BASELINES = "baselines"
COVERAGE_METRICS = "coverage_metrics.parquet"

# The command that adds each stage, for the one-line note a view shows instead of an empty chart.
STAGE_COMMANDS: dict[str, str] = {
    "stats": "synthlens info RUN",
    "neighbors": "synthlens neighbors RUN",
    "dedup": "synthlens dedup RUN",
    "exact_dedup": "synthlens exact-dedup RUN",
    "overlap": "synthlens overlap RUN --reference EVAL.jsonl",
    "coverage": "synthlens coverage RUN --baseline alpaca",
    "category": "synthlens tag RUN --endpoint URL --model MODEL --tasks category",
    "quality": "synthlens tag RUN --endpoint URL --model MODEL --tasks quality",
    "difficulty": "synthlens tag RUN --endpoint URL --model MODEL --tasks difficulty",
    "language": "synthlens analyze DATA -o RUN",
    "safety": "synthlens guard RUN --endpoint URL",
    "reward": "synthlens reward RUN",
    "nemotron": "synthlens reward RUN --endpoint URL",
    "filter": "synthlens filter RUN --recipe RECIPE",
}

# The tag columns the views chart, with the stage that writes each.
TAG_COLUMNS: dict[str, str] = {
    "task_category": "category",
    "input_quality": "quality",
    "difficulty": "difficulty",
    "language": "language",
    "is_safe": "safety",
}
# How a view names each tag when it is missing ("No safety judgments yet: …").
TAG_TITLES: dict[str, str] = {
    "task_category": "task categories",
    "input_quality": "input quality tags",
    "difficulty": "difficulty tags",
    "language": "language tags",
    "is_safe": "safety judgments",
}
# Label scales, lowest first, so bars and cross-tabs read in order rather than by count.
ORDERED_LABELS: dict[str, tuple[str, ...]] = {
    "input_quality": INPUT_QUALITIES,
    "difficulty": DIFFICULTIES,
}


@dataclass(frozen=True)
class RunData:
    """Everything the views read from one run, loaded once and shared (treat it as read-only)."""

    root: Path
    manifest: dict[str, Any]
    table: pl.DataFrame
    baselines: pl.DataFrame | None = None
    stages: tuple[str, ...] = field(default=())
    signature: str = ""  # run_signature at load time: what caches of derived tables key on
    row_columns: tuple[str, ...] = ()  # the columns of rows.parquet (the rest came from stages)
    coverage_metrics: pl.DataFrame | None = None  # per source: coverage, diversity (the coverage stage's side table)

    def rows(self) -> pl.DataFrame:
        """The canonical rows alone, as ingest wrote them (what an export turns back into a dataset)."""
        return self.table.select(self.row_columns or self.table.columns)

    def has(self, *columns: str) -> bool:
        """True when the joined table holds every one of `columns`."""
        return all(column in self.table.columns for column in columns)

    def command(self, stage: str) -> str:
        """The command that adds `stage` to this run, with the run's path filled in."""
        return STAGE_COMMANDS.get(stage, f"synthlens analyze (stage '{stage}')").replace("RUN", str(self.root))

    def missing_note(self, what: str, stage: str) -> str:
        """The one line a view shows when a stage it needs has not been run."""
        return f"No {what} yet: run `{self.command(stage)}`"


def run_signature(root: str | Path) -> str:
    """A token that changes whenever the run changes on disk (every stage write rewrites the manifest)."""
    root = Path(root)
    parts = [root / MANIFEST, root / "rows.parquet", *sorted((root / BASELINES).glob("*.parquet"))]
    stamps = [f"{path.name}:{path.stat().st_mtime_ns}:{path.stat().st_size}" for path in parts if path.exists()]
    return "|".join(stamps)


def load_run(root: str | Path) -> RunData:
    """Open a run and join its rows with every stage; raises SynthlensError when it is not a run."""
    workspace = Workspace.open(root)
    return RunData(
        root=workspace.root,
        manifest=workspace.manifest,
        table=workspace.joined(),
        baselines=read_baselines(workspace.root),
        stages=tuple(workspace.stages()),
        signature=run_signature(workspace.root),
        row_columns=tuple(pl.read_parquet_schema(workspace.rows_path)),
        coverage_metrics=_read_if_present(workspace.root / "stages" / COVERAGE_METRICS),
    )


def _read_if_present(path: Path) -> pl.DataFrame | None:
    return pl.read_parquet(path) if path.exists() else None


def read_baselines(root: Path) -> pl.DataFrame | None:
    """The baseline points the coverage stage stored beside the run (source, id, instruction, x, y)."""
    files = sorted((root / BASELINES).glob("*.parquet"))
    if not files:
        return None
    frames = []
    for path in files:
        frame = pl.read_parquet(path)
        if "x" not in frame.columns or "y" not in frame.columns:
            continue
        defaults = {"source": pl.lit(path.stem), "id": pl.int_range(pl.len()), "instruction": pl.lit("")}
        frame = frame.with_columns(value.alias(name) for name, value in defaults.items() if name not in frame.columns)
        frames.append(
            frame.select(pl.col("source", "id", "instruction").cast(pl.String), pl.col("x", "y").cast(pl.Float32))
        )
    return pl.concat(frames) if frames else None
