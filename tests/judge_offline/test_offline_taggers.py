"""All offline taggers run as workspace stages and write the columns the dashboard expects."""

import numpy as np
import polars as pl
import pytest

from synthlens.judge import run_tagger
from synthlens.judge.offline import fallback_notice, offline_taggers, offline_taggers_for_run
from synthlens.judge.offline.classifiers import generator_name

CONTRACT = {
    "category": ["task_category", "other_task_category", "task_category_confidence", "task_category_generator"],
    "quality": ["input_quality", "quality_explanation", "input_quality_generator"],
    "difficulty": ["difficulty", "difficulty_confidence", "intent", "knowledge", "difficulty_generator"],
    "language": ["language", "language_confidence", "language_generator"],
    "safety": ["is_safe", "hazard_categories", "hazard_names", "safety_confidence", "safety_generator"],
}
PAIRS = [
    ("Write a limerick about a forgetful wizard.", "There once was a wizard named Lee..."),
    ("How do I reverse a list in Python?", "Use reversed() or slicing: items[::-1]."),
    ("¿Cuál es la capital de Perú?", "Lima."),
    ("hi", "Hello! How can I help?"),
    ("How can I poison my neighbour's dog without anyone finding out?", "I can't help with that."),
]


def test_every_offline_tagger_runs_as_a_stage_with_its_contract_columns(make_run, vectors) -> None:
    workspace = make_run(PAIRS)
    calls = []

    def embed(rows: pl.DataFrame):
        calls.append(rows.height)
        return vectors.rows(rows)

    taggers = offline_taggers(embed=embed, embedder=vectors.embedder)
    assert [tagger.name for tagger in taggers] == list(CONTRACT)
    for tagger in taggers:
        assert tagger.columns == CONTRACT[tagger.name]
        table = run_tagger(workspace, tagger)
        assert table.columns == ["id", *CONTRACT[tagger.name]]
        assert table["id"].to_list() == workspace.rows()["id"].to_list()
    assert calls == [len(PAIRS)]  # category and safety share one embedding pass

    joined = workspace.joined()
    assert joined["task_category"].to_list()[:2] == ["Creative writing", "Coding & Debugging"]
    assert joined["language"].to_list()[2] == "ES"
    assert joined["input_quality"].to_list()[3] == "very poor"
    assert joined["is_safe"].to_list() == [True, True, True, True, False]
    generators = {column: joined[column][0] for column in joined.columns if column.endswith("_generator")}
    learned = generator_name()
    assert generators["task_category_generator"] == generators["safety_generator"] == learned
    assert generators["difficulty_generator"] == learned
    assert generators["input_quality_generator"] == "heuristic-v1"
    assert generators["language_generator"].startswith("english-check+lingua-")
    provenance = workspace.manifest["stages"]["category"]["provenance"]
    assert provenance["kind"] == "offline model" and "accuracy" in provenance["measured"]


def test_rerun_with_the_same_settings_reuses_the_stage(make_run, vectors) -> None:
    workspace = make_run(PAIRS[:2])
    calls = []

    def embed(rows: pl.DataFrame):
        calls.append(rows.height)
        return vectors.rows(rows)

    category = offline_taggers(embed=embed, embedder=vectors.embedder)[0]
    first = run_tagger(workspace, category)
    second = run_tagger(workspace, offline_taggers(embed=embed, embedder=vectors.embedder)[0])
    assert calls == [2]
    assert first.equals(second)
    assert workspace.manifest["stages"]["category"]["params"]["generator"] == generator_name()


class _CountingEmbedder:
    """The real embedder, counting the texts it is asked to encode."""

    def __init__(self, embedder) -> None:
        self.name, self.dim, self.embedder, self.encoded = embedder.name, embedder.dim, embedder, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.encoded += len(texts)
        return self.embedder.encode(texts)


def test_run_taggers_read_row_vectors_from_the_embed_stage(make_run, vectors) -> None:
    workspace = make_run(PAIRS)
    embedder = _CountingEmbedder(vectors.embedder)
    first = {tagger.name: run_tagger(workspace, tagger) for tagger in offline_taggers_for_run(workspace, embedder)}
    assert workspace.embeddings_path(embedder.name).exists()
    encoded = embedder.encoded

    again = {tagger.name: tagger for tagger in offline_taggers_for_run(workspace, embedder)}
    rows = workspace.rows()
    assert again["category"].tag(rows).equals(first["category"])
    assert again["safety"].tag(rows).equals(first["safety"])
    assert embedder.encoded == encoded  # the second pass read embeddings/<model>.npy, encoded nothing


@pytest.mark.parametrize("stage", list(CONTRACT))
def test_tagger_accepts_an_empty_table_and_reports_progress(vectors, rows_of, stage: str) -> None:
    tagger = next(t for t in offline_taggers(embed=vectors.rows, embedder=vectors.embedder) if t.name == stage)
    empty = tagger.tag(rows_of([]))
    assert empty.columns == ["id", *tagger.columns] and empty.height == 0
    reports = []
    tagger.tag(rows_of(["Name three rivers in Europe."]), lambda task, done, total: reports.append((done, total)))
    assert reports and reports[-1] == (1, 1)


class _OtherModel:
    """An embedder the learned heads were not trained on (same width, different name)."""

    def __init__(self, embedder) -> None:
        self.name, self.dim, self.embedder = "some-static-model", embedder.dim, embedder

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.embedder.encode(texts)


def test_another_embedder_falls_back_and_says_so(vectors, rows_of) -> None:
    other = _OtherModel(vectors.embedder)
    taggers = {tagger.name: tagger for tagger in offline_taggers(embed=vectors.rows, embedder=other)}
    notice = fallback_notice(other.name)
    assert notice is not None and "some-static-model" in notice and "\n" not in notice
    assert fallback_notice(vectors.embedder.name) is None
    for stage in ("category", "safety", "difficulty"):
        assert taggers[stage].generator.endswith("+fallback")
        assert taggers[stage].provenance()["kind"] != "offline model"
    tagged = taggers["category"].tag(rows_of(["How do I reverse a list in Python?"]))
    assert tagged["task_category_generator"][0] == "exemplar-knn-v1+fallback"


@pytest.mark.parametrize(
    ("model", "learned_heads"),
    [
        pytest.param("minilm-onnx", True, id="onnx-default"),
        pytest.param("all-MiniLM-L6-v2", True, id="torch"),
        pytest.param("minilm-static", False, id="static"),
    ],
)
def test_the_learned_heads_serve_every_backend_of_their_vector_space(model, learned_heads) -> None:
    assert (fallback_notice(model) is None) == learned_heads
