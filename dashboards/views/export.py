"""Filter & export: build a recipe with widgets, watch the funnel and the kept mix follow, save the recipe,
download the kept rows or export them into the run folder."""

import json
import re

import polars as pl
import streamlit as st

from synthlens import filter as recipes
from synthlens.dashboard import downloads, saving
from synthlens.dashboard.data import RunData
from synthlens.errors import SynthlensError
from views import charts, common, filter_form

MIX_CHART_COLUMN = "task_category"


@common.run_cached
def _filtered(data: RunData, recipe_json: str) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    recipe = recipes.recipe_from_dict(json.loads(recipe_json), source="dashboard recipe")
    flags = recipes.apply(data.table, recipe)
    return flags, recipes.funnel(data.table, recipe, flags), recipes.mix(data.table, flags)


def render(data: RunData) -> None:
    st.header("Filter & export")
    form, results = st.columns([1, 2], gap="large")
    with form:
        try:
            recipe = filter_form.build(data)
            recipes.validate(recipe, recipes.filter_table(data.table).schema)
        except SynthlensError as error:
            st.error(str(error))
            return
    flags, funnel, mix = _filtered(data, json.dumps(recipe.to_dict(), sort_keys=True))
    with results:
        _outcome(data, recipe, flags, funnel, mix)
        _save(data, recipe)
        _export(data, recipe, flags)


def _outcome(
    data: RunData, recipe: recipes.Recipe, flags: pl.DataFrame, funnel: pl.DataFrame, mix: pl.DataFrame
) -> None:
    kept = int(flags["keep"].sum())
    share = kept / data.table.height if data.table.height else 0.0
    st.metric("Rows kept", f"{kept:,} of {data.table.height:,} ({share:.1%})")
    st.markdown("**Funnel**")
    st.dataframe(funnel, hide_index=True, key="funnel_table")
    if not mix.is_empty():
        st.markdown("**Kept mix** (before and after, by label)")
        shown = mix.filter(pl.col("column") == MIX_CHART_COLUMN)
        if shown.height:
            _mix_chart(shown)
        st.dataframe(mix, hide_index=True, key="mix_table")
    with st.expander("Recipe (YAML, the same schema as `synthlens filter --recipe`)"):
        st.code(recipes.recipe_text(recipe), language="yaml", height=300)


def _mix_chart(mix: pl.DataFrame) -> None:
    """Each label's share of the rows before filtering and of the kept rows, side by side."""
    import plotly.graph_objects as go

    labels = charts.escape(mix["value"].to_list())
    figure = go.Figure([go.Bar(x=labels, y=mix[f"{when}_share"].to_list(), name=when) for when in ("before", "after")])
    figure.update_layout(barmode="group", height=charts.CHART_HEIGHT, margin=charts.MARGIN, yaxis_tickformat=".0%")
    st.plotly_chart(figure)


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "dashboard"


def _save(data: RunData, recipe: recipes.Recipe) -> None:
    st.markdown("**Save the recipe**")
    name = st.text_input(
        f"File name (saved in the run's {saving.RECIPES}/ folder)",
        value=f"{_slug(recipe.name)}.yaml",
        key="f_save_path",
    )
    if st.button("Save recipe", key="f_save"):
        try:
            path = saving.save_recipe_in_run(data.root, name, recipe)
        except SynthlensError as error:
            st.error(str(error))
        else:
            command = f"synthlens filter {data.root} --recipe {path}"
            st.success(f"Saved {common.plain(path)}; apply it from a shell with: {common.plain(command)}")


def _export(data: RunData, recipe: recipes.Recipe, flags: pl.DataFrame) -> None:
    st.markdown("**Export the kept rows**")
    style = st.selectbox("Style", ["original", "canonical", "openai"], key="f_style")
    st.download_button(
        "Download kept rows (JSONL)",
        data=lambda: downloads.kept_jsonl(data, flags, style),
        file_name=f"{recipe.name}.jsonl",
        mime="application/jsonl",
        key="f_download",
        on_click="ignore",
    )
    folder = st.text_input(
        f"Folder name (in the run's {saving.EXPORTS}/ folder)", value=_slug(recipe.name), key="f_export_dir"
    )
    file_format = st.selectbox("File format", ["jsonl", "parquet"], key="f_format")
    overwrite = st.checkbox("Replace an earlier export there", key="f_overwrite")
    if st.button("Export", key="f_export", type="primary"):
        _write_export(data, recipe, folder, file_format, style, overwrite)


def _write_export(
    data: RunData, recipe: recipes.Recipe, folder: str, file_format: str, style: str, overwrite: bool
) -> None:
    from synthlens.export import ExportOptions

    try:
        options = ExportOptions(file_format=file_format, style=style, overwrite=overwrite)
        result = saving.export_in_run(data.root, folder, options, recipe)
    except SynthlensError as error:
        st.error(str(error))
        return
    files = ", ".join(common.plain(path) for path in result.files)
    st.success(f"Exported {result.kept_rows:,} of {result.total_rows:,} rows: {files}")
