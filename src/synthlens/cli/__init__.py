"""The synthlens command line: a thin layer over the library. Each command group lives in its own module."""

import sys

import typer

from synthlens import __version__
from synthlens.errors import SynthlensError

app = typer.Typer(
    name="synthlens",
    help="Dataset quality and analysis for LLM instruction-tuning data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
_state = {"debug": False}
INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl-C
# Commands that only look (or hand over to another program) say nothing before their answer.
QUIET_COMMANDS = {"info", "recipe", "dashboard"}


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"synthlens {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    ctx: typer.Context,
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    from synthlens.cli.output import console, show_library_log

    _state["debug"] = debug
    show_library_log()
    asks_help = {"-h", "--help"} & set(sys.argv[1:])
    if ctx.invoked_subcommand and ctx.invoked_subcommand not in QUIET_COMMANDS and not asks_help:
        # A first line at once: the heavy libraries take a few seconds to import before any stage reports.
        console.print(f"synthlens {ctx.invoked_subcommand}: started", style="dim", highlight=False)


def main() -> None:
    """Entry point: run the app; a user error is one red line (exit 1), Ctrl-C one line (exit 130). Every run the
    command wrote to records its command line (secrets masked) in its manifest."""
    from synthlens.provenance import tracked_writes

    with tracked_writes() as written:
        code: object = 1
        try:
            _run()
        except SystemExit as done:
            code = done.code
            raise
        finally:
            status = "ok" if code in (0, None) else "interrupted" if code == INTERRUPTED else "error"
            _record_command(written, status)


def _run() -> None:
    try:
        app()
    except SynthlensError as error:
        if _state["debug"] or "--debug" in sys.argv:
            raise
        typer.secho(f"error: {error}", fg="red", err=True)
        sys.exit(1)
    except KeyboardInterrupt:  # before the command started
        _interrupted()
    except SystemExit as done:
        if done.code == INTERRUPTED:  # typer turns Ctrl-C into exit 130 and says nothing
            _interrupted()
        raise


def _interrupted() -> None:
    typer.secho("interrupted; run the same command to resume", fg="yellow", err=True)
    sys.exit(INTERRUPTED)


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
