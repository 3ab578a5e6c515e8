"""Recording the command lines that wrote to a run: which runs a command touched, and secrets masked."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from synthlens.provenance import redact, tracked_writes

CASES = [
    ("api key", ["--api-key", "sk-1"], ["--api-key", "***"]),
    ("equals form", ["--embed-api-key=sk-1"], ["--embed-api-key=***"]),
    ("hub token", ["--hf-token", "hf_x", "--max-tokens", "5"], ["--hf-token", "***", "--max-tokens", "5"]),
    ("password in a url", ["--endpoint", "http://me:pw@host/v1"], ["--endpoint", "http://me:***@host/v1"]),
    ("not secrets", ["--budget-tokens", "5M", "--tokenizer", "x"], ["--budget-tokens", "5M", "--tokenizer", "x"]),
]


@pytest.mark.parametrize(("argv", "shown"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_secret_values_are_masked(argv: list[str], shown: list[str]) -> None:
    assert redact(["synthlens", "tag", "runs/x", *argv]) == ["synthlens", "tag", "runs/x", *shown]


def test_only_runs_written_inside_the_block_are_tracked(make_run) -> None:
    before = make_run([("a", "b")], "before")
    with tracked_writes() as written:
        inside = make_run([("c", "d")], "inside")
        inside.record("stats", rows=1)
    assert written == {inside.root.resolve()} and before.root.resolve() not in written


def test_a_command_that_writes_records_itself_and_one_that_fails_first_does_not(make_run, tmp_path: Path) -> None:
    ws = make_run([("Write a haiku", "Leaves fall."), ("List three primes:", "2, 3, 5")])
    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    recipe_file = tmp_path / "short.yaml"
    recipe_file.write_text("name: short\nconditions: ['response_length >= 8']\n")
    for recipe in (str(recipe_file), "no-such-recipe"):
        command = [sys.executable, "-m", "synthlens", "filter", str(ws.root), "--recipe", recipe]
        subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    commands = json.loads((ws.root / "manifest.json").read_text())["commands"]
    assert [entry["argv"][-1] for entry in commands] == [str(recipe_file)]  # the failed one wrote nothing
    assert commands[0]["status"] == "ok" and commands[0]["versions"]["polars"]
