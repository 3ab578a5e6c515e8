"""The offline category tagger: nearest labelled exemplars in MiniLM space, plus cheap regex cues."""

import numpy as np
import polars as pl

from synthlens.judge.offline.cues import CATEGORIES, cue_matrix
from synthlens.judge.offline.exemplars import load_exemplars
from synthlens.judge.offline.vectors import SharedVectors
from synthlens.progress import ProgressFn, silent

SCORE_BLOCK = 8192
_INFORMATION = CATEGORIES.index("Information seeking")


class CategoryTagger:
    """Writes Magpie's `task_category` and `other_task_category` (12 labels) without an LLM.

    Each row's score per category mixes a similarity-weighted vote of its k nearest exemplars, its
    similarity to each category's centroid, and a bonus when that category's regex cue matches.
    """

    name = "category"
    generator = "exemplar-knn-v1"
    columns = ["task_category", "other_task_category", "task_category_generator"]

    def __init__(
        self,
        vectors: SharedVectors,
        k: int = 10,
        temperature: float = 0.1,
        cue_weight: float = 0.3,
        other_min_share: float = 0.15,
        information_prior: float = 0.1,
    ) -> None:
        self.vectors = vectors
        self.k = k
        self.temperature = temperature  # softness of the vote and centroid weights; lower = nearest wins
        self.cue_weight = cue_weight
        self.other_min_share = other_min_share  # a runner-up must hold this share of the score to be listed
        # Information seeking is the commonest request in instruction data (about half of Magpie's), so a
        # row that is close to several categories leans to it.
        self.information_prior = information_prior

    def provenance(self) -> dict:
        return {
            "kind": "offline exemplars",
            "generator": self.generator,
            "method": "nearest hand-written exemplars plus regex cues",
        }

    def params(self) -> dict:
        return {
            "embedder": self.vectors.model_name,
            "exemplars": load_exemplars("category").version,
            "k": self.k,
            "temperature": self.temperature,
            "cue_weight": self.cue_weight,
            "other_min_share": self.other_min_share,
            "information_prior": self.information_prior,
        }

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        scores = self.scores(rows, progress)
        ranked = np.argsort(-scores, axis=1)[:, :3]
        shares = np.take_along_axis(scores, ranked, axis=1)
        names = np.array(CATEGORIES)
        others = [
            [
                str(names[label])
                for label, share in zip(row[1:], row_shares[1:], strict=True)
                if share >= self.other_min_share
            ]
            for row, row_shares in zip(ranked, shares, strict=True)
        ]
        return pl.DataFrame(
            {
                "id": rows["id"],
                "task_category": names[ranked[:, 0]] if len(rows) else [],
                "other_task_category": pl.Series(others, dtype=pl.List(pl.String)),
                "task_category_generator": [self.generator] * len(rows),
            },
            schema_overrides={"task_category": pl.String, "task_category_generator": pl.String},
        )

    def scores(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> np.ndarray:
        """Per-row category scores, (rows, 12) summing to 1, columns in CATEGORIES order."""
        exemplars = load_exemplars("category")
        exemplar_vectors = self.vectors.exemplars(exemplars)  # first: it tells the model's width
        row_vectors = self.vectors.rows(rows, progress)
        label_of = np.array([CATEGORIES.index(label) for label in exemplars.labels])
        centroids = _centroids(exemplar_vectors, label_of)
        cues = cue_matrix(rows["instruction"])
        blocks = []
        for start in range(0, len(rows), SCORE_BLOCK):
            block = row_vectors[start : start + SCORE_BLOCK]
            similarity = block @ exemplar_vectors.T
            mixed = 0.5 * self._vote(similarity, label_of) + 0.5 * _softmax(block @ centroids.T / 0.05)
            mixed[:, _INFORMATION] += self.information_prior
            blocks.append(mixed + self.cue_weight * cues[start : start + SCORE_BLOCK])
            progress("category", min(start + SCORE_BLOCK, len(rows)), len(rows))
        scores = np.concatenate(blocks) if blocks else np.zeros((0, len(CATEGORIES)))
        return scores / scores.sum(axis=1, keepdims=True).clip(min=1e-9)

    def _vote(self, similarity: np.ndarray, label_of: np.ndarray) -> np.ndarray:
        """Share of the k nearest exemplars' weight per category; weight = exp(similarity / temperature)."""
        k = min(self.k, similarity.shape[1])
        nearest = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
        nearest_sims = np.take_along_axis(similarity, nearest, axis=1)
        weights = np.exp((nearest_sims - nearest_sims.max(axis=1, keepdims=True)) / self.temperature)
        votes = np.zeros((similarity.shape[0], len(CATEGORIES)))
        np.add.at(votes, (np.arange(similarity.shape[0])[:, None], label_of[nearest]), weights)
        return votes / votes.sum(axis=1, keepdims=True)


def _centroids(vectors: np.ndarray, label_of: np.ndarray) -> np.ndarray:
    """Unit-length mean exemplar vector per category."""
    centroids = np.stack([vectors[label_of == label].mean(axis=0) for label in range(len(CATEGORIES))])
    return centroids / np.linalg.norm(centroids, axis=1, keepdims=True)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)
