"""`synthlens report`: one self-contained HTML file (or Markdown) describing a run, to share."""

from pathlib import Path
from typing import Annotated

import typer

from synthlens.cli import app
from synthlens.cli.output import console


@app.command()
def report(
    run: Annotated[Path, typer.Argument(help="A run folder.")],
    out: Annotated[
        Path | None, typer.Option("-o", "--out", help="The file to write (default: report.html in the run).")
    ] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Markdown, for a dataset card or a PR.")] = False,
) -> None:
    """Summary, duplicates, coverage, tags and who produced them, unsafe rows, funnel, selection, commands."""
    from synthlens.report import write_report
    from synthlens.workspace import Workspace

    path = write_report(Workspace.open(run), out, markdown)
    console.print(f"wrote {path} ({path.stat().st_size / 1024:,.0f} KiB)", highlight=False)
