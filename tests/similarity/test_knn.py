"""faiss search: self excluded, ties and identical vectors, tiny sets, the index kind by size."""

import numpy as np
import pytest

from synthlens.errors import SynthlensError
from synthlens.similarity import knn
from synthlens.similarity.knn import build_index, choose_kind, range_pairs, search_knn
from synthlens.similarity.recall import RowSample, knn_check, outside_check, tune


def _knn(vectors, k, kind="flat"):
    return search_knn(build_index(vectors, kind), vectors, k)


def test_a_row_is_never_its_own_neighbour(unit):
    vectors = unit([[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9]])
    ids, sims = _knn(vectors, 3)
    assert not (ids == np.arange(4)[:, None]).any()
    assert ids[:, 0].tolist() == [1, 0, 3, 2]
    assert (np.diff(sims, axis=1) <= 0).all()


def test_identical_vectors_list_each_other_not_themselves(unit):
    vectors = unit([[1, 0]] * 6 + [[0, 1]])
    ids, sims = _knn(vectors, 2)
    for row in range(6):
        assert row not in ids[row]
        assert set(ids[row]) <= set(range(6))
    np.testing.assert_allclose(sims[:6], 1.0, atol=1e-6)


@pytest.mark.parametrize(
    ("rows", "k", "width"),
    [
        pytest.param(0, 10, 10, id="no-rows"),
        pytest.param(1, 10, 10, id="one-row"),
        pytest.param(3, 10, 10, id="fewer-rows-than-k"),
    ],
)
def test_tiny_sets_pad_with_minus_one(unit, rows, k, width):
    vectors = unit([[1, i] for i in range(rows)]) if rows else np.empty((0, 2), np.float32)
    ids, sims = _knn(vectors, k)
    assert ids.shape == (rows, width)
    assert ((ids >= 0).sum(axis=1) == max(rows - 1, 0)).all()
    assert np.isneginf(sims[ids < 0]).all()


@pytest.mark.parametrize("kind", ["flat", "ivf", "hnsw"])
@pytest.mark.parametrize("step", [0.0001, 0.0], ids=["near-copies", "exact-copies"])
def test_range_search_counts_every_close_row_beyond_k(unit, kind, step):
    crowd = [[1, step * i] + [0.0] * 30 for i in range(300)]
    rng = np.random.default_rng(0)
    vectors = unit(crowd + rng.normal(size=(700, 32)).tolist())
    index = build_index(vectors, kind)
    if kind == "ivf":
        index.index.nprobe = index.index.nlist
    source, target, _ = range_pairs(index, vectors, np.array([0, 300]), 0.99)
    assert np.bincount(source, minlength=1000)[[0, 300]].tolist() == [299, 0]  # far more than k or efSearch
    assert 0 not in target[source == 0]


@pytest.mark.parametrize(
    ("rows", "asked", "chosen"),
    [
        pytest.param(100, "auto", "flat", id="small-is-exact"),
        pytest.param(52_002, "auto", "hnsw", id="alpaca-size-is-hnsw"),
        pytest.param(1_000_000, "auto", "ivf", id="millions-try-ivf-first"),
        pytest.param(1_000_000, "ivf", "ivf", id="override"),
    ],
)
def test_index_kind_by_size(rows, asked, chosen):
    assert choose_kind(rows, asked) == chosen


def test_unknown_index_kind_is_a_clear_error():
    with pytest.raises(SynthlensError, match="allowed: auto, flat, ivf, hnsw"):
        choose_kind(10, "annoy")


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_search_order_does_not_change_the_results(monkeypatch, clustered, kind):
    vectors = clustered(3000)
    index = tune(build_index(vectors, kind), [knn_check(RowSample(vectors, 5, 0.8))])
    in_row_order = search_knn(index, vectors, 5)
    monkeypatch.setattr(knn, "LOCALITY_MIN_ROWS", 1)  # group the queries by k-means cell
    grouped = search_knn(index, vectors, 5)
    np.testing.assert_array_equal(grouped[0], in_row_order[0])
    np.testing.assert_array_equal(grouped[1], in_row_order[1])


@pytest.mark.parametrize("kind", ["flat", "ivf", "hnsw"])
def test_outside_queries_get_exact_similarities(clustered, kind):
    vectors, queries = np.split(clustered(3200), [3000])
    sims, ids = knn.search_vectors(tune(build_index(vectors, kind), [outside_check(vectors)]), vectors, queries, k=1)
    np.testing.assert_allclose(sims[:, 0], np.einsum("ij,ij->i", queries, vectors[ids[:, 0]]), atol=1e-6)
    exact = (queries @ vectors.T).max(axis=1)
    assert (np.abs(sims[:, 0] - exact) < 1e-6).mean() >= 0.95
