"""Exact dedup on normalised text and MinHash-LSH near-exact groups."""

import pytest

from synthlens.similarity.exact_dedup import exact_dedup_counts, exact_dedup_run, minhash_labels, normalize_text


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        pytest.param("  Hello,   WORLD!! ", "hello world", id="case-space-punctuation"),
        pytest.param("What is 2+2?", "what is 2+2", id="symbols-kept"),
        pytest.param("Ｆｕｌｌ\u00a0width", "full width", id="unicode-folded"),
        pytest.param("tab\tand\nnewline", "tab and newline", id="whitespace-kinds"),
    ],
)
def test_normalize_text(text, normal):
    assert normalize_text(text) == normal


def test_exact_dedup_flags_later_copies_and_counts_per_method(make_run):
    ws = make_run(
        [
            ("Write a poem about the sea.", "a"),
            ("write a poem about the SEA", "b"),
            ("Write a short poem about the sea please", "c"),
            ("Explain how vaccines work.", "d"),
        ]
    )
    table = exact_dedup_run(ws, minhash=True, minhash_threshold=0.5)
    assert table["is_norm_dup"].to_list() == [False, True, False, False]
    groups = table["minhash_group"].to_list()
    assert groups[0] == groups[1] == groups[2] != groups[3]
    assert exact_dedup_counts(table) == {"normalized_hash": 1, "minhash": 2}


def test_minhash_is_off_by_default(make_run):
    table = exact_dedup_run(make_run([("a", "b"), ("a", "c")]))
    assert table["minhash_group"].null_count() == 2
    assert exact_dedup_counts(table) == {"normalized_hash": 1}


def test_minhash_leaves_different_texts_apart():
    texts = ["Summarise the plot of Hamlet in three sentences.", "Give me a recipe for pancakes with bananas."]
    labels = minhash_labels(texts, threshold=0.8)
    assert labels[0] != labels[1]
