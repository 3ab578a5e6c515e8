"""The embedding cache and the embed stage, with a fake embedder that counts what it encodes."""

import json
import sqlite3
from contextlib import closing

import numpy as np
import pytest

from synthlens.embed.shards import MAX_SHARDS
from synthlens.embed.stage import embed_run, embedding_cache_dir
from synthlens.embed.store import embed_texts, text_key
from synthlens.errors import SynthlensError


def test_rows_come_back_in_input_order_and_unit_length(tmp_path, fake_embedder):
    embedder = fake_embedder(vectors={"a": [3.0, 4.0], "bb": [0.0, 2.0]})
    vectors = embed_texts(embedder, ["bb", "a", "bb"], tmp_path)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(vectors, [[0, 1], [0.6, 0.8], [0, 1]], atol=1e-6)


def test_second_run_embeds_only_new_texts(tmp_path, fake_embedder):
    embedder = fake_embedder()
    first = embed_texts(embedder, ["one", "two"], tmp_path)
    again = fake_embedder()
    second = embed_texts(again, ["two", "three", "one"], tmp_path)
    assert again.encoded == ["three"]
    np.testing.assert_array_equal(second[[2, 0]], first)


def test_repeated_texts_are_embedded_once(tmp_path, fake_embedder):
    embedder = fake_embedder()
    embed_texts(embedder, ["same", "same", "other", "same"], tmp_path)
    assert sorted(embedder.encoded) == ["other", "same"]


def test_cache_is_per_model_name(tmp_path, fake_embedder):
    embed_texts(fake_embedder(name="model-a"), ["x"], tmp_path)
    other_model = fake_embedder(name="model-b")
    embed_texts(other_model, ["x"], tmp_path)
    assert other_model.encoded == ["x"]


def test_batches_group_texts_by_length_longest_first(tmp_path, fake_embedder):
    texts = ["a" * n for n in (3, 9, 1, 7, 5, 2)]
    embedder = fake_embedder()
    embed_texts(embedder, texts, tmp_path, batch_size=2)
    assert [[len(t) for t in call] for call in embedder.calls] == [[9, 7], [5, 3], [2, 1]]


def test_progress_counts_new_texts_under_task_embed(tmp_path, fake_embedder):
    events = []
    embed_texts(fake_embedder(), ["a", "b", "c"], tmp_path, progress=lambda *e: events.append(e), batch_size=2)
    assert events == [("embed", 2, 3), ("embed", 3, 3)]


@pytest.mark.parametrize(
    "stop",
    [
        pytest.param(RuntimeError("server went away"), id="error"),
        pytest.param(KeyboardInterrupt(), id="ctrl-c"),
    ],
)
def test_a_stopped_run_resumes_from_what_it_encoded(tmp_path, fake_embedder, stop):
    class StopsOnSecondBatch(type(fake_embedder())):
        def encode(self, texts):
            if self.calls:
                raise stop
            return super().encode(texts)

    with pytest.raises(type(stop)):
        embed_texts(StopsOnSecondBatch(), ["aaaa", "bbb", "cc", "d"], tmp_path, batch_size=2)
    resumed = fake_embedder()
    embed_texts(resumed, ["aaaa", "bbb", "cc", "d"], tmp_path, batch_size=2)
    assert resumed.encoded == ["cc", "d"]


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        pytest.param([[1.0, 0.0, 0.0]], "shape", id="wrong-dimension"),
        pytest.param([[np.nan, 1.0]], "NaN", id="nan"),
    ],
)
def test_bad_embedder_output_is_a_clear_error(tmp_path, fake_embedder, returned, message):
    embedder = fake_embedder(vectors={"x": [1.0, 0.0]})
    embedder.encode = lambda texts: np.asarray(returned, dtype=np.float32)
    with pytest.raises(SynthlensError, match=message):
        embed_texts(embedder, ["x"], tmp_path)


def test_empty_input_gives_an_empty_matrix(tmp_path, fake_embedder):
    assert embed_texts(fake_embedder(dim=4), [], tmp_path).shape == (0, 4)


def test_embed_run_writes_the_matrix_in_row_order_and_records_the_stage(make_run, fake_embedder):
    ws = make_run([("first question", "r1"), ("second question", None), ("first question", "r3")])
    embedder = fake_embedder()
    vectors = embed_run(ws, embedder)
    path = ws.embeddings_path("fake", "instruction")
    np.testing.assert_array_equal(np.load(path), vectors)
    np.testing.assert_array_equal(vectors[0], vectors[2])
    assert vectors.shape == (3, 8)
    entry = json.loads((ws.root / "manifest.json").read_text())["stages"]["embed"]
    assert entry["params"] == {"model": "fake", "field": "instruction", "dim": 8}
    assert entry["files"][path.name]["newly_embedded"] == 2
    assert embedding_cache_dir(ws).exists()


def test_embed_run_twice_reads_the_file_without_encoding(make_run, fake_embedder):
    ws = make_run([("q1", "a"), ("q2", "b")])
    first = embed_run(ws, fake_embedder())
    again = fake_embedder()
    np.testing.assert_array_equal(embed_run(ws, again), first)
    assert again.calls == []


@pytest.mark.parametrize(
    ("field", "expected_text"),
    [
        pytest.param("response", "", id="response-null-is-empty"),
        pytest.param("conversation", "user: q", id="conversation"),
    ],
)
def test_embed_run_other_fields(make_run, fake_embedder, field, expected_text):
    ws = make_run([("q", None)])
    embedder = fake_embedder()
    embed_run(ws, embedder, field=field)
    assert embedder.encoded == [expected_text]
    assert ws.embeddings_path("fake", field).name == f"fake.{field}.npy"


def test_embed_run_rejects_an_unknown_field(make_run, fake_embedder):
    with pytest.raises(SynthlensError, match="allowed: instruction, response, conversation"):
        embed_run(make_run([("q", "a")]), fake_embedder(), field="system")


def test_backends_of_one_vector_space_share_cached_vectors(tmp_path, fake_embedder):
    torch_vectors = embed_texts(fake_embedder(name="all-MiniLM-L6-v2"), ["x", "y"], tmp_path)
    onnx = fake_embedder(name="minilm-onnx")
    np.testing.assert_array_equal(embed_texts(onnx, ["y", "x"], tmp_path), torch_vectors[::-1])
    assert onnx.encoded == []


def test_many_runs_leave_few_shards_and_every_vector(tmp_path, fake_embedder):
    texts = [f"text {i}" for i in range(MAX_SHARDS * 2)]
    for text in texts:  # one shard per run
        embed_texts(fake_embedder(), [text], tmp_path)
    assert len(list(tmp_path.rglob("*.keys.npy"))) <= MAX_SHARDS
    again = fake_embedder()
    fresh = embed_texts(fake_embedder(), texts, tmp_path / "fresh")
    np.testing.assert_allclose(embed_texts(again, texts, tmp_path), fresh)
    assert again.encoded == []


def test_a_cache_from_the_sqlite_version_is_still_read_by_the_new_default(tmp_path, fake_embedder):
    vector = np.asarray([0.6, 0.8], dtype=np.float32)
    with closing(sqlite3.connect(tmp_path / "embeddings.sqlite")) as db:
        db.execute("CREATE TABLE vectors (model TEXT, hash BLOB, vector BLOB, PRIMARY KEY (model, hash))")
        db.execute("INSERT INTO vectors VALUES (?, ?, ?)", ["all-MiniLM-L6-v2", text_key("old text"), vector.tobytes()])
        db.commit()
    embedder = fake_embedder(dim=2, name="minilm-onnx")  # torch's vector space: what the old cache holds
    vectors = embed_texts(embedder, ["old text", "new text"], tmp_path)
    np.testing.assert_array_equal(vectors[0], vector)
    assert embedder.encoded == ["new text"]
