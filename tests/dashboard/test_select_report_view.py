"""The Select & report view on a copy of the demo run: a selection run from the form is written to the run
and its report shown; both report downloads are offered."""

import shutil

from dashboard_runs import open_view

from synthlens.workspace import Workspace


def test_a_selection_from_the_form_is_written_and_reported(demo_versions, tmp_path) -> None:
    shutil.copytree(demo_versions.a.root, tmp_path / "run")
    app = open_view(tmp_path / "run", "Select & report")
    assert not app.exception, [e.value for e in app.exception]
    assert app.info[0].value.startswith("No selection on this run yet")
    app.text_input(key="s_score").set_value("input_quality + response_length / 1000")
    app.text_input(key="s_budget").set_value("20K")
    app.number_input(key="s_floor").set_value(2)
    app.button[0].click().run()
    assert not app.exception and not app.error, [e.value for e in [*app.exception, *app.error]]
    metrics = {metric.label: metric.value for metric in app.metric}
    flags = Workspace.open(tmp_path / "run").read_stage("filter")
    assert metrics["taken"] == f"{int(flags['keep'].sum()):,}" and int(metrics["taken"]) > 0
    assert app.subheader[0].value.startswith("select 20,000 tokens by input")
    categories = next(frame.value for frame in app.dataframe if "category" in frame.value.columns)
    assert (categories["taken"] >= categories["candidates"].clip(upper=2)).all()  # the floor of 2 per category
    labels = [button.label for button in app.get("download_button")]
    assert labels == ["Download report (HTML)", "Download report (Markdown)"]
