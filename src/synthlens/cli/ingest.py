"""Commands that bring data in and describe it: ingest, info, analyze."""

from pathlib import Path

import typer

from synthlens.cli import app
from synthlens.cli.output import console, print_table, progress_bar
from synthlens.cli.similarity import MODEL

# Options shared by `ingest` and `analyze` (typer accepts one OptionInfo in several commands).
DATA = typer.Argument(..., help="A file, a save_to_disk folder or a Hugging Face Hub id.")
OUT = typer.Option(None, "-o", "--out", help="Run folder (default: runs/<dataset-name>).")
FORMAT = typer.Option("auto", "--format", help="auto, alpaca, sharegpt, openai, magpie or columns")
INSTRUCTION_COL = typer.Option(None, help="Column holding the instruction (format columns).")
RESPONSE_COL = typer.Option(None, help="Column holding the response (format columns).")
SPLIT = typer.Option("train", help="Split, for save_to_disk folders and Hub ids.")
LIMIT = typer.Option(None, help="Read at most this many rows.")
ON_BAD_ROWS = typer.Option("error", help="error: stop at the first bad row; skip: count them, keep them aside.")
MAX_ROW_CHARS = typer.Option(1_000_000, min=1, help="Reject rows longer than this (characters).")
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
        ingest_dataset(data, out, options, progress=report)  # its log says what was read and where it went


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
    threshold: float = typer.Option(
        0.95, min=0.0, max=1.0, help="Cosine similarity at which two rows are near-duplicates."
    ),
    keep: str = typer.Option("first", help="Near-duplicate kept per group: first, longest_response, ..."),
    endpoint: str | None = typer.Option(None, help="OpenAI-compatible judge server; default: offline taggers."),
    judge_model: str | None = typer.Option(None, help="Judge model name on --endpoint."),
    judge_config: Path | None = typer.Option(None, help="YAML/JSON judge config (judges, guard, reward)."),
    baseline: list[str] = typer.Option([], help="Baseline to measure coverage against (repeatable)."),
    recipe: str | None = typer.Option(None, help="Filter recipe file or preset name."),
    export: Path | None = typer.Option(None, help="Export the kept rows to this folder."),
    engine: str = typer.Option("local", help="local, or ray: run embedding, judges and tags on Ray workers."),
    ray_address: str | None = typer.Option(None, help="With --engine ray: HOST:PORT of a Ray cluster."),
    actors: int = typer.Option(2, help="With --engine ray: worker actors per stage."),
    model: str | None = MODEL,
) -> None:
    """Ingest a dataset and run every analysis stage; prints a summary and where results are."""
    from synthlens import api
    from synthlens.engine import EngineOptions

    with progress_bar() as report:
        run = api.analyze(
            data, out=out, format=fmt, instruction_col=instruction_col, response_col=response_col, split=split,
            limit=limit, on_bad_rows=on_bad_rows, max_row_chars=max_row_chars, overwrite=overwrite,
            threshold=threshold, keep=keep, endpoint=endpoint, judge_model=judge_model, judge_config=judge_config,
            baselines=baseline, recipe=recipe, export=export, model=model, progress=report,
            engine=EngineOptions(engine, ray_address, actors),
        )  # fmt: skip
    print_table(run.summary, title="summary")
    console.print(f"results: {run.path}", soft_wrap=True)
