"""Bonito-style tasks: Bonito's raw format with its markers, or a JSON prompt per task type for other models."""

from pathlib import Path

import pytest
from llm_server import LLMServer, Reply, ScriptedRequest, json_reply, text_reply
from recipe_runs import run_recipe

from synthlens.errors import SynthlensError
from synthlens.generate.documents import Chunk
from synthlens.generate.tasks import Tasks, read_pair

PASSAGES = [
    Chunk("notes.md", "notes#0", "Rebase replays commits."),
    Chunk("notes.md", "notes#1", "Merge joins histories."),
]


def bonito(request: ScriptedRequest) -> Reply:
    return text_reply("{{context}}\nQuestion: what does it do?<|pipe|>It replays commits.")


def test_bonito_gets_its_own_raw_format(tmp_path: Path) -> None:
    with LLMServer(bonito) as server:
        rows, _ = run_recipe(Tasks(PASSAGES, "extractive_qa", bonito=True), server, tmp_path / "b.jsonl", rows=3)
        sent = [r for r in server.posts()]
    assert all(r.is_raw_completion for r in sent)
    assert "<|tasktype|>\nextractive question answering\n<|context|>\nRebase replays commits.\n<|task|>\n" in {
        r.body["prompt"] for r in sent
    }
    assert (sent[0].body["temperature"], sent[0].body["top_p"]) == (0.5, 0.95)
    assert [row["passage_id"] for row in rows] == ["notes#0", "notes#1", "notes#0"]
    assert rows[0]["messages"] == [
        {"role": "user", "content": "Rebase replays commits.\nQuestion: what does it do?"},
        {"role": "assistant", "content": "It replays commits."},
    ]
    assert rows[0]["gen_task_type"] == "extractive_qa"


def test_another_model_gets_the_task_types_prompt_and_answers_json(tmp_path: Path) -> None:
    def handler(request: ScriptedRequest) -> Reply:
        return json_reply({"input": "Does rebase replay commits?", "output": "yes"})

    with LLMServer(handler) as server:
        rows, _ = run_recipe(Tasks(PASSAGES[:1], "yesno_qa"), server, tmp_path / "g.jsonl", rows=1)
        [sent] = server.posts()
    prompt = sent.body["messages"][0]["content"]
    assert "yes/no question answering" in prompt and "Rebase replays commits." in prompt
    assert sent.body["response_format"]["type"] == "json_schema"
    assert rows[0]["messages"][1] == {"role": "assistant", "content": "yes"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('{"input": "Q?", "output": "A"}', ("Q?", "A")),
        ("Here: {{context}} Q?<|pipe|>A", ("Here: P Q?", "A")),
        ('{"input": "Q?"}', None),
        ("no pair here", None),
    ],
)
def test_read_pair(text: str, pair: tuple[str, str] | None) -> None:
    assert read_pair(text, "P") == pair


def test_an_unknown_task_type_lists_the_known_ones() -> None:
    with pytest.raises(SynthlensError, match="allowed: yesno_qa, extractive_qa, mcq, nli"):
        Tasks(PASSAGES, "poetry")
