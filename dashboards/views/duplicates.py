"""Duplicates and neighbours: near-duplicate groups largest first, members side by side with their
similarities; a threshold slider that re-groups from the stored neighbour lists; any row's neighbours."""

import polars as pl
import streamlit as st

from synthlens.dashboard import neighbours
from synthlens.dashboard.data import RunData
from views import common

GROUPS_PER_PAGE = 8
MEMBERS_SHOWN = 4
RESPONSE_CHARS = 400


@common.run_cached
def _stored_groups(data: RunData) -> pl.DataFrame:
    return neighbours.duplicate_groups(data.table)


def render(data: RunData) -> None:
    st.header("Duplicates and neighbours")
    if not data.has("dup_group"):
        common.note_missing(data, "near-duplicate groups", "dedup")
    else:
        groups = _stored_groups(data)
        going = int(groups["size"].sum() - groups.height)
        st.metric("Rows that near-duplicate removal would drop", f"{going:,}", help="all but one row per group")
        _groups(data, groups)
    st.subheader("Nearest neighbours of a row")
    if not data.has("nn_ids", "nn_sims"):
        common.note_missing(data, "neighbour lists", "neighbors")
        return
    _row_neighbours(data)


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
            role = "representative" if row_id == representative else _similarity_text(similarity.get(row_id))
            st.caption(f"{role} · id {common.plain(row_id)}")
            common.show_text(rows[row_id]["instruction"])
            st.caption("response")
            common.show_text((rows[row_id].get("response") or "")[:RESPONSE_CHARS])
    if len(ids) > MEMBERS_SHOWN:
        st.caption(f"…and {len(ids) - MEMBERS_SHOWN} more rows in group {common.plain(group)}.")


def _similarity_text(value: float | None) -> str:
    return "similarity not in the neighbour lists" if value is None else f"similarity {value:.3f}"


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
