"""The embedding cache: vectors stored by (model name, text hash), so a re-run embeds only new texts.

The cache is one SQLite file (`embeddings.sqlite`) in the cache folder. Each batch is committed as soon
as it is embedded, so a run that is killed resumes where it stopped.
"""

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import numpy as np

from synthlens.embed import Embedder
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent

CACHE_FILE = "embeddings.sqlite"
DEFAULT_BATCH_SIZE = 512
# Texts per encode call: 64 (the local model's own batch, so nothing is lost), doubled up to a stored batch
# while a call takes under half a second; progress is reported after each call, about once a second or more.
FIRST_CHUNK = 64
TARGET_SECONDS = 0.5
_LOOKUP_CHUNK = 500  # SQLite's default limit on bound parameters is 999


def text_key(text: str) -> bytes:
    """A 16-byte hash of a text: the cache key next to the model name."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def embed_texts(
    embedder: Embedder,
    texts: list[str],
    cache_dir: Path,
    progress: ProgressFn = silent,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> np.ndarray:
    """Embed texts through the cache: float32 unit rows in input order; only uncached texts are encoded."""
    vectors, _ = embed_texts_counted(embedder, texts, cache_dir, progress, batch_size)
    return vectors


def embed_texts_counted(
    embedder: Embedder,
    texts: list[str],
    cache_dir: Path,
    progress: ProgressFn = silent,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> tuple[np.ndarray, int]:
    """Like `embed_texts`, also returning how many distinct texts had to be encoded."""
    if batch_size < 1:
        raise SynthlensError(f"embedding batch size {batch_size} is not allowed; use 1 or more, e.g. 512")
    keys = [text_key(text) for text in texts]
    unique = dict(zip(keys, texts, strict=True))
    with _open_cache(cache_dir) as db:
        found = _lookup(db, embedder.name, list(unique), embedder.dim)
        # Longest first: batches of similar length pad little, and a too-long input fails early.
        missing = sorted((key for key in unique if key not in found), key=lambda k: -len(unique[k]))
        chunk = FIRST_CHUNK
        for start in range(0, len(missing), batch_size):
            batch = missing[start : start + batch_size]
            blobs, chunk = _encode(embedder, [unique[key] for key in batch], chunk, progress, start, len(missing))
            _store(db, embedder.name, batch, blobs)
            found.update(zip(batch, blobs, strict=True))
    flat = np.frombuffer(b"".join(found[key] for key in keys), dtype=np.float32)
    return flat.reshape(len(texts), embedder.dim).copy(), len(missing)


def _encode(
    embedder: Embedder, texts: list[str], chunk: int, progress: ProgressFn, done: int, total: int
) -> tuple[list[bytes], int]:
    """Encode one stored batch in chunks of about TARGET_SECONDS each, reporting after each; returns the
    vectors' bytes and the chunk size to start the next batch with."""
    blobs: list[bytes] = []
    while len(blobs) < len(texts):
        part = texts[len(blobs) : len(blobs) + chunk]
        started = time.perf_counter()
        blobs += [row.tobytes() for row in unit_rows(embedder.encode(part), len(part), embedder)]
        progress("embed", done + len(blobs), total)
        took = time.perf_counter() - started
        if took < TARGET_SECONDS:
            chunk = min(chunk * 2, DEFAULT_BATCH_SIZE)
        elif took > 2 * TARGET_SECONDS:
            chunk = max(chunk // 2, FIRST_CHUNK)
    return blobs, chunk


def unit_rows(vectors: np.ndarray, expected_rows: int, embedder: Embedder) -> np.ndarray:
    """Check an embedder's output shape and L2-normalise it (some endpoints do not normalise)."""
    array = np.asarray(vectors, dtype=np.float32)
    if array.shape != (expected_rows, embedder.dim):
        raise SynthlensError(
            f"embedder {embedder.name} returned shape {array.shape},"
            f" expected ({expected_rows}, {embedder.dim}); fix: check the model's embedding dimension"
        )
    if not np.isfinite(array).all():
        raise SynthlensError(f"embedder {embedder.name} returned NaN or infinite values; fix: check the model")
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return np.ascontiguousarray(array / np.where(norms > 0, norms, 1.0), dtype=np.float32)


@contextmanager
def _open_cache(cache_dir: Path) -> Iterator[sqlite3.Connection]:
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(cache_dir / CACHE_FILE, timeout=60)) as db:
        db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, hash BLOB NOT NULL,"
            " vector BLOB NOT NULL, PRIMARY KEY (model, hash)) WITHOUT ROWID"
        )
        db.commit()
        yield db


def _lookup(db: sqlite3.Connection, model: str, keys: list[bytes], dim: int) -> dict[bytes, bytes]:
    found: dict[bytes, bytes] = {}
    for start in range(0, len(keys), _LOOKUP_CHUNK):
        chunk = keys[start : start + _LOOKUP_CHUNK]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT hash, vector FROM vectors WHERE model = ? AND hash IN ({marks})"
        found.update(db.execute(query, [model, *chunk]).fetchall())
    # A vector of another width means the name was reused for a different model: embed again.
    return {key: blob for key, blob in found.items() if len(blob) == dim * 4}


def _store(db: sqlite3.Connection, model: str, keys: list[bytes], blobs: list[bytes]) -> None:
    rows = [(model, key, blob) for key, blob in zip(keys, blobs, strict=True)]
    db.executemany("INSERT OR REPLACE INTO vectors (model, hash, vector) VALUES (?, ?, ?)", rows)
    db.commit()
