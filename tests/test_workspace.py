"""The workspace: stages cached by key, atomic writes, a manifest that tells what happened."""

from pathlib import Path

import polars as pl
import pytest

from synthlens import atomic
from synthlens.errors import SynthlensError
from synthlens.workspace import Workspace


def test_stage_is_computed_once_per_params(make_run) -> None:
    workspace = make_run([("a", "b"), ("c", "d")])
    calls = []

    def compute() -> pl.DataFrame:
        calls.append(1)
        return workspace.rows(["id"]).with_columns(pl.lit(len(calls)).alias("value"))

    first = workspace.run_stage("demo", {"k": 1}, compute)
    again = workspace.run_stage("demo", {"k": 1}, compute)
    changed = workspace.run_stage("demo", {"k": 2}, compute)
    assert len(calls) == 2
    assert first.equals(again)
    assert changed["value"].to_list() == [2, 2]
    record = Workspace.open(workspace.root).manifest["stages"]["demo"]
    assert record["params"] == {"k": 2} and record["rows"] == 2 and record["seconds"] >= 0


def test_upstream_change_invalidates_downstream(make_run) -> None:
    workspace = make_run([("a", "b")])
    ids = lambda: workspace.rows(["id"])  # noqa: E731
    workspace.run_stage("up", {"v": 1}, ids)
    calls = []
    down = lambda: calls.append(1) or ids()  # noqa: E731
    workspace.run_stage("down", {}, down, depends_on=["up"])
    workspace.run_stage("down", {}, down, depends_on=["up"])
    workspace.run_stage("up", {"v": 2}, ids)
    workspace.run_stage("down", {}, down, depends_on=["up"])
    assert len(calls) == 2


def test_failed_stage_leaves_no_table(make_run) -> None:
    workspace = make_run([("a", "b")])

    def broken() -> pl.DataFrame:
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        workspace.run_stage("broken", {}, broken)
    assert not workspace.stage_path("broken").exists()
    assert "broken" not in workspace.manifest["stages"]


def test_atomic_write_keeps_the_old_file_when_interrupted(tmp_path: Path) -> None:
    target = tmp_path / "t.json"
    atomic.write_json({"v": 1}, target)
    with pytest.raises(KeyboardInterrupt), atomic.atomic_path(target) as tmp:
        tmp.write_text("half")
        raise KeyboardInterrupt
    assert target.read_text().strip().endswith("}") and '"v": 1' in target.read_text()
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]


def test_joined_table_has_every_stage(make_run) -> None:
    workspace = make_run([("a", "b"), ("c", None)])
    workspace.run_stage("one", {}, lambda: workspace.rows(["id"]).with_columns(pl.lit(1).alias("x")))
    joined = workspace.joined()
    assert joined.height == 2 and "x" in joined.columns and "instruction" in joined.columns


def test_parts_of_a_stage_are_kept_but_only_the_combined_table_joins(make_run) -> None:
    ws = make_run([("a", "x"), ("b", "y")])
    for name, flags in (("overlap", [True, False]), ("overlap.mmlu", [True, False]), ("overlap.gsm8k", [False, False])):
        ws.run_stage(
            name, {}, lambda flags=flags: pl.DataFrame({"id": ws.rows(["id"])["id"], "is_contaminated": flags})
        )
    assert ws.stages() == ["overlap", "overlap.mmlu", "overlap.gsm8k"]
    assert ws.table_stages() == ["overlap"]
    joined = ws.joined()
    assert joined["is_contaminated"].to_list() == [True, False]
    assert [column for column in joined.columns if "contaminated" in column] == ["is_contaminated"]


def test_open_a_folder_that_is_not_a_run(tmp_path: Path) -> None:
    with pytest.raises(SynthlensError, match=r"not a synthlens run \(no manifest.json\); fix: synthlens ingest"):
        Workspace.open(tmp_path)


def test_missing_stage_names_the_fix(make_run) -> None:
    with pytest.raises(SynthlensError, match=r"stage 'neighbors' has not been run"):
        make_run([("a", "b")]).read_stage("neighbors")
