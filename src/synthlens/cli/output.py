"""Helpers the commands share to show tables, progress and the library's log lines in the terminal.

When the output is not a terminal (CI, `| tee`, a notebook cell) there is no live display: the library's log
gives one line per stage as it finishes, long tasks add a line every few seconds, and tables keep their full
width instead of being cut at 80 columns.
"""

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from synthlens.progress import ProgressFn

if TYPE_CHECKING:
    import polars as pl

console = Console()
PIPED_WIDTH = 10_000  # tables take their natural width when piped; no one reads them at 80 columns
HEARTBEAT_SECONDS = 10.0  # how often a long task says how far it got when there is no live display


def print_table(frame: "pl.DataFrame", title: str | None = None) -> None:
    table = Table(title=title)
    for column in frame.columns:
        table.add_column(column, justify="right" if frame[column].dtype.is_numeric() else "left")
    for row in frame.iter_rows():
        table.add_row(*[_format(value) for value in row])
    if console.is_terminal:
        console.print(table)
    else:
        Console(file=console.file, width=PIPED_WIDTH, color_system=None).print(table)


def _format(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}"
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


class RateColumn(ProgressColumn):
    """Rows per second of a task."""

    def render(self, task) -> Text:  # task: rich.progress.Task
        return Text(f"{task.speed:,.0f} rows/s" if task.speed else "", style="progress.data.speed")


@contextmanager
def progress_bar() -> Iterator[ProgressFn]:
    """A rich progress display driven by the library's progress callback, one bar per task, with rows/s;
    when the output is not a terminal, a line per long task every few seconds instead."""
    if not console.is_terminal:
        yield LineProgress().report
        return
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=True) as bars:
        tasks: dict[str, int] = {}

        def report(task: str, done: int, total: int | None) -> None:
            if task not in tasks:
                tasks[task] = bars.add_task(task, total=total)
            bars.update(tasks[task], completed=done, total=total)

        yield report


class LineProgress:
    """Progress as plain lines: a task still running after HEARTBEAT_SECONDS says how far it got, then again
    every HEARTBEAT_SECONDS (a finished stage gets its line from the library's log)."""

    def __init__(self, every: float = HEARTBEAT_SECONDS) -> None:
        self.every = every
        self.started: dict[str, float] = {}
        self.last_line: dict[str, float] = {}

    def report(self, task: str, done: int, total: int | None) -> None:
        now = time.monotonic()
        started = self.started.setdefault(task, now)
        if now - self.last_line.get(task, started) < self.every or (total is not None and done >= total):
            return
        self.last_line[task] = now
        rate = done / max(now - started, 1e-9)
        of_total = f"/{total:,}" if total is not None else ""
        console.print(f"{task}: {done:,}{of_total} ({rate:,.0f}/s)", highlight=False, soft_wrap=True)


class ConsoleLog(logging.Handler):
    """The library's log on the console: stage lines as they are, warnings marked."""

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.levelno >= logging.WARNING:
            console.print(f"warning: {text}", style="yellow", highlight=False, soft_wrap=True)
        else:
            console.print(text, highlight=False, soft_wrap=True)


def show_library_log() -> None:
    """Print the library's INFO lines (one per stage) and warnings on the console; once per process."""
    logger = logging.getLogger("synthlens")
    if not any(isinstance(handler, ConsoleLog) for handler in logger.handlers):
        logger.addHandler(ConsoleLog())
    logger.setLevel(logging.INFO)
