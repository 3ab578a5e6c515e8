"""Recipe files and the presets shipped with the package."""

from pathlib import Path

import polars as pl
import pytest

from synthlens.errors import SynthlensError
from synthlens.filter import apply, funnel, load_recipe, preset_names, save_recipe


def test_presets_ship_with_the_package() -> None:
    assert preset_names() == ["dedup-only", "magpie-filtered", "nemotron-threshold", "safe-only"]


def test_magpie_preset_is_the_published_setup() -> None:
    recipe = load_recipe("magpie-filtered")
    assert [c.describe() for c in recipe.conditions] == [
        "input_quality >= average",
        "instruct_reward >= -10",
        "is_dup_representative",
        "not is_incomplete",
        'instruction not_endswith ":"',
    ]
    assert recipe.top is not None and recipe.top.describe() == "top 300000 by response_length desc"


def test_nemotron_preset_keeps_helpful_not_verbose_rows() -> None:
    table = pl.DataFrame({"id": list("abcd"), "helpfulness": [3, 2, 4, 3], "verbosity": [2.5, 1.0, 3.0, None]})
    recipe = load_recipe("nemotron-threshold")
    assert apply(table, recipe).filter("keep")["id"].to_list() == ["a"]
    assert funnel(table, recipe)["removes_given_previous"].to_list() == [1, 2]


def test_magpie_preset_runs_on_a_table_with_its_columns() -> None:
    table = pl.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "instruction": ["Do this:", "Tell me", "Write", "Plan"],
            "response": ["x" * 5, "x" * 50, "x" * 10, "x"],
            "input_quality": ["good", "excellent", "average", "poor"],
            "instruct_reward": [0.0, -2.0, -1.0, 3.0],
            "is_dup_representative": [True, True, True, True],
            "is_incomplete": [False, False, False, False],
        }
    )
    flags = apply(table, load_recipe("magpie-filtered"))
    assert flags["drop_reason"].to_list() == ["ends_with_colon", None, None, "low_input_quality"]


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_saved_recipe_loads_back_equal(tmp_path: Path, suffix: str) -> None:
    recipe = load_recipe("magpie-filtered")
    path = save_recipe(recipe, tmp_path / f"mine{suffix}")
    assert load_recipe(path) == recipe
    first = path.read_bytes()
    save_recipe(load_recipe(path), path)
    assert path.read_bytes() == first


def test_recipe_file_name_does_not_override_its_name(tmp_path: Path) -> None:
    path = tmp_path / "file.yaml"
    path.write_text("conditions: [is_safe]\n")
    assert load_recipe(path).name == "file"
    path.write_text("name: given\nconditions: [is_safe]\n")
    assert load_recipe(path).name == "given"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.yaml", "name: x\nconditions: [a >= 1\n", "recipe file '{path}': not valid YAML"),
        ("bad.json", "{", "recipe file '{path}': not valid JSON"),
        ("bad.toml", "x = 1", "unknown suffix '.toml'; allowed: .yaml, .yml, .json"),
        ("list.yaml", "- is_safe\n", "a recipe must be a mapping, got list"),
    ],
    ids=["yaml-syntax", "json-syntax", "suffix", "not-a-mapping"],
)
def test_unreadable_recipe_files_get_one_line_errors(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(SynthlensError) as error:
        load_recipe(path)
    assert message.format(path=path) in str(error.value)
    assert "\n" not in str(error.value)
