"""What a report is made of, independent of how it is written: sections of text, tables, bar charts, images,
row examples and code. The HTML and Markdown writers each render these; dataset text stays plain data here."""

from dataclasses import dataclass, field

import polars as pl


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Table:
    frame: pl.DataFrame
    caption: str = ""


@dataclass(frozen=True)
class Bars:
    """Horizontal bars, one per label (an inline SVG in HTML, a table in Markdown)."""

    title: str
    labels: list[str]
    values: list[float]


@dataclass(frozen=True)
class Image:
    png: bytes
    alt: str


@dataclass(frozen=True)
class Examples:
    """Rows of the dataset shown as text, grouped under a heading each (a duplicate group, an unsafe row)."""

    groups: list[tuple[str, list[str]]]


@dataclass(frozen=True)
class Code:
    text: str


Block = Text | Table | Bars | Image | Examples | Code


@dataclass(frozen=True)
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "-".join(self.title.lower().split())


def clip(text: str | None, limit: int = 300) -> str:
    """Dataset text cut to a readable length."""
    text = "" if text is None else str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
