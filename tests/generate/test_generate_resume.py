"""A killed `generate` resumes without repeating a finished request; a finished one makes no requests."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, slow, text_reply

from synthlens.generate.output import OutputFile

SRC = Path(__file__).parents[2] / "src"
ROWS, ANSWERED_BEFORE_KILL = 12, 10


def command(out: Path, url: str) -> list[str]:
    base = [sys.executable, "-m", "synthlens", "generate", "magpie", "-o", str(out), "-n", str(ROWS)]
    return base + ["--endpoint", url, "--model", "gen-model", "--template", "chatml", "--concurrency", "2"]


def body_key(request: ScriptedRequest) -> str:
    return json.dumps(request.body, sort_keys=True)


def test_a_killed_run_resumes_without_repeating_finished_requests(tmp_path: Path) -> None:
    stalled = {"on": True}
    answered: list[str] = []

    def handler(request: ScriptedRequest) -> Reply:
        if request.method == "GET":
            return Reply(body={"data": [{"id": "gen-model"}]})
        if stalled["on"] and len(answered) >= ANSWERED_BEFORE_KILL:
            return slow(chat_reply("late"), 30)  # never answered before the kill
        answered.append(body_key(request))
        if request.is_raw_completion:
            return text_reply(f"How do I write test number {request.body['seed']}?")
        return chat_reply("Like this.")

    out = tmp_path / "gen.jsonl"
    env = os.environ | {"PYTHONPATH": str(SRC)}
    with LLMServer(handler) as server:
        run = subprocess.Popen(command(out, server.url), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while len(server.posts()) < ANSWERED_BEFORE_KILL + 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=10)
        finished_before = set(answered)
        assert len(finished_before) == ANSWERED_BEFORE_KILL
        stalled["on"] = False
        before_restart = len(server.requests)
        done = subprocess.run(command(out, server.url), env=env, capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode()
        resent = [body_key(r) for r in server.requests[before_restart:] if r.method == "POST"]
        assert not set(resent) & finished_before  # nothing that had an answer is asked again
        before_third = len(server.requests)
        again = subprocess.run(command(out, server.url), env=env, capture_output=True, timeout=120)
        assert again.returncode == 0 and not [r for r in server.requests[before_third:] if r.method == "POST"]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == ROWS and len({row["id"] for row in rows}) == ROWS


def test_a_partial_last_line_from_a_kill_is_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "gen.jsonl"
    path.write_text('{"id": "magpie-0-0", "messages": []}\n{"id": "magpie-0-1", "mess')
    output = OutputFile(path)
    assert output.ids == {"magpie-0-0"} and path.read_text().endswith("[]}\n")
    assert output.append([{"id": "magpie-0-0"}, {"id": "magpie-0-1", "messages": []}]) == 1
    assert [json.loads(line)["id"] for line in path.read_text().splitlines()] == ["magpie-0-0", "magpie-0-1"]
