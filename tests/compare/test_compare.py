"""Comparing two versions of the demo data made by defined edits (rows removed from the end, new rows added,
rows with one word changed): the counts, the shifts, the clusters, the files and the command."""

import json
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.compare import CompareOptions, compare_runs, shifts, write_comparison
from synthlens.embed import DEFAULT_MODEL
from synthlens.embed.stage import embed_run
from synthlens.errors import SynthlensError
from synthlens.judge.offline.classifiers import generator_name

runner = CliRunner()
CHANGED_TOLERANCE = 3  # an edit may move a short instruction below cos 0.90; the demo edits all stay above


@pytest.fixture(scope="module")
def comparison(demo_versions):
    return compare_runs(demo_versions.a, demo_versions.b)


def test_rows_removed_added_and_changed_are_counted(comparison, demo_versions) -> None:
    from demo_runs import A_ROWS, ADDED, EDITED_NEW_ID, EDITED_SAME_ID, REMOVED

    counts = comparison.counts
    rows = comparison.rows
    assert counts["rows_a"] == A_ROWS and counts["rows_b"] == A_ROWS - REMOVED + ADDED
    assert counts["changed_same_id"] == EDITED_SAME_ID
    assert abs(counts["changed_near_duplicate"] - EDITED_NEW_ID) <= CHANGED_TOLERANCE
    unmatched_edits = EDITED_NEW_ID - counts["changed_near_duplicate"]
    assert counts["removed"] == REMOVED + unmatched_edits and counts["added"] == ADDED + unmatched_edits
    assert counts["same"] == A_ROWS - REMOVED - EDITED_NEW_ID - EDITED_SAME_ID
    assert set(demo_versions.removed_ids) <= set(rows.filter(pl.col("status") == "removed")["id_a"])
    assert set(demo_versions.added_ids) <= set(rows.filter(pl.col("status") == "added")["id_b"])
    pairs = rows.filter(pl.col("match") == "near_duplicate").select("id_a", "id_b").rows()
    assert all(demo_versions.edited_new_id[a] == b for a, b in pairs)  # each match is the row's own edit
    same_id = rows.filter((pl.col("status") == "changed") & (pl.col("match") == "id"))["id_a"]
    assert sorted(same_id) == sorted(demo_versions.edited_same_id)


def test_light_edits_shift_no_distribution_and_the_clusters_split_both_runs(comparison) -> None:
    tests = comparison.tests
    assert set(tests.filter(pl.col("test") == "chi-square")["column"]) == set(shifts.TAG_COLUMNS)
    assert (tests["p_value"] > 0.5).all()
    assert tests.filter(pl.col("column") == "task_category")["tagged_by_a"].item() == generator_name()
    clusters = comparison.clusters
    assert clusters["a"].sum() == comparison.counts["rows_a"] and clusters["b"].sum() == comparison.counts["rows_b"]
    assert clusters["share_change"].abs().max() < 0.05
    assert set(clusters["change"]) <= {"grew", "shrank", "same"}
    metrics = dict(zip(comparison.side_by_side["metric"], comparison.side_by_side.rows(), strict=True))
    assert 0 < metrics["diversity: mean nearest-neighbour distance"][1] < 1


def test_a_real_shift_gets_a_small_p_value() -> None:
    a = pl.DataFrame({"task_category": ["Math"] * 90 + ["Coding"] * 10, "response_tokens": list(range(100))})
    b = pl.DataFrame({"task_category": ["Math"] * 10 + ["Coding"] * 90, "response_tokens": list(range(50, 150))})
    result = shifts.tests(a, b, shifts.tag_counts(a, b))
    p_values = dict(zip(result["column"], result["p_value"], strict=True))
    assert p_values["task_category"] < 1e-6 and p_values["response_tokens"] < 1e-6


def test_the_tables_are_written_as_json_and_parquet(comparison, tmp_path: Path) -> None:
    written = write_comparison(comparison, tmp_path / "out")
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["counts"] == comparison.counts and summary["model"] == DEFAULT_MODEL
    assert pl.read_parquet(tmp_path / "out" / "rows.parquet").equals(comparison.rows)
    assert {path.name for path in written} >= {"clusters.parquet", "tags.parquet", "tests.parquet"}


def test_the_command_prints_the_counts_and_measures_coverage_of_a_baseline(demo_versions, tmp_path: Path) -> None:
    from demo_runs import demo_records, write_jsonl

    baseline = write_jsonl(demo_records(60, start=1000), tmp_path / "baseline.jsonl")
    arguments = ["compare", str(demo_versions.a.root), str(demo_versions.b.root), "-o", str(tmp_path / "out")]
    done = runner.invoke(app, [*arguments, "--baseline", str(baseline)], env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    assert "removed (only in A)" in done.output and "clusters that grew and shrank most" in done.output
    side = pl.read_parquet(tmp_path / "out" / "side_by_side.parquet")
    coverage = side.filter(pl.col("metric").str.starts_with("coverage of baseline"))
    assert coverage.height == 1 and 0 < coverage["a"].item() <= 1 and 0 < coverage["b"].item() <= 1


class NamedEmbedder:
    def __init__(self, name: str) -> None:
        self.name, self.dim = name, 4

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.eye(4, dtype=np.float32)[[len(text) % 4 for text in texts]]


def test_runs_embedded_by_different_models_are_refused_in_one_line(make_run) -> None:
    pairs = [("Write a poem about rain", "Rain."), ("Sum 2 and 2", "4")]
    a, b = make_run(pairs, "a"), make_run(pairs, "b")
    embed_run(a, NamedEmbedder("model-one"))
    embed_run(b, NamedEmbedder("model-two"))
    with pytest.raises(SynthlensError, match="compare needs one embedder; fix: synthlens embed .* --model model-one"):
        compare_runs(a, b, CompareOptions())


def test_near_duplicate_matching_through_an_approximate_index_finds_the_edits(monkeypatch) -> None:
    from synthlens.compare.matching import near_duplicate_pairs
    from synthlens.similarity import reference_search

    rng = np.random.default_rng(0)
    centres = rng.normal(size=(200, 16))
    a = centres[rng.integers(0, 200, 21_000)] + 0.4 * rng.normal(size=(21_000, 16))  # just past the exact size
    edited = a[:1000] + 0.03 * rng.normal(size=(1000, 16))  # light edits of the first 1,000 rows of A
    b = np.concatenate([edited, rng.normal(size=(300, 16))])
    a, b = (x / np.linalg.norm(x, axis=1, keepdims=True) for x in (a, b))
    exact = near_duplicate_pairs(a, b, 0.9)
    monkeypatch.setattr(reference_search, "EXACT_BUDGET", 0)  # the tuned index, as for large runs
    approximate = near_duplicate_pairs(a, b, 0.9)
    assert {(i, i) for i in range(1000)} <= {(a_row, b_row) for a_row, b_row, _ in exact}
    assert len(set(approximate) ^ set(exact)) <= 10
