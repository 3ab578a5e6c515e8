"""Ingest into a run folder, then the stats stage and `info` summary."""

import json
from pathlib import Path

import pytest

from synthlens import stats
from synthlens.errors import SynthlensError
from synthlens.ingest import IngestOptions, ingest_dataset

ROWS = [
    {"instruction": "Explain git rebase", "input": "", "output": "It replays commits."},
    {"instruction": "Translate the following sentence into French:", "input": "", "output": ""},
    {"instruction": "Explain git rebase", "input": "", "output": "It replays commits."},
    {"instruction": "Add", "input": "2 and 2", "output": "4"},
]


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS))
    return path


def test_ingest_writes_rows_and_manifest(dataset: Path, tmp_path: Path) -> None:
    result = ingest_dataset(dataset, tmp_path / "run")
    manifest = result.workspace.manifest
    assert result.rows == 4 and result.format == "alpaca" and not result.reused
    assert manifest["input"]["path"] == str(dataset) and len(manifest["input"]["sha256"]) == 64
    assert result.workspace.rows().height == 4


def test_reingesting_the_same_input_reuses_the_run(dataset: Path, tmp_path: Path) -> None:
    ingest_dataset(dataset, tmp_path / "run")
    rows_mtime = (tmp_path / "run" / "rows.parquet").stat().st_mtime_ns
    again = ingest_dataset(dataset, tmp_path / "run")
    assert again.reused and (tmp_path / "run" / "rows.parquet").stat().st_mtime_ns == rows_mtime


def test_a_changed_input_needs_overwrite(dataset: Path, tmp_path: Path) -> None:
    ingest_dataset(dataset, tmp_path / "run")
    dataset.write_text(dataset.read_text() + json.dumps(ROWS[0] | {"instruction": "New"}) + "\n")
    with pytest.raises(SynthlensError, match=r"already holds a run of .* fix: pick another folder with -o"):
        ingest_dataset(dataset, tmp_path / "run")
    assert ingest_dataset(dataset, tmp_path / "run", IngestOptions(overwrite=True)).rows == 5


def test_skipped_rows_go_to_a_rejects_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(ROWS[0]) + "\n{oops\n")
    result = ingest_dataset(path, tmp_path / "run", IngestOptions(on_bad_rows="skip"))
    rejects = [json.loads(line) for line in result.rejects_path.read_text().splitlines()]
    assert result.skipped == 1 and rejects[0]["location"].endswith("mixed.jsonl:2")


def test_stats_flag_empty_incomplete_and_duplicates(dataset: Path, tmp_path: Path) -> None:
    workspace = ingest_dataset(dataset, tmp_path / "run").workspace
    table = stats.run(workspace).sort("id")
    by_instruction = dict(zip(workspace.rows()["id"], workspace.rows()["instruction"], strict=True))
    flags = {by_instruction[i]: row for i, row in zip(table["id"], table.iter_rows(named=True), strict=True)}
    incomplete = flags["Translate the following sentence into French:"]
    assert incomplete["is_incomplete"] and incomplete["is_empty_response"]
    assert flags["Add\n\n2 and 2"]["instruction_chars"] == len("Add\n\n2 and 2")
    assert flags["Explain git rebase"]["exact_dup_count"] == 2
    assert table["is_exact_dup"].sum() == 1
    assert flags["Explain git rebase"]["instruction_tokens"] == 5  # explain gi ##t re ##base


def test_stats_report_their_progress_while_tokenising(dataset: Path, tmp_path: Path) -> None:
    workspace = ingest_dataset(dataset, tmp_path / "run").workspace
    reports: list[tuple[str, int, int | None]] = []
    stats.run(workspace, lambda task, done, total: reports.append((task, done, total)))
    assert reports and reports[-1] == ("stats", 8, 8)  # 4 instructions and 4 responses


def test_summary_reports_the_counts(dataset: Path, tmp_path: Path) -> None:
    workspace = ingest_dataset(dataset, tmp_path / "run").workspace
    stats.run(workspace)
    summary = dict(stats.summary(workspace).iter_rows())
    assert summary["rows"] == "4"
    assert summary["empty responses"] == "1"
    assert summary["incomplete instructions (end in ':')"] == "1"
    assert summary["exact duplicate rows (beyond the first)"] == "1"


def test_stats_find_exactly_the_planted_defects_of_the_demo_set(tmp_path: Path) -> None:
    demo = Path(__file__).parents[1] / "data"
    truth = json.loads((demo / "demo_truth.json").read_text())
    workspace = ingest_dataset(demo / "demo.jsonl", tmp_path / "demo").workspace
    table = stats.run(workspace)
    flagged = {column: set(table.filter(column)["id"]) for column in ("is_empty_response", "is_incomplete")}
    assert flagged["is_empty_response"] == set(truth["empty_response"])
    assert flagged["is_incomplete"] == set(truth["incomplete"])
    copies = {uuid for group in truth["exact_duplicate_groups"] for uuid in group[1:]}
    assert set(table.filter("is_exact_dup")["id"]) == copies
