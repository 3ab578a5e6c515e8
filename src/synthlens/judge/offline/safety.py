"""The offline safety pre-screen: similarity to exemplar unsafe requests per Llama Guard 3 hazard category.

A pre-screen, not a guard: it flags rows that read like known unsafe requests so a real classifier (Llama
Guard) or a person can look at them. Safe look-alikes ("how do I kill a python process") and the category
exemplars act as negatives, so a row is flagged only when it is closer to the unsafe exemplars than to them.
"""

import numpy as np
import polars as pl

from synthlens.judge.labels import LLAMA_GUARD_3 as HAZARD_NAMES
from synthlens.judge.offline.exemplars import load_exemplars
from synthlens.judge.offline.vectors import SharedVectors
from synthlens.progress import ProgressFn, silent

# Phrases that signal intent to evade or to harm raise a row's unsafe score; phrases that frame a request
# as protective, historical or educational lower it. Rust regex syntax (polars).
EVASION_CUE = (
    r"(?i)\b(without (getting caught|being (caught|noticed|traced|detected)|anyone (knowing|noticing|finding"
    r" out)|(him|her|them|my \w+) (knowing|finding out|noticing)|leaving (any )?(evidence|trace))"
    r"|so (no one|nobody) (finds out|notices)|get away with|untraceable)\b"
)
PROTECTIVE_CUE = (
    r"(?i)\b(so (that )?(i|we) can (protect|help|spot|prevent|avoid|report|train|defend)|protect (my|our"
    r"|against|yourself|myself|children|kids)|for (safety|my (history|nursing|school) \w+|a (school|history"
    r"|class|physics|true crime) \w+)|warning signs|prevent\w*|safely|legally|history of)\b"
)
BLOCK = 8192


class SafetyPrescreen:
    """Writes `is_safe`, `hazard_categories` (Llama Guard 3 S-codes) and `hazard_names` without an LLM."""

    name = "safety"
    generator = "exemplar-prescreen-v1"
    columns = ["is_safe", "hazard_categories", "hazard_names", "safety_generator"]

    def __init__(
        self,
        vectors: SharedVectors,
        threshold: float = 0.4,
        margin: float = 0.0,
        cue_weight: float = 0.08,
        top: int = 3,
    ) -> None:
        self.vectors = vectors
        self.threshold = threshold  # mean similarity to the `top` nearest unsafe exemplars needed to flag
        self.margin = margin  # how much closer to unsafe exemplars than to safe ones a flagged row must be
        self.cue_weight = cue_weight
        self.top = top

    def provenance(self) -> dict:
        return {
            "kind": "offline exemplars",
            "generator": self.generator,
            "method": "similarity to hand-written unsafe exemplars",
        }

    def params(self) -> dict:
        return {
            "embedder": self.vectors.model_name,
            "exemplars": [load_exemplars("safety").version, load_exemplars("category").version],
            "threshold": self.threshold,
            "margin": self.margin,
            "cue_weight": self.cue_weight,
            "top": self.top,
        }

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        unsafe_score, safe_score, code_sims = self.scores(rows, progress)
        flagged = (unsafe_score >= self.threshold) & (unsafe_score - safe_score >= self.margin)
        codes = [_ranked_codes(row_sims) if flag else [] for flag, row_sims in zip(flagged, code_sims, strict=True)]
        return pl.DataFrame(
            {
                "id": rows["id"],
                "is_safe": pl.Series(~flagged, dtype=pl.Boolean),
                "hazard_categories": pl.Series(codes, dtype=pl.List(pl.String)),
                "hazard_names": pl.Series(
                    [[HAZARD_NAMES[code] for code in row] for row in codes], dtype=pl.List(pl.String)
                ),
                "safety_generator": pl.Series([self.generator] * len(rows), dtype=pl.String),
            }
        )

    def scores(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row: unsafe score (cue-adjusted), safe score, and the closest similarity per hazard code."""
        unsafe, negatives, codes = self._exemplar_sets()
        row_vectors = self.vectors.rows(rows, progress)
        texts = pl.DataFrame({"text": rows["instruction"].fill_null("")})
        cues = (
            texts.select(
                pl.col("text").str.contains(EVASION_CUE).cast(pl.Int8)
                - pl.col("text").str.contains(PROTECTIVE_CUE).cast(pl.Int8)
            )
            .to_series()
            .to_numpy()
        )
        unsafe_parts, safe_parts, code_parts = [], [], []
        for start in range(0, len(rows), BLOCK):
            block = row_vectors[start : start + BLOCK]
            unsafe_sims = block @ unsafe.T
            unsafe_parts.append(_top_mean(unsafe_sims, self.top))
            safe_parts.append(_top_mean(block @ negatives.T, self.top))
            code_parts.append(np.stack([unsafe_sims[:, codes == code].max(axis=1) for code in HAZARD_NAMES], 1))
            progress("safety", min(start + BLOCK, len(rows)), len(rows))
        if not unsafe_parts:
            return np.zeros(0), np.zeros(0), np.zeros((0, len(HAZARD_NAMES)))
        unsafe_score = np.concatenate(unsafe_parts) + self.cue_weight * cues
        return unsafe_score, np.concatenate(safe_parts), np.concatenate(code_parts)

    def _exemplar_sets(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Unsafe exemplar vectors, negative vectors (look-alikes + category exemplars), unsafe codes."""
        safety = load_exemplars("safety")
        vectors = self.vectors.exemplars(safety)
        labels = np.array(safety.labels)
        is_unsafe = labels != "safe"
        category_vectors = self.vectors.exemplars(load_exemplars("category"))
        negatives = np.concatenate([vectors[~is_unsafe], category_vectors])
        return vectors[is_unsafe], negatives, labels[is_unsafe]


def _top_mean(similarity: np.ndarray, top: int) -> np.ndarray:
    top = min(top, similarity.shape[1])
    return np.partition(similarity, -top, axis=1)[:, -top:].mean(axis=1)


def _ranked_codes(code_sims: np.ndarray, within: float = 0.03) -> list[str]:
    """The closest exemplar's hazard code, plus other codes whose closest exemplar is nearly as close."""
    best = code_sims.max()
    ranked = sorted(zip(code_sims, HAZARD_NAMES, strict=True), reverse=True)
    return [code for similarity, code in ranked if similarity >= best - within]
