"""Commands that bring data in and describe it: ingest, info, analyze."""

from pathlib import Path

import typer

from synthlens.cli import app
from synthlens.cli.output import console, print_table, progress_bar

# Options shared by `ingest` and `analyze` (typer accepts one OptionInfo in several commands).
DATA = typer.Argument(..., help="A file, a save_to_disk folder or a Hugging Face Hub id.")
OUT = typer.Option(None, "-o", "--out", help="Run folder (default: runs/<dataset-name>).")
FORMAT = typer.Option("auto", "--format", help="auto, alpaca, sharegpt, openai, magpie or columns")
INSTRUCTION_COL = typer.Option(None, help="Column holding the instruction (format columns).")
RESPONSE_COL = typer.Option(None, help="Column holding the response (format columns).")
SPLIT = typer.Option("train", help="Split, for save_to_disk folders and Hub ids.")
LIMIT = typer.Option(None, help="Read at most this many rows.")
ON_BAD_ROWS = typer.Option("error", help="error: stop at the first bad row; skip: count them, keep them aside.")
MAX_ROW_CHARS = typer.Option(1_000_000, help="Reject rows longer than this (characters).")
OVERWRITE = typer.Option(False, help="Replace a run folder that holds another input.")


@app.command()
def ingest(
    data: str = DATA,
    out: Path | None = OUT,
    fmt: str = FORMAT,
    instruction_col: str | None = INSTRUCTION_COL,
    response_col: str | None = RESPONSE_COL,
    split: str = SPLIT,
    limit: int | None = LIMIT,
    on_bad_rows: str = ON_BAD_ROWS,
    max_row_chars: int = MAX_ROW_CHARS,
    overwrite: bool = OVERWRITE,
) -> None:
    """Read a dataset into a run folder as canonical rows."""
    from synthlens.ingest import IngestOptions, ingest_dataset

    options = IngestOptions(fmt, instruction_col, response_col, split, limit, on_bad_rows, max_row_chars, overwrite)
    with progress_bar() as report:
        result = ingest_dataset(data, out, options, progress=report)
    print_ingest(result)


def print_ingest(result) -> None:  # result: synthlens.ingest.IngestResult
    verb = "reused" if result.reused else "ingested"
    console.print(f"{verb} {result.rows:,} rows ({result.format}) in {result.workspace.root}", soft_wrap=True)
    if result.skipped:
        console.print(f"skipped {result.skipped:,} bad rows, written to {result.rejects_path}", soft_wrap=True)


@app.command()
def info(run: Path = typer.Argument(..., help="A run folder.")) -> None:
    """Row counts, formats and length statistics of a run."""
    from synthlens import stats
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    stats.run(workspace)
    print_table(stats.summary(workspace), title=f"{workspace.root}")


@app.command()
def analyze(
    data: str = DATA,
    out: Path | None = OUT,
    fmt: str = FORMAT,
    instruction_col: str | None = INSTRUCTION_COL,
    response_col: str | None = RESPONSE_COL,
    split: str = SPLIT,
    limit: int | None = LIMIT,
    on_bad_rows: str = ON_BAD_ROWS,
    max_row_chars: int = MAX_ROW_CHARS,
    overwrite: bool = OVERWRITE,
    threshold: float = typer.Option(0.95, help="Cosine similarity at which two rows are near-duplicates."),
    keep: str = typer.Option("first", help="Near-duplicate kept per group: first, longest_response, ..."),
    endpoint: str | None = typer.Option(None, help="OpenAI-compatible judge server; default: offline taggers."),
    judge_model: str | None = typer.Option(None, help="Judge model name on --endpoint."),
    judge_config: Path | None = typer.Option(None, help="YAML/JSON judge config (judges, guard, reward)."),
    baseline: list[str] = typer.Option([], help="Baseline to measure coverage against (repeatable)."),
    recipe: str | None = typer.Option(None, help="Filter recipe file or preset name."),
    export: Path | None = typer.Option(None, help="Export the kept rows to this folder."),
) -> None:
    """Ingest a dataset and run every analysis stage; prints a summary and where results are."""
    from synthlens.ingest import IngestOptions
    from synthlens.pipeline import AnalyzeOptions
    from synthlens.pipeline import analyze as run_analysis
    from synthlens.similarity import SimilarityOptions

    ingest_options = IngestOptions(
        fmt, instruction_col, response_col, split, limit, on_bad_rows, max_row_chars, overwrite
    )
    options = AnalyzeOptions(
        ingest_options,
        SimilarityOptions(threshold=threshold, keep=keep),
        _judges(endpoint, judge_model, judge_config),
        tuple(baseline),
        recipe,
        export,
    )
    with progress_bar() as report:
        result = run_analysis(data, out, options, progress=report)
    print_ingest(result.ingest)
    print_table(result.summary, title="summary")
    console.print(f"results: {result.ingest.workspace.root}", soft_wrap=True)


def _judges(endpoint: str | None, model: str | None, config: Path | None) -> dict | None:
    """The judge config from --judge-config, or from --endpoint/--judge-model; None means offline taggers."""
    from synthlens.errors import SynthlensError
    from synthlens.judge.config import read_judge_config

    if config:
        return read_judge_config(config)
    if endpoint and not model:
        raise SynthlensError("--endpoint needs --judge-model NAME (the model as the server names it)")
    return {"endpoint": endpoint, "model": model} if endpoint else None
