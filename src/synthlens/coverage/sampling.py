"""Seeded row samples shared by the projection, the metrics and the baselines, so every run is reproducible."""

import numpy as np


def sample_indices(n_rows: int, size: int | None, seed: int) -> np.ndarray:
    """Sorted indices of a seeded random sample of `size` rows out of `n_rows` (all rows when it is larger)."""
    if size is None or size >= n_rows:
        return np.arange(n_rows)
    picked = np.random.default_rng(seed).choice(n_rows, size=size, replace=False)
    return np.sort(picked)


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Float32 rows of unit length (zero rows stay zero), so inner product is cosine similarity.

    Rows that are unit length already come back as they are, without a copy (embeddings usually are).
    """
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    norms = np.sqrt(np.einsum("ij,ij->i", vectors, vectors))
    if len(norms) and np.abs(norms - 1).max() < 1e-4:
        return vectors
    return vectors / np.where(norms == 0, 1, norms)[:, None]
