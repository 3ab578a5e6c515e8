"""Attribute combinations: seeded choices fill the template, are sent as the prompt and kept per row."""

from pathlib import Path

import pytest
from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply
from recipe_runs import run_recipe

from synthlens.errors import SynthlensError
from synthlens.generate.combos import Combos, read_vocabulary, shipped_text

VOCAB = "animal: [cat, dog, owl]\nplace: [forest, city]\nmood:\n  pick: 2\n  values: [calm, tense, funny]\n"
TEMPLATE = "A story about a {animal} in the {place}, {mood}."


def story(request: ScriptedRequest) -> Reply:
    return chat_reply("Once upon a time: " + request.prompt_text)


def make_vocab(tmp_path: Path, text: str = VOCAB) -> Path:
    path = tmp_path / "vocab.yaml"
    path.write_text(text)
    return path


def test_prompts_are_the_template_filled_with_the_rows_attributes(tmp_path: Path) -> None:
    vocabulary, source = read_vocabulary(str(make_vocab(tmp_path)))
    with LLMServer(story) as server:
        rows, _ = run_recipe(Combos(vocabulary, TEMPLATE, source), server, tmp_path / "c.jsonl", rows=6)
        sent = [r.prompt_text for r in server.posts()]
    assert len(rows) == 6 and sorted(sent) == sorted(row["messages"][0]["content"] for row in rows)
    for row in rows:
        chosen = row["gen_attributes"]
        mood = " and ".join(chosen["mood"])
        assert row["messages"][0]["content"] == f"A story about a {chosen['animal']} in the {chosen['place']}, {mood}."
        assert len(set(chosen["mood"])) == 2 and row["messages"][1]["content"].startswith("Once upon a time")


def test_the_same_seed_chooses_the_same_attributes(tmp_path: Path) -> None:
    vocabulary, _ = read_vocabulary(str(make_vocab(tmp_path)))
    recipe = Combos(vocabulary, TEMPLATE)
    assert [recipe.choose(7, i) for i in range(20)] == [recipe.choose(7, i) for i in range(20)]
    assert [recipe.choose(7, i) for i in range(20)] != [recipe.choose(8, i) for i in range(20)]


def test_the_shipped_examples_fit_their_templates() -> None:
    for name in ("tinystories", "textbook"):
        vocabulary, _ = read_vocabulary(name)
        prompt = Combos(vocabulary, shipped_text(name, ".txt")).prompt(
            Combos(vocabulary, shipped_text(name, ".txt")).choose(0, 0)
        )
        assert "{" not in prompt and len(prompt) > 50


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the vocabulary is empty"),
        ("animal: []\n", "slot 'animal' has no values"),
        ("animal: {pick: 5, values: [cat]}\n", "picks 5; allowed: 1 to 1"),
        (
            "animal: [cat]\nplace: [city]\n",
            "the template uses {mood}, which .* does not define; allowed: {animal}, {place}",
        ),
    ],
    ids=["empty-file", "empty-slot", "pick-too-many", "template-slot-missing"],
)
def test_bad_vocabularies_are_one_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SynthlensError, match=message.replace("{", "\\{").replace("}", "\\}")):
        vocabulary, source = read_vocabulary(str(make_vocab(tmp_path, text)))
        Combos(vocabulary, TEMPLATE, source)
