"""On the demo dataset, the planted exact copies, paraphrases and benchmark copies are found (real MiniLM)."""

import itertools
import json
from pathlib import Path

import polars as pl
import pytest

from synthlens.ingest import ingest_dataset
from synthlens.readers import Columns, read_dataset
from synthlens.similarity import SimilarityOptions, run_similarity
from synthlens.similarity.overlap import overlap_run

DATA = Path(__file__).resolve().parents[2] / "data"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """The demo run after the similarity pipeline with default settings, and its ground truth."""
    ws = ingest_dataset(DATA / "demo.jsonl", tmp_path_factory.mktemp("demo") / "run").workspace
    run_similarity(ws, SimilarityOptions())
    return ws, json.loads((DATA / "demo_truth.json").read_text())


def _pairs(groups) -> set[frozenset[str]]:
    return {frozenset(pair) for group in groups for pair in itertools.combinations(group, 2)}


def _grouped_pairs(ids: pl.Series, labels: pl.Series) -> set[frozenset[str]]:
    groups: dict[object, list[str]] = {}
    for row_id, label in zip(ids, labels, strict=True):
        groups.setdefault(label, []).append(row_id)
    return _pairs(group for group in groups.values() if len(group) > 1)


def test_semantic_dedup_recall_and_precision(demo):
    ws, truth = demo
    planted = _pairs(truth["exact_duplicate_groups"]) | _pairs(truth["near_duplicate_groups"])
    dedup = ws.read_stage("dedup")
    found = _grouped_pairs(dedup["id"], dedup["dup_group"])
    recall, precision = len(found & planted) / len(planted), len(found & planted) / len(found)
    assert recall >= 0.95, f"recall {recall:.3f}"
    assert precision >= 0.95, f"precision {precision:.3f}"


def test_normalised_hash_finds_every_exact_copy(demo):
    ws, truth = demo
    exact = ws.read_stage("exact_dedup")
    found = _grouped_pairs(exact["id"], exact["norm_hash"])
    assert _pairs(truth["exact_duplicate_groups"]) <= found
    # what else it groups are the planted paraphrases that differ only in case and punctuation
    assert found <= _pairs(truth["exact_duplicate_groups"]) | _pairs(truth["near_duplicate_groups"])


def test_overlap_finds_the_benchmark_prompts_copied_into_the_data(demo):
    ws, truth = demo
    reference = read_dataset(DATA / "eval_questions.jsonl", columns=Columns("prompt"))
    table = overlap_run(ws, reference, "eval_questions")
    flagged = table.filter(pl.col("is_contaminated"))
    found = set(zip(flagged["id"], flagged["ref_nearest_id"], strict=True))
    planted = {(item["uuid"], item["eval_id"]) for item in truth["eval_overlap"]}
    assert len(found & planted) / len(planted) >= 0.95
    assert len(found & planted) / len(found) >= 0.95
    verbatim = {item["uuid"] for item in truth["eval_overlap"] if item["kind"] == "verbatim"}
    sharing = set(table.filter(pl.col("ngram_overlap") > 0)["id"])
    # every verbatim copy shares n-grams; a paraphrase may too (one keeps the benchmark's quoted sentence)
    assert verbatim <= sharing <= {item["uuid"] for item in truth["eval_overlap"]}
