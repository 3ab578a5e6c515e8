"""LLM stages on Ray: the same table as the local engine, and a killed worker repeats no finished request."""

import asyncio
import json
import os
import signal
from pathlib import Path

from llm_server import LLMServer, Reply, ScriptedRequest, json_reply

from synthlens.engine import EngineOptions, on_engine
from synthlens.judge import run_tagger
from synthlens.judge.llm_taggers import llm_taggers

LABELS = ["Math", "Coding & Debugging", "Editing"]


def label(request: ScriptedRequest) -> Reply:
    index = int(request.prompt_text.split("question ")[1].split("?")[0])
    return json_reply({"task_category": LABELS[index % 3], "other_task_category": []})


def questions(count: int) -> list[tuple[str, None]]:
    return [(f"Please answer question {i}?", None) for i in range(count)]


def test_a_judge_stage_is_the_same_on_both_engines_and_up_to_date_across_them(ray_engine, make_run) -> None:
    local_run, ray_run = make_run(questions(150), name="a"), make_run(questions(150), name="b")
    with LLMServer(label) as server:
        [local] = llm_taggers(server.url, "m", "category", cache_path=local_run.cache_path)
        [remote] = llm_taggers(server.url, "m", "category", cache_path=ray_run.cache_path)
        expected = run_tagger(local_run, local)
        got = run_tagger(ray_run, on_engine(remote, ray_engine))
        sent = server.count()
        [again] = llm_taggers(server.url, "m", "category", cache_path=ray_run.cache_path)
        run_tagger(ray_run, again)  # the local engine finds the Ray-made stage up to date
        assert server.count() == sent == 300
    assert got.equals(expected)
    assert ray_run.manifest["stages"]["category"]["key"] == local_run.manifest["stages"]["category"]["key"]
    assert ray_run.manifest["stages"]["category"]["sent"] == 150


def worker_pids() -> list[int]:
    found = []
    for pid in os.listdir("/proc"):
        try:
            title = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"MapBatches(LLMWorker)" in title:
            found.append(int(pid))
    return found


def test_a_worker_killed_mid_stage_repeats_no_finished_request(ray_engine: EngineOptions, make_run) -> None:
    workspace = make_run(questions(120))
    kill_at, answered_before_kill, killed = 40, [], asyncio.Event()

    async def handler(request: ScriptedRequest) -> Reply:
        if request.number < kill_at:
            answered_before_kill.append(json.dumps(request.body, sort_keys=True))
        elif request.number == kill_at:
            await asyncio.sleep(0.5)  # every answer sent so far is stored by now
            os.kill(worker_pids()[0], signal.SIGKILL)
            killed.set()
        else:
            await killed.wait()
        return label(request)

    engine = EngineOptions("ray", actors=2, num_cpus=2, batch_size=30)
    with LLMServer(handler) as server:
        [tagger] = llm_taggers(server.url, "m", "category", cache_path=workspace.cache_path, max_concurrency=4)
        table = on_engine(tagger, engine).tag(workspace.rows())
        bodies = [json.dumps(r.body, sort_keys=True) for r in server.requests]
    assert table["task_category"].to_list() == [LABELS[i % 3] for i in range(120)]
    assert len(answered_before_kill) == kill_at
    assert all(bodies.count(body) == 1 for body in answered_before_kill)


def test_tag_with_engine_ray_on_the_command_line(ray_engine, make_run) -> None:
    from typer.testing import CliRunner

    from synthlens.cli import app
    from synthlens.workspace import Workspace

    workspace = make_run(questions(30))
    with LLMServer(label) as server:
        args = ["tag", str(workspace.root), "--endpoint", server.url, "--model", "m", "--tasks", "category"]
        result = CliRunner().invoke(app, [*args, "--engine", "ray"])
        assert result.exit_code == 0, result.output
        assert server.count() == 30
    table = Workspace.open(workspace.root).read_stage("category")
    assert table["task_category"].to_list() == [LABELS[i % 3] for i in range(30)]
