"""Select & report: take a token or row budget best-first with diversity (after the run's current recipe),
see what the selection did, and download the report to share (HTML or Markdown)."""

import streamlit as st

from synthlens.dashboard.data import RunData
from synthlens.errors import SynthlensError
from synthlens.filter.select.report import report_tables
from views import common


def render(data: RunData) -> None:
    st.header("Select & report")
    st.caption(
        "The selection ranks the rows the run's current recipe keeps by a score, then takes them best first,"
        " skipping any row too similar to one already taken, until the budget is spent (written to the run)."
    )
    with st.form("select_form"):
        score = st.text_input("Score (a column or an expression)", value=_default_score(data), key="s_score")
        left, right = st.columns(2)
        unit = left.radio("Budget in", ["tokens", "rows"], horizontal=True, key="s_unit")
        budget = right.text_input("Budget (e.g. 5M, 300K)", value="50K" if unit == "tokens" else "1000", key="s_budget")
        limit = st.slider("Skip rows at this cosine similarity to a row taken", 0.5, 1.0, 0.9, 0.01, key="s_limit")
        floor = st.number_input("Rows each category gets first (0: none)", 0, 1_000_000, 0, key="s_floor")
        run = st.form_submit_button("Run the selection", type="primary")
    if run:
        _select(data, score, unit, budget, limit, int(floor))
    _stored_report(data)
    _downloads(data)


def _default_score(data: RunData) -> str:
    return "instruct_reward" if data.has("instruct_reward") else "response_length"


def _select(data: RunData, score: str, unit: str, budget: str, limit: float, floor: int) -> None:
    from synthlens import filter as recipes
    from synthlens.filter.select.config import select_from_dict
    from synthlens.workspace import Workspace

    plain = {"score": score, f"budget_{unit}": budget, "max_similarity": limit}
    plain |= {"min_per_value": floor} if floor else {}
    try:
        workspace = Workspace.open(data.root)
        recipe = recipes.with_selection(recipes.stored_recipe(workspace), select_from_dict(plain, "selection form"))
        recipes.run(workspace, recipe)
    except SynthlensError as error:
        st.error(str(error))
        return
    st.rerun()  # the run changed on disk: reload it, with the new selection's report


def _stored_report(data: RunData) -> None:
    report = data.manifest["stages"].get("filter", {}).get("selection")
    if not report:
        st.info("No selection on this run yet: run one above, or `synthlens select RUN --budget-tokens 5M --score X`")
        return
    st.subheader(common.plain(report["step"]))
    names = ("taken", "too_similar", "over_budget", "over_cap")
    for column, name in zip(st.columns(4), names, strict=True):
        column.metric(name.replace("_", " "), f"{report[name]:,}")
    st.caption(
        f"{report['tokens_taken']:,} tokens taken ({common.plain(report['tokenizer'])}); index: {report['index']}"
    )
    per_category, score, diversity = report_tables(report)
    st.dataframe(per_category, hide_index=True, key="s_categories")
    st.dataframe(score, hide_index=True, key="s_score_table")
    st.dataframe(diversity, hide_index=True, key="s_diversity")


def _downloads(data: RunData) -> None:
    st.subheader("Report to share")
    st.caption(
        "One self-contained file: summary, duplicates, coverage, tags, unsafe rows, funnel, selection, commands."
    )
    left, right = st.columns(2)
    left.download_button(
        "Download report (HTML)",
        lambda: _report(data, False),
        "report.html",
        "text/html",
        key="s_html",
        on_click="ignore",
    )
    right.download_button(
        "Download report (Markdown)",
        lambda: _report(data, True),
        "report.md",
        "text/markdown",
        key="s_md",
        on_click="ignore",
    )


def _report(data: RunData, markdown: bool) -> bytes:
    from synthlens.report import build_sections, render_html, render_markdown
    from synthlens.workspace import Workspace

    title, sections = build_sections(Workspace.open(data.root))
    return (render_markdown if markdown else render_html)(title, sections).encode("utf-8")
