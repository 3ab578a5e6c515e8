"""`analyze` end to end on a small file: every stage runs, a recipe filters, the export holds the kept rows."""

import json
from pathlib import Path

from synthlens.ingest import IngestOptions
from synthlens.pipeline import AnalyzeOptions, analyze
from synthlens.readers import read_dataset

ROWS = [
    ("How do I undo the last git commit but keep my changes?", "Use git reset --soft HEAD~1."),
    ("How do I undo my last git commit but keep the changes?", "Run git reset --soft HEAD~1."),
    ("Write a haiku about autumn leaves.", "Red leaves drift and fall..."),
    ("What is the capital of Australia?", "Canberra."),
    ("Explain what a hash map is.", "A table from keys to values..."),
    ("Translate the following sentence into French:", "Please give me the sentence."),
]


def test_analyze_runs_every_stage_then_filters_and_exports(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text("".join(json.dumps({"instruction": i, "input": "", "output": o}) + "\n" for i, o in ROWS))
    options = AnalyzeOptions(IngestOptions(), recipe="dedup-only", export=tmp_path / "out")
    result = analyze(data, tmp_path / "run", options)
    workspace = result.ingest.workspace
    for stage in ("stats", "exact_dedup", "neighbors", "dedup", "category", "quality", "language", "safety", "filter"):
        assert workspace.has_stage(stage), stage
    assert set(result.summary["stage"]) >= {"stats", "dedup", "category", "filter", "export"}
    kept = workspace.read_stage("filter").filter("keep")
    exported = read_dataset(tmp_path / "out" / "train.jsonl")
    assert exported.height == kept.height == len(ROWS) - 1  # the two git paraphrases become one row
    assert exported["instruction"][0] == ROWS[0][0]


def test_rerunning_analyze_recomputes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text("".join(json.dumps({"instruction": i, "input": "", "output": o}) + "\n" for i, o in ROWS))
    first = analyze(data, tmp_path / "run").ingest.workspace.manifest["stages"]
    second = analyze(data, tmp_path / "run").ingest.workspace.manifest["stages"]
    assert {name: stage.get("finished_at") for name, stage in first.items()} == {
        name: stage.get("finished_at") for name, stage in second.items()
    }
