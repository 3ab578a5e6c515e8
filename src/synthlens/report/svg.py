"""Bar charts as inline SVG: no script, no external file; every label is escaped as XML text."""

from html import escape

ROW_HEIGHT = 22
LABEL_WIDTH = 230
BAR_WIDTH = 380
LABEL_CHARS = 34


def bar_chart(title: str, labels: list[str], values: list[float]) -> str:
    """Horizontal bars with the label on the left and the value on the right."""
    largest = max([float(value) for value in values] + [1e-12])
    height = ROW_HEIGHT * len(labels) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{LABEL_WIDTH + BAR_WIDTH + 80}" height="{height}"'
        f' role="img" aria-label="{escape(title)}">',
        f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>',
    ]
    for row, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 24 + row * ROW_HEIGHT
        width = BAR_WIDTH * float(value) / largest
        shown = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
        parts += [
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 14}" text-anchor="end">{escape(shown)}</text>',
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width:.1f}" height="{ROW_HEIGHT - 6}" fill="#4c72b0"/>',
            f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{y + 14}">{_number(value)}</text>',
        ]
    return "\n".join([*parts, "</svg>"])


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.3f}"
