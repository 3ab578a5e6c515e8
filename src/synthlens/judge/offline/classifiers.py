"""The learned offline taggers: category, safety (with hazard codes) and difficulty from the shipped heads.

Each writes a calibrated `*_confidence` next to its label and abstains (null label, no hazard code) below
the threshold chosen on the held-back split, so a low-confidence guess is never shown as a fact.
"""

import numpy as np
import polars as pl

from synthlens.judge.labels import LLAMA_GUARD_3 as HAZARD_NAMES
from synthlens.judge.offline.difficulty import domain_columns, intent_of
from synthlens.judge.offline.heads import Head, features, load_heads
from synthlens.judge.offline.vectors import SharedVectors
from synthlens.progress import ProgressFn, silent

# A runner-up category is listed in other_task_category when it holds at least this probability.
OTHER_MIN_PROBABILITY = 0.15
KIND = "offline model"


def generator_name() -> str:
    """The generator every learned head writes, e.g. 'minilm-logreg-v1-3f2a9c1d'."""
    return f"minilm-logreg-{load_heads().version}"


def measured(head: str) -> str:
    """What the training script measured for one head, in a sentence (held-back split, independent sets)."""
    return load_heads().metadata.get("summaries", {}).get(head, "")


class _LearnedTagger:
    """Shared plumbing: row vectors plus text features through one head."""

    head_name = ""

    def __init__(self, vectors: SharedVectors) -> None:
        self.vectors = vectors
        self.generator = generator_name()

    def params(self) -> dict:
        heads = load_heads()
        return {
            "embedder": self.vectors.model_name,
            "heads": heads.version,
            "threshold": heads[self.head_name].threshold,
        }

    def provenance(self) -> dict:
        return {"kind": KIND, "generator": self.generator, "measured": measured(self.head_name)}

    def _probabilities(self, rows: pl.DataFrame, head: Head, progress: ProgressFn) -> np.ndarray:
        x = features(rows["instruction"], self.vectors.rows(rows, progress))
        probabilities = head.probabilities(x)
        progress(self.head_name, rows.height, rows.height)
        return probabilities


def _abstaining_labels(head: Head, probabilities: np.ndarray) -> tuple[pl.Series, np.ndarray]:
    """The top label per row (null under the head's threshold) and its calibrated probability."""
    confidence = probabilities.max(axis=1) if len(probabilities) else np.zeros(0)
    top = np.array(head.labels, dtype=object)[probabilities.argmax(axis=1)] if len(probabilities) else []
    labels = [label if conf >= head.threshold else None for label, conf in zip(top, confidence, strict=True)]
    return pl.Series(labels, dtype=pl.String), confidence.astype(np.float32)


class CategoryClassifier(_LearnedTagger):
    """Writes Magpie's `task_category` (null when unsure), `other_task_category` and the confidence."""

    name = "category"
    head_name = "category"
    columns = ["task_category", "other_task_category", "task_category_confidence", "task_category_generator"]

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        head = load_heads()[self.head_name]
        probabilities = self._probabilities(rows, head, progress)
        labels, confidence = _abstaining_labels(head, probabilities)
        ranked = np.argsort(-probabilities, axis=1)[:, 1:3]
        others = [
            [head.labels[i] for i in row if row_probs[i] >= OTHER_MIN_PROBABILITY]
            for row, row_probs in zip(ranked, probabilities, strict=True)
        ]
        return pl.DataFrame(
            {
                "id": rows["id"],
                "task_category": labels,
                "other_task_category": pl.Series(others, dtype=pl.List(pl.String)),
                "task_category_confidence": pl.Series(confidence, dtype=pl.Float32),
                "task_category_generator": pl.Series([self.generator] * rows.height, dtype=pl.String),
            }
        )


class SafetyClassifier(_LearnedTagger):
    """Writes `is_safe`, the Llama Guard 3 `hazard_categories` it is sure of, and `safety_confidence`.

    `safety_confidence` is the linear head's probability of the `is_safe` value given (a row the topic gate
    clears can read safe with a low confidence). A flagged row whose hazard code is uncertain keeps
    `is_safe = false` with an empty `hazard_categories`: no code beats a wrong one.
    """

    name = "safety"
    head_name = "safety"
    columns = ["is_safe", "hazard_categories", "hazard_names", "safety_confidence", "safety_generator"]

    def params(self) -> dict:
        heads = load_heads()
        safety = heads["safety"]
        return super().params() | {"hazard": heads["hazard"].threshold, "gates": [safety.gate, safety.code_gate]}

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        heads = load_heads()
        safety, hazard = heads["safety"], heads["hazard"]
        probabilities = self._probabilities(rows, safety, progress)
        p_unsafe = probabilities[:, safety.labels.index("unsafe")] if rows.height else np.zeros(0)
        nearest = safety.nearest_prototype(self.vectors.rows(rows))
        flagged = (p_unsafe >= safety.threshold) & (nearest >= (safety.gate or 0.0))
        codes = self._codes(rows, hazard, flagged & (nearest >= (safety.code_gate or 0.0)))
        return pl.DataFrame(
            {
                "id": rows["id"],
                "is_safe": pl.Series(~flagged, dtype=pl.Boolean),
                "hazard_categories": pl.Series(codes, dtype=pl.List(pl.String)),
                "hazard_names": pl.Series([[HAZARD_NAMES[c] for c in row] for row in codes], dtype=pl.List(pl.String)),
                "safety_confidence": pl.Series(np.where(flagged, p_unsafe, 1 - p_unsafe), dtype=pl.Float32),
                "safety_generator": pl.Series([self.generator] * rows.height, dtype=pl.String),
            }
        )

    def _codes(self, rows: pl.DataFrame, hazard: Head, flagged: np.ndarray) -> list[list[str]]:
        codes: list[list[str]] = [[] for _ in range(rows.height)]
        if not flagged.any():
            return codes
        unsafe_rows = rows.filter(pl.Series(flagged))
        x = features(unsafe_rows["instruction"], self.vectors.rows(rows)[flagged])
        labels, _ = _abstaining_labels(hazard, hazard.probabilities(x))
        for index, label in zip(np.flatnonzero(flagged), labels, strict=True):
            codes[index] = [label] if label is not None else []
        return codes


class DifficultyClassifier(_LearnedTagger):
    """Writes `difficulty` (very easy .. very hard, null when unsure), its confidence, and template
    `intent` / `knowledge` (the same templates as the heuristic tagger; both may be null)."""

    name = "difficulty"
    head_name = "difficulty"
    columns = ["difficulty", "difficulty_confidence", "intent", "knowledge", "difficulty_generator"]

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        head = load_heads()[self.head_name]
        labels, confidence = _abstaining_labels(head, self._probabilities(rows, head, progress))
        texts = rows["instruction"]
        return pl.DataFrame(
            {
                "id": rows["id"],
                "difficulty": labels,
                "difficulty_confidence": pl.Series(confidence, dtype=pl.Float32),
                "intent": pl.Series([intent_of(text) for text in texts.to_list()], dtype=pl.String),
                "knowledge": domain_columns(texts)["knowledge"],
                "difficulty_generator": pl.Series([self.generator] * rows.height, dtype=pl.String),
            }
        )
