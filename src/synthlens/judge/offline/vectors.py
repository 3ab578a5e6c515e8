"""Embeddings for the offline taggers: exemplars and rows in one model's space, rows embedded once."""

import hashlib
from collections.abc import Callable

import numpy as np
import polars as pl

from synthlens.embed import DEFAULT_MODEL, Embedder
from synthlens.errors import SynthlensError
from synthlens.judge.offline.exemplars import Exemplars
from synthlens.progress import ProgressFn, silent

# rows -> float32 unit vectors of their instructions, in row order (e.g. read from the embed stage)
RowVectors = Callable[[pl.DataFrame], np.ndarray]
ENCODE_BATCH = 4096
# Exemplar vectors by (model, exemplar file version): a few hundred sentences, kept for the process so
# repeated analyses (tests, the dashboard) do not encode them again.
_EXEMPLAR_VECTORS: dict[tuple[str, str], np.ndarray] = {}


class SharedVectors:
    """Embeds exemplars and rows with the same model; taggers sharing one instance embed rows once."""

    def __init__(self, embed: RowVectors | None = None, embedder: Embedder | None = None) -> None:
        self._embed = embed
        self._embedder = embedder
        self._last_rows: tuple[str, np.ndarray] | None = None

    def given(self, vectors: np.ndarray) -> "SharedVectors":
        """The same model, with the rows' vectors already known (a batch of rows on another process)."""
        return SharedVectors(embed=lambda rows: vectors, embedder=self._embedder)

    @property
    def model_name(self) -> str:
        return self._embedder.name if self._embedder is not None else DEFAULT_MODEL

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from synthlens.embed import default_embedder

            self._embedder = default_embedder()
        return self._embedder

    def exemplars(self, exemplars: Exemplars) -> np.ndarray:
        """The exemplars' vectors, computed on first use (a few hundred sentences)."""
        key = (self.model_name, exemplars.version)
        if key not in _EXEMPLAR_VECTORS:
            _EXEMPLAR_VECTORS[key] = self.embedder.encode(list(exemplars.texts))
        return _EXEMPLAR_VECTORS[key]

    def rows(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> np.ndarray:
        """The rows' instruction vectors; a second call with the same rows reuses the first result."""
        fingerprint = _fingerprint(rows)
        if self._last_rows is not None and self._last_rows[0] == fingerprint:
            return self._last_rows[1]
        vectors = self._embed(rows) if self._embed is not None else self._encode(rows, progress)
        vectors = np.asarray(vectors, dtype=np.float32)
        self._check_shape(vectors, rows.height)
        self._last_rows = (fingerprint, vectors)
        return vectors

    def _encode(self, rows: pl.DataFrame, progress: ProgressFn) -> np.ndarray:
        texts = rows["instruction"].fill_null("").to_list()
        blocks = []
        for start in range(0, len(texts), ENCODE_BATCH):
            blocks.append(self.embedder.encode(texts[start : start + ENCODE_BATCH]))
            progress("embed instructions", min(start + ENCODE_BATCH, len(texts)), len(texts))
        return np.concatenate(blocks) if blocks else np.zeros((0, self.embedder.dim), np.float32)

    def _check_shape(self, vectors: np.ndarray, n_rows: int) -> None:
        dim = self._dim()
        if vectors.ndim != 2 or vectors.shape != (n_rows, dim):
            raise SynthlensError(
                f"row embeddings have shape {vectors.shape}, expected ({n_rows}, {dim}) from"
                f" {self.model_name};"
                f" fix: embed the instructions with {self.model_name}, the model the exemplars use"
            )

    def _dim(self) -> int:
        """The model's width, from exemplar vectors already computed when possible (no model load)."""
        for (model, _), vectors in _EXEMPLAR_VECTORS.items():
            if model == self.model_name:
                return vectors.shape[1]
        return self.embedder.dim


def _fingerprint(rows: pl.DataFrame) -> str:
    """A hash of the ids and instructions, so a different table never reuses another's vectors."""
    hashes = rows.select(pl.struct("id", "instruction").hash(seed=7)).to_series().to_numpy()
    return hashlib.sha1(hashes.tobytes()).hexdigest()
