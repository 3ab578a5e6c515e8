"""Filtering a run: the 'filter' stage with keep/drop_reason per row, cached by recipe and upstream stages,
and the `synthlens filter` and `synthlens recipe` commands."""

from collections.abc import Callable
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from synthlens import filter as recipes
from synthlens.cli import app
from synthlens.workspace import Workspace

runner = CliRunner()
PAIRS = [
    ("Write a haiku about rain", "Rain taps the window"),
    ("List three primes:", "2, 3, 5"),
    ("Explain recursion", "A function that calls itself, with a base case that stops it."),
    ("hi", "hello"),
]


def add_quality(ws: Workspace, labels: list[str]) -> None:
    """Write a 'quality' stage, as the quality judge would."""
    ids = ws.rows()["id"]
    table = pl.DataFrame({"id": ids, "input_quality": labels})
    ws.run_stage("quality", {"labels": labels}, lambda: table)


def test_run_writes_keep_and_reason_and_never_deletes_rows(make_run: Callable[..., Workspace]) -> None:
    ws = make_run(PAIRS)
    add_quality(ws, ["good", "average", "excellent", "very poor"])
    recipe = recipes.recipe_from_dict(
        {"name": "t", "conditions": ["input_quality >= average", 'instruction not_endswith ":"']}
    )
    result = recipes.run(ws, recipe)
    stored = ws.read_stage("filter")
    assert stored.equals(result.flags)
    assert stored["drop_reason"].to_list() == [None, "instruction_endswith", None, "input_quality_lt_average"]
    assert ws.rows().height == len(PAIRS) and result.kept == 2
    recorded = ws.manifest["stages"]["filter"]
    assert recorded["params"]["recipe"] == recipe.to_dict() and recorded["kept"] == 2
    assert [step["removes_given_previous"] for step in recorded["funnel"]] == [1, 1]
    assert result.mix.filter(pl.col("value") == "very poor").select("before", "after").row(0) == (1, 0)


def test_rerun_reuses_the_stage_until_an_upstream_stage_changes(make_run: Callable[..., Workspace]) -> None:
    ws = make_run(PAIRS)
    add_quality(ws, ["good", "good", "good", "good"])
    recipe = recipes.recipe_from_dict({"name": "t", "conditions": ["input_quality >= good"]})
    recipes.run(ws, recipe)
    key = ws.stage_key("filter")
    again = recipes.run(ws, recipe)
    assert again.kept == 4 and ws.stage_key("filter") == key
    assert again.funnel.equals(recipes.funnel(ws, recipe)) and again.mix.equals(recipes.mix(ws, again.flags))
    add_quality(ws, ["poor", "good", "good", "good"])
    assert recipes.run(ws, recipe).kept == 3 and ws.stage_key("filter") != key


def test_filter_command_prints_the_funnel_and_writes_the_stage(
    make_run: Callable[..., Workspace], tmp_path: Path
) -> None:
    ws = make_run(PAIRS)
    recipe_file = tmp_path / "short.yaml"
    recipe_file.write_text("name: short\nconditions:\n  - when: instruction_length >= 5\n    name: too_short\n")
    result = runner.invoke(app, ["filter", str(ws.root), "--recipe", str(recipe_file)])
    assert result.exit_code == 0, result.output
    assert "too_short" in result.output and "after previous" in result.output
    assert "kept 3 of 4 rows" in result.output
    assert Workspace.open(ws.root).read_stage("filter")["keep"].to_list() == [True, True, True, False]


def test_filter_command_names_the_stage_a_missing_column_needs(make_run: Callable[..., Workspace]) -> None:
    ws = make_run(PAIRS)
    result = runner.invoke(app, ["filter", str(ws.root), "--recipe", "safe-only"])
    assert result.exit_code == 1
    assert "column 'is_safe' is not in this run; it is written by stage 'safety'" in str(result.exception)


def test_recipe_show_prints_the_preset_yaml() -> None:
    result = runner.invoke(app, ["recipe", "show", "nemotron-threshold"])
    assert result.exit_code == 0
    assert "helpfulness >= 3" in result.output and "verbosity <= 2.5" in result.output
    assert result.output.strip() == recipes.preset_text("nemotron-threshold").strip()


def test_recipe_show_unknown_name_lists_the_presets() -> None:
    result = runner.invoke(app, ["recipe", "show", "magpie"])
    assert result.exit_code == 1
    assert "recipe 'magpie': no such file and no preset by that name" in str(result.exception)
    assert "magpie-filtered" in str(result.exception)


def test_recipe_list_names_every_preset() -> None:
    result = runner.invoke(app, ["recipe", "list"])
    for name in ("magpie-filtered", "nemotron-threshold", "safe-only", "dedup-only"):
        assert name in result.output


def add_offline_tags(ws: Workspace) -> None:
    """The stages an offline analyze writes for magpie-filtered (no reward model)."""
    ids = ws.rows()["id"]
    add_quality(ws, ["good", "average", "excellent", "very poor"])
    ws.run_stage("stats", {}, lambda: pl.DataFrame({"id": ids, "is_incomplete": [False] * len(ids)}))
    ws.run_stage("dedup", {}, lambda: pl.DataFrame({"id": ids, "is_dup_representative": [True] * len(ids)}))


def test_magpie_preset_offline_skips_the_reward_condition_and_says_how_to_get_it(
    make_run: Callable[..., Workspace],
) -> None:
    ws = make_run(PAIRS)
    add_offline_tags(ws)
    result = recipes.run(ws, recipes.load_recipe("magpie-filtered"))
    assert len(result.skipped) == 1
    line = result.skipped[0]
    assert "instruct_reward >= -10" in line and "synthlens reward RUN" in line and "\n" not in line
    assert "instruct_reward" not in [c.column for c in result.recipe.conditions]
    assert result.flags["drop_reason"].to_list() == [None, "ends_with_colon", None, "low_input_quality"]
    assert ws.manifest["stages"]["filter"]["skipped"] == [line]


def test_filter_command_prints_the_skipped_condition(make_run: Callable[..., Workspace]) -> None:
    ws = make_run(PAIRS)
    add_offline_tags(ws)
    result = runner.invoke(app, ["filter", str(ws.root), "--recipe", "magpie-filtered"])
    assert result.exit_code == 0, result.output
    assert "skipped instruct_reward >= -10" in result.output and "kept 2 of 4 rows" in result.output


def test_recipe_whose_every_condition_needs_a_reward_model_is_refused(make_run: Callable[..., Workspace]) -> None:
    ws = make_run(PAIRS)
    result = runner.invoke(app, ["filter", str(ws.root), "--recipe", "nemotron-threshold"])
    assert result.exit_code == 1
    message = str(result.exception)
    assert "every condition needs a column this run lacks (helpfulness, verbosity)" in message
    assert "synthlens reward RUN --endpoint URL" in message and "\n" not in message
