"""Tuning approximate indexes for what each stage uses: recall@k, pairs above a threshold, outside queries."""

import numpy as np
import pytest

from synthlens.similarity import knn, recall
from synthlens.similarity.knn import build_index
from synthlens.similarity.recall import (
    RowSample,
    knn_check,
    outside_check,
    pair_check,
    pair_facts,
    perturbed_copies,
    recall_by_similarity,
    tune,
    tuned_index,
)


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_approximate_index_is_tuned_to_the_recall_target(clustered, kind):
    vectors = clustered(3000)
    index = tune(build_index(vectors, kind), [knn_check(RowSample(vectors, 10, 0.8), target=0.95)])
    assert index.kind == kind
    assert index.recall_at_k >= 0.95
    assert index.describe()["recall_at_k"] == index.recall_at_k


@pytest.mark.parametrize(
    ("approx", "exact", "expected"),
    [
        pytest.param([[0.99, 0.97, 0.5]], [[0.99, 0.97, 0.5]], 1.0, id="all-found"),
        pytest.param([[0.99, 0.5, 0.4]], [[0.99, 0.97, 0.5]], 0.5, id="one-of-two-missed"),
        pytest.param([[0.5, 0.4]], [[0.6, 0.5]], 1.0, id="no-pair-above-threshold"),
        pytest.param([[0.97, 0.96], [0.2, 0.1]], [[0.97, 0.96], [0.98, 0.1]], 2 / 3, id="a-row-found-nothing"),
    ],
)
def test_pair_recall_counts_pairs_above_the_threshold(approx, exact, expected):
    assert pair_facts(np.array(approx), np.array(exact), 0.95)["pair_recall"] == pytest.approx(expected, abs=1e-4)


def test_pair_and_knn_checks_are_recorded_beside_the_index(unit):
    rng = np.random.default_rng(5)
    rows = rng.normal(size=(1500, 24))
    rows[:200] = rows[200:400] + 0.01 * rng.normal(size=(200, 24))  # 200 near-duplicate pairs
    vectors = unit(rows.tolist())
    sample = RowSample(vectors, 10, 0.9)
    index = tune(build_index(vectors, "hnsw"), [knn_check(sample), pair_check(sample, 0.95)])
    facts = index.describe()
    assert facts["pair_recall"] >= 0.995 and facts["recall_at_k"] >= 0.95
    assert facts["pair_recall_threshold"] == 0.95
    assert facts["pair_recall_pairs"] == int((sample.exact_sims >= 0.95).sum()) > 0
    with_pairs = sample.rows[(sample.exact_sims >= 0.95).any(axis=1)]
    assert set(with_pairs) <= set(sample.rows[sample.pair_part])  # only rows with a pair are searched


def test_perturbed_copies_stay_at_a_light_edits_distance(clustered):
    vectors = clustered(400)
    copies = perturbed_copies(vectors, np.arange(400))
    cos = np.einsum("ij,ij->i", copies, vectors)
    assert (cos >= recall.PERTURBED_COS[0] - 1e-5).all() and (cos <= recall.PERTURBED_COS[1] + 1e-5).all()
    np.testing.assert_allclose(np.linalg.norm(copies, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_outside_queries_are_tuned_to_recall_at_1(clustered, kind):
    vectors = clustered(4000, dim=48, centres=60)
    index = tune(build_index(vectors, kind), [outside_check(vectors)])
    assert index.recalls["outside_recall_at_1"] >= recall.OUTSIDE_RECALL_TARGET
    edited = perturbed_copies(vectors, np.arange(0, 4000, 7), seed=9)  # other copies than the tuning's
    sims, _ = knn.search_vectors(index, vectors, edited, k=1)
    assert recall_by_similarity(sims, (edited @ vectors.T).max(axis=1, keepdims=True)) >= 0.98


def test_auto_falls_back_from_ivf_to_hnsw_on_data_without_clusters(monkeypatch):
    monkeypatch.setattr(knn, "EXACT_MAX_ROWS", 100)
    monkeypatch.setattr(knn, "IVF_MIN_ROWS", 1000)
    vectors = np.random.default_rng(0).normal(size=(3000, 64)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = tuned_index(vectors, "auto", [knn_check(RowSample(vectors, 10, 0.8))])
    assert index.kind == "hnsw"
    assert index.recall_at_k >= 0.95


def test_auto_keeps_ivf_on_clustered_data(monkeypatch, clustered):
    monkeypatch.setattr(knn, "EXACT_MAX_ROWS", 100)
    monkeypatch.setattr(knn, "IVF_MIN_ROWS", 1000)
    vectors = clustered(3000, dim=64, centres=40, spread=0.2)
    index = tuned_index(vectors, "auto", [knn_check(RowSample(vectors, 10, 0.8))])
    assert index.kind == "ivf"
    assert index.recall_at_k >= 0.95
