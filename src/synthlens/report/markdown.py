"""The report as Markdown, for a dataset card or a pull request. Dataset text is escaped so that no link,
image, HTML tag or emphasis in it takes effect; charts become tables, images are left out (a note says so)."""

import re

import polars as pl

from synthlens.report.blocks import Bars, Block, Code, Examples, Image, Section, Table, Text
from synthlens.report.html import cell

_SPECIAL = re.compile(r"([\\`*_\[\]|~#$])")  # what can start emphasis, code, a link, a table cell or math


def render_markdown(title: str, sections: list[Section]) -> str:
    parts = [f"# {escape_markdown(title)}\n"]
    for section in sections:
        parts.append(f"## {escape_markdown(section.title)}\n")
        parts += [_block(block) for block in section.blocks]
    return "\n".join(parts)


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as written: HTML signs as entities, every Markdown sign backslash-escaped."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _block(block: Block) -> str:
    if isinstance(block, Text):
        return escape_markdown(block.text) + "\n"
    if isinstance(block, Table):
        caption = f"**{escape_markdown(block.caption)}**\n\n" if block.caption else ""
        return caption + _table(block.frame)
    if isinstance(block, Bars):
        frame = pl.DataFrame({block.title: block.labels, "rows": block.values})
        return _table(frame)
    if isinstance(block, Image):
        return f"*{escape_markdown(block.alt)}: in the HTML report.*\n"
    if isinstance(block, Examples):
        return (
            "\n".join(
                f"- **{escape_markdown(h)}**: " + " / ".join(map(escape_markdown, rows)) for h, rows in block.groups
            )
            + "\n"
        )
    assert isinstance(block, Code)
    fence = "~~~~"  # a fence no recipe line starts with
    return f"{fence}yaml\n{block.text.rstrip()}\n{fence}\n"


def _table(frame: pl.DataFrame) -> str:
    header = "| " + " | ".join(escape_markdown(str(column)) for column in frame.columns) + " |"
    rule = "|" + "|".join("---:" if frame[c].dtype.is_numeric() else "---" for c in frame.columns) + "|"
    rows = ["| " + " | ".join(escape_markdown(cell(value)) for value in row) + " |" for row in frame.iter_rows()]
    return "\n".join([header, rule, *rows]) + "\n"
