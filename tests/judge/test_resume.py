"""A tagging run killed with SIGKILL mid-way and started again sends only the requests it had not finished."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from llm_server import LLMServer, Reply, ScriptedRequest, json_reply, slow

from synthlens.judge.cache import ResponseCache
from synthlens.workspace import Workspace

SRC = Path(__file__).parents[2] / "src"
ROWS, ANSWERED_BEFORE_KILL, IN_FLIGHT = 40, 20, 4


def tag_command(run: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "synthlens", "tag", str(run), "--endpoint", url, "--model", "judge-model"]


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_sigkill_mid_run_then_restart_sends_only_missing_requests(make_run) -> None:
    workspace = make_run([(f"Translate sentence {i} into French.", None) for i in range(ROWS)])
    stalled = {"on": True}

    def handler(request: ScriptedRequest) -> Reply:
        answer = json_reply({"task_category": "Editing", "other_task_category": []})
        # After 20 answers every worker waits on a request that is never answered before the kill.
        return slow(answer, 30) if stalled["on"] and request.number >= ANSWERED_BEFORE_KILL else answer

    env = os.environ | {"PYTHONPATH": str(SRC)}
    options = ["--tasks", "category", "--concurrency", str(IN_FLIGHT)]
    with LLMServer(handler) as server:
        command = tag_command(workspace.root, server.url) + options
        run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            assert wait_for(lambda: server.count() == ANSWERED_BEFORE_KILL + IN_FLIGHT, 60), server.count()
        finally:
            run.send_signal(signal.SIGKILL)
            run.wait(timeout=10)
        assert run.returncode == -signal.SIGKILL
        with ResponseCache(workspace.cache_path) as cache:
            assert len(cache) == ANSWERED_BEFORE_KILL  # every answer was committed as it arrived

        stalled["on"] = False
        done = subprocess.run(command, env=env, capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode()
        assert server.count() == ROWS + IN_FLIGHT  # only the 4 lost in flight were asked twice

    restarted = Workspace.open(workspace.root)
    table = restarted.read_stage("category")
    assert table.height == ROWS and table["task_category"].to_list() == ["Editing"] * ROWS
    facts = restarted.manifest["stages"]["category"]
    assert (facts["cached"], facts["sent"], facts["failed"]) == (ANSWERED_BEFORE_KILL, ROWS - ANSWERED_BEFORE_KILL, 0)
