"""Overview: size, formats, turns, lengths, duplicates, tag mix, who tagged what, and where it all came from."""

import polars as pl
import streamlit as st

from synthlens.dashboard import queries, summary
from synthlens.dashboard.data import TAG_COLUMNS, TAG_TITLES, RunData
from views import charts, common


def render(data: RunData) -> None:
    st.header("Overview")
    facts = summary.headline(data)
    for column, name in zip(st.columns(4), ("rows", "exact duplicates", "near duplicates", "unsafe rows"), strict=True):
        column.metric(name, facts[name])
    st.caption(f"Formats: {facts['formats']} · multi-turn rows: {facts['multi-turn rows']}")
    _lengths(data)
    _tags(data)
    _provenance(data)


def _lengths(data: RunData) -> None:
    st.subheader("Lengths")
    if not data.has("instruction_chars"):
        common.note_missing(data, "length statistics", "stats")
        return
    st.dataframe(summary.length_summary(data.table), hide_index=True)
    columns = st.columns(2)
    for index, column in enumerate(("instruction_tokens", "response_tokens")):
        if data.has(column):
            with columns[index]:
                bins = queries.histogram(data.table[column])
                charts.histogram_chart(bins, column.replace("_", " "), "tokens (last bar: 99th percentile and up)")


def _tags(data: RunData) -> None:
    st.subheader("Tags")
    columns = st.columns(3)
    for index, (column, stage) in enumerate(TAG_COLUMNS.items()):
        with columns[index % 3]:
            if data.has(column):
                counts = queries.label_counts(data.table, column)
                charts.bar_chart(counts, "value", "rows", column.replace("_", " "))
            else:
                common.note_missing(data, TAG_TITLES[column], stage)
    st.markdown(
        "**Who made each tag**: offline models and rules run here without an LLM; read their labels as"
        " estimates with the accuracy measured"
    )
    st.dataframe(summary.who_tagged(data), hide_index=True)
    st.dataframe(summary.generators(data.table), hide_index=True)


def _provenance(data: RunData) -> None:
    st.subheader("Provenance and timing")
    source = summary.provenance(data)
    st.dataframe(pl.DataFrame({"field": list(source), "value": list(source.values())}), hide_index=True)
    st.dataframe(summary.stage_table(data), hide_index=True)
    missing = summary.missing_stages(data)
    if missing.height:
        st.markdown("**Stages not run yet**")
        st.dataframe(missing, hide_index=True)
