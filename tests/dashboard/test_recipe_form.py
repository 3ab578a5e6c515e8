"""The filter form's choices become a recipe of the CLI's schema."""

from synthlens import filter as recipes
from synthlens.dashboard import recipe_form

SCALE = ("very poor", "poor", "average", "good", "excellent")


def test_scale_range_adds_only_the_ends_that_moved() -> None:
    assert recipe_form.scale_conditions("input_quality", SCALE, "very poor", "excellent") == []
    conditions = recipe_form.scale_conditions("input_quality", SCALE, "average", "good")
    recipe = recipe_form.assemble("r", conditions, [], None)
    assert [c.describe() for c in recipe.conditions] == ["input_quality >= average", "input_quality <= good"]


def test_assembled_recipe_round_trips_through_the_recipe_file_format(tmp_path) -> None:
    toggles = [t for t in recipe_form.TOGGLES if t.column in ("is_exact_dup", "is_safe")]
    conditions = recipe_form.toggle_conditions(toggles) + recipe_form.custom_conditions("# note\nresponse_chars >= 5\n")
    recipe = recipe_form.assemble("mine", conditions, ["b", "a"], None, {"n": 10, "by": "instruct_reward"})
    path = recipes.save_recipe(recipe, tmp_path / "mine.yaml")
    assert recipes.load_recipe(path) == recipe
    assert recipe.drop_ids == ("a", "b") and recipe.keep_ids is None and recipe.top.n == 10


def test_a_step_chosen_twice_counts_once() -> None:
    preset, _ = recipe_form.preset_parts("safe-only")
    safe_toggle = next(t for t in recipe_form.TOGGLES if t.column == "is_safe")
    recipe = recipe_form.assemble("r", [p for _, p in preset] + recipe_form.toggle_conditions([safe_toggle]), [], None)
    assert [c.reason for c in recipe.conditions] == ["unsafe"]
