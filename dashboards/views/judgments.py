"""Judgments: tag distributions (click a bar to list its rows), cross-tabs, unsafe rows, reward histograms."""

import polars as pl
import streamlit as st

from synthlens.dashboard import queries, summary
from synthlens.dashboard.data import TAG_COLUMNS, TAG_TITLES, RunData
from views import charts, common

CROSSTABS = (("task_category", "difficulty"), ("input_quality", "task_category"))
REWARD_COLUMNS = ("instruct_reward", "reward_score", "helpfulness", "correctness", "coherence", "complexity")
REWARD_COLUMNS += ("verbosity",)
LISTED_ROWS = 500
LIST_COLUMNS = ("id", "instruction", "task_category", "input_quality", "difficulty", "language", "instruct_reward")


def render(data: RunData) -> None:
    st.header("Judgments")
    _distributions(data)
    _crosstabs(data)
    _unsafe(data)
    _rewards(data)


def _distributions(data: RunData) -> None:
    st.subheader("Tag distributions")
    st.caption("Click a bar to list its rows.")
    clicked: list[tuple[str, str]] = []
    columns = st.columns(2)
    for index, (column, stage) in enumerate(TAG_COLUMNS.items()):
        with columns[index % 2]:
            if not data.has(column):
                common.note_missing(data, TAG_TITLES[column], stage)
                continue
            counts = queries.label_counts(data.table, column)
            event = charts.bar_chart(counts, "value", "rows", column, key=f"bars_{column}", horizontal=True)
            _provenance_note(data, column)
            clicked += [(column, label) for label in charts.clicked_labels(event)]
    for column, label in clicked:
        rows = queries.rows_with_label(data.table, column, label)
        st.markdown(f"**Rows where `{column}` is the clicked label** ({rows.height:,})")
        common.show_text(label)
        common.show_rows(rows.select(_list_columns(data)).head(LISTED_ROWS), key=f"bar_rows_{column}")


def _provenance_note(data: RunData, column: str) -> None:
    note = summary.tag_note(data, column)
    if note:
        st.caption(common.plain(note))


def _list_columns(data: RunData) -> list[str]:
    return [column for column in LIST_COLUMNS if data.has(column)]


def _crosstabs(data: RunData) -> None:
    st.subheader("Cross-tabs")
    for rows, columns in CROSSTABS:
        if data.has(rows, columns):
            st.markdown(f"**{rows} × {columns}** (rows)")
            st.dataframe(queries.crosstab(data.table, rows, columns), hide_index=True)
        else:
            missing = next(c for c in (rows, columns) if not data.has(c))
            common.note_missing(data, f"{rows} × {columns} cross-tab", TAG_COLUMNS[missing])


def _unsafe(data: RunData) -> None:
    st.subheader("Unsafe rows")
    if not data.has("is_safe"):
        common.note_missing(data, "safety judgments", "safety")
        return
    unsafe = data.table.filter(pl.col("is_safe").not_())
    st.caption(f"{unsafe.height:,} rows judged unsafe.")
    if unsafe.is_empty():
        return
    if data.has("hazard_categories"):
        hazards = unsafe.select(pl.col("hazard_categories").explode().alias("hazard")).drop_nulls()
        counts = (
            hazards.group_by("hazard").agg(pl.len().alias("rows")).sort(["rows", "hazard"], descending=[True, False])
        )
        if counts.height:
            charts.bar_chart(counts, "hazard", "rows", "hazard categories among unsafe rows")
        uncoded = unsafe.filter(pl.col("hazard_categories").list.len().fill_null(0) == 0).height
        if uncoded:
            st.caption(f"{uncoded:,} unsafe rows have no hazard code: the judge was not sure which one applies.")
    shown = [c for c in ("id", "instruction", "hazard_categories", "hazard_names") if data.has(c)]
    common.show_rows(unsafe.select(shown).head(LISTED_ROWS), key="unsafe_rows")


def _rewards(data: RunData) -> None:
    st.subheader("Rewards")
    present = [column for column in REWARD_COLUMNS if data.has(column)]
    if not present:
        common.note_missing(data, "reward scores", "reward")
        return
    columns = st.columns(2)
    for index, column in enumerate(present):
        with columns[index % 2]:
            charts.histogram_chart(queries.histogram(data.table[column], clip_quantile=1.0), column, column)
