"""The report as one self-contained HTML file: inline CSS, charts as inline SVG, images as data: URLs, and no
script at all. Every piece of text is escaped, and a Content-Security-Policy forbids scripts and any network
request, so dataset text can never execute or call out even if a browser misread it."""

import base64
from html import escape

import polars as pl

from synthlens.report import svg
from synthlens.report.blocks import Bars, Block, Code, Examples, Image, Section, Table, Text

POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .8em 0; font-size: 13px; }
th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
pre, .row { white-space: pre-wrap; word-break: break-word; background: #f6f6f6; padding: 6px 8px; margin: 4px 0; }
nav a { margin-right: 1em; } img { max-width: 100%; } svg text { font: 12px system-ui, sans-serif; }
"""


def render_html(title: str, sections: list[Section]) -> str:
    """The whole page."""
    links = " ".join(f'<a href="#{escape(s.anchor)}">{escape(s.title)}</a>' for s in sections)
    body = "\n".join(_section(section) for section in sections)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n<nav>{links}</nav>\n{body}\n</body>\n</html>\n"
    )


def _section(section: Section) -> str:
    blocks = "\n".join(_block(block) for block in section.blocks)
    return f'<section id="{escape(section.anchor)}">\n<h2>{escape(section.title)}</h2>\n{blocks}\n</section>'


def _block(block: Block) -> str:
    if isinstance(block, Text):
        return f"<p>{escape(block.text)}</p>"
    if isinstance(block, Table):
        return _table(block.frame, block.caption)
    if isinstance(block, Bars):
        return f"<figure>{svg.bar_chart(block.title, block.labels, block.values)}</figure>"
    if isinstance(block, Image):
        data = base64.b64encode(block.png).decode("ascii")
        return f'<figure><img alt="{escape(block.alt)}" src="data:image/png;base64,{data}"></figure>'
    if isinstance(block, Examples):
        return "\n".join(_example(heading, rows) for heading, rows in block.groups)
    assert isinstance(block, Code)
    return f"<pre>{escape(block.text)}</pre>"


def _example(heading: str, rows: list[str]) -> str:
    shown = "".join(f'<div class="row">{escape(row)}</div>' for row in rows)
    return f"<h3>{escape(heading)}</h3>\n{shown}"


def _table(frame: pl.DataFrame, caption: str) -> str:
    numeric = [frame[column].dtype.is_numeric() for column in frame.columns]
    head = "".join(f"<th>{escape(str(column))}</th>" for column in frame.columns)
    lines = []
    for row in frame.iter_rows():
        cells = (
            f"<td{' class=n' if n else ''}>{escape(cell(value))}</td>" for value, n in zip(row, numeric, strict=True)
        )
        lines.append(f"<tr>{''.join(cells)}</tr>")
    title = f"<caption>{escape(caption)}</caption>" if caption else ""
    return f"<table>{title}<thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"


def cell(value: object) -> str:
    """A table value as text: thousands separators, three decimals, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:,.3f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        return ", ".join(cell(item) for item in value)
    return str(value)
