"""The CLI: thin commands, one red line on bad input, fast --help."""

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from synthlens.cli import app

runner = CliRunner()


def test_analyze_prints_summary_and_where_results_are(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"instruction": "Hi there", "input": "", "output": "Hello"}) + "\n")
    result = runner.invoke(app, ["analyze", str(data), "-o", str(tmp_path / "run")])
    assert result.exit_code == 0, result.output
    assert "ingested 1 rows (alpaca)" in result.output and f"results: {tmp_path / 'run'}" in result.output
    info = runner.invoke(app, ["info", str(tmp_path / "run")])
    assert info.exit_code == 0 and "empty responses" in info.output


def test_analyze_embeds_with_the_model_named(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    rows = [{"instruction": text, "input": "", "output": "ok"} for text in ("Name a fruit.", "name a fruit", "Sum 2+2")]
    data.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = runner.invoke(app, ["analyze", str(data), "-o", str(tmp_path / "run"), "--model", "minilm-static"])
    assert result.exit_code == 0, result.output
    assert "minilm-static (256-d)" in result.output
    assert (tmp_path / "run" / "embeddings" / "minilm-static.npy").exists()


def test_bad_input_is_one_red_line_without_traceback(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text("{nope\n")
    env = {"PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "synthlens", "ingest", str(data), "-o", str(tmp_path / "r")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error: ") and f"{data}:1: malformed JSON" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from synthlens.cli import app; print(sorted(m for m in ('torch','faiss','sentence_transformers',"
        "'datasets','polars','streamlit','openai','umap','sklearn') if m in sys.modules))"
    )
    env = {"PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
