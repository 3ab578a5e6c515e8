"""Compare runs: this run (A) against a second one (B): rows same, changed, removed and added, distribution
shifts with their tests, duplicates and diversity side by side, clusters that grew or shrank, edited rows."""

from pathlib import Path

import plotly.graph_objects as go
import polars as pl
import streamlit as st

from synthlens.dashboard.data import RunData, run_signature
from synthlens.errors import SynthlensError
from views import charts, common


@st.cache_resource(max_entries=2, show_spinner="Comparing the runs…")
def _compare(path_a: str, signature_a: str, path_b: str, signature_b: str):  # -> (Comparison, examples)
    from synthlens.compare import changed_examples, compare_runs
    from synthlens.workspace import Workspace

    ws_a, ws_b = Workspace.open(path_a), Workspace.open(path_b)
    comparison = compare_runs(ws_a, ws_b)
    columns = ["id", "instruction"]
    return comparison, changed_examples(comparison, ws_a.rows(columns), ws_b.rows(columns))


def render(data: RunData) -> None:
    st.header("Compare runs")
    other = st.text_input("Run to compare with (B)", key="compare", bind="query-params", placeholder="runs/v2")
    if not other.strip():
        st.info("Enter the folder of a second run (e.g. a new version of this dataset); both need embeddings")
        return
    path_b = str(Path(other.strip()).expanduser().resolve())
    try:
        comparison, examples = _compare(str(data.root), data.signature, path_b, run_signature(path_b))
    except SynthlensError as error:
        st.error(str(error))
        return
    _counts(comparison.counts, comparison.options["threshold"])
    st.subheader("Side by side")
    st.dataframe(comparison.side_by_side, hide_index=True, key="compare_side")
    st.subheader("Distribution shifts")
    st.caption("A low p-value means the two distributions differ; the tagger of each side is named.")
    st.dataframe(comparison.tests, hide_index=True, key="compare_tests")
    _tag_chart(comparison.tags)
    _clusters(comparison.clusters)
    st.subheader("Changed rows")
    common.show_rows(examples, key="compare_examples")


def _counts(counts: dict[str, int], threshold: float) -> None:
    names = ("same", "changed", "removed", "added")
    for column, name in zip(st.columns(4), names, strict=True):
        column.metric(f"rows {name}", f"{counts[name]:,}")
    st.caption(
        f"A has {counts['rows_a']:,} rows, B {counts['rows_b']:,}. Changed: {counts['changed_same_id']:,} kept their"
        f" id, {counts['changed_near_duplicate']:,} were matched as near-duplicates (cosine ≥ {threshold})."
    )


def _tag_chart(tags: pl.DataFrame) -> None:
    columns = tags["column"].unique(maintain_order=True).to_list()
    if not columns:
        return
    column = st.selectbox("Tag", columns, key="compare_tag")
    part = tags.filter(pl.col("column") == column)
    labels = charts.escape(part["value"].to_list())
    bars = [go.Bar(x=labels, y=part[f"{side}_share"].to_list(), name=side.upper()) for side in ("a", "b")]
    figure = go.Figure(bars)
    figure.update_layout(barmode="group", height=charts.CHART_HEIGHT, margin=charts.MARGIN, yaxis_tickformat=".0%")
    st.plotly_chart(figure, key="compare_tag_chart")


def _clusters(clusters: pl.DataFrame) -> None:
    st.subheader("Clusters that grew or shrank")
    st.caption("One k-means fitted on both runs' rows, so a cluster is the same region on both sides.")
    labels = charts.escape([f"{c}: {label}" for c, label in zip(clusters["cluster"], clusters["label"], strict=True)])
    figure = go.Figure(go.Bar(y=labels, x=clusters["share_change"].to_list(), orientation="h"))
    height = max(charts.CHART_HEIGHT, 22 * clusters.height + 60)
    figure.update_layout(height=height, margin=charts.MARGIN, xaxis_tickformat="+.1%", xaxis_title="share B − share A")
    figure.update_yaxes(autorange="reversed")
    st.plotly_chart(figure, key="compare_clusters_chart")
    st.dataframe(clusters, hide_index=True, key="compare_clusters")
