"""Conditions on columns that only a model server can write (reward scores), when the run lacks them.

Offline, nothing writes `instruct_reward` or Nemotron's scores, so a recipe such as magpie-filtered runs its
other steps and reports each skipped condition in one line naming the command that writes its column.
A recipe left with no condition at all is refused rather than keeping every row.
"""

import dataclasses

import polars as pl

from synthlens.filter.columns import COLUMN_STAGE, MODEL_SERVER_STAGES, available, stage_command
from synthlens.filter.model import Recipe
from synthlens.filter.parse import fail


def runnable(recipe: Recipe, schema: pl.Schema) -> tuple[Recipe, tuple[str, ...]]:
    """The recipe without conditions on absent model-server columns, and one line per condition skipped."""
    names = set(available(schema))
    kept, skipped = [], []
    for condition in recipe.conditions:
        stage = COLUMN_STAGE.get(condition.column)
        if condition.column not in names and stage in MODEL_SERVER_STAGES:
            skipped.append(
                f"skipped {condition.describe()}: this run has no '{condition.column}';"
                f" {stage_command(stage)} writes it"
            )
        else:
            kept.append(condition)
    if skipped and not kept and not (recipe.quotas or recipe.top or recipe.drop_ids or recipe.keep_ids is not None):
        columns = sorted({c.column for c in recipe.conditions})
        stages = sorted({COLUMN_STAGE[column] for column in columns})
        raise fail(
            f"recipe '{recipe.name}'",
            f"every condition needs a column this run lacks ({', '.join(columns)})",
            "a recipe with at least one condition this run can evaluate",
            " then ".join(stage_command(stage) for stage in stages) + " first, or pick another recipe",
        )
    if not skipped:
        return recipe, ()
    return dataclasses.replace(recipe, conditions=tuple(kept)), tuple(skipped)
