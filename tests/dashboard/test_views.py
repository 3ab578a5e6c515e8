"""Every view driven through Streamlit's AppTest: widgets set, what the user would read asserted.

AppTest cannot draw charts, so a chart selection is fed in through session state under the chart's key,
in the shape the browser sends it.
"""

import re

import pytest
import yaml
from dashboard_runs import (
    IMG_PAYLOAD,
    SCRIPT_PAYLOAD,
    FakeEmbedder,
    hostile_run,
    instruction_of,
    markdown_sources,
    open_view,
    texts,
)

from synthlens import filter as recipes

VIEWS = ["Overview", "Map", "Duplicates", "Judgments", "Rows", "Filter & export"]
HEADERS = dict(
    zip(VIEWS, ["Overview", "Map", "Duplicates and neighbours", "Judgments", "Rows", "Filter & export"], strict=True)
)


def metric(app, label_start: str) -> str:
    return next(m.value for m in app.metric if m.label.startswith(label_start))


def table_with(app, column: str):
    """The first table on screen that has `column` (as a pandas frame, as AppTest gives it)."""
    return next(df.value for df in app.dataframe if column in df.value.columns)


def selection(box=None, lasso=None, points=None) -> dict:
    """A Plotly selection event as the browser sends it."""
    return {"selection": {"points": points or [], "point_indices": [], "box": box or [], "lasso": lasso or []}}


@pytest.mark.parametrize("view", VIEWS)
def test_each_view_renders_a_full_run(full_run, view) -> None:
    app = open_view(full_run, view)
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]
    assert [h.value for h in app.header] == [HEADERS[view]]


@pytest.mark.parametrize(
    ("view", "command"),
    [
        ("Overview", "synthlens info"),
        ("Map", "synthlens coverage"),
        ("Duplicates", "synthlens dedup"),
        ("Judgments", "synthlens guard"),
        ("Rows", None),
        ("Filter & export", None),
    ],
    ids=VIEWS,
)
def test_a_run_without_stages_names_the_command_that_adds_them(bare_run, view, command) -> None:
    app = open_view(bare_run, view)
    assert not app.exception, [e.value for e in app.exception]
    notes = [note.value for note in app.info]
    if command:
        assert any(note.startswith("No ") and command in note and str(bare_run.root) in note for note in notes)
    else:
        assert not notes


def test_a_folder_that_is_not_a_run_shows_one_error_line(tmp_path) -> None:
    app = open_view(tmp_path, "Overview")
    assert not app.exception
    assert len(app.error) == 1 and "not a synthlens run" in app.error[0].value


def test_overview_counts_rows_duplicates_and_unsafe_rows(full_run) -> None:
    app = open_view(full_run, "Overview")
    assert metric(app, "rows") == "24"
    assert metric(app, "exact duplicates") == "1"
    assert metric(app, "near duplicates") == "2"
    assert metric(app, "unsafe rows") == "2"
    generators = next(df.value for df in app.dataframe if "tags" in df.value.columns)
    made_by = next(df.value for df in app.dataframe if "made by" in df.value.columns)
    assert {"category", "language", "safety"} <= set(made_by["stage"])
    assert set(zip(generators["tags"], generators["generator"], strict=True)) >= {
        ("task_category", "judge-llm"),
        ("language", "lingua"),
        ("safety", "llama-guard"),
    }
    stages = next(df.value for df in app.dataframe if "stage" in df.value.columns and "seconds" in df.value.columns)
    assert {"stats", "neighbors", "dedup", "coverage", "safety"} <= set(stages["stage"])


def test_map_box_selection_lists_the_rows_inside_and_feeds_the_recipe(full_run) -> None:
    # The box covers the Math cluster (x near -5) and three baseline points, nothing else.
    box = selection(box=[{"x": [-6.0, -4.0], "y": [-1.0, 1.0]}])
    app = open_view(full_run, "Map", map_chart=box)
    assert [s.value for s in app.subheader] == ["Selected: 8 rows (and 3 baseline points)"]
    listed = table_with(app, "instruction")
    assert sorted(listed["id"]) == [f"r{i:02d}" for i in range(8)]
    app.button(key="map_drop").click().run()
    assert app.session_state["manual_drop_ids"] == [f"r{i:02d}" for i in range(8)]
    app.session_state["view"] = "Filter & export"
    app.run()
    assert metric(app, "Rows kept").startswith("16 of 24")
    funnel = table_with(app, "removes_alone")
    assert funnel["step"].to_list() == ["manual_drop"] and funnel["removes_alone"].to_list() == [8]


def test_map_lasso_and_clicked_points_select_rows(full_run) -> None:
    # A triangle around the Information seeking cluster (centre 0, 5).
    lasso = selection(lasso=[{"x": [-1.0, 2.0, 0.5], "y": [4.0, 4.0, 7.0]}])
    assert open_view(full_run, "Map", map_chart=lasso).subheader[0].value == "Selected: 8 rows"
    clicked = selection(points=[{"customdata": "r09"}, {"customdata": "a1"}])
    app = open_view(full_run, "Map", map_chart=clicked)
    assert app.subheader[0].value == "Selected: 1 rows"
    app.button(key="map_keep").click().run()
    assert app.session_state["manual_keep_ids"] == ["r09"]


def test_map_colours_by_any_tag_and_states_the_sampling(full_run) -> None:
    app = open_view(full_run, "Map")
    assert "task_category" in app.selectbox(key="map_colour").options
    app.selectbox(key="map_colour").select("input_quality").run()
    assert not app.exception
    assert any("All 30 points drawn" in caption.value for caption in app.caption)
    assert table_with(app, "diversity")["source"].tolist() == ["dataset", "alpaca"]


@pytest.mark.parametrize(
    ("threshold", "going", "groups"),
    [(0.98, 0, 0), (0.95, 2, 2), (0.9, 3, 2), (0.85, 4, 3)],
    ids=["0.98", "0.95-stored", "0.90", "0.85"],
)
def test_duplicates_threshold_slider_regroups_from_stored_links(full_run, threshold, going, groups) -> None:
    app = open_view(full_run, "Duplicates")
    app.slider(key="dup_threshold").set_value(threshold).run()
    assert metric(app, "Rows that would go").startswith(f"{going} ")
    assert len(app.expander) == groups


def test_duplicate_group_shows_members_side_by_side_with_similarity(full_run) -> None:
    app = open_view(full_run, "Duplicates")
    app.slider(key="dup_threshold").set_value(0.9).run()
    first = app.expander[0]
    assert first.label == "Group 1 · 3 rows"
    captions = [c.value for c in first.caption]
    assert captions[0::2] == [
        "representative · id r08",
        "similarity 0.930 to the representative · id r09",
        "linked to r09 at 0.960 · id r10",
    ]
    assert [t.value for t in first.text][0::2] == [instruction_of(8), instruction_of(9), instruction_of(10)]


def test_row_neighbours_lists_the_stored_nearest_rows(full_run) -> None:
    app = open_view(full_run, "Duplicates")
    app.text_input(key="nn_row_id").input("r02").run()
    table = table_with(app, "similarity")
    assert table["id"].to_list()[0] == "r03"
    assert table["similarity"].to_list()[0] == pytest.approx(0.97, abs=1e-6)


def test_row_neighbours_in_each_baseline_come_from_the_embedding_cache(full_run, monkeypatch, tmp_path) -> None:
    import synthlens.embed

    monkeypatch.setattr(synthlens.embed, "make_embedder", lambda model: FakeEmbedder())
    app = open_view(full_run, "Duplicates")
    app.text_input(key="nn_row_id").input("r06").run()
    assert not any("baseline instruction" in str(df.value) for df in app.dataframe)
    app.toggle(key="nn_baselines").set_value(True).run()
    found = table_with(app, "source")
    # r06 and baseline rows 2 share a direction; the others are orthogonal to it.
    assert found["id"].tolist()[0] == "a2" and found["similarity"].tolist()[0] == pytest.approx(1.0)
    assert found["similarity"].tolist()[1] == pytest.approx(0.0)


def test_judgments_bar_click_lists_its_rows_and_crosstabs_count_pairs(full_run) -> None:
    click = selection(points=[{"customdata": "Coding & Debugging"}])
    app = open_view(full_run, "Judgments", bars_task_category=click)
    rows = table_with(app, "instruct_reward")
    assert sorted(rows["id"]) == [f"r{i:02d}" for i in range(8, 16)]
    crosstab = next(
        df.value for df in app.dataframe if "task_category" in df.value.columns and "total" in df.value.columns
    )
    math = crosstab[crosstab["task_category"] == "Math"].iloc[0]
    assert (math["very easy"], math["easy"], math["medium"], math["total"]) == (3, 3, 2, 8)
    unsafe = table_with(app, "hazard_names")
    assert sorted(unsafe["id"]) == ["r20", "r21"]


def test_rows_search_sort_and_detail(full_run) -> None:
    app = open_view(full_run, "Rows")
    app.text_input(key="rows_search").input("INFORMATION seeking").run()
    assert any(c.value.startswith("8 of 24 rows match") for c in app.caption)
    app.selectbox(key="rows_sort").select("instruct_reward").run()
    app.toggle(key="rows_desc").set_value(True).run()
    table = app.dataframe(key="rows_table").value
    assert table["id"].to_list()[:2] == ["r23", "r22"]
    assert "instruct_reward" in table.columns and "conversation" not in table.columns
    app.text_input(key="rows_open_id").input("r06").run()
    assert "An answer to question 6." not in texts(app)
    assert instruction_of(6) in texts(app)


def test_filter_toggles_update_kept_count_and_funnel(full_run) -> None:
    app = open_view(full_run, "Filter & export")
    assert metric(app, "Rows kept").startswith("24 of 24")
    app.checkbox(key="f_is_exact_dup").check().run()
    app.checkbox(key="f_is_safe").check().run()
    app.select_slider(key="f_input_quality").set_range("average", "excellent").run()
    funnel = table_with(app, "removes_alone")
    assert funnel["step"].to_list() == ["exact_duplicate", "unsafe", "input_quality_below_average"]
    # very poor / poor rows are every i % 5 in (0, 1): ten, of which r01, r20, r21 went in earlier steps
    assert funnel["removes_given_previous"].to_list() == [1, 2, 7]
    assert funnel["removes_alone"].to_list() == [1, 2, 10]
    assert metric(app, "Rows kept").startswith("14 of 24")


def test_filter_bad_custom_condition_shows_one_error_line(full_run) -> None:
    app = open_view(full_run, "Filter & export")
    app.text_area(key="f_custom").input("no_such_column >= 3").run()
    assert not app.exception
    assert len(app.error) == 1 and "no_such_column" in app.error[0].value


def test_filter_saves_the_recipe_and_exports_the_kept_rows(full_run) -> None:
    app = open_view(full_run, "Filter & export")
    app.checkbox(key="f_is_incomplete").check().run()
    app.text_area(key="f_custom").input("instruct_reward >= 0").run()
    app.button(key="f_save").click().run()
    saved = recipes.load_recipe(full_run.root / "recipes" / "dashboard.yaml")
    assert [c.describe() for c in saved.conditions] == ["not is_incomplete", "instruct_reward >= 0"]
    app.button(key="f_export").click().run()
    assert app.success and "Exported 12 of 24 rows" in app.success[0].value
    exported = (full_run.root / "exports" / "dashboard" / "train.jsonl").read_text().splitlines()
    assert len(exported) == 12
    card_recipe = yaml.safe_load((full_run.root / "exports" / "dashboard" / "recipe.yaml").read_text())
    assert card_recipe["name"] == "dashboard"


def test_filter_export_refuses_a_folder_outside_the_run(full_run) -> None:
    app = open_view(full_run, "Filter & export")
    app.text_input(key="f_export_dir").input("../outside").run()
    app.button(key="f_export").click().run()
    assert len(app.error) == 1 and "not a plain name" in app.error[0].value
    assert not (full_run.root.parent / "outside").exists()


def test_filter_starts_from_a_preset_whose_steps_can_be_switched_off(full_run) -> None:
    app = open_view(full_run, "Filter & export")
    app.selectbox(key="f_preset").select("safe-only").run()
    assert metric(app, "Rows kept").startswith("22 of 24")
    app.checkbox(key="f_preset_safe-only_0").uncheck().run()
    assert metric(app, "Rows kept").startswith("24 of 24")


@pytest.mark.parametrize("view", VIEWS)
def test_dataset_text_never_reaches_markdown_unescaped(tmp_path, view) -> None:
    run = hostile_run(tmp_path / "hostile")
    state = {"rows_open_id": "r04" + IMG_PAYLOAD} if view == "Rows" else {}
    if view == "Map":
        state["map_chart"] = selection(box=[{"x": [-6.0, 6.0], "y": [-1.0, 6.0]}])
    app = open_view(run, view, **state)
    assert not app.exception, [e.value for e in app.exception]
    for source in markdown_sources(app):
        # Escaped signs (a backslash before them) are shown literally by Markdown; bare ones are markup.
        assert not re.search(r"(?<!\\)<(img|script)|(?<!\\)\]\(javascript", source), source
    if view == "Rows":
        shown = texts(app)
        assert f"{SCRIPT_PAYLOAD} question 4" in shown and f"{SCRIPT_PAYLOAD} answer 4" in shown


def test_rows_table_selection_opens_that_row(full_run) -> None:
    picked = {"selection": {"rows": [3], "columns": [], "cells": []}}
    app = open_view(full_run, "Rows", rows_table=picked)
    assert any(caption.value.startswith("id r03 ") for caption in app.caption)
    assert instruction_of(3) in texts(app)
