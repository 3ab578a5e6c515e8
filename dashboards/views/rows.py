"""Rows: every row with every analysis column, searchable and sortable, and one row's whole conversation."""

import json
from typing import Any

import polars as pl
import streamlit as st

from synthlens.dashboard import queries
from synthlens.dashboard.data import RunData
from views import common

PAGE_ROWS = 200


@common.run_cached
def _search(data: RunData, text: str, sort_by: str | None, descending: bool) -> pl.DataFrame:
    return queries.search_rows(data.table, text, sort_by, descending)


def render(data: RunData) -> None:
    st.header("Rows")
    search, sort, order = st.columns([3, 2, 1])
    text = search.text_input("Search instruction and response", key="rows_search")
    sortable = [column for column in queries.table_columns(data.table) if _sortable(data.table.schema[column])]
    sort_by = sort.selectbox("Sort by", ["(file order)", *sortable], key="rows_sort")
    descending = order.toggle("Descending", key="rows_desc")
    found = _search(data, text, None if sort_by == "(file order)" else sort_by, descending)
    pages = max(1, (found.height - 1) // PAGE_ROWS + 1)
    page = st.number_input(f"Page (of {pages:,})", 1, pages, 1, key="rows_page") if pages > 1 else 1
    shown = found.slice((int(page) - 1) * PAGE_ROWS, PAGE_ROWS).select(queries.table_columns(found))
    st.caption(f"{found.height:,} of {data.table.height:,} rows match. Select a row to read it in full.")
    event = st.dataframe(
        shown, hide_index=True, height=420, key="rows_table", on_select="rerun", selection_mode="single-row"
    )
    _detail(data, shown, event)


def _sortable(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() or dtype in (pl.String, pl.Boolean)


def _detail(data: RunData, shown: pl.DataFrame, event: Any) -> None:
    st.subheader("Row detail")
    typed = st.text_input("Open a row by id", key="rows_open_id").strip()
    picked = (event or {}).get("selection", {}).get("rows", []) if event else []
    if typed:
        row_id = typed
    elif picked and picked[0] < shown.height:
        row_id = shown["id"][picked[0]]
    elif shown.height:
        row_id = shown["id"][0]
    else:
        return
    row = queries.row_by_id(data.table, row_id)
    if row is None:
        st.warning("No row has that id.")
        return
    _conversation(row)
    st.markdown("**Every column**")
    fields = [(name, _cell(value)) for name, value in row.items() if name != "conversation"]
    st.dataframe(pl.DataFrame(fields, schema=["column", "value"], orient="row"), hide_index=True, height=420)


def _conversation(row: dict[str, Any]) -> None:
    st.caption(f"id {common.plain(row['id'])} · source {common.plain(row.get('source'))} · row {row.get('row_index')}")
    if row.get("system"):
        st.caption("system")
        common.show_text(row["system"])
    for turn in row.get("conversation") or []:
        st.caption(common.plain(turn.get("role")))
        common.show_text(turn.get("content"))


def _cell(value: Any) -> str:
    """A value as one line of text for the all-columns table."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
