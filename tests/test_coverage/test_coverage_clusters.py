"""Joint k-means clusters, the per-cluster table and the word labels."""

import numpy as np
import pytest
from coverage_vectors import clustered

from synthlens.coverage.clusters import cluster_table, kmeans
from synthlens.coverage.labels import ctfidf_labels


def test_kmeans_finds_the_clusters_and_numbers_the_largest_first():
    sizes = [10, 40, 20, 30]
    vectors = np.concatenate([clustered(n, [c], seed=c) for c, n in enumerate(sizes)])
    truth = np.repeat(np.arange(4), sizes)
    labels = kmeans(vectors, 4, seed=0)
    # Each true cluster maps onto one found cluster, numbered by size: 40 -> 0, 30 -> 1, 20 -> 2, 10 -> 3.
    assert [set(labels[truth == c]) for c in range(4)] == [{3}, {0}, {2}, {1}]


def test_the_cluster_table_shows_where_the_dataset_is_missing_or_over_filled():
    labels = np.array([0, 0, 0, 1, 3, 1, 2, 0, 1, 2, 2])
    sources = np.array(["dataset"] * 5 + ["alpaca"] * 6)
    table = cluster_table(labels, sources, ["dataset", "alpaca"], {0: "code, python"})
    assert table["label"].to_list() == ["code, python", "cluster 1", "cluster 2", "cluster 3"]
    assert table["dataset"].to_list() == [3, 1, 0, 1]
    assert table["alpaca"].to_list() == [1, 2, 3, 0]
    assert table["dataset_share"].to_list() == pytest.approx([0.6, 0.2, 0.0, 0.2])
    # 0: a region the dataset misses; 0.6 and 3.6: under- and over-filled; inf: only the dataset is there.
    assert table["dataset_vs_baselines"].to_list() == pytest.approx([3.6, 0.6, 0.0, float("inf")])


def test_labels_name_each_cluster_by_its_distinctive_words():
    texts = [
        "Write a Python function that sorts a list",
        "Fix the bug in this Python function",
        "Explain what this Python function returns",
        "Give me a recipe for chicken soup",
        "How long should I roast a chicken recipe",
        "Suggest a vegetarian recipe for dinner",
    ]
    labels = np.array([0, 0, 0, 1, 1, 1])
    names = ctfidf_labels(texts, labels, n_words=2)
    assert set(names[0].split(", ")) == {"python", "function"}
    assert set(names[1].split(", ")) == {"recipe", "chicken"}


def test_a_cluster_without_words_gets_a_numbered_label():
    names = ctfidf_labels(["the and of", "123 456", "python code"], np.array([0, 1, 2]))
    assert names[0] == "cluster 0"
    assert names[1] == "cluster 1"
    assert names[2] in ("python, code", "code, python")
