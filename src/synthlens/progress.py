"""Progress reporting: the library calls one callback; the CLI and dashboard decide how to show it."""

from collections.abc import Callable

# (task, done, total) -> None; total is None when unknown.
ProgressFn = Callable[[str, int, int | None], None]


def silent(task: str, done: int, total: int | None) -> None:
    """The default: report nothing."""
