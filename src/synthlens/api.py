"""The Python API, for notebooks and scripts; the command line is a thin layer over the same calls.

    import synthlens
    run = synthlens.analyze("data.jsonl")                  # or a DataFrame / Dataset / list of dicts, name=...
    table = run.table()                                    # rows joined with every stage's columns
    result = run.filter("magpie-filtered")                 # a preset, a recipe file, a dict or a Recipe
    run.export("out/", format="parquet")

Every call works on a run folder on disk, so a notebook and the CLI can take turns on one run.
"""

from pathlib import Path
from typing import Any

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.readers.canonical import MAX_ROW_CHARS
from synthlens.workspace import Workspace


class Run:
    """One run folder: its table, its manifest, and the filter and export steps."""

    def __init__(self, path: str | Path, summary: pl.DataFrame | None = None) -> None:
        self.workspace = Workspace.open(path)
        self.summary = summary  # (stage, metric, value) from the analyze call that made this object, if any

    def __repr__(self) -> str:
        rows = self.workspace.manifest["input"].get("rows", "?")
        return f"Run({str(self.path)!r}, rows={rows}, stages={self.stages})"

    @property
    def path(self) -> Path:
        return self.workspace.root

    @property
    def manifest(self) -> dict[str, Any]:
        """The manifest as it is on disk now (another process may have added stages)."""
        return Workspace.open(self.path).manifest

    @property
    def stages(self) -> list[str]:
        return Workspace.open(self.path).stages()

    def table(self, columns: list[str] | None = None) -> pl.DataFrame:
        """The canonical rows joined with every stage's columns (or just `columns`)."""
        table = Workspace.open(self.path).joined()
        return table.select(columns) if columns else table

    def filter(self, recipe: Any) -> Any:
        """Apply a recipe (preset name, file, dict or Recipe): keep/drop_reason per row, stored as the 'filter'
        stage. Returns a synthlens.filter.FilterResult (kept, funnel, mix, flags)."""
        from synthlens import filter as recipes

        return recipes.run(self.workspace, as_recipe(recipe))

    def select(self, score: str, recipe: Any = None, **options: Any) -> Any:
        """Apply the run's current recipe (or `recipe`), then take a budget best-first with diversity (the keys of a
        recipe's `select:` step: budget_tokens, budget_rows, max_similarity, tokenizer, min_per_value, ...).
        Returns a synthlens.filter.FilterResult, its `selection` the report."""
        from synthlens import filter as recipes
        from synthlens.filter.select.config import select_from_dict

        base = as_recipe(recipe) if recipe is not None else recipes.stored_recipe(self.workspace)
        select = select_from_dict({"score": score, **options}, "select options")
        return recipes.run(self.workspace, recipes.with_selection(base, select))

    def report(self, out: str | Path | None = None, markdown: bool = False) -> Path:
        """Write the report to share (HTML, or Markdown); returns its path (default: report.html in the run)."""
        from synthlens.report import write_report

        return write_report(self.workspace, out, markdown)

    def export(
        self,
        out: str | Path,
        format: str = "jsonl",
        style: str = "original",
        recipe: Any = None,
        with_analysis: bool = False,
        overwrite: bool = False,
        split: str = "train",
        push_to_hub: str | None = None,
        private: bool = False,
    ) -> Any:
        """Write the kept rows (all, if never filtered) with a dataset card; returns synthlens.export.ExportResult."""
        from synthlens.export import ExportOptions, export_run

        options = ExportOptions(
            file_format=format, style=style, with_analysis=with_analysis, overwrite=overwrite, split=split,
            push_to_hub=push_to_hub, private=private,
        )  # fmt: skip
        return export_run(self.workspace, out, options, as_recipe(recipe) if recipe is not None else None)


def compare_runs(run_a: "Run | str | Path", run_b: "Run | str | Path", **options: Any) -> Any:
    """Two runs side by side (synthlens.compare.Comparison); options: threshold, clusters, baselines, seed.

    Not named `compare`: that is the package `synthlens.compare`, which importing it sets on `synthlens`.
    """
    from synthlens import compare

    a, b = (run if isinstance(run, Run) else Run(run) for run in (run_a, run_b))
    return compare.compare_runs(a.workspace, b.workspace, compare.CompareOptions(**options))


def open_run(path: str | Path) -> Run:
    """Open an existing run folder (made by `analyze`, `synthlens analyze` or `synthlens ingest`)."""
    return Run(path)


def analyze(
    data: Any,
    name: str | None = None,
    out: str | Path | None = None,
    *,
    format: str = "auto",
    instruction_col: str | None = None,
    response_col: str | None = None,
    split: str = "train",
    limit: int | None = None,
    on_bad_rows: str = "error",
    max_row_chars: int = MAX_ROW_CHARS,
    overwrite: bool = False,
    threshold: float = 0.95,
    keep: str = "first",
    endpoint: str | None = None,
    judge_model: str | None = None,
    judge_config: str | Path | None = None,
    baselines: tuple[str, ...] | list[str] = (),
    recipe: str | None = None,
    export: str | Path | None = None,
    engine: Any = None,
    model: str | None = None,
    progress: ProgressFn = silent,
) -> Run:
    """Ingest `data` and run every analysis stage that applies; returns the run (its summary in `.summary`).

    data: a file, folder or Hub id, or in-memory rows: a list of dicts, a polars or pandas DataFrame, a pyarrow
    Table or a datasets.Dataset. The run goes to `out`, else runs/<name>, else runs/<the file's name>;
    in-memory data needs `name` or `out`. engine: a synthlens.engine.EngineOptions (default: this process).
    model: the embedder (synthlens.embed.make_embedder's names); None = the default, minilm-onnx.
    """
    from synthlens.engine import LOCAL
    from synthlens.ingest import IngestOptions
    from synthlens.pipeline import AnalyzeOptions
    from synthlens.pipeline import analyze as run_analysis
    from synthlens.similarity import SimilarityOptions

    reading = IngestOptions(format, instruction_col, response_col, split, limit, on_bad_rows, max_row_chars, overwrite)
    options = AnalyzeOptions(
        reading,
        SimilarityOptions(threshold=threshold, keep=keep, model=model),
        judges(endpoint, judge_model, judge_config),
        tuple(baselines),
        recipe,
        Path(export) if export else None,
        engine=engine or LOCAL,
    )
    result = run_analysis(data, out, options, progress=progress, name=name)
    return Run(result.ingest.workspace.root, result.summary)


def judges(endpoint: str | None, model: str | None, config: str | Path | None) -> dict | None:
    """The judge config from a file, or from an endpoint and model; None means the offline taggers."""
    from synthlens.judge.config import read_judge_config

    if config:
        return read_judge_config(Path(config))
    if endpoint and not model:
        raise SynthlensError("--endpoint needs --judge-model NAME (the model as the server names it)")
    return {"endpoint": endpoint, "model": model} if endpoint else None


def as_recipe(recipe: Any) -> Any:
    """A synthlens.filter.Recipe from a preset name, a file path, a dict or a Recipe."""
    from synthlens import filter as recipes

    if isinstance(recipe, recipes.Recipe):
        return recipe
    if isinstance(recipe, dict):
        return recipes.recipe_from_dict(recipe, source="recipe given as a dict")
    return recipes.load_recipe(recipe)
