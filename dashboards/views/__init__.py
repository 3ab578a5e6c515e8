"""One module per dashboard view; each exposes render(data). The sidebar lists them by these names, which
are also the `?view=` values of the page address."""

from collections.abc import Callable

from synthlens.dashboard.data import RunData
from views import compare, coverage_map, duplicates, export, judgments, overview, rows, select_report

VIEWS: dict[str, Callable[[RunData], None]] = {
    "Overview": overview.render,
    "Map": coverage_map.render,
    "Duplicates": duplicates.render,
    "Judgments": judgments.render,
    "Rows": rows.render,
    "Filter & export": export.render,
    "Select & report": select_report.render,
    "Compare runs": compare.render,
}
