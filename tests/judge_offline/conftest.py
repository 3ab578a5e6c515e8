"""Fixtures for the offline taggers: MiniLM loaded once per session, the held-out labelled sets."""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import polars as pl
import pytest
import yaml

from synthlens.judge.offline import SharedVectors

DATA = Path(__file__).resolve().parents[1] / "data"


def _rows_of(texts: list[str | None]) -> pl.DataFrame:
    return pl.DataFrame(
        {"id": [f"row-{i}" for i in range(len(texts))], "instruction": texts},
        schema={"id": pl.String, "instruction": pl.String},
    )


@pytest.fixture(scope="session")
def rows_of() -> Callable[[list[str | None]], pl.DataFrame]:
    """Build the two columns the offline taggers read (id, instruction) from texts."""
    return _rows_of


class _EncodeEachTextOnce:
    """Row vectors from the real embedder, remembering texts already encoded across tests."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.seen: dict[str, np.ndarray] = {}

    def __call__(self, rows: pl.DataFrame) -> np.ndarray:
        texts = rows["instruction"].fill_null("").to_list()
        new = [text for text in dict.fromkeys(texts) if text not in self.seen]
        if new:
            self.seen.update(zip(new, self.embedder.encode(new), strict=True))
        return np.stack([self.seen[text] for text in texts]) if texts else np.zeros((0, self.embedder.dim))


@pytest.fixture(scope="session")
def vectors() -> SharedVectors:
    """Shared embeddings with the bundled MiniLM, loaded once; each test text is encoded once."""
    from synthlens.embed import default_embedder

    embedder = default_embedder()
    return SharedVectors(embed=_EncodeEachTextOnce(embedder), embedder=embedder)


@pytest.fixture(scope="session")
def labelled_categories() -> dict[str, list[str]]:
    return yaml.safe_load((DATA / "offline_eval_category.yaml").read_text())


@pytest.fixture(scope="session")
def labelled_safety() -> dict:
    return yaml.safe_load((DATA / "offline_eval_safety.yaml").read_text())
