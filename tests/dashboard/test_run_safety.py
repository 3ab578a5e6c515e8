"""The dashboard writes only recipes/ and exports/, under the run's lock; what a user picked survives a
reload; the map's colours tell labels apart; the Overview and Filter views read the run as it is."""

import colorsys
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from dashboard_runs import APP, open_view
from streamlit.testing.v1 import AppTest

from synthlens import filter as recipes
from synthlens.dashboard import geometry, saving
from synthlens.workspace import Workspace

SRC = str(Path(__file__).resolve().parents[2] / "src")


def metric(app, label_start: str) -> str:
    return next(m.value for m in app.metric if m.label.startswith(label_start))


# item 1: the run's own files are never writable from the dashboard
@pytest.mark.parametrize(
    "name",
    ["../manifest.json", "recipes/../manifest.json", "stages/stats.yaml", "/tmp/x.yaml", "r.txt", ".hidden.yaml"],
)
def test_save_recipe_never_writes_the_runs_own_files(full_run, name: str) -> None:
    manifest_before = (full_run.root / "manifest.json").read_bytes()
    app = open_view(full_run, "Filter & export")
    app.text_input(key="f_save_path").input(name).run()
    app.button(key="f_save").click().run()
    assert len(app.error) == 1 and "is not a plain name" in app.error[0].value
    assert (full_run.root / "manifest.json").read_bytes() == manifest_before
    Workspace.open(full_run.root)  # still a run


@pytest.mark.parametrize("name", ["manifest.json", "recipes/mine.yaml"])
def test_recipes_are_saved_in_the_recipes_folder(full_run, name: str) -> None:
    manifest_before = (full_run.root / "manifest.json").read_bytes()
    app = open_view(full_run, "Filter & export")
    app.text_input(key="f_save_path").input(name).run()
    app.button(key="f_save").click().run()
    assert app.success and recipes.load_recipe(full_run.root / "recipes" / Path(name).name).name == "dashboard"
    assert (full_run.root / "manifest.json").read_bytes() == manifest_before


# item 2: the dashboard takes the run's lock when it writes
def test_a_busy_run_refuses_dashboard_writes_in_one_line(full_run) -> None:
    code = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from synthlens.runlock import run_lock
        with run_lock(Path({str(full_run.root)!r})):
            print("held", flush=True)
            time.sleep(60)
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": SRC}
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        app = open_view(full_run, "Filter & export")
        app.button(key="f_save").click().run()
        assert len(app.error) == 1 and f"is being written by pid {holder.pid}" in app.error[0].value
        assert not (full_run.root / "recipes").exists()
    finally:
        holder.kill()
        holder.wait()


# item 20: distinct colours, grey for baselines only
def test_label_colours_are_distinct_and_never_grey() -> None:
    labels = [f"label {i}" for i in range(30)]
    colours = geometry.label_colours(labels)
    assert len(set(colours.values())) == 30
    for colour in colours.values():
        red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        assert colorsys.rgb_to_hsv(red, green, blue)[1] > 0.25, colour  # saturated: not a grey


def test_the_map_draws_each_label_in_its_own_colour(full_run) -> None:
    open_view(full_run, "Map")  # puts the app's folder on the path
    from views import coverage_map

    from synthlens.dashboard.data import load_run

    points = geometry.map_points(load_run(full_run.root).table, None, "task_category")
    colours = [trace.marker.color for trace in coverage_map._figure(points, "task_category").data]
    assert len(colours) == 3 and len(set(colours)) == 3 and coverage_map.BASELINE_GREY not in colours


def test_overview_shows_the_embed_stage_as_present(full_run) -> None:
    full_run.record("embed", params={"model": "fake-4d"}, files={"fake-4d.npy": {"rows": 24}})
    app = open_view(full_run, "Overview")
    stages = next(df.value for df in app.dataframe if "present" in df.value.columns)
    assert stages.set_index("stage").loc["embed", "present"]


def test_filter_starts_from_the_recipe_last_applied(full_run) -> None:
    recipe = recipes.recipe_from_dict({"name": "from-cli", "conditions": ["not is_exact_dup", "not is_incomplete"]})
    recipes.run(full_run, recipe)
    app = open_view(full_run, "Filter & export")
    assert app.text_input(key="f_name").value == "from-cli"
    assert metric(app, "Rows kept").startswith("22 of 24")
    funnel = next(df.value for df in app.dataframe if "removes_alone" in df.value.columns)
    assert funnel["step"].to_list() == ["is_exact_dup_true", "is_incomplete_true"]


def test_hand_picked_rows_survive_a_reload(full_run) -> None:
    box = {
        "selection": {"points": [], "point_indices": [], "box": [{"x": [-6.0, -4.0], "y": [-1.0, 1.0]}], "lasso": []}
    }
    app = open_view(full_run, "Map", map_chart=box)
    app.button(key="map_drop").click().run()
    saved = recipes.load_recipe(full_run.root / saving.RECIPES / saving.HAND_PICKED)
    assert saved.drop_ids == tuple(f"r{i:02d}" for i in range(8))
    reloaded = open_view(full_run, "Filter & export")  # a new session, as after a page reload
    assert metric(reloaded, "Rows kept").startswith("16 of 24")


def test_the_map_selection_is_kept_in_the_page_address(full_run) -> None:
    box = {
        "selection": {"points": [], "point_indices": [], "box": [{"x": [-6.0, -4.0], "y": [-1.0, 1.0]}], "lasso": []}
    }
    app = open_view(full_run, "Map", map_chart=box)
    kept = app.query_params["map_selection"]
    kept = kept[0] if isinstance(kept, list) else kept
    assert json.loads(kept)["box"] == [{"x": [-6.0, -4.0], "y": [-1.0, 1.0]}]
    reloaded = AppTest.from_file(str(APP), default_timeout=60)
    reloaded.session_state["run_path"] = str(full_run.root)
    reloaded.query_params["view"] = "Map"
    reloaded.query_params["map_selection"] = kept
    reloaded.run()
    assert [s.value for s in reloaded.subheader] == ["Selected: 8 rows (and 3 baseline points)"]
