"""The recipe form of the Filter & export view: widgets whose choices become a recipe (CLI schema)."""

from typing import Any

import polars as pl
import streamlit as st

from synthlens import filter as recipes
from synthlens.dashboard import recipe_form, saving
from synthlens.dashboard.data import ORDERED_LABELS, RunData
from synthlens.dashboard.queries import label_counts
from views import common

MEMBERSHIP_COLUMNS = ("task_category", "language")
LAST_APPLIED = "last-applied"


def build(data: RunData) -> recipes.Recipe:
    """Show the form and return the recipe it describes (raises SynthlensError for a bad custom line)."""
    last = saving.last_applied_recipe(data.manifest)
    name = st.text_input("Recipe name", value=last.name if last else "dashboard", key="f_name")
    preset_conditions, top, quotas = _preset(last)
    conditions: list[dict[str, Any] | str] = list(preset_conditions)
    chosen = [t for t in recipe_form.TOGGLES if data.has(t.column) and st.checkbox(t.label, key=f"f_{t.column}")]
    conditions += recipe_form.toggle_conditions(chosen)
    for column, scale in ORDERED_LABELS.items():
        if data.has(column):
            low, high = st.select_slider(
                column.replace("_", " "), scale, value=(scale[0], scale[-1]), key=f"f_{column}"
            )
            conditions += recipe_form.scale_conditions(column, scale, low, high)
    for column in MEMBERSHIP_COLUMNS:
        if data.has(column):
            options = label_counts(data.table.filter(pl.col(column).is_not_null()), column)["value"].to_list()
            picked = st.multiselect(f"Only these {column.replace('_', ' ')} values", options, key=f"f_{column}")
            conditions += recipe_form.membership_condition(column, picked)
    if data.has("instruct_reward") and st.checkbox("Minimum instruct reward", key="f_reward_on"):
        minimum = st.number_input("instruct_reward at least", value=-10.0, step=0.5, key="f_reward_min")
        conditions += recipe_form.minimum_condition("instruct_reward", minimum)
    custom = st.text_area("More conditions, one per line", key="f_custom", help="e.g. response_chars >= 50")
    conditions += recipe_form.custom_conditions(custom)
    drop_ids, keep_ids = _hand_picked()
    return recipe_form.assemble(name, conditions, drop_ids, keep_ids, top, quotas)


def _preset(last: recipes.Recipe | None) -> tuple[list[dict[str, Any]], dict[str, Any] | None, list[dict[str, Any]]]:
    """The recipe last applied to the run (when there is one) or a shipped preset to start from; each of its
    steps can be switched off. Its hand-picked ids come back through the hand-picked lists."""
    options = ([LAST_APPLIED] if last else []) + ["(none)", *recipes.preset_names()]
    preset = st.selectbox("Start from", options, key="f_preset", format_func=lambda o: _start_label(o, last))
    if preset == "(none)":
        return [], None, []
    start = last if preset == LAST_APPLIED and last else recipes.load_recipe(preset)
    conditions, top, quotas = recipe_form.recipe_parts(start)
    kept = []
    for index, (text, condition) in enumerate(conditions):
        if st.checkbox(common.plain(f"{preset}: {text}"), value=True, key=f"f_preset_{preset}_{index}"):
            kept.append(condition)
    if top and not st.checkbox(
        common.plain(f"{preset}: top {top['n']:,} by {top['by']}"), value=True, key=f"f_preset_{preset}_top"
    ):
        top = None
    quotas = [
        q for i, q in enumerate(quotas) if st.checkbox(_quota_label(preset, q), True, key=f"f_preset_{preset}_q{i}")
    ]
    return kept, top, quotas


def _start_label(option: str, last: recipes.Recipe | None) -> str:
    return f"the recipe last applied to this run ({last.name})" if option == LAST_APPLIED and last else option


def _quota_label(preset: str, quota: dict[str, Any]) -> str:
    return common.plain(
        f"{preset}: at most {quota.get('max_per_value', 'the set number of')} rows per {quota['column']}"
    )


def _hand_picked() -> tuple[list[str], list[str] | None]:
    drop, keep = common.manual_ids()
    if drop and not st.checkbox(f"Drop the {len(drop):,} rows picked by hand", value=True, key="f_use_drop"):
        drop = []
    if keep is not None and not st.checkbox(
        f"Keep only the {len(keep):,} rows picked by hand", value=True, key="f_use_keep"
    ):
        keep = None
    return drop, keep
