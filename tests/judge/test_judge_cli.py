"""The tag, guard and reward commands against the scripted server."""

from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, json_reply
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.errors import SynthlensError
from synthlens.workspace import Workspace

runner = CliRunner()
PAIRS = [("Write a limerick about a cat.", "There once was a cat..."), ("Sort a list in Python.", "sorted(x)")]


def judge(request: ScriptedRequest) -> Reply:
    if "task categories" in request.prompt_text:
        category = "Coding & Debugging" if "Python" in request.prompt_text else "Creative writing"
        return json_reply({"task_category": category, "other_task_category": []})
    if request.body["model"].startswith("nvidia/"):
        pairs = [
            ("helpfulness", 3.0),
            ("correctness", 3.0),
            ("coherence", 3.0),
            ("complexity", 1.0),
            ("verbosity", 1.0),
        ]
        return chat_reply("", logprobs=pairs)
    return chat_reply("safe")


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_tag_writes_stages_and_prints_counts_then_is_up_to_date(make_run) -> None:
    workspace = make_run(PAIRS)
    with LLMServer(judge) as server:
        first = invoke("tag", str(workspace.root), "--endpoint", server.url, "--model", "m", "--tasks", "category")
        second = invoke("tag", str(workspace.root), "--endpoint", server.url, "--model", "m", "--tasks", "category")
        assert server.count() == 2
    assert first.exit_code == 0, first.output
    assert "Coding & Debugging" in first.output and "Creative writing" in first.output and "done" in first.output
    assert second.exit_code == 0 and "up to date" in second.output
    table = Workspace.open(workspace.root).read_stage("category")
    assert sorted(table["task_category"].to_list()) == ["Coding & Debugging", "Creative writing"]


def test_guard_and_nemotron_reward_commands(make_run) -> None:
    workspace = make_run(PAIRS)
    with LLMServer(judge) as server:
        guard = invoke("guard", str(workspace.root), "--endpoint", server.url, "--guard-target", "response")
        reward = invoke("reward", str(workspace.root), "--endpoint", server.url)
    assert guard.exit_code == 0 and reward.exit_code == 0, guard.output + reward.output
    joined = Workspace.open(workspace.root).joined()
    assert joined["is_safe"].to_list() == [True, True] and joined["reward_score"].null_count() == 0
    assert "reward_score" in reward.output


def test_bad_options_are_user_errors(make_run) -> None:
    workspace = make_run(PAIRS)
    result = invoke("tag", str(workspace.root), "--endpoint", "http://127.0.0.1:9/v1", "--model", "m", "--tasks", "x")
    assert isinstance(result.exception, SynthlensError) and "allowed: category, quality, difficulty" in str(
        result.exception
    )
    result = invoke("guard", str(workspace.root), "--endpoint", "127.0.0.1:9")
    assert isinstance(result.exception, SynthlensError) and "not an http(s) URL" in str(result.exception)


def test_a_run_with_failed_requests_says_how_to_finish_it(make_run) -> None:
    def handler(request: ScriptedRequest) -> Reply:
        if "limerick" in request.prompt_text:
            return Reply(status=503, body={"error": {"message": "overloaded"}})
        return judge(request)

    workspace = make_run(PAIRS)
    with LLMServer(handler) as server:
        args = ["--endpoint", server.url, "--model", "m", "--tasks", "category", "--max-retries", "0"]
        result = invoke("tag", str(workspace.root), *args)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "category: 1 of 2 rows got no answer" in said and "run the same command again" in said
