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
    _print_ingest(result)


def _print_ingest(result) -> None:  # result: synthlens.ingest.IngestResult
    verb = "reused" if result.reused else "ingested"
    console.print(f"{verb} {result.rows:,} rows ({result.format}) in {result.workspace.root}")
    if result.skipped:
        console.print(f"skipped {result.skipped:,} bad rows, written to {result.rejects_path}")


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
) -> None:
    """Ingest a dataset and run every analysis stage; prints a summary and where results are."""
    from synthlens.ingest import IngestOptions
    from synthlens.pipeline import AnalyzeOptions
    from synthlens.pipeline import analyze as run_analysis

    ingest_options = IngestOptions(
        fmt, instruction_col, response_col, split, limit, on_bad_rows, max_row_chars, overwrite
    )
    with progress_bar() as report:
        result = run_analysis(data, out, AnalyzeOptions(ingest_options), progress=report)
    _print_ingest(result.ingest)
    print_table(result.summary, title="summary")
    console.print(f"results: {result.ingest.workspace.root}")
