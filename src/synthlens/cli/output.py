"""Helpers the commands share to show tables and progress in the terminal."""

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


def print_table(frame: "pl.DataFrame", title: str | None = None) -> None:
    table = Table(title=title)
    for column in frame.columns:
        table.add_column(column, justify="right" if frame[column].dtype.is_numeric() else "left")
    for row in frame.iter_rows():
        table.add_row(*[_format(value) for value in row])
    console.print(table)


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
    """A rich progress display driven by the library's progress callback, one bar per task, with rows/s."""
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=True) as bars:
        tasks: dict[str, int] = {}

        def report(task: str, done: int, total: int | None) -> None:
            if task not in tasks:
                tasks[task] = bars.add_task(task, total=total)
            bars.update(tasks[task], completed=done, total=total)

        yield report
