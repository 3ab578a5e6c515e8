"""Magpie against the scripted server: the exact requests (raw pre-query completion, then chat) and the rows."""

import json
from pathlib import Path

import pytest
from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, text_reply

from synthlens.generate import GenerateOptions, generate
from synthlens.generate.magpie import Magpie, query_problem
from synthlens.generate.templates import family_format

PRE_QUERY = "<|im_start|>user\n"


def magpie_server(bad_seeds: frozenset[int] = frozenset()) -> LLMServer:
    """Queries name their seed; seeds in `bad_seeds` get an answer that is itself a response."""

    def handler(request: ScriptedRequest) -> Reply:
        if request.method == "GET":
            return Reply(body={"data": [{"id": "gen-model"}]})
        if request.is_raw_completion:
            seed = request.body["seed"]
            return text_reply("Sure! Here is a poem." if seed in bad_seeds else f"How do I sort list number {seed}?")
        return chat_reply(f"Answer to: {request.messages[-1]['content']}")

    return LLMServer(handler)


def run_magpie(server: LLMServer, out: Path, rows: int, **recipe) -> tuple[list[dict], Magpie]:
    magpie = Magpie(family_format("chatml"), **recipe)
    generate(magpie, out, GenerateOptions(endpoint=server.url, model="gen-model", rows=rows, concurrency=2))
    return [json.loads(line) for line in out.read_text().splitlines()], magpie


def test_the_pre_query_goes_raw_and_the_query_through_chat(tmp_path: Path) -> None:
    with magpie_server() as server:
        rows, _ = run_magpie(server, tmp_path / "m.jsonl", 3)
        raw = [r for r in server.posts() if r.is_raw_completion]
        chat = [r for r in server.posts() if not r.is_raw_completion]
    assert len(raw) == 3 and len(chat) == 3
    seeds = {r.body["seed"] for r in raw}
    assert len(seeds) == 3  # the same prompt three times, three different requests
    assert raw[0].body | {"seed": 0} == {
        "model": "gen-model",
        "prompt": PRE_QUERY,
        "temperature": 1.0,
        "top_p": 1.0,
        "max_tokens": 256,
        "stop": ["<|im_end|>"],
        "seed": 0,
    }
    query = {r.body["seed"]: f"How do I sort list number {r.body['seed']}?" for r in raw}
    assert sorted(r.body["messages"][0]["content"] for r in chat) == sorted(query.values())
    assert {(r.body["temperature"], r.body["top_p"], r.body["max_tokens"]) for r in chat} == {(0.0, 1.0, 1024)}
    first = rows[0]
    assert list(first)[:7] == ["id", "messages", "gen_recipe", "gen_model", "gen_params", "gen_seed", "gen_index"]
    assert first["id"] == "magpie-0-0" and first["gen_recipe"] == "magpie" and first["gen_model"] == "gen-model"
    user, assistant = first["messages"]
    assert user["role"] == "user" and assistant == {"role": "assistant", "content": f"Answer to: {user['content']}"}
    assert json.loads(first["gen_params"])["sampling"]["query"]["temperature"] == 1.0


def test_degenerate_queries_are_dropped_counted_and_replaced(tmp_path: Path) -> None:
    from synthlens.generate.llm import derived_seed

    bad = frozenset(derived_seed(0, "query", f"{index}.1") for index in (1, 2))
    with magpie_server(bad) as server:
        rows, magpie = run_magpie(server, tmp_path / "m.jsonl", 4)
    assert len(rows) == 4 and [row["gen_index"] for row in rows] == [0, 3, 4, 5]
    assert dict(magpie.dropped) == {"looks_like_a_response": 2}
    assert ("dropped: looks_like_a_response", "2") in magpie.report()


def test_two_turns_with_a_system_prompt(tmp_path: Path) -> None:
    with magpie_server() as server:
        rows, _ = run_magpie(server, tmp_path / "m.jsonl", 1, turns=2, system="You are a chef.")
        raw = [r.body["prompt"] for r in server.posts() if r.is_raw_completion]
    roles = [message["role"] for message in rows[0]["messages"]]
    assert roles == ["system", "user", "assistant", "user", "assistant"]
    first_query, first_answer = rows[0]["messages"][1]["content"], rows[0]["messages"][2]["content"]
    assert raw[0] == "<|im_start|>system\nYou are a chef.<|im_end|>\n" + PRE_QUERY
    assert raw[1] == (
        f"<|im_start|>system\nYou are a chef.<|im_end|>\n<|im_start|>user\n{first_query}<|im_end|>\n"
        f"<|im_start|>assistant\n{first_answer}<|im_end|>\n{PRE_QUERY}"
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty_query"),
        ("   \n", "empty_query"),
        ("<|im_start|>user\nhello there friend", "template_tokens"),
        ("assistant\nHow can I help?", "template_tokens"),
        ("Certainly! Here is how you sort a list.", "looks_like_a_response"),
        ("the the the the the the the the the the", "repetitive"),
        ("Hi", "too_short"),
        ("How do I undo my last git commit?", None),
    ],
)
def test_query_problems(text: str, problem: str | None) -> None:
    assert query_problem(text) == problem
