"""Fixtures for the similarity tests: an embedder whose vectors the test chooses, counting what it encodes."""

import hashlib
from collections.abc import Callable

import numpy as np
import pytest


class FakeEmbedder:
    """Maps each text to a fixed vector (given, or derived from its hash) and records every encode call."""

    def __init__(self, vectors: dict[str, list[float]] | None = None, dim: int = 8, name: str = "fake") -> None:
        self.name = name
        self.vectors = vectors or {}
        self.dim = len(next(iter(self.vectors.values()))) if self.vectors else dim
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = [self.vectors.get(text) or self._hashed(text) for text in texts]
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dim)

    def _hashed(self, text: str) -> list[float]:
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
        return np.random.default_rng(seed).normal(size=self.dim).tolist()

    @property
    def encoded(self) -> list[str]:
        return [text for call in self.calls for text in call]


@pytest.fixture
def fake_embedder() -> Callable[..., FakeEmbedder]:
    """A factory for fake embedders: fake_embedder(vectors={text: [..]}, dim=8, name="fake")."""
    return FakeEmbedder


def unit_rows(rows: list[list[float]]) -> np.ndarray:
    """Float32 rows scaled to unit length."""
    array = np.asarray(rows, dtype=np.float32)
    return array / np.linalg.norm(array, axis=1, keepdims=True)


@pytest.fixture
def unit() -> Callable[[list[list[float]]], np.ndarray]:
    """Turn hand-written vectors into float32 unit rows."""
    return unit_rows


@pytest.fixture
def clustered() -> Callable[..., np.ndarray]:
    """Unit vectors around random centres, like real sentence embeddings: clustered(rows, dim, centres)."""

    def make(rows: int, dim: int = 32, centres: int = 20, spread: float = 0.3, seed: int = 0) -> np.ndarray:
        rng = np.random.default_rng(seed)
        middle = rng.normal(size=(centres, dim))
        points = middle[rng.integers(0, centres, rows)] + spread * rng.normal(size=(rows, dim))
        return unit_rows(points.tolist())

    return make
