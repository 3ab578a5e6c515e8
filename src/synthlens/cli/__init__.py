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
    """Entry point: run the app, print user errors as one red line and exit 1; every run the command wrote to
    records its command line (secrets masked) in its manifest."""
    from synthlens.provenance import tracked_writes

    status = "error"
    with tracked_writes() as written:
        try:
            app()
        except SystemExit as done:
            status = "ok" if done.code in (0, None) else "error"
            raise
        except SynthlensError as error:
            if _state["debug"] or "--debug" in sys.argv:
                raise
            typer.secho(f"error: {error}", fg="red", err=True)
            sys.exit(1)
        finally:
            _record_command(written, status)


def _record_command(runs: set, status: str) -> None:
    from synthlens.workspace import Workspace

    for root in sorted(runs):
        if (root / "manifest.json").exists():
            Workspace(root).record_command(["synthlens", *sys.argv[1:]], status)


# Importing a module registers its commands on `app`: one module per command group.
from synthlens.cli import compare as compare_commands  # noqa: E402,F401
from synthlens.cli import coverage, dashboard, generate, ingest, judge, similarity  # noqa: E402,F401
from synthlens.cli import filter as filter_commands  # noqa: E402,F401
from synthlens.cli import report as report_commands  # noqa: E402,F401
from synthlens.cli import selection as select_commands  # noqa: E402,F401
