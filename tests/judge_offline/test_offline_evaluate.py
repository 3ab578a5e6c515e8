"""The measuring helpers behind the benchmark: per-label precision/recall and screen rates."""

import polars as pl
import pytest

from synthlens.judge.offline.evaluate import accuracy, precision_recall, screen_rates


def test_precision_recall_per_label_and_macro() -> None:
    gold = ["Math", "Math", "Math", "Editing", "Editing"]
    predicted = ["Math", "Math", "Editing", "Editing", "Planning"]
    table = precision_recall(gold, predicted)
    rows = {row["label"]: row for row in table.iter_rows(named=True)}
    assert list(rows) == ["Editing", "Math", "macro"]  # gold labels only; Planning was never right
    assert rows["Math"]["precision"] == 1.0 and rows["Math"]["recall"] == pytest.approx(2 / 3)
    assert rows["Editing"]["precision"] == 0.5 and rows["Editing"]["recall"] == 0.5
    assert rows["macro"]["recall"] == pytest.approx((2 / 3 + 0.5) / 2)
    assert rows["macro"]["support"] == 5
    assert table.schema["precision"] == pl.Float64
    assert accuracy(gold, predicted) == pytest.approx(3 / 5)


def test_screen_rates() -> None:
    rates = screen_rates([True, True, False, False, False, False], [True, False, True, False, False, False])
    assert rates == {"unsafe": 2, "safe": 4, "recall": 0.5, "false_positive_rate": 0.25}
