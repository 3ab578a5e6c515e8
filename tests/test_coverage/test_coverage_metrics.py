"""Coverage and diversity on synthetic clusters whose answer is known."""

import numpy as np
import pytest
from coverage_vectors import clustered

from synthlens.coverage import metrics


# At the default radius (the 0.9 quantile of the baseline's own nearest-neighbour distances) an independent
# draw of the same distribution covers about 90% of it; reaching half the clusters covers half of that.
@pytest.mark.parametrize(
    ("dataset_clusters", "share_of_clusters"),
    [
        pytest.param([0, 1, 2, 3], 1.0, id="same-four-clusters"),
        pytest.param([0, 1], 0.5, id="two-of-four-covers-half"),
        pytest.param([0], 0.25, id="one-of-four-covers-a-quarter"),
    ],
)
def test_coverage_follows_the_clusters_the_dataset_reaches(dataset_clusters, share_of_clusters):
    baseline = clustered(200, [0, 1, 2, 3], seed=1)
    dataset = clustered(300, dataset_clusters, seed=2)
    result = metrics.coverage(dataset, baseline)
    assert result.baseline_covered == pytest.approx(metrics.DEFAULT_QUANTILE * share_of_clusters, abs=0.06)
    assert result.dataset_near_baseline == pytest.approx(metrics.DEFAULT_QUANTILE, abs=0.05)


def test_a_dataset_outside_the_baseline_covers_nothing_and_is_all_new():
    result = metrics.coverage(clustered(200, [2, 3], seed=2), clustered(200, [0, 1], seed=1))
    assert result.baseline_covered == 0.0
    assert result.dataset_near_baseline == 0.0


def test_identical_sets_give_full_coverage_both_ways():
    vectors = clustered(100, [0, 1, 2, 3], seed=3)
    result = metrics.coverage(vectors, vectors.copy())
    assert (result.baseline_covered, result.dataset_near_baseline) == (1.0, 1.0)


def test_shuffling_the_dataset_changes_no_metric():
    baseline = clustered(150, [0, 1, 2, 3], seed=1)
    dataset = clustered(150, [0, 1, 2], seed=2)
    shuffled = dataset[np.random.default_rng(0).permutation(len(dataset))]
    labels = np.repeat(np.arange(3), 150)
    assert metrics.coverage(shuffled, baseline) == metrics.coverage(dataset, baseline)
    original = metrics.diversity(dataset, labels, 4, sample=None)
    again = metrics.diversity(shuffled, labels[np.argsort(np.argsort(labels))], 4, sample=None)
    assert again.mean_nn_distance == pytest.approx(original.mean_nn_distance, rel=1e-5)
    assert again.vendi == pytest.approx(original.vendi, rel=1e-5)
    assert again.cluster_entropy == original.cluster_entropy


def test_an_explicit_radius_is_used_and_reported():
    baseline = clustered(100, [0, 1], seed=1)
    assert metrics.coverage(baseline, baseline, radius=0.0).radius == 0.0
    # Nothing lies within distance 0 of a different random set, everything within distance 2.
    other = clustered(100, [0, 1], seed=5)
    assert metrics.coverage(other, baseline, radius=0.0).baseline_covered == 0.0
    assert metrics.coverage(other, baseline, radius=2.0).baseline_covered == 1.0


def test_the_default_radius_grows_with_the_baselines_spread():
    tight = metrics.default_radius(clustered(200, [0, 1], seed=1, noise=0.05))
    loose = metrics.default_radius(clustered(200, [0, 1], seed=1, noise=0.3))
    assert 0 < tight < loose


def test_nearest_distance_skips_the_row_itself_but_not_its_exact_twin():
    vectors = clustered(20, [0], seed=4)
    with_twin = np.concatenate([vectors, vectors[:1]])
    distances = metrics.nearest_distances(with_twin, with_twin, exclude_self=True)
    assert distances[0] == pytest.approx(0.0, abs=1e-6)
    assert distances[1] > 0.001


@pytest.mark.parametrize(
    ("vectors", "expected"),
    [
        pytest.param(np.tile(np.eye(8, dtype=np.float32)[:1], (50, 1)), 1.0, id="identical-rows-1"),
        pytest.param(np.eye(8, dtype=np.float32), 8.0, id="orthogonal-rows-n"),
        pytest.param(clustered(100, [0, 1, 2, 3], seed=1, noise=0.002), 4.0, id="four-tight-clusters-4"),
    ],
)
def test_vendi_counts_effectively_distinct_rows(vectors, expected):
    assert metrics.vendi(vectors) == pytest.approx(expected, rel=0.02)


@pytest.mark.parametrize(
    ("labels", "n_clusters", "expected"),
    [
        pytest.param([0, 0, 0, 0], 4, 0.0, id="one-cluster-0"),
        pytest.param([0, 1, 2, 3], 4, 1.0, id="even-1"),
        pytest.param([0, 0, 1, 1], 4, 0.5, id="half-of-clusters-0.5"),
    ],
)
def test_cluster_entropy_is_normalised(labels, n_clusters, expected):
    assert metrics.cluster_entropy(np.array(labels), n_clusters) == pytest.approx(expected)


def test_a_set_spread_over_more_clusters_is_more_diverse():
    narrow = metrics.diversity(clustered(200, [0], seed=1), np.zeros(200, dtype=int), 4)
    wide = metrics.diversity(clustered(50, [0, 1, 2, 3], seed=1), np.repeat(np.arange(4), 50), 4)
    assert wide.vendi > narrow.vendi
    assert wide.cluster_entropy > narrow.cluster_entropy
