"""The Compare runs view on two versions of the demo data: the counts a user reads, the tables, the edited
rows shown as text; without a second run, one line saying what to enter."""

from dashboard_runs import open_view


def test_compare_view_shows_the_counts_of_two_versions(demo_versions) -> None:
    from demo_runs import ADDED, EDITED_SAME_ID, REMOVED

    app = open_view(demo_versions.a, "Compare runs", compare=str(demo_versions.b.root))
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]
    assert [h.value for h in app.header] == ["Compare runs"]
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["rows removed"] == str(REMOVED) and metrics["rows added"] == str(ADDED)
    assert int(metrics["rows changed"]) >= EDITED_SAME_ID
    examples = next(frame.value for frame in app.dataframe if "instruction_b" in frame.value.columns)
    edited = examples[examples["match"] == "near_duplicate"]
    assert len(edited) and (edited["instruction_a"] != edited["instruction_b"]).all()


def test_compare_view_without_a_second_run_says_what_to_enter(full_run, tmp_path) -> None:
    app = open_view(full_run, "Compare runs")
    assert not app.exception and [info.value for info in app.info][0].startswith("Enter the folder of a second run")
    missing = open_view(full_run, "Compare runs", compare=str(tmp_path / "nowhere"))
    assert len(missing.error) == 1 and "not a synthlens run" in missing.error[0].value
