"""The Python API: `import synthlens` is light, analyze takes files and in-memory data alike, and a run can be
opened, read as a table, filtered and exported from a notebook."""

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import synthlens

ROWS = [
    {"instruction": "Explain git rebase", "input": "", "output": "It replays commits."},
    {"instruction": "Explain git rebase", "input": "", "output": "It replays commits."},
    {"instruction": "Name a prime", "input": "", "output": "7"},
    {"instruction": "Translate the following:", "input": "", "output": "What?"},
]
SRC = str(Path(__file__).resolve().parents[1] / "src")


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_public_names_and_a_light_import() -> None:
    assert set(synthlens.__all__) >= {"analyze", "open_run", "Run", "SynthlensError", "__version__"}
    code = "import sys, synthlens; print(sorted(m for m in ('polars', 'torch', 'datasets') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": SRC})
    assert done.stdout.strip() == "[]", done.stderr


def in_memory_forms() -> list:
    import datasets
    import pandas as pd

    return [
        pytest.param(lambda: list(ROWS), id="list-of-dicts"),
        pytest.param(lambda: pl.DataFrame(ROWS), id="polars"),
        pytest.param(lambda: pd.DataFrame(ROWS), id="pandas"),
        pytest.param(lambda: datasets.Dataset.from_list(ROWS), id="datasets"),
        pytest.param(lambda: datasets.DatasetDict({"train": datasets.Dataset.from_list(ROWS)}), id="dataset-dict"),
    ]


@pytest.mark.parametrize("make_data", in_memory_forms())
def test_in_memory_data_gets_a_run_folder_by_name(in_tmp: Path, make_data, monkeypatch) -> None:
    from synthlens.ingest import ingest_dataset

    result = ingest_dataset(make_data(), name="my set")
    assert result.workspace.root == Path("runs") / "my__set"
    assert result.rows == 4 and result.format == "alpaca"
    assert result.workspace.rows()["instruction"].to_list() == [row["instruction"] for row in ROWS]
    assert ingest_dataset(make_data(), name="my set").reused  # the same rows, however they are held


def test_in_memory_data_without_a_name_says_how_to_give_one() -> None:
    with pytest.raises(synthlens.SynthlensError, match=r"has no file name to name its run; .*fix: pass name="):
        synthlens.analyze(list(ROWS))


def test_analyze_open_filter_and_export_from_a_notebook(in_tmp: Path) -> None:
    run = synthlens.analyze(pl.DataFrame(ROWS), name="notebook")
    assert run.path == Path("runs") / "notebook"
    assert {"stats", "dedup", "category"} <= set(run.stages)
    assert run.summary is not None and "stats" in run.summary["stage"].to_list()

    reopened = synthlens.open_run("runs/notebook")
    table = reopened.table()
    assert table.height == 4 and {"is_exact_dup", "task_category"} <= set(table.columns)
    assert reopened.table(["id", "is_exact_dup"]).columns == ["id", "is_exact_dup"]

    result = reopened.filter({"name": "no-dups", "conditions": ["not is_exact_dup", "not is_incomplete"]})
    assert result.kept == 2
    exported = reopened.export(in_tmp / "out", format="parquet")
    assert exported.kept_rows == 2 and pl.read_parquet(exported.files[0]).height == 2
    assert "Run('runs/notebook', rows=4" in repr(reopened)


def test_analyze_reads_a_file_like_the_command_line(in_tmp: Path) -> None:
    path = in_tmp / "data.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS))
    run = synthlens.analyze(str(path))
    assert run.path == Path("runs") / "data"
    assert synthlens.open_run(run.path).filter("dedup-only").kept == 3


def test_select_report_and_compare_from_a_notebook(demo_versions, tmp_path: Path) -> None:
    import shutil

    from demo_runs import ADDED, REMOVED

    shutil.copytree(demo_versions.a.root, tmp_path / "run")
    run = synthlens.open_run(tmp_path / "run")
    result = run.select("response_length", budget_rows="30", max_similarity=0.85)
    assert result.kept == 30 and result.selection["taken"] == 30
    assert "<h2>Selection</h2>" in run.report(tmp_path / "report.html").read_text()
    comparison = synthlens.compare_runs(demo_versions.a.root, demo_versions.b.root, clusters=5)
    assert (comparison.counts["removed"], comparison.counts["added"]) == (REMOVED, ADDED)
