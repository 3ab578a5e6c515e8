"""Measure taggers against labelled rows: per-label precision/recall and a screen's recall and FPR."""

from collections.abc import Sequence

import polars as pl


def precision_recall(gold: Sequence[str], predicted: Sequence[str]) -> pl.DataFrame:
    """One row per gold label: support, precision, recall, f1; then a 'macro' row averaging them."""
    frame = pl.DataFrame(
        {"gold": list(gold), "predicted": list(predicted)},
        schema=[("gold", pl.String), ("predicted", pl.String)],
    )
    table = []
    for label in sorted(set(frame["gold"])):
        true_positive = frame.filter((pl.col("gold") == label) & (pl.col("predicted") == label)).height
        support = frame.filter(pl.col("gold") == label).height
        predicted_count = frame.filter(pl.col("predicted") == label).height
        precision = true_positive / predicted_count if predicted_count else 0.0
        recall = true_positive / support
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table.append({"label": label, "support": support, "precision": precision, "recall": recall, "f1": f1})
    result = pl.DataFrame(table)
    macro = result.select(
        pl.lit("macro").alias("label"),
        pl.col("support").sum(),
        pl.col("precision").mean(),
        pl.col("recall").mean(),
        pl.col("f1").mean(),
    )
    return pl.concat([result, macro])


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of rows whose predicted label equals the gold label."""
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1)


def screen_rates(is_unsafe: Sequence[bool], flagged: Sequence[bool]) -> dict[str, float]:
    """Recall on unsafe rows and false-positive rate on safe rows of a yes/no screen."""
    unsafe_flags = [flag for unsafe, flag in zip(is_unsafe, flagged, strict=True) if unsafe]
    safe_flags = [flag for unsafe, flag in zip(is_unsafe, flagged, strict=True) if not unsafe]
    return {
        "unsafe": len(unsafe_flags),
        "safe": len(safe_flags),
        "recall": sum(unsafe_flags) / max(len(unsafe_flags), 1),
        "false_positive_rate": sum(safe_flags) / max(len(safe_flags), 1),
    }
