"""Turning the filter form's choices into a recipe of the CLI's schema (`synthlens.filter.Recipe`)."""

from dataclasses import dataclass
from typing import Any

from synthlens import filter as recipes


@dataclass(frozen=True)
class Toggle:
    """A one-click condition: shown when the run has `column`, adds `condition` named `reason`."""

    column: str
    label: str
    condition: dict[str, Any]
    reason: str


TOGGLES = (
    Toggle("is_exact_dup", "Drop exact duplicates (keep the first)", {"when": "not is_exact_dup"}, "exact_duplicate"),
    Toggle(
        "is_dup_representative",
        "Keep one row per near-duplicate group",
        {"when": "is_dup_representative"},
        "near_duplicate",
    ),
    Toggle("is_incomplete", "Drop incomplete instructions", {"when": "not is_incomplete"}, "incomplete"),
    Toggle("is_empty_response", "Drop empty responses", {"when": "not is_empty_response"}, "empty_response"),
    # Rows the safety judge did not see are kept: only a judged-unsafe row is dropped.
    Toggle("is_safe", "Drop rows judged unsafe", {"column": "is_safe", "op": "is_true", "keep_null": True}, "unsafe"),
    Toggle("is_contaminated", "Drop rows overlapping the eval set", {"when": "not is_contaminated"}, "contaminated"),
)


def toggle_conditions(chosen: list[Toggle]) -> list[dict[str, Any]]:
    """The conditions of the chosen toggles, each named by its drop reason."""
    return [toggle.condition | {"name": toggle.reason} for toggle in chosen]


def scale_conditions(column: str, scale: tuple[str, ...], low: str, high: str) -> list[dict[str, Any]]:
    """Keep `column` between two labels of its scale; an end left at the scale's end adds no condition."""
    conditions = []
    if low != scale[0]:
        conditions.append({"column": column, "op": ">=", "value": low, "name": f"{column}_below_{_slug(low)}"})
    if high != scale[-1]:
        conditions.append({"column": column, "op": "<=", "value": high, "name": f"{column}_above_{_slug(high)}"})
    return conditions


def membership_condition(column: str, values: list[str]) -> list[dict[str, Any]]:
    """Keep rows whose `column` is one of `values` (none chosen: no condition)."""
    if not values:
        return []
    return [{"column": column, "op": "in", "value": sorted(values), "name": f"{column}_not_chosen"}]


def minimum_condition(column: str, minimum: float | None) -> list[dict[str, Any]]:
    """Keep rows whose `column` is at least `minimum` (None: no condition)."""
    if minimum is None:
        return []
    return [{"column": column, "op": ">=", "value": minimum, "name": f"{column}_below_minimum"}]


def custom_conditions(text: str) -> list[str]:
    """One condition per non-empty line in the recipe's one-line form, e.g. `response_chars >= 50`."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def assemble(
    name: str,
    conditions: list[dict[str, Any] | str],
    drop_ids: list[str],
    keep_ids: list[str] | None,
    top: dict[str, Any] | None = None,
    quotas: list[dict[str, Any]] | None = None,
) -> recipes.Recipe:
    """The recipe, checked by the same parser as a recipe file; a named condition listed twice counts once."""
    unique, names = [], set()
    for condition in conditions:
        name_of = condition.get("name") if isinstance(condition, dict) else None
        if name_of and name_of in names:
            continue
        names.add(name_of)
        unique.append(condition)
    data: dict[str, Any] = {"name": name.strip() or "dashboard", "conditions": unique}
    if drop_ids:
        data["drop_ids"] = sorted(drop_ids)
    if keep_ids is not None:
        data["keep_ids"] = sorted(keep_ids)
    if quotas:
        data["quotas"] = quotas
    if top:
        data["top"] = top
    return recipes.recipe_from_dict(data, source="dashboard recipe")


def preset_parts(name: str) -> tuple[list[tuple[str, dict[str, Any]]], dict[str, Any] | None]:
    """A shipped preset's conditions as (one-line text, plain form) and its top-N step, to start from."""
    conditions, top, _ = recipe_parts(recipes.load_recipe(name))
    return conditions, top


def recipe_parts(
    recipe: recipes.Recipe,
) -> tuple[list[tuple[str, dict[str, Any]]], dict[str, Any] | None, list[dict[str, Any]]]:
    """A recipe's conditions as (one-line text, plain form), its top-N step and its quotas, to start from."""
    conditions = [(condition.describe(), condition.to_dict()) for condition in recipe.conditions]
    return conditions, recipe.top.to_dict() if recipe.top else None, [quota.to_dict() for quota in recipe.quotas]


def _slug(label: str) -> str:
    return "_".join(label.lower().split())
