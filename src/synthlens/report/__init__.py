"""A report to share: one self-contained HTML file (or Markdown) with what a reviewer needs about a run.

write_report(Workspace.open("runs/demo"), "report.html")

- `sections`: summary, duplicates, coverage, tags with their provenance, unsafe rows.
- `history`: the filter funnel, the selection, the commands and versions that produced the run.
- `blocks`: the parts a section is made of; `html` and `markdown` write them, `svg` draws bar charts.
"""

from pathlib import Path

from synthlens import atomic
from synthlens.report.blocks import Section
from synthlens.report.history import funnel_section, provenance_section, selection_section
from synthlens.report.html import render_html
from synthlens.report.markdown import render_markdown
from synthlens.report.sections import (
    coverage_section,
    duplicates_section,
    summary_section,
    tags_section,
    unsafe_section,
)
from synthlens.workspace import Workspace

__all__ = ["SECTION_TITLES", "build_sections", "render_html", "render_markdown", "write_report"]
SECTION_TITLES = ("Summary", "Duplicates", "Coverage", "Tags", "Unsafe rows", "Filter funnel", "Selection")
SECTION_TITLES += ("Provenance",)


def build_sections(ws: Workspace) -> tuple[str, list[Section]]:
    """The report's title and sections for a run (the funnel and selection only when the run has them)."""
    from synthlens.dashboard.data import load_run

    data = load_run(ws.root)
    sources = ", ".join(sorted(data.table["source"].drop_nulls().unique().to_list())) or ws.root.name
    built = [summary_section(data), duplicates_section(data), coverage_section(data), tags_section(data)]
    built += [unsafe_section(data), funnel_section(data), selection_section(data), provenance_section(data)]
    return f"synthlens report: {sources}", [section for section in built if section is not None]


def write_report(ws: Workspace, out: str | Path | None = None, markdown: bool = False) -> Path:
    """Write the report (default: report.html or report.md in the run folder) atomically; returns its path."""
    target = Path(out) if out else ws.root / ("report.md" if markdown else "report.html")
    title, sections = build_sections(ws)
    text = render_markdown(title, sections) if markdown else render_html(title, sections)
    with atomic.atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target
