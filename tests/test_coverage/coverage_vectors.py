"""Small synthetic clusters of unit vectors: the ground truth the coverage tests measure against."""

from collections.abc import Sequence

import numpy as np

DIM = 32
CENTERS = np.linalg.qr(np.random.default_rng(7).normal(size=(DIM, DIM)))[0][:4]  # 4 orthonormal directions


def clustered(per_cluster: int, clusters: Sequence[int], seed: int, noise: float = 0.15) -> np.ndarray:
    """`per_cluster` unit vectors around each of the chosen cluster centres (0-3), in cluster order."""
    rng = np.random.default_rng(seed)
    points = np.concatenate([CENTERS[c] + noise * rng.normal(size=(per_cluster, DIM)) for c in clusters])
    return (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)
