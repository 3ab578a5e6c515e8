"""The table queries behind the views: label order, cross-tabs, histograms, search, groups, regrouping."""

import polars as pl
import pytest
from dashboard_runs import ROWS, build_run, canonical, instruction_of

from synthlens.dashboard import neighbours, queries, summary
from synthlens.dashboard.data import load_run


def test_ordered_tags_count_in_scale_order_and_others_by_count() -> None:
    table = pl.DataFrame({"input_quality": ["good", "poor", "good", None], "language": ["EN", "DE", "EN", "EN"]})
    assert queries.label_counts(table, "input_quality").rows() == [("poor", 1), ("good", 2), ("(untagged)", 1)]
    assert queries.label_counts(table, "language").rows() == [("EN", 3), ("DE", 1)]


def test_crosstab_counts_pairs_with_totals() -> None:
    table = pl.DataFrame({"task_category": ["Math", "Math", "Coding"], "difficulty": ["hard", "easy", "hard"]})
    wide = queries.crosstab(table, "task_category", "difficulty")
    assert wide.columns == ["task_category", "easy", "hard", "total"]
    assert wide.rows() == [("Math", 1, 1, 2), ("Coding", 0, 1, 1)]


def test_histogram_puts_the_tail_in_the_last_bin() -> None:
    values = pl.Series([1.0] * 99 + [1000.0])
    bins = queries.histogram(values, bins=4, clip_quantile=0.5)
    assert bins["rows"].to_list() == [99, 0, 0, 1]


def test_search_is_literal_and_case_insensitive() -> None:
    table = pl.DataFrame({"instruction": ["What is 2+2?", "what IS life", "x"], "response": [None, "", "2+2 is 4"]})
    assert queries.search_rows(table, "2+2")["instruction"].to_list() == ["What is 2+2?", "x"]
    assert queries.search_rows(table, "what is").height == 2


@pytest.fixture
def run_data(tmp_path):
    return load_run(build_run(tmp_path / "run", canonical(ROWS, instruction_of)).root)


def test_duplicate_groups_come_largest_first_with_the_representative_first(run_data) -> None:
    regrouped = neighbours.regroup(run_data.table, 0.9)
    groups = neighbours.duplicate_groups(run_data.table, regrouped)
    assert [ids for ids in groups["ids"].to_list()] == [["r08", "r09", "r10"], ["r02", "r03"]]


def test_regroup_matches_the_dedup_stage_at_its_own_threshold(run_data) -> None:
    stored = run_data.table.select("id", "dup_group_size", "is_dup_representative")
    regrouped = neighbours.regroup(run_data.table, 0.95).select("id", "dup_group_size", "is_dup_representative")
    assert regrouped.equals(stored.cast(regrouped.schema))


def test_sweep_and_settings_come_from_the_run(run_data) -> None:
    assert neighbours.dedup_settings(run_data.manifest) == (0.8, 0.95, "first")
    sweep = neighbours.sweep(run_data.table, 0.8)
    removed = dict(zip(sweep["threshold"], sweep["rows_removed"], strict=True))
    assert (removed[0.85], removed[0.9], removed[0.95], removed[0.99]) == (4, 3, 2, 0)


def test_pair_similarities_read_either_rows_list(run_data) -> None:
    assert neighbours.pair_similarities(run_data.table, "r09", ["r08", "r10"]) == pytest.approx(
        {"r08": 0.93, "r10": 0.96}
    )


def test_missing_stages_name_their_commands(tmp_path) -> None:
    bare = load_run(build_run(tmp_path / "bare", canonical(ROWS, instruction_of), stages=False).root)
    missing = summary.missing_stages(bare)
    assert "coverage" in missing["stage"].to_list()
    assert all(str(bare.root) in command for command in missing["command"])
    assert summary.headline(bare)["near duplicates"] == "not run"


def test_download_holds_exactly_the_kept_rows_in_the_export_format(run_data) -> None:
    import json

    from synthlens import filter as recipes
    from synthlens.dashboard import downloads

    recipe = recipes.recipe_from_dict({"name": "r", "conditions": ["not is_incomplete", "instruct_reward >= 8"]})
    flags = recipes.apply(run_data.table, recipe)
    lines = downloads.kept_jsonl(run_data, flags, "canonical").decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert [record["id"] for record in records] == [f"r{i}" for i in range(20, 24)]
    assert "instruct_reward" not in records[0] and records[0]["conversation"][0]["role"] == "user"
