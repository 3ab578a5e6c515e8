"""Map: the 2-D projection, the dataset over its baselines; a box or lasso selection lists the rows it covers
and can become part of the recipe (drop these, or keep only these)."""

from typing import Any

import numpy as np
import plotly.graph_objects as go
import polars as pl
import streamlit as st

from synthlens.dashboard import geometry
from synthlens.dashboard.data import RunData
from views import charts, common

SEED = 0
POINT_LIMITS = (10_000, 25_000, 50_000, 100_000, geometry.MAX_DRAWN_POINTS)
DEFAULT_LIMIT = 25_000  # enough to read the map's shape; drawing more is slower on machines without a GPU
HOVER_CHARS = 90
LISTED_ROWS = 1_000
BASELINE_GREY = "rgba(128, 128, 128, 0.35)"  # baselines only: the dataset's labels never get grey
SELECTION_PARAM = "map_selection"


@common.run_cached
def _points(data: RunData, colour: str) -> pl.DataFrame:
    return geometry.map_points(data.table, data.baselines, colour)


@common.run_cached
def _drawn(data: RunData, colour: str, limit: int) -> pl.DataFrame:
    return geometry.stratified_sample(_points(data, colour), limit, SEED)


def render(data: RunData) -> None:
    st.header("Map")
    if not data.has("x", "y"):
        common.note_missing(data, "projection", "coverage")
        return
    if data.baselines is None:
        st.caption("No baseline points stored with this run; the map shows the dataset alone.")
    chart, controls = st.columns([4, 1])
    colour = controls.selectbox("Colour by", geometry.colour_options(data.table), key="map_colour")
    limit = controls.select_slider(
        "Points drawn at most", POINT_LIMITS, value=DEFAULT_LIMIT, key="map_limit", bind="query-params"
    )
    points, drawn = _points(data, colour), _drawn(data, colour, limit)
    with chart:
        event = st.plotly_chart(
            _figure(drawn, colour), key="map_chart", on_select="rerun", selection_mode=("points", "box", "lasso")
        )
    st.caption(_sampling_note(points, drawn))
    if data.coverage_metrics is not None:
        st.markdown("**Coverage and diversity per source** (from `synthlens coverage`)")
        st.dataframe(data.coverage_metrics, hide_index=True)
    _selection(data, event)
    common.manual_ids_panel(data)


def _sampling_note(points: pl.DataFrame, drawn: pl.DataFrame) -> str:
    if drawn.height == points.height:
        return f"All {points.height:,} points drawn. Box or lasso select (toolbar) to list rows."
    return (
        f"Drawn: {drawn.height:,} of {points.height:,} points, a seeded sample (seed {SEED}) of each source in"
        " proportion to its size. A box or lasso selection covers every row inside it, drawn or not."
    )


def _figure(drawn: pl.DataFrame, colour: str) -> go.Figure:
    traces = []
    context = drawn.filter(pl.col("colour").is_null())
    for (source,), part in context.group_by("source", maintain_order=True):
        traces.append(_trace(part, charts.escape([source])[0], {"color": BASELINE_GREY, "size": 3}))
    coloured = drawn.filter(pl.col("colour").is_not_null())
    if coloured.schema["colour"].is_numeric():
        marker = {"color": coloured["colour"].to_numpy(), "colorscale": "Viridis", "showscale": True, "size": 4}
        traces.append(_trace(coloured, colour, marker | {"colorbar": {"title": {"text": colour}}}))
    else:
        labels = coloured["colour"].value_counts(sort=True)["colour"].to_list()
        for label, colour in geometry.label_colours(labels).items():
            part = coloured.filter(pl.col("colour") == label)
            traces.append(_trace(part, charts.escape([label])[0], {"color": colour, "size": 4, "opacity": 0.8}))
    figure = go.Figure(traces)
    figure.update_layout(height=640, margin=charts.MARGIN, dragmode="lasso", legend={"itemsizing": "constant"})
    figure.update_xaxes(showticklabels=False)
    figure.update_yaxes(showticklabels=False, scaleanchor="x")
    return figure


def _trace(part: pl.DataFrame, name: str, marker: dict[str, Any]) -> go.Scattergl:
    # Object arrays, not lists: Plotly validates a list item by item, which costs seconds at 150K points.
    hover = np.array(charts.escape(part["instruction"].str.slice(0, HOVER_CHARS).to_list()), dtype=object)
    return go.Scattergl(
        x=part["x"].to_numpy(),
        y=part["y"].to_numpy(),
        mode="markers",
        name=name,
        marker=marker,
        customdata=part["id"].to_numpy().astype(object),
        hovertext=hover,
        hoverinfo="text+name",
        hoverlabel={"namelength": -1},  # a cut name could end inside an escaped sign
    )


def _kept_selection(event: Any) -> dict[str, Any]:
    """The chart's selection, kept in the page address (?map_selection=) so that a reload brings it back."""
    selection = dict(event["selection"]) if event else {}
    shapes = selection.get("box") or selection.get("lasso")
    if not st.session_state.get("map_selection_restored"):
        st.session_state["map_selection_restored"] = True
        if not shapes and SELECTION_PARAM in st.query_params:
            return geometry.selection_from_text(st.query_params[SELECTION_PARAM])
    if shapes:
        st.query_params[SELECTION_PARAM] = geometry.selection_to_text(selection)
    elif SELECTION_PARAM in st.query_params:
        del st.query_params[SELECTION_PARAM]
    return selection


def _selection(data: RunData, event: Any) -> None:
    selection = _kept_selection(event)
    if not (selection.get("box") or selection.get("lasso") or selection.get("points")):
        return
    on_map = data.table.filter(pl.col("x").is_not_null())
    ids = geometry.ids_in_selection(on_map.select("id", "x", "y"), selection)
    baseline_hits = 0
    if data.baselines is not None and geometry.selection_polygons(selection):
        baseline_hits = len(geometry.ids_in_selection(data.baselines, selection))
    st.subheader(
        f"Selected: {len(ids):,} rows" + (f" (and {baseline_hits:,} baseline points)" if baseline_hits else "")
    )
    if not ids:
        return
    shown = [
        c for c in ("id", "instruction", "source", "cluster_label", "task_category", "input_quality") if data.has(c)
    ]
    selected = data.table.filter(pl.col("id").is_in(ids)).select(shown)
    common.show_rows(selected.head(LISTED_ROWS), key="map_selected_rows")
    if len(ids) > LISTED_ROWS:
        st.caption(f"Listing the first {LISTED_ROWS:,}; the buttons below act on all {len(ids):,}.")
    drop, keep = st.columns(2)
    if drop.button(f"Drop these {len(ids):,} rows", key="map_drop"):
        common.add_manual_ids(data, "drop", ids)
        st.toast(f"{len(ids):,} rows added to the recipe's drop list")
    if keep.button(f"Keep only these {len(ids):,} rows", key="map_keep"):
        common.add_manual_ids(data, "keep", ids)
        st.toast(f"{len(ids):,} rows added to the recipe's keep list")
