"""Embedders: turn texts into L2-normalised float32 vectors. One small interface, one file per backend."""

from collections.abc import Callable
from functools import cache
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


TORCH_MODEL = "all-MiniLM-L6-v2"  # the torch path's name: runs and caches made before the other backends match
DEFAULT_MODEL = "minilm-onnx"  # the fastest backend that keeps MiniLM's dedup decisions (docs/similarity.md)
FAST_MODEL = "minilm-static"  # about 50x faster again, with different near-duplicate pairs
BUNDLED_MODELS = ("minilm-onnx", "minilm-static", "minilm-torch")  # the names users pick from
ALIASES = {"minilm-torch": TORCH_MODEL, f"sentence-transformers/{TORCH_MODEL}": TORCH_MODEL}
# Backends that compute the same vectors (to about 1e-7) share one vector space: the embedding cache stores
# their vectors under one name, and whatever was fitted on one space (the offline taggers) serves the other.
SAME_SPACE = {"minilm-onnx": TORCH_MODEL}


def model_name(model: str | None) -> str:
    """The embedder name a user option stands for: the default for None, aliases resolved."""
    return ALIASES.get(model or DEFAULT_MODEL, model or DEFAULT_MODEL)


def vector_space(name: str) -> str:
    """The name of the vector space an embedder's vectors live in (shared by exact re-implementations)."""
    return SAME_SPACE.get(name, name)


def default_embedder() -> Embedder:
    """The default embedder, loaded now: the bundled MiniLM on ONNX Runtime."""
    return bundled_embedder(DEFAULT_MODEL)


@cache
def bundled_embedder(name: str) -> Embedder:
    """One of the embedders made from the bundled MiniLM, loaded once per process (offline)."""
    name = model_name(name)
    if name == "minilm-onnx":
        from synthlens.embed.onnx import OnnxEmbedder

        return OnnxEmbedder()
    if name == "minilm-static":
        from synthlens.embed.static import StaticEmbedder

        return StaticEmbedder()
    from synthlens.embed.local import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(TORCH_MODEL)


def make_embedder(model: str | None = None, base_url: str | None = None, api_key: str | None = None) -> Embedder:
    """An embedder from user options: a server when base_url is given, else a bundled or local model.

    model: minilm-onnx (the default), minilm-static, minilm-torch (alias all-MiniLM-L6-v2), another
    sentence-transformers name or local folder, or the served model's name. The model loads on first use,
    so a run whose embeddings are already computed never loads it.
    """
    if base_url:
        if not model:
            raise SynthlensError(f"an embedding server ({base_url}) needs a model name; fix: --embed-model NAME")

        def load() -> Embedder:
            from synthlens.embed.remote import OpenAIEmbedder

            return OpenAIEmbedder(model, base_url=base_url, api_key=api_key)

        return LazyEmbedder(model, load)
    name = model_name(model)
    if model_name(name) in {model_name(bundled) for bundled in BUNDLED_MODELS}:
        return LazyEmbedder(name, lambda: bundled_embedder(name))

    def load_local() -> Embedder:
        from synthlens.embed.local import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(name)

    return LazyEmbedder(name, load_local)


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

    def unloaded(self) -> "LazyEmbedder":
        """The same embedder with its model not loaded yet: what is shipped to other processes."""
        return LazyEmbedder(self.name, self._load)
