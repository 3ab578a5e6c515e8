"""Small synthetic clusters of unit vectors, and an embedder that puts texts on them by topic word."""

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DIM = 32
CENTERS = np.linalg.qr(np.random.default_rng(7).normal(size=(DIM, DIM)))[0][:4]  # 4 orthonormal directions
TOPICS = ["python", "recipe", "travel", "history"]
TEMPLATES = {
    "python": "Write python code that sorts list number {i} with a function",
    "recipe": "Give a recipe for chicken soup variant {i} with garlic",
    "travel": "Plan a travel itinerary for trip {i} through Italian cities",
    "history": "Summarise the history of ancient empire {i} and its wars",
}


def clustered(per_cluster: int, clusters: Sequence[int], seed: int, noise: float = 0.15) -> np.ndarray:
    """`per_cluster` unit vectors around each of the chosen cluster centres (0-3), in cluster order."""
    rng = np.random.default_rng(seed)
    points = np.concatenate([CENTERS[c] + noise * rng.normal(size=(per_cluster, DIM)) for c in clusters])
    return (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)


def topic_texts(per_topic: int, topics: Sequence[int], start: int = 0) -> list[str]:
    """Distinct instructions, `per_topic` for each chosen topic (0-3)."""
    return [TEMPLATES[TOPICS[t]].format(i=start + i) for t in topics for i in range(per_topic)]


class TopicEmbedder:
    """Puts a text near the centre of the topic word it contains, with noise fixed by the text's hash."""

    def __init__(self, name: str = "topic-test") -> None:
        self.name, self.dim, self.encoded = name, DIM, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.encoded += len(texts)
        return np.stack([self._vector(text) for text in texts]).astype(np.float32)

    def _vector(self, text: str) -> np.ndarray:
        topic = next(i for i, word in enumerate(TOPICS) if word in text.lower())
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
        point = CENTERS[topic] + 0.15 * np.random.default_rng(seed).normal(size=DIM)
        return point / np.linalg.norm(point)


def write_alpaca(path: Path, texts: list[str]) -> Path:
    """An Alpaca-format JSON file of the texts, the way a user would keep a baseline on disk."""
    records = [{"instruction": text, "input": "", "output": f"An answer of {len(text)} chars."} for text in texts]
    path.write_text(json.dumps(records))
    return path
