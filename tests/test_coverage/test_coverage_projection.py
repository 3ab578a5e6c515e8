"""The joint 2-D layout: reproducible for a seed, and clusters that are apart in embedding space stay apart."""

import numpy as np
import pytest
from coverage_vectors import clustered

from synthlens.coverage.projection import project
from synthlens.errors import SynthlensError


def _separation(coordinates: np.ndarray, labels: np.ndarray) -> float:
    """Smallest distance between two cluster centres over the largest spread of a cluster, in 2-D."""
    centres = np.array([coordinates[labels == c].mean(axis=0) for c in np.unique(labels)])
    spread = max(np.linalg.norm(coordinates[labels == c] - centres[c], axis=1).mean() for c in np.unique(labels))
    gaps = [np.linalg.norm(a - b) for i, a in enumerate(centres) for b in centres[i + 1 :]]
    return min(gaps) / spread


@pytest.mark.parametrize(
    ("method", "fit_sample"),
    [
        pytest.param("pca", None, id="pca"),
        pytest.param("pca", 100, id="pca-fit-on-sample"),
        pytest.param("tsne", 80, id="tsne-fit-on-sample"),
    ],
)
def test_clusters_apart_in_embedding_space_stay_apart_on_the_map(method, fit_sample):
    vectors = clustered(40, [0, 1, 2, 3], seed=1, noise=0.05)
    labels = np.repeat(np.arange(4), 40)
    coordinates = project(vectors, method, seed=0, fit_sample=fit_sample)
    assert coordinates.shape == (160, 2)
    assert coordinates.dtype == np.float32
    assert np.isfinite(coordinates).all()
    assert _separation(coordinates, labels) > 2.0


# UMAP (the default) compiles on its first call, so one test covers its layout, placement and determinism.
@pytest.mark.parametrize("method", ["pca", "umap"])
def test_the_same_seed_gives_the_same_coordinates(method):
    vectors = clustered(50, [0, 1, 2, 3], seed=2, noise=0.05)
    first = project(vectors, method, seed=3, fit_sample=150)
    second = project(vectors, method, seed=3, fit_sample=150)
    np.testing.assert_array_equal(first, second)
    assert _separation(first, np.repeat(np.arange(4), 50)) > 2.0


@pytest.mark.parametrize(
    ("method", "rows", "message"),
    [
        pytest.param("mds", 10, "allowed: umap, tsne, pca", id="unknown-method"),
        pytest.param("pca", 2, "at least 3 rows", id="too-few-rows"),
    ],
)
def test_bad_projection_input_says_what_is_allowed(method, rows, message):
    with pytest.raises(SynthlensError, match=message):
        project(clustered(rows, [0], seed=1), method)
