"""The similarity commands end to end on a tiny run, with the bundled all-MiniLM-L6-v2."""

import json

import polars as pl
import pytest
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.similarity import SimilarityOptions
from synthlens.workspace import Workspace

PAIRS = [
    ("How do I bake sourdough bread at home?", "Feed a starter..."),
    ("How can I bake sourdough bread at home?", "Start with a starter..."),
    ("What is the capital of Australia?", "Canberra."),
    ("Write a haiku about autumn leaves.", "Red leaves drift..."),
    ("write a haiku about autumn leaves", "Golden leaves fall..."),
    ("Explain the difference between TCP and UDP.", "TCP is reliable..."),
]


@pytest.fixture
def run(make_run):
    return make_run(PAIRS)


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.slow
def test_embed_neighbors_dedup_exact_and_overlap(run, tmp_path):
    root = str(run.root)
    assert "6 rows x 384 dims" in _invoke("embed", root)
    assert "0 texts newly embedded" in _invoke("embed", root)
    assert "flat (exact)" in _invoke("neighbors", root)
    output = _invoke("dedup", root, "--threshold", "0.9", "--keep", "longest_response", "--sweep")
    assert "rows removed (keep longest_response)" in output and "threshold sweep" in output
    dedup = Workspace.open(root).read_stage("dedup")
    assert dedup["dup_group_size"].to_list() == [2, 2, 1, 2, 2, 1]
    assert _invoke("exact-dedup", root, "--minhash")
    assert Workspace.open(root).read_stage("exact_dedup")["is_norm_dup"].to_list() == [False] * 4 + [True, False]
    reference = tmp_path / "eval.jsonl"
    prompts = [{"id": "q1", "prompt": "What's the capital city of Australia?"}, {"id": "q2", "prompt": "Name a prime."}]
    reference.write_text("\n".join(json.dumps(p) for p in prompts))
    assert "contaminated rows" in _invoke("overlap", root, "--reference", str(reference), "--reference-field", "prompt")
    overlap = Workspace.open(root).read_stage("overlap")
    assert overlap.filter(pl.col("is_contaminated"))["ref_nearest_id"].to_list() == ["q1"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["dedup", "{run}", "--keep", "shortest"], "keep policy 'shortest' is not known", id="keep"),
        pytest.param(["dedup", "{run}", "--mode", "fuzzy"], "dedup mode 'fuzzy' is not known", id="mode"),
        pytest.param(["embed", "{run}", "--embed-field", "system"], "embed field 'system'", id="field"),
        pytest.param(["neighbors", "{run}", "--index", "annoy"], "index kind 'annoy'", id="index"),
        pytest.param(
            ["overlap", "{run}", "--reference", "{eval}", "--index", "annoy"], "index kind 'annoy'", id="overlap-index"
        ),
        pytest.param(
            ["overlap", "{run}", "--reference", "{eval}"],
            "fields found: id, prompt; allowed: alpaca",
            id="reference-format-not-detected",
        ),
    ],
)
def test_bad_options_are_one_line_errors(run, tmp_path, args, message):
    reference = tmp_path / "eval.jsonl"
    reference.write_text(json.dumps({"id": "q1", "prompt": "Name a prime."}))
    result = CliRunner().invoke(app, [arg.format(run=run.root, eval=reference) for arg in args])
    assert result.exit_code != 0
    assert message in str(result.exception)


def test_overlap_without_a_detected_format_asks_for_the_reference_field(run, tmp_path):
    reference = tmp_path / "eval.jsonl"
    reference.write_text(json.dumps({"id": "q1", "prompt": "Name a prime."}))
    result = CliRunner().invoke(app, ["overlap", str(run.root), "--reference", str(reference)])
    assert "fix: --reference-field COLUMN" in str(result.exception)
    assert "--format" not in str(result.exception)  # overlap has no such option


def test_overlap_keeps_one_table_per_named_reference(monkeypatch, run, tmp_path, fake_embedder):
    monkeypatch.setattr(SimilarityOptions, "embedder", lambda _: fake_embedder())
    root = str(run.root)
    for name, prompt, index in (
        ("math", "What is the capital of Australia?", "hnsw"),
        ("poems", "Name a prime.", "auto"),
    ):
        reference = tmp_path / f"{name}.jsonl"
        reference.write_text(json.dumps({"id": f"{name}-1", "prompt": prompt}))
        arguments = ["--reference", str(reference), "--reference-field", "prompt", "--name", f"{name}-v1"]
        output = _invoke("overlap", root, *arguments, "--index", index)
        assert f"stage overlap.{name}-v1" in output
    ws = Workspace.open(root)
    assert {"overlap.math-v1", "overlap.poems-v1", "overlap"} <= set(ws.stages())
    assert ws.manifest["stages"]["overlap.math-v1"]["params"]["index"] == "hnsw"
    assert ws.read_stage("overlap")["contaminated_by"].to_list()[2] == ["math-v1"]
