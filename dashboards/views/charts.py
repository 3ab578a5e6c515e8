"""Plotly figures the views share. Text that came from the data is HTML-escaped before Plotly sees it,
since Plotly reads a small set of tags in labels and hover text."""

import html
from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go
import polars as pl
import streamlit as st

CHART_HEIGHT = 280
MARGIN = {"l": 10, "r": 10, "t": 36, "b": 10}


def escape(values: Sequence[Any]) -> list[str]:
    """Data values as inert Plotly text (Plotly shows entities as the characters they stand for)."""
    return [html.escape(str(value), quote=False) for value in values]


def bar_chart(
    counts: pl.DataFrame, label: str, value: str, title: str, key: str | None = None, horizontal: bool = False
) -> Any:
    """A bar per label; with a key, clicking a bar reruns the app with the bar's label in the event."""
    labels = counts[label].to_list()
    axis = (
        {"y": escape(labels), "x": counts[value].to_list()}
        if horizontal
        else {"x": escape(labels), "y": counts[value].to_list()}
    )
    figure = go.Figure(go.Bar(**axis, customdata=labels, orientation="h" if horizontal else "v"))
    height = max(CHART_HEIGHT, 22 * len(labels) + 60) if horizontal else CHART_HEIGHT
    figure.update_layout(title=title, height=height, margin=MARGIN, showlegend=False)
    if horizontal:
        figure.update_yaxes(autorange="reversed")
    if key is None:
        st.plotly_chart(figure, key=None)
        return None
    return st.plotly_chart(figure, key=key, on_select="rerun", selection_mode=("points",))


def histogram_chart(bins: pl.DataFrame, title: str, x_title: str) -> None:
    """Pre-binned counts as touching bars (the browser receives the bins, not every row)."""
    middles = ((bins["start"] + bins["end"]) / 2).to_list()
    widths = (bins["end"] - bins["start"]).to_list()
    figure = go.Figure(go.Bar(x=middles, y=bins["rows"].to_list(), width=widths))
    figure.update_layout(title=title, height=CHART_HEIGHT, margin=MARGIN, bargap=0, xaxis_title=x_title)
    st.plotly_chart(figure)


def clicked_labels(event: Any) -> list[str]:
    """The raw labels of the bars a chart event selected (read from customdata, not the escaped text)."""
    if not event:
        return []
    points = event["selection"]["points"]
    return [str(point["customdata"]) for point in points if point.get("customdata") is not None]
