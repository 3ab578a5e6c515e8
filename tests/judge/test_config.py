"""Judges named in a config file: which taggers it makes, clear errors, and `synthlens judge --config`."""

from pathlib import Path

import pytest
from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, json_reply
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.errors import SynthlensError
from synthlens.judge.config import judge_taggers, read_judge_config
from synthlens.workspace import Workspace


def write(tmp_path: Path, text: str, name: str = "judges.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_config_names_taggers_with_shared_and_own_settings(tmp_path: Path) -> None:
    config = read_judge_config(
        write(
            tmp_path,
            """
judges:
  endpoint: http://localhost:8000/v1
  model: meta-llama/Meta-Llama-3-8B-Instruct
  tasks: [quality]
  max_concurrency: 8
  guard: {endpoint: "http://localhost:8001", model: meta-llama/Meta-Llama-Guard-2-8B, target: response}
  reward: {model: /models/armo, device: cpu, trust_remote_code: true}
""",
        )
    )
    quality, guard, reward = judge_taggers(config, tmp_path / "cache.sqlite")
    assert (quality.name, guard.name, reward.name) == ("quality", "safety", "reward")
    assert guard.client.settings.base_url == "http://localhost:8001/v1" and guard.task.version == 2
    assert guard.task.target == "response" and guard.client.settings.max_concurrency == 8
    assert reward.model == "/models/armo" and reward.trust_remote_code and reward.device == "cpu"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("judges: {endpoint: x, modle: y}", "unknown key modle"),
        ("judges: {guard: {model: g, colour: red}}", "guard: unknown key colour"),
        ("- just a list", "expected a mapping"),
    ],
    ids=["misspelt-key", "unknown-guard-key", "not-a-mapping"],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SynthlensError, match=message):
        read_judge_config(write(tmp_path, text))


def test_missing_file_and_guard_without_endpoint(tmp_path: Path) -> None:
    with pytest.raises(SynthlensError, match="does not exist"):
        read_judge_config(tmp_path / "nope.yaml")
    with pytest.raises(SynthlensError, match="guard: no endpoint"):
        judge_taggers({"guard": {}}, None)


def test_judge_command_runs_every_configured_judge(tmp_path: Path, make_run) -> None:
    def handler(request: ScriptedRequest) -> Reply:
        if request.body["model"] == "guard":
            return chat_reply("unsafe\nS2")
        return json_reply({"intent": "i", "knowledge": "k", "difficulty": "medium"})

    workspace = make_run([("How do I pick a lock?", "Use a tension wrench.")])
    with LLMServer(handler) as server:
        body = f'{{"endpoint": "{server.url}", "model": "m", "tasks": ["difficulty"], "guard": {{"model": "guard"}}}}'
        config = write(tmp_path, body, "judges.json")
        result = CliRunner().invoke(app, ["judge", str(workspace.root), "--config", str(config)])
    assert result.exit_code == 0, result.output
    joined = Workspace.open(workspace.root).joined()
    assert joined["difficulty"].to_list() == ["medium"] and joined["hazard_names"].to_list() == [["Non-Violent Crimes"]]
    empty = CliRunner().invoke(app, ["judge", str(workspace.root), "--config", str(write(tmp_path, "judges: {}"))])
    assert isinstance(empty.exception, SynthlensError) and "names no judge" in str(empty.exception)
