"""The learned offline classifiers: linear heads over MiniLM vectors plus cheap text features.

Each head is a logistic regression (weights, bias, labels) trained by `scripts/train_offline_taggers.py`
on public labelled data, with a temperature that calibrates its probabilities and a confidence threshold
below which the tagger abstains. The weights ship in `models/heads.npz`; `models/heads.json` holds what
they were trained on and the figures measured on the held-back split.
"""

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import polars as pl

from synthlens.errors import SynthlensError
from synthlens.judge.offline.cues import cue_matrix

MODEL_DIR = "models"
WEIGHTS_FILE = "heads.npz"
METADATA_FILE = "heads.json"
# Text features appended to the embedding, in this order (the weights' last rows read them).
TEXT_FEATURES = ("log_chars", "has_code_block", "has_newline", *[f"cue_{i}" for i in range(12)])


@dataclass(frozen=True)
class Head:
    """One calibrated linear classifier: probabilities = softmax((features @ weights + bias) / temperature)."""

    name: str
    labels: tuple[str, ...]
    weights: np.ndarray  # (features, labels) float32
    bias: np.ndarray  # (labels,) float32
    temperature: float
    threshold: float  # calibrated confidence under which the tagger abstains
    # Safety only: k-means centres of the unsafe training requests, and the similarity to the nearest
    # centre a row needs before it can be flagged (see scripts/train_offline_taggers.py, add_gate).
    prototypes: np.ndarray | None = None
    gate: float | None = None
    code_gate: float | None = None  # the closer similarity a flagged row needs before it gets a hazard code

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Calibrated class probabilities, (rows, labels), each row summing to 1."""
        logits = (features @ self.weights + self.bias) / self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def nearest_prototype(self, vectors: np.ndarray) -> np.ndarray:
        """Each row's cosine similarity to the closest prototype (all ones when the head has none)."""
        if self.prototypes is None or not len(vectors):
            return np.ones(len(vectors), dtype=np.float32)
        prototypes = self.prototypes.astype(np.float32)
        return np.concatenate(
            [(block @ prototypes.T).max(axis=1) for block in np.array_split(vectors, max(1, len(vectors) // 8192))]
        )


@dataclass(frozen=True)
class Heads:
    """Every shipped head, the embedding model they were trained on, and the training metadata."""

    embedder: str
    version: str
    heads: dict[str, Head]
    metadata: dict

    def __getitem__(self, name: str) -> Head:
        return self.heads[name]


@cache
def load_heads() -> Heads:
    """Read the shipped weights and metadata from the package (once per process)."""
    folder = resources.files("synthlens.judge.offline") / MODEL_DIR
    weights, metadata = folder / WEIGHTS_FILE, folder / METADATA_FILE
    if not (weights.is_file() and metadata.is_file()):
        raise SynthlensError(
            f"the offline classifier weights ({MODEL_DIR}/{WEIGHTS_FILE}) are missing from"
            " synthlens.judge.offline; fix: reinstall synthlens, or run scripts/train_offline_taggers.py"
        )
    meta = json.loads(metadata.read_text())
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()[:8]
    with weights.open("rb") as handle, np.load(handle) as arrays:
        heads = {
            name: Head(
                name=name,
                labels=tuple(spec["labels"]),
                weights=arrays[f"{name}.weights"].astype(np.float32),
                bias=arrays[f"{name}.bias"].astype(np.float32),
                temperature=float(spec["temperature"]),
                threshold=float(spec["threshold"]),
                prototypes=arrays.get(f"{name}.prototypes"),
                gate=spec.get("gate"),
                code_gate=spec.get("code_gate"),
            )
            for name, spec in meta["heads"].items()
        }
    return Heads(embedder=meta["embedder"], version=f"{meta['version']}-{digest}", heads=heads, metadata=meta)


def text_features(texts: pl.Series) -> np.ndarray:
    """The cheap features appended to each row's vector, (rows, len(TEXT_FEATURES)) float32."""
    frame = pl.DataFrame({"text": texts.fill_null("")})
    basic = frame.select(
        (pl.col("text").str.len_chars().cast(pl.Float32).log1p() / 8).alias("log_chars"),
        pl.col("text").str.contains("```").cast(pl.Float32).alias("has_code_block"),
        pl.col("text").str.strip_chars().str.contains("\n").cast(pl.Float32).alias("has_newline"),
    ).to_numpy()
    return np.concatenate([basic, cue_matrix(texts).astype(np.float32)], axis=1).astype(np.float32)


def features(texts: pl.Series, vectors: np.ndarray) -> np.ndarray:
    """Row vectors followed by the text features: the input every head reads."""
    return np.concatenate([np.asarray(vectors, dtype=np.float32), text_features(texts)], axis=1)
