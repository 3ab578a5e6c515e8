"""Figures for the trained heads: on the held-back split, and on labelled sets the training never saw
(synthlens's own hand-written evaluation sets in tests/data)."""

from pathlib import Path

import numpy as np
import polars as pl
import yaml
from scipy.stats import spearmanr

from synthlens.embed import default_embedder
from synthlens.judge.offline.heads import features


def _round(value: float) -> float:
    return round(float(value), 3)


def held_back_report(table: pl.DataFrame, heads: dict, back: np.ndarray, edgy: np.ndarray) -> dict:
    return {
        "held_back": {
            "category": _category_report(table, heads["category"], back),
            "safety": _safety_report(table, heads["safety"], back, edgy),
            "hazard": _answered_report(heads["hazard"], back),
            "difficulty": _difficulty_report(table, heads["difficulty"], back),
        }
    }


def _answered_report(head: dict, back: np.ndarray) -> dict:
    rows = back[head["rows"]]
    probs, y = head["probs"][rows], head["y"][rows]
    answered = probs.max(axis=1) >= head["threshold"]
    correct = probs.argmax(axis=1) == y
    return {
        "rows": int(rows.sum()),
        "accuracy": _round(correct.mean()),
        "answered_share": _round(answered.mean()),
        "accuracy_answered": _round(correct[answered].mean()) if answered.any() else None,
    }


def _category_report(table: pl.DataFrame, head: dict, back: np.ndarray) -> dict:
    report = _answered_report(head, back)
    rows = back[head["rows"]]
    probs, y = head["probs"][rows], head["y"][rows]
    answered = probs.max(axis=1) >= head["threshold"]
    recall = {}
    for index, label in enumerate(head["labels"]):
        gold = y == index
        right = (probs.argmax(axis=1) == index) & answered
        recall[label] = {"rows": int(gold.sum()), "recall": _round(right[gold].mean()) if gold.any() else None}
    return report | {"recall_at_threshold": recall}


def _safety_report(table: pl.DataFrame, head: dict, back: np.ndarray, edgy_rows: np.ndarray) -> dict:
    rows = back[head["rows"]]
    p_unsafe = head["probs"][rows][:, head["labels"].index("unsafe")]
    truth = head["y"][rows] == head["labels"].index("unsafe")
    edgy = edgy_rows[head["rows"]][rows]
    flagged = (p_unsafe >= head["threshold"]) & (head["nearest"][rows] >= head["gate"])
    coded = head["nearest"][rows] >= head["code_gate"]
    return {
        "coded_share_of_caught": _round(coded[flagged & truth].mean()),
        "unsafe_rows": int(truth.sum()),
        "recall": _round(flagged[truth].mean()),
        "ordinary_rows": int((~truth & ~edgy).sum()),
        "false_positive_rate_ordinary": _round(flagged[~truth & ~edgy].mean()),
        "edgy_rows": int((~truth & edgy).sum()),
        "false_positive_rate_edgy": _round(flagged[~truth & edgy].mean()),
    }


def _difficulty_report(table: pl.DataFrame, head: dict, back: np.ndarray) -> dict:
    rows = back[head["rows"]]
    probs, y = head["probs"][rows], head["y"][rows]
    expected = probs @ np.arange(len(head["labels"]))
    source = table["source"].to_numpy()[head["rows"]][rows]
    mmlu = source == "mmlu_stem"
    return {
        "rows": int(rows.sum()),
        "spearman_all_graded_sets": _round(spearmanr(expected, y).statistic),
        "spearman_within_mmlu_stem": _round(spearmanr(expected[mmlu], y[mmlu]).statistic),
        "mmlu_stem_rows": int(mmlu.sum()),
        "exact_accuracy": _round((probs.argmax(axis=1) == y).mean()),
    }


def _predict(heads: dict, name: str, texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Labels, probabilities, and each text's similarity to the nearest unsafe prototype."""
    vectors = default_embedder().encode(texts)
    x = features(pl.Series(texts, dtype=pl.String), vectors)
    head = heads[name]
    logits = (x @ head["weights"] + head["bias"]) / head["temperature"]
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    nearest = (vectors @ heads["safety"]["prototypes"].astype(np.float32).T).max(axis=1)
    return [head["labels"][i] for i in probs.argmax(axis=1)], probs, nearest


def evaluate_independent(heads: dict, root: Path) -> dict:
    """Category and safety figures on sets none of the training rows came from."""
    report: dict = {}
    category = yaml.safe_load((root / "tests/data/offline_eval_category.yaml").read_text())
    texts = [t for items in category.values() for t in items]
    gold = [label for label, items in category.items() for _ in items]
    report["synthlens_eval_category"] = _category_figures(heads, texts, gold)
    safety = yaml.safe_load((root / "tests/data/offline_eval_safety.yaml").read_text())
    unsafe = [t for items in safety["unsafe"].values() for t in items]
    report["synthlens_eval_safety"] = _safety_figures(heads, unsafe, safety["safe"])
    return {"independent": report}


def _category_figures(heads: dict, texts: list[str], gold: list[str]) -> dict:
    predicted, probs, _ = _predict(heads, "category", texts)
    answered = probs.max(axis=1) >= heads["category"]["threshold"]
    right = np.array([p == g for p, g in zip(predicted, gold, strict=True)])
    recall = {label: _round((right & answered)[np.array(gold) == label].mean()) for label in sorted(set(gold))}
    return {
        "rows": len(texts),
        "accuracy": _round(right.mean()),
        "answered_share": _round(answered.mean()),
        "accuracy_answered": _round(right[answered].mean()) if answered.any() else None,
        "recall_at_threshold": recall,
    }


def _safety_figures(heads: dict, unsafe: list[str], safe: list[str]) -> dict:
    _, probs, nearest = _predict(heads, "safety", unsafe + safe)
    head = heads["safety"]
    flagged = (probs[:, head["labels"].index("unsafe")] >= head["threshold"]) & (nearest >= head["gate"])
    return {
        "unsafe_rows": len(unsafe),
        "recall": _round(flagged[: len(unsafe)].mean()) if unsafe else None,
        "safe_rows": len(safe),
        "false_positive_rate": _round(flagged[len(unsafe) :].mean()),
    }


def summaries(report: dict, thresholds: dict) -> dict[str, str]:
    """One sentence per head for the dashboard and the dataset card."""
    held, independent = report["held_back"], report["independent"]
    category, own = held["category"], independent["synthlens_eval_category"]
    safety, own_safety = held["safety"], independent["synthlens_eval_safety"]
    hazard, difficulty = held["hazard"], held["difficulty"]
    return {
        "category": (
            f"accuracy {category['accuracy']:.2f} on {category['rows']:,} held-back rows of its training sources,"
            f" {own['accuracy']:.2f} on {own['rows']} hand-written requests it never saw; no label under"
            f" confidence {thresholds['category']:.2f} ({category['answered_share']:.0%} of held-back rows labelled)"
        ),
        "safety": (
            f"held back: catches {safety['recall']:.0%} of {safety['unsafe_rows']} harmful requests, false alarms"
            f" on {safety['false_positive_rate_ordinary']:.1%} of {safety['ordinary_rows']:,} ordinary and"
            f" {safety['false_positive_rate_edgy']:.0%} of {safety['edgy_rows']} edgy ones; hand-written set:"
            f" catches {own_safety['recall']:.0%} of {own_safety['unsafe_rows']}, false alarms on"
            f" {own_safety['false_positive_rate']:.0%} of {own_safety['safe_rows']} edgy requests; a hazard code is"
            f" named for {safety['coded_share_of_caught']:.0%} of the harmful requests caught and is right on"
            f" {hazard['accuracy_answered']:.0%} of held-back harmful requests it is named for"
        ),
        "difficulty": (
            f"Spearman {difficulty['spearman_all_graded_sets']:.2f} with graded levels on {difficulty['rows']}"
            f" held-back rows of the graded sets ({difficulty['spearman_within_mmlu_stem']:.2f} within"
            f" MMLU-STEM school levels); no label under confidence {thresholds['difficulty']:.2f}"
        ),
    }
