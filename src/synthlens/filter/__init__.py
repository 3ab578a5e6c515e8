"""Filter recipes: declarative conditions over a run's joined table, compiled to one polars expression.

recipe = load_recipe("magpie-filtered")           # a preset, or a .yaml/.json file
flags = apply(ws, recipe)                         # id, keep, drop_reason
steps = funnel(ws, recipe, flags)                 # what each step removes
result = run(ws, recipe)                          # the same, stored as the run's 'filter' stage
result.selection                                  # what a `select:` step did (None without one)
"""

from synthlens.filter.apply import STAGE, FilterResult, apply, filter_table, funnel, mix, run
from synthlens.filter.expressions import compile
from synthlens.filter.model import Condition, Quota, Recipe, Select, Top
from synthlens.filter.parse import recipe_from_dict
from synthlens.filter.recipes import (
    load_recipe,
    preset_names,
    preset_text,
    recipe_text,
    save_recipe,
    stored_recipe,
    with_selection,
)
from synthlens.filter.validate import validate

__all__ = [
    "STAGE",
    "Condition",
    "FilterResult",
    "Quota",
    "Recipe",
    "Select",
    "Top",
    "apply",
    "compile",
    "filter_table",
    "funnel",
    "load_recipe",
    "mix",
    "preset_names",
    "preset_text",
    "recipe_from_dict",
    "recipe_text",
    "run",
    "save_recipe",
    "stored_recipe",
    "validate",
    "with_selection",
]
