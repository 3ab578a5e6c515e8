"""Duplicates and neighbours: near-duplicate groups largest first, members side by side with their
similarities; a threshold slider that re-groups from the stored neighbour lists; any row's neighbours."""

import plotly.graph_objects as go
import polars as pl
import streamlit as st

from synthlens.dashboard import neighbours
from synthlens.dashboard.data import RunData
from views import charts, common

GROUPS_PER_PAGE = 8
MEMBERS_SHOWN = 4
RESPONSE_CHARS = 400


@common.run_cached
def _stored_groups(data: RunData) -> pl.DataFrame:
    return neighbours.duplicate_groups(data.table)


@common.run_cached
def _groups_at(data: RunData, threshold: float, keep: str) -> pl.DataFrame:
    return neighbours.duplicate_groups(data.table, neighbours.regroup(data.table, threshold, keep))


@common.run_cached
def _sweep(data: RunData, floor: float) -> pl.DataFrame:
    return neighbours.sweep(data.table, floor)


def render(data: RunData) -> None:
    st.header("Duplicates and neighbours")
    if data.has("dup_link_id", "dup_link_sim"):
        groups = _threshold_groups(data)
    elif data.has("dup_group"):
        groups = _stored_groups(data)
        st.caption("This run's neighbour lists predate the stored links; re-run `synthlens neighbors` to re-group.")
    else:
        groups = None
        common.note_missing(data, "near-duplicate groups", "dedup")
    if groups is not None:
        going = int(groups["size"].sum() - groups.height)
        share = going / data.table.height if data.table.height else 0.0
        st.metric("Rows that would go (all but one per group)", f"{going:,} ({share:.1%})")
        _groups(data, groups)
    st.subheader("Nearest neighbours of a row")
    if not data.has("nn_ids", "nn_sims"):
        common.note_missing(data, "neighbour lists", "neighbors")
        return
    _row_neighbours(data)


def _threshold_groups(data: RunData) -> pl.DataFrame:
    """The slider: groups re-computed from the stored links at the chosen similarity threshold."""
    floor, stored, keep = neighbours.dedup_settings(data.manifest)
    threshold = st.slider(
        "Near-duplicate threshold (cosine similarity)", floor, 1.0, round(stored, 2), 0.01, key="dup_threshold"
    )
    sweep = _sweep(data, floor)
    figure = go.Figure(
        go.Scatter(x=sweep["threshold"].to_list(), y=sweep["rows_removed"].to_list(), mode="lines+markers")
    )
    figure.add_vline(x=threshold, line_dash="dash")
    figure.update_layout(title="rows removed by threshold", height=charts.CHART_HEIGHT, margin=charts.MARGIN)
    st.plotly_chart(figure)
    st.caption(f"Groups are connected components of the stored links (keep policy: {keep}), as `synthlens dedup`.")
    return _groups_at(data, float(threshold), keep)


def _groups(data: RunData, groups: pl.DataFrame) -> None:
    st.caption(f"{groups.height:,} groups of two or more rows, largest first.")
    if groups.is_empty():
        return
    pages = (groups.height - 1) // GROUPS_PER_PAGE + 1
    page = st.number_input("Page", min_value=1, max_value=pages, value=1, key="dup_page") if pages > 1 else 1
    start = (int(page) - 1) * GROUPS_PER_PAGE
    for rank, (group, size, ids) in enumerate(groups.slice(start, GROUPS_PER_PAGE).iter_rows(), start=start + 1):
        with st.expander(f"Group {rank} · {size} rows", expanded=rank == start + 1):
            _members(data, ids, group)


def _members(data: RunData, ids: list[str], group: str) -> None:
    representative, others = ids[0], ids[1:]
    similarity = neighbours.pair_similarities(data.table, representative, others)
    shown = ids[:MEMBERS_SHOWN]
    rows = {row["id"]: row for row in data.table.filter(pl.col("id").is_in(shown)).iter_rows(named=True)}
    for column, row_id in zip(st.columns(len(shown)), shown, strict=True):
        with column:
            role = "representative" if row_id == representative else _similarity_text(rows[row_id], similarity)
            st.caption(f"{role} · id {common.plain(row_id)}")
            common.show_text(rows[row_id]["instruction"])
            st.caption("response")
            common.show_text((rows[row_id].get("response") or "")[:RESPONSE_CHARS])
    if len(ids) > MEMBERS_SHOWN:
        st.caption(f"…and {len(ids) - MEMBERS_SHOWN} more rows in group {common.plain(group)}.")


def _similarity_text(row: dict, to_representative: dict[str, float]) -> str:
    """How close a member is: to the representative when the neighbour lists hold that pair, else the link
    that joined it to the group."""
    if row["id"] in to_representative:
        return f"similarity {to_representative[row['id']]:.3f} to the representative"
    if row.get("dup_link_id") is not None and row.get("dup_link_sim") is not None:
        return f"linked to {common.plain(row['dup_link_id'])} at {row['dup_link_sim']:.3f}"
    return "similarity not in the neighbour lists"


def _row_neighbours(data: RunData) -> None:
    default = data.table["id"][0]
    row_id = st.text_input("Row id", value=default, key="nn_row_id").strip()
    found = data.table.filter(pl.col("id") == row_id)
    if found.is_empty():
        st.warning(f"No row has id {common.plain(row_id)}.")
        return
    common.show_text(found["instruction"][0])
    st.markdown("**In the dataset**")
    common.show_rows(neighbours.neighbours(data.table, row_id), key="nn_table", height=240)
    _baseline_neighbours(data, row_id)


@common.run_cached
def _baseline_vectors(data: RunData, model: str) -> dict:
    from synthlens.embed import make_embedder

    return neighbours.baseline_vectors(data.baselines, make_embedder(model))


def _baseline_neighbours(data: RunData, row_id: str) -> None:
    st.markdown("**In each baseline**")
    model = neighbours.embedding_model(data.manifest)
    if data.baselines is None or model is None:
        common.note_missing(data, "baselines", "coverage")
        return
    query = neighbours.row_vector(data.root, model, data.table, row_id)
    if query is None:
        st.info(f"No stored embedding for this row: run `synthlens embed {data.root}`")
        return
    if not st.toggle("Search the baselines", key="nn_baselines"):
        st.caption("Reads the baselines' vectors from the embedding cache `synthlens coverage` filled.")
        return
    with st.spinner("Reading the baselines' embeddings…"):
        vectors = _baseline_vectors(data, model)
    common.show_rows(neighbours.nearest_baseline_rows(query, data.baselines, vectors), key="nn_baselines_table")
