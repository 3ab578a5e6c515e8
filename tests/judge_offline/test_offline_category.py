"""The exemplar kNN category tagger, measured on the held-out labelled set (floors catch regressions)."""

import numpy as np
import polars as pl
import pytest

from synthlens.errors import SynthlensError
from synthlens.judge.offline import CategoryTagger, SharedVectors
from synthlens.judge.offline.cues import CATEGORIES
from synthlens.judge.offline.evaluate import precision_recall

# Measured 0.95 macro recall / 0.95 macro precision (lowest per-category recall 0.84) when written;
# the floors leave a margin for harmless changes.
MACRO_RECALL_FLOOR = 0.88
MACRO_PRECISION_FLOOR = 0.88
PER_CATEGORY_RECALL_FLOOR = 0.7


@pytest.fixture(scope="module")
def held_out_table(vectors, labelled_categories, rows_of) -> pl.DataFrame:
    texts = [text for items in labelled_categories.values() for text in items]
    gold = [label for label, items in labelled_categories.items() for _ in items]
    predicted = CategoryTagger(vectors).tag(rows_of(texts))["task_category"].to_list()
    return precision_recall(gold, predicted)


def test_held_out_macro_precision_and_recall(held_out_table: pl.DataFrame) -> None:
    macro = held_out_table.filter(pl.col("label") == "macro").row(0, named=True)
    assert macro["recall"] >= MACRO_RECALL_FLOOR
    assert macro["precision"] >= MACRO_PRECISION_FLOOR


def test_held_out_every_category_is_recognised(held_out_table: pl.DataFrame) -> None:
    per_label = held_out_table.filter(pl.col("label") != "macro")
    assert sorted(per_label["label"]) == sorted(CATEGORIES)
    weak = per_label.filter(pl.col("recall") < PER_CATEGORY_RECALL_FLOOR)
    assert weak.is_empty(), weak


def test_columns_labels_and_runner_up_list(vectors, rows_of) -> None:
    texts = ["Write a haiku about the sea.", "Solve for x: 4x - 8 = 12.", "hey", None]
    tagged = CategoryTagger(vectors).tag(rows_of(texts))
    assert tagged.columns == ["id", "task_category", "other_task_category", "task_category_generator"]
    assert tagged["task_category"].to_list()[:3] == ["Creative writing", "Math", "Others"]
    assert tagged.schema["other_task_category"] == pl.List(pl.String)
    for top, others in zip(tagged["task_category"], tagged["other_task_category"], strict=True):
        assert top not in others and set(others) <= set(CATEGORIES) and len(others) <= 2
    assert set(tagged["task_category_generator"]) == {"exemplar-knn-v1"}


def test_code_cue_wins_over_topic(vectors, rows_of) -> None:
    text = "```python\nscores = {'math': 90}\nprint(scores['physics'])\n```\nWhy does this raise a KeyError?"
    assert CategoryTagger(vectors).tag(rows_of([text]))["task_category"][0] == "Coding & Debugging"


def test_supplied_row_vectors_are_used_once_for_both_taggers(vectors, rows_of) -> None:
    from synthlens.judge.offline import SafetyPrescreen

    calls = []

    def embed(rows: pl.DataFrame) -> np.ndarray:
        calls.append(rows.height)
        return vectors.embedder.encode(rows["instruction"].to_list())

    shared = SharedVectors(embed=embed, embedder=vectors.embedder)
    rows = rows_of(["Plan a 3-day trip to Lisbon.", "How do I kill a stuck Python process?"])
    CategoryTagger(shared).tag(rows)
    SafetyPrescreen(shared).tag(rows)
    assert calls == [2]


def test_row_vectors_of_the_wrong_model_are_a_clear_error(vectors, rows_of) -> None:
    shared = SharedVectors(embed=lambda rows: np.zeros((rows.height, 768), np.float32), embedder=vectors.embedder)
    with pytest.raises(SynthlensError, match=r"shape \(1, 768\), expected \(1, 384\).*fix"):
        CategoryTagger(shared).tag(rows_of(["Write a poem."]))
