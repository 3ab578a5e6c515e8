"""The dashboard command: serve the Streamlit app on one run, bound to the loopback address by default."""

import os
import sys
from pathlib import Path

import typer

from synthlens.cli import app
from synthlens.cli.output import console
from synthlens.dashboard.launch import DEFAULT_HOST, DEFAULT_PORT, streamlit_command


@app.command()
def dashboard(
    run: Path = typer.Argument(..., help="A run folder."),
    port: int = typer.Option(DEFAULT_PORT, min=1, max=65535, help="Port to serve on."),
    host: str = typer.Option(DEFAULT_HOST, help="Address to bind; the default serves this machine only."),
) -> None:
    """Explore a run in the browser, build a filter recipe and export the kept rows."""
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)  # a bad path fails here with the one-line error, before Streamlit starts
    command = streamlit_command(workspace.root, port, host)
    console.print(f"synthlens dashboard on {workspace.root}: http://{host}:{port} (Ctrl+C stops it)")
    sys.stdout.flush()
    # Become the Streamlit server rather than wrap it, so signals (Ctrl+C, a supervisor's SIGTERM) reach it.
    os.execv(command[0], command)
