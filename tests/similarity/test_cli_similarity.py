"""The similarity commands end to end on a tiny run, with the bundled all-MiniLM-L6-v2."""

import json

import polars as pl
import pytest
from typer.testing import CliRunner

from synthlens.cli import app
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
    ],
)
def test_bad_options_are_one_line_errors(run, args, message):
    result = CliRunner().invoke(app, [arg.format(run=run.root) for arg in args])
    assert result.exit_code != 0
    assert message in str(result.exception)
