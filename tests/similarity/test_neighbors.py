"""The neighbors stage: Magpie's fields computed exactly, independent of row order, on tiny hand-made data."""

import numpy as np
import polars as pl
import pytest

from synthlens.similarity import neighbors, similarity_summary
from synthlens.similarity.neighbors import find_neighbors, neighbor_table, neighbors_run, repeat_counts
from synthlens.similarity.recall import PAIR_RECALL_TARGET

# rows a, b identical; c close to both (cos 0.99); d, e far from everything
VECTORS = [[1, 0, 0], [1, 0, 0], [0.99, 0.141, 0], [0, 1, 0], [0, 0, 1]]
IDS = ["a", "b", "c", "d", "e"]


def _table(unit, rows=VECTORS, ids=IDS, k=2, threshold=0.95, floor=0.8):
    found = find_neighbors(unit(rows), k=k, floor=floor)
    return neighbor_table(pl.Series("id", ids), found, threshold)


def test_magpie_fields_on_hand_made_vectors(unit):
    table = _table(unit)
    assert table["repeat_count"].to_list() == [2, 2, 2, 0, 0]
    assert table["min_similar_uuid"].to_list() == ["a", "a", "a", None, None]
    distance = table["min_neighbor_distance"].to_numpy()
    np.testing.assert_allclose(distance, [0, 0, 0.01, 1 - 0.141, 1], atol=2e-3)
    np.testing.assert_allclose(table["min_neighbor_distance_l2"].to_numpy(), 2 * distance, atol=1e-5)
    assert table["nn_ids"][0].to_list()[0] == "b"


def test_repeat_count_is_not_capped_at_k(unit):
    table = _table(unit, [[1, 0]] * 25 + [[0, 1]], [f"r{i}" for i in range(26)], k=3)
    assert table["repeat_count"].to_list() == [24] * 25 + [0]
    assert table["nn_ids"].list.len().to_list() == [3] * 26


@pytest.mark.parametrize("index_kind", ["ivf", "hnsw"])
def test_repeat_count_is_exact_with_an_approximate_index(unit, index_kind):
    rng = np.random.default_rng(3)
    copies = np.repeat(rng.normal(size=(1, 32)), 300, axis=0)  # a prompt generated 300 times
    paraphrases = rng.normal(size=(1, 32)) + 0.02 * rng.normal(size=(200, 32))
    vectors = unit(np.r_[copies, paraphrases, rng.normal(size=(1500, 32))].tolist())
    found = find_neighbors(vectors, k=10, floor=0.8, index_kind=index_kind)
    exact = ((vectors @ vectors.T) >= 0.95 - 1e-6).sum(axis=1) - 1
    np.testing.assert_array_equal(repeat_counts(found, 0.95), exact)


@pytest.mark.parametrize("index_kind", ["flat", "ivf"])
def test_data_of_many_copies_is_searched_by_range_first_with_the_same_result(unit, monkeypatch, index_kind):
    rng = np.random.default_rng(5)
    originals = rng.normal(size=(150, 32))
    copies = np.repeat(originals, 14, axis=0) + 0.05 * rng.normal(size=(2100, 32))  # each prompt made 14 times
    vectors = unit(np.r_[copies, rng.normal(size=(300, 32))].tolist())  # and rows with no copy
    found = {}
    for share in (2.0, 0.5):  # never, then as by default (most sampled rows have their top 10 above 0.80)
        monkeypatch.setattr(neighbors, "RANGE_FIRST_SHARE", share)
        found[share] = find_neighbors(vectors, k=10, floor=0.8, index_kind=index_kind)
    knn_first, range_first = found[2.0], found[0.5]
    assert range_first.facts["range_searched_rows"] == len(vectors) > knn_first.facts["range_searched_rows"]
    np.testing.assert_allclose(range_first.sims, knn_first.sims, atol=1e-6)
    pairs = [set(zip(f.pair_source.tolist(), f.pair_target.tolist(), strict=True)) for f in (knn_first, range_first)]
    assert pairs[0] == pairs[1]
    np.testing.assert_array_equal(repeat_counts(range_first, 0.95), repeat_counts(knn_first, 0.95))


def test_same_fields_whatever_the_row_order(unit):
    rng = np.random.default_rng(7)
    rows = rng.normal(size=(60, 4))
    rows = np.r_[rows, rows[:10] + 0.01 * rng.normal(size=(10, 4))]  # ten planted near-duplicates
    ids = [f"r{i:02d}" for i in range(len(rows))]
    shuffle = rng.permutation(len(rows))
    first = _table(unit, rows.tolist(), ids, k=4).sort("id")
    second = _table(unit, rows[shuffle].tolist(), [ids[i] for i in shuffle], k=4).sort("id")
    assert first["repeat_count"].to_list() == second["repeat_count"].to_list()
    np.testing.assert_allclose(
        first["min_neighbor_distance"].to_numpy(), second["min_neighbor_distance"].to_numpy(), atol=1e-6
    )


@pytest.mark.parametrize("rows", [pytest.param(0, id="no-rows"), pytest.param(1, id="one-row")])
def test_tiny_runs(unit, rows):
    vectors = unit(VECTORS[:rows]) if rows else np.empty((0, 3), np.float32)
    table = neighbor_table(pl.Series("id", IDS[:rows], dtype=pl.String), find_neighbors(vectors), 0.95)
    assert table.height == rows
    assert table["repeat_count"].to_list() == [0] * rows
    assert table["min_neighbor_distance"].null_count() == rows
    assert table["min_similar_uuid"].null_count() == rows


def test_stage_is_written_once_and_records_the_search(make_run, fake_embedder):
    vectors = {"q1": [1, 0], "q1 again": [0.999, 0.04], "other": [0, 1]}
    ws = make_run([(text, "answer") for text in vectors])
    table = neighbors_run(ws, fake_embedder(vectors=vectors), threshold=0.95)
    assert table["repeat_count"].to_list() == [1, 1, 0]
    entry = ws.manifest["stages"]["neighbors"]
    assert entry["search"]["index"] == "flat"
    assert entry["params"]["threshold"] == 0.95
    again = fake_embedder(vectors=vectors)
    assert neighbors_run(ws, again, threshold=0.95).equals(table)
    assert again.calls == []


def test_a_new_threshold_reuses_the_search(make_run, fake_embedder):
    vectors = {"q1": [1, 0], "q1 again": [0.98, 0.2], "other": [0, 1]}
    ws = make_run([(text, "answer") for text in vectors])
    assert neighbors_run(ws, fake_embedder(vectors=vectors), threshold=0.99)["repeat_count"].to_list() == [0, 0, 0]
    (ws.root / "embeddings" / "fake.npy").unlink()  # a new search would have to embed again
    again = fake_embedder(vectors=vectors)
    assert neighbors_run(ws, again, threshold=0.95)["repeat_count"].to_list() == [1, 1, 0]
    assert again.calls == []


def _planted_run(make_run, fake_embedder, rows=600):
    """A run whose vectors hold 100 planted near-duplicate pairs, and an embedder that knows them."""
    rng = np.random.default_rng(11)
    points = rng.normal(size=(rows, 16))
    points[:100] = points[100:200] + 0.02 * rng.normal(size=(100, 16))
    texts = [f"prompt {i}" for i in range(rows)]
    vectors = dict(zip(texts, points.tolist(), strict=True))
    return make_run([(text, "answer") for text in texts]), lambda: fake_embedder(vectors=vectors)


def test_an_approximate_search_records_its_pair_recall_at_the_threshold(make_run, fake_embedder):
    ws, embedder = _planted_run(make_run, fake_embedder)
    neighbors_run(ws, embedder(), threshold=0.95, index_kind="hnsw")
    search = ws.manifest["stages"]["neighbors"]["search"]
    assert search["index"] == "hnsw"
    assert search["pair_recall"] >= PAIR_RECALL_TARGET and search["pair_recall_threshold"] == 0.95
    assert search["pair_recall_pairs"] > 0
    index_line = similarity_summary(ws, "neighbors")["value"][0]
    assert "recall@10" in index_line and "pair recall at cos 0.95" in index_line


def _count_searches(monkeypatch) -> list[float]:
    """Record the threshold of every neighbour search from here on."""
    searches: list[float] = []
    search = neighbors.find_neighbors

    def counted(*args, **kwargs):
        searches.append(args[5])
        return search(*args, **kwargs)

    monkeypatch.setattr(neighbors, "find_neighbors", counted)
    return searches


@pytest.mark.parametrize(
    ("target", "searches"),
    [
        pytest.param(PAIR_RECALL_TARGET, [], id="sample-vouches-for-it-reused"),
        pytest.param(1.01, [0.9], id="sample-falls-short-searched-again"),
    ],
)
def test_a_new_threshold_reuses_an_approximate_search_only_if_its_sample_vouches(
    monkeypatch, make_run, fake_embedder, target, searches
):
    ws, embedder = _planted_run(make_run, fake_embedder)
    neighbors_run(ws, embedder(), threshold=0.95, index_kind="hnsw")
    monkeypatch.setattr(neighbors, "PAIR_RECALL_TARGET", target)
    done = _count_searches(monkeypatch)
    neighbors_run(ws, embedder(), threshold=0.9, index_kind="hnsw")
    assert done == searches
    assert ws.manifest["stages"]["neighbors"]["search"]["pair_recall_threshold"] == 0.9
