"""Persona questions from documents against the scripted server: points, semantic dedup, answerability, rewrite."""

import json
from pathlib import Path

import pytest
from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, json_reply
from recipe_runs import run_recipe

from synthlens.embed import make_embedder
from synthlens.errors import SynthlensError
from synthlens.generate.documents import chunks, document_files
from synthlens.generate.personas import Personas, read_personas

DOC = "# Snapshots\n\nGit stores a snapshot of the whole project in every commit.\n\nA branch is a movable pointer."
PERSONAS = "- {name: student, description: new to git, style: casual}\n- {name: admin, description: runs servers}\n"


def personas_handler(request: ScriptedRequest) -> Reply:
    prompt = request.prompt_text
    if request.method == "GET":  # the endpoint check
        return Reply(body={"data": [{"id": "gen-model"}]})
    if "list up to" in prompt:
        if "student" in prompt:
            return chat_reply(
                "1. Git stores a snapshot of the project in each commit\n2. A branch is a movable pointer"
            )
        return chat_reply("1. Each commit stores a snapshot of the whole project")  # the student's first point again
    if prompt.startswith("Write one"):
        point = prompt.split("Point: ")[1].split("\n")[0]
        return chat_reply(f"What does the passage say about: {point}?")
    if "Can the question be answered" in prompt:
        answerable = "pointer" not in prompt.split("Question:")[1]
        return json_reply({"answerable": answerable, "answer": "a snapshot" if answerable else ""})
    return chat_reply("so like " + prompt.split("Question: ")[1].split("\n")[0].lower())


@pytest.fixture(scope="module")
def embedder():
    return make_embedder()


def test_questions_keep_their_chunk_and_drop_the_unanswerable(tmp_path: Path, embedder) -> None:
    (tmp_path / "git.md").write_text(DOC)
    (tmp_path / "personas.yaml").write_text(PERSONAS)
    found = [chunk for path in document_files([tmp_path / "git.md"]) for chunk in chunks(path)]
    recipe = Personas(found, read_personas(tmp_path / "personas.yaml"), embedder, points_per_chunk=2)
    with LLMServer(personas_handler) as server:
        rows, result = run_recipe(recipe, server, tmp_path / "p.jsonl")
        checks = [r for r in server.posts() if "Can the question be answered" in r.prompt_text]
    assert len(rows) == 1
    [row] = rows
    assert row["chunk_id"] == "git#0" and row["source_doc"] == "git.md" and row["chunk_text"] == found[0].text
    assert row["gen_persona"] == "student" and row["gen_point"].startswith("Git stores a snapshot")
    assert row["messages"][0]["content"].startswith("so like what does the passage say about")
    assert row["messages"][1]["content"] == "a snapshot"
    assert row["gen_question_type"] in ("extractive", "abstractive", "comparative", "procedural", "yes/no")
    assert json.loads(json.dumps(checks[0].body["response_format"]))["type"] == "json_schema"
    assert ("dropped: duplicate_point", "1") in result.report and ("dropped: not_answerable", "1") in result.report


def test_a_document_without_text_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n\n")
    with pytest.raises(SynthlensError, match="empty.txt: yields no text"):
        chunks(tmp_path / "empty.txt")


def test_a_pdf_is_read_through_a_real_extractor(tmp_path: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=300, height=200)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 20 100 Td (Rebase replays commits onto a new base.) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(content)
    with (tmp_path / "guide.pdf").open("wb") as stream:
        writer.write(stream)
    [chunk] = chunks(tmp_path / "guide.pdf")
    assert "Rebase replays commits onto a new base." in chunk.text and chunk.chunk_id == "guide#0"
