"""The synthlens command line: a thin layer over the library. Each command group lives in its own module."""

import sys

import typer

from synthlens.errors import SynthlensError

app = typer.Typer(
    name="synthlens",
    help="Dataset quality and analysis for LLM instruction-tuning data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
_state = {"debug": False}


@app.callback()
def _global_options(
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
) -> None:
    _state["debug"] = debug


def main() -> None:
    """Entry point: run the app, print user errors as one red line and exit 1."""
    try:
        app()
    except SynthlensError as error:
        if _state["debug"] or "--debug" in sys.argv:
            raise
        typer.secho(f"error: {error}", fg="red", err=True)
        sys.exit(1)


# Importing a module registers its commands on `app`: one module per command group.
from synthlens.cli import coverage, dashboard, generate, ingest, judge, similarity  # noqa: E402,F401
from synthlens.cli import filter as filter_commands  # noqa: E402,F401
