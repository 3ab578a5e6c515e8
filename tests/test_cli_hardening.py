"""The rough edges a new user meets first: --version and -h, range checks, one line instead of a traceback,
output that makes sense when it is not a terminal, a clean Ctrl-C, and quick answers without network."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.errors import SynthlensError

runner = CliRunner()
SRC = str(Path(__file__).resolve().parents[1] / "src")
ROWS = [{"instruction": f"Explain topic number {i} in detail", "input": "", "output": f"Answer {i}."} for i in range(6)]


def synthlens(*args: str, env: dict | None = None, **options) -> subprocess.Popen:
    environment = {**os.environ, "PYTHONPATH": SRC, **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "synthlens", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=environment, **options,
    )  # fmt: skip


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


# item 15: --version, -h, range checks
def test_version_and_short_help() -> None:
    from synthlens import __version__

    assert runner.invoke(app, ["--version"]).output.strip() == f"synthlens {__version__}"
    for args in (["-h"], ["ingest", "-h"], ["dedup", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Usage:" in result.output, args


@pytest.mark.parametrize(
    "args",
    [
        ["dedup", "RUN", "--threshold", "1.5"],
        ["neighbors", "RUN", "--k", "0"],
        ["dedup", "RUN", "--sweep-floor", "-1"],
        ["overlap", "RUN", "--reference", "REF", "--threshold", "1.5"],
        ["overlap", "RUN", "--reference", "REF", "--ngram", "0"],
    ],
    ids=["threshold", "k", "sweep-floor", "overlap-threshold", "overlap-ngram"],
)
def test_out_of_range_settings_are_refused(make_run, tmp_path: Path, args: list[str]) -> None:
    run = make_run([("a", "b")])
    reference = write_jsonl(tmp_path / "ref.jsonl", ROWS)
    named = {"RUN": str(run.root), "REF": str(reference)}
    result = runner.invoke(app, [named.get(a, a) for a in args])
    assert isinstance(result.exception, SynthlensError) and "is out of range; allowed:" in str(result.exception)


def test_analyze_threshold_is_checked_before_any_work(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "d.jsonl", ROWS)
    result = runner.invoke(app, ["analyze", str(data), "-o", str(tmp_path / "run"), "--threshold", "1.5"])
    assert result.exit_code == 2 and not (tmp_path / "run").exists()


# item 9: one line, never a traceback
def test_a_row_that_crashed_polars_is_one_red_line(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "d.jsonl", [*ROWS, ROWS[0] | {"input": ["a", "list"]}])
    done = synthlens("ingest", str(data), "-o", str(tmp_path / "run"))
    _, stderr = done.communicate(timeout=120)
    assert done.returncode == 1 and "Traceback" not in stderr
    assert stderr.strip().splitlines() == [f"error: {data}:7: field 'input' is list, not text; fix: store text in"
                                           " this field, or pass --on-bad-rows skip"]  # fmt: skip


def test_reward_without_network_or_a_local_model_is_one_line(make_run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))  # an empty cache
    run = make_run([("a", "b")])
    result = runner.invoke(app, ["reward", str(run.root), "--model", "someone/some-reward-model"])
    assert isinstance(result.exception, SynthlensError), result.exception
    message = str(result.exception)
    assert "is not a local folder, not in the Hugging Face cache, and the Hub cannot be reached" in message
    assert "--model PATH" in message and "--endpoint URL" in message


# item 12: offline baselines answer at once, in one clean line
def test_a_hub_baseline_offline_is_one_clean_line(tmp_path: Path, monkeypatch) -> None:
    from synthlens.coverage.baselines import load_baseline, resolve_baseline

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    with pytest.raises(SynthlensError) as error:
        load_baseline(resolve_baseline("alpaca"), 100, 0, cache_dir=tmp_path)
    message = str(error.value)
    assert message.count("fix:") == 1 and "\n" not in message
    assert "is on the Hugging Face Hub, which cannot be reached from here" in message
    assert message.endswith("--baseline path/to/alpaca_data.json")


# item 16: output that is not a terminal, progress that moves, Ctrl-C
def test_piped_output_has_a_first_line_and_one_line_per_stage(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "d.jsonl", ROWS)
    result = runner.invoke(app, ["analyze", str(data), "-o", str(tmp_path / "run")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "synthlens analyze: started"
    assert lines[1] == f"ingested 6 rows (alpaca) in {tmp_path / 'run'}"
    for stage in ("stats", "exact_dedup", "embed", "neighbors", "dedup", "category", "language", "safety"):
        assert sum(line.startswith(f"{stage}: ") for line in lines) == 1, stage
    again = runner.invoke(app, ["analyze", str(data), "-o", str(tmp_path / "run")])
    assert "stats: up to date" in again.output and "reused 6 rows" in again.output


def test_embedding_progress_moves_within_a_batch(tmp_path: Path) -> None:
    from synthlens.embed.store import embed_texts

    class Embedder:
        name, dim = "fake", 2

        def encode(self, texts: list[str]) -> np.ndarray:
            return np.ones((len(texts), 2), dtype=np.float32)

    reports: list[int] = []
    embed_texts(Embedder(), [f"text {i}" for i in range(300)], tmp_path, lambda task, done, total: reports.append(done))
    assert len(reports) >= 3 and reports[-1] == 300 and reports == sorted(reports)


def test_line_progress_reports_long_tasks(capsys) -> None:
    from synthlens.cli.output import LineProgress

    progress = LineProgress(every=0.0)
    progress.report("embed", 10, 300)
    progress.report("embed", 300, 300)  # a finished task is left to the stage's own line
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("embed: 10/300 (")


def test_ctrl_c_says_how_to_resume_and_exits_130(tmp_path: Path) -> None:
    rows = [{"instruction": f"row {i}", "output": "x" * 50} for i in range(300_000)]
    data = write_jsonl(tmp_path / "big.jsonl", rows)
    process = synthlens("ingest", str(data), "-o", str(tmp_path / "run"))
    assert process.stdout.readline().strip() == "synthlens ingest: started"
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1] == "interrupted; run the same command to resume"


# item 17: labelled coverage lines, tables not cut when piped
def test_coverage_summary_lines_are_labelled() -> None:
    from synthlens.pipeline import coverage_lines

    metrics = pl.DataFrame(
        {"source": ["dataset", "alpaca"], "role": ["dataset", "baseline"], "rows": [300, 1000],
         "radius": [None, 0.3], "coverage": [None, 0.42], "dataset_near": [None, 0.9],
         "mean_nn_distance": [0.5, 0.4], "cluster_entropy": [2.1, 2.5], "vendi": [30.0, 40.0]}
    )  # fmt: skip
    lines = coverage_lines(metrics)
    assert ("coverage", "alpaca: rows the dataset covers (within 0.300)", "42.0%") in lines
    assert ("coverage", "dataset: Vendi score", "30.0") in lines
    assert all("(" not in value for _, _, value in lines)


def test_tables_are_not_cut_at_80_columns_when_piped(make_run) -> None:
    long = "a fairly long instruction " * 8
    run = make_run([(long, "b"), ("short", "c")])
    result = runner.invoke(app, ["info", str(run.root)])
    assert result.exit_code == 0
    line = next(line for line in result.output.splitlines() if "instruction_chars" in line)
    assert "| max " in line and len(line) > 80
