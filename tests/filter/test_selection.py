"""Manual id lists, per-category quotas and the top-N cap, and the funnel arithmetic over all steps."""

from collections.abc import Callable

import polars as pl
import pytest

from synthlens.errors import SynthlensError
from synthlens.filter import apply, compile, funnel, recipe_from_dict

Kept = Callable[[pl.DataFrame, dict], list[str]]


def test_funnel_counts_each_step_alone_and_after_the_steps_before_it(table: pl.DataFrame) -> None:
    recipe = recipe_from_dict(
        {
            "name": "t",
            "conditions": ["is_safe", "input_quality >= average", "language == EN"],
            "drop_ids": ["r7"],
            "top": {"n": 2, "by": "instruct_reward"},
        }
    )
    flags = apply(table, recipe)
    steps = funnel(table, recipe, flags)
    assert steps.rows() == [
        ("is_safe_false", "is_safe", 2, 2, 6),
        ("input_quality_lt_average", "input_quality >= average", 3, 1, 5),
        ("language_ne_en", "language == EN", 2, 0, 5),
        ("manual_drop", "drop_ids", 1, 1, 4),
        ("not_top_2_by_instruct_reward", "top 2 by instruct_reward desc", 6, 2, 2),
    ]
    assert flags.filter("keep")["id"].to_list() == ["r0", "r1"]
    assert steps["removes_given_previous"].sum() + flags["keep"].sum() == table.height
    assert flags.group_by("drop_reason").len().drop_nulls().sort("drop_reason").rows() == sorted(
        (step, count) for step, count in zip(steps["step"], steps["removes_given_previous"], strict=True) if count
    )


def test_funnel_without_flags_computes_them(table: pl.DataFrame) -> None:
    recipe = recipe_from_dict({"name": "t", "conditions": ["is_safe"]})
    assert funnel(table, recipe).equals(funnel(table, recipe, apply(table, recipe)))


def test_keep_ids_keeps_only_the_listed_rows(kept: Kept, table: pl.DataFrame) -> None:
    assert kept(table, {"keep_ids": ["r2", "r5"]}) == ["r2", "r5"]
    flags = apply(table, recipe_from_dict({"name": "t", "keep_ids": ["r2"], "conditions": ["not is_safe"]}))
    assert dict(flags.select("id", "drop_reason").iter_rows())["r3"] == "not_in_keep_ids"


@pytest.mark.parametrize("key", ["drop_ids", "keep_ids"])
def test_ids_from_another_run_are_refused(kept: Kept, table: pl.DataFrame, key: str) -> None:
    with pytest.raises(SynthlensError, match=rf"{key}: 2 ids are not rows of this run \(first: 'x1'\)"):
        kept(table, {key: ["r1", "x1", "x2"]})


def test_quota_keeps_the_best_rows_of_each_category(kept: Kept, table: pl.DataFrame) -> None:
    quota = {"column": "task_category", "max_per_value": 1, "by": "instruct_reward"}
    # Information seeking: r5 (1.0) beats r4 (0.0), r1 (-3.0) and r6 (null, ranked last); Coding: r7 beats r2
    assert kept(table, {"quotas": [quota]}) == ["r0", "r3", "r5", "r7"]


def test_quota_caps_one_label_and_leaves_the_others(kept: Kept, table: pl.DataFrame) -> None:
    quota = {"column": "task_category", "max": {"Information seeking": 2}, "by": "instruct_reward"}
    assert kept(table, {"quotas": [quota]}) == ["r0", "r2", "r3", "r4", "r5", "r7"]


def test_quota_counts_only_rows_that_survived_the_conditions(kept: Kept, table: pl.DataFrame) -> None:
    quota = {"column": "task_category", "max": {"Information seeking": 1}, "by": "instruct_reward"}
    # r5 and r4 would win the slot, but the language condition dropped them first
    assert kept(table, {"conditions": ["language == EN"], "quotas": [quota]}) == ["r0", "r1", "r2", "r3", "r7"]


def test_sampled_quota_is_stable_and_ignores_row_order(table: pl.DataFrame) -> None:
    recipe = recipe_from_dict({"name": "t", "quotas": [{"column": "task_category", "max_per_value": 2}]})
    flags = apply(table, recipe)
    shuffled = apply(table.sample(fraction=1.0, shuffle=True, seed=3), recipe)
    assert flags.sort("id").equals(shuffled.sort("id"))
    per_category = table.join(flags, on="id").filter("keep").group_by("task_category").len()
    assert dict(per_category.iter_rows()) == {"Creative writing": 1, "Information seeking": 2, "Coding": 2, "Math": 1}


def test_top_keeps_the_longest_responses_with_ties_broken_by_id() -> None:
    frame = pl.DataFrame(
        {"id": ["d", "b", "c", "a", "e"], "instruction": ["x"] * 5, "response": ["aaa", "aaa", "a", "aaa", None]}
    )
    recipe = recipe_from_dict({"name": "t", "top": {"n": 2, "by": "response_length"}})
    assert apply(frame, recipe).filter("keep")["id"].to_list() == ["b", "a"]
    ascending = recipe_from_dict({"name": "t", "top": {"n": 2, "by": "response_length", "descending": False}})
    assert apply(frame, ascending).filter("keep")["id"].sort().to_list() == ["a", "c"]  # null ranks last


def test_top_by_ordered_label_uses_the_scale(kept: Kept, table: pl.DataFrame) -> None:
    assert kept(table, {"top": {"n": 3, "by": "input_quality"}}) == ["r0", "r1", "r6"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"top": {"n": 1, "by": "language"}}, "top: cannot rank rows by 'language' (text)"),
        (
            {"top": {"n": 1, "by": "reward_score"}},
            "column 'reward_score' is not in this run; it is written by stage 'nemotron'",
        ),
        (
            {"quotas": [{"column": "cluster_label", "max_per_value": 1}]},
            "quotas[0]: column 'cluster_label' is not in this run",
        ),
    ],
    ids=["unrankable", "missing-top-column", "missing-quota-column"],
)
def test_bad_selection_columns_are_refused(kept: Kept, table: pl.DataFrame, data: dict, message: str) -> None:
    with pytest.raises(SynthlensError) as error:
        kept(table, data)
    assert message in str(error.value)


def test_empty_recipe_keeps_everything(kept: Kept, table: pl.DataFrame) -> None:
    assert kept(table, {}) == table["id"].to_list()


def test_the_single_expression_agrees_with_the_staged_apply(table: pl.DataFrame) -> None:
    recipe = recipe_from_dict(
        {
            "name": "t",
            "conditions": ["language == EN"],
            "drop_ids": ["r0"],
            "quotas": [
                {"column": "task_category", "max_per_value": 1},
                {"column": "difficulty", "max_per_value": 1, "by": "helpfulness"},
            ],
            "top": {"n": 2, "by": "verbosity", "descending": False},
        }
    )
    single = table.select("id", compile(recipe, table.schema))
    assert single.equals(apply(table, recipe).select("id", "drop_reason"))
    assert single["drop_reason"].null_count() == 2
