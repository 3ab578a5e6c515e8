"""Every recipe against a real model server: llama.cpp serving the bundled SmolLM2-135M.

The scripted server checks the exact requests; this checks that what real servers answer (their error
shapes, their structured-output dialect, a small model's wandering text) still gives rows of the right shape.
No assertion is made on the wording.
"""

import json
from pathlib import Path

import pytest

from synthlens.embed import make_embedder
from synthlens.generate import GenerateOptions, generate
from synthlens.generate.combos import Combos, read_vocabulary, shipped_text
from synthlens.generate.documents import chunks
from synthlens.generate.local_model import MODEL_NAME
from synthlens.generate.magpie import Magpie
from synthlens.generate.personas import Personas, read_personas
from synthlens.generate.tasks import Tasks
from synthlens.generate.templates import tokenizer_format
from synthlens.generate.topics import Topics

DOC = (
    "# Undoing changes in git\n\ngit revert makes a new commit that undoes an earlier commit, so history is kept."
    "\n\ngit reset --hard moves the branch back and throws away uncommitted work; use it with care.\n"
)


def run(recipe, real_llm: str, out: Path, rows: int, max_tokens: int = 48) -> list[dict]:
    options = GenerateOptions(endpoint=real_llm, model=MODEL_NAME, rows=rows, max_tokens=max_tokens, concurrency=2)
    result = generate(recipe, out, options)
    assert result.usage.sent > 0 and result.usage.completion_tokens > 0
    return [json.loads(line) for line in out.read_text().splitlines()]


def check_shape(rows: list[dict], recipe: str, extra: tuple[str, ...] = ()) -> None:
    assert rows, f"{recipe}: no row came back"
    for row in rows:
        roles = [message["role"] for message in row["messages"] if message["role"] != "system"]
        assert roles[:2] == ["user", "assistant"] and all(message["content"].strip() for message in row["messages"])
        assert row["gen_recipe"] == recipe and row["gen_model"] == MODEL_NAME and json.loads(row["gen_params"])
        assert all(name in row for name in extra)


def test_magpie_with_the_models_own_template(real_llm: str, real_llm_weights: Path, tmp_path: Path) -> None:
    recipe = Magpie(tokenizer_format(real_llm_weights))
    check_shape(run(recipe, real_llm, tmp_path / "m.jsonl", rows=2), "magpie", ("gen_template",))


def test_topics(real_llm: str, tmp_path: Path) -> None:
    rows = run(
        Topics("git commands", subtopics=2, per_subtopic=2), real_llm, tmp_path / "t.jsonl", rows=2, max_tokens=64
    )
    check_shape(rows, "topics", ("gen_subtopic",))


def test_combos(real_llm: str, tmp_path: Path) -> None:
    vocabulary, source = read_vocabulary("tinystories")
    recipe = Combos(vocabulary, shipped_text("tinystories", ".txt"), source)
    check_shape(run(recipe, real_llm, tmp_path / "c.jsonl", rows=2), "combos", ("gen_attributes",))


def test_personas(real_llm: str, tmp_path: Path) -> None:
    (tmp_path / "undo.md").write_text(DOC)
    recipe = Personas(chunks(tmp_path / "undo.md"), read_personas(None)[:1], make_embedder(), points_per_chunk=2)
    rows = run(recipe, real_llm, tmp_path / "p.jsonl", rows=2, max_tokens=64)
    check_shape(rows, "personas", ("source_doc", "chunk_id", "chunk_text"))
    assert all(row["chunk_id"].startswith("undo#") and "git" in row["chunk_text"] for row in rows)


@pytest.mark.parametrize("bonito", [False, True], ids=["json-prompt", "bonito-format"])
def test_tasks(real_llm: str, tmp_path: Path, bonito: bool) -> None:
    (tmp_path / "passages.jsonl").write_text(json.dumps({"text": DOC}) + "\n")
    recipe = Tasks(chunks(tmp_path / "passages.jsonl"), "yesno_qa", bonito=bonito)
    rows = run(recipe, real_llm, tmp_path / "k.jsonl", rows=2, max_tokens=96)
    if bonito:  # a model not trained on Bonito's format rarely writes the <|pipe|>: the point is that nothing breaks
        assert all(row["gen_task_type"] == "yesno_qa" for row in rows)
    else:
        check_shape(rows, "tasks", ("passage_id", "passage"))
