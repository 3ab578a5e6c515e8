"""The embedding cache: vectors stored by (vector space, text hash), so a re-run embeds only new texts.

The cache folder holds append-only shards per vector space and width: `vectors/<space>/<dim>/<shard>`, each a
`.vectors.npy` (float32 rows) and a `.keys.npy` (16-byte text hashes) written after it, atomically: a shard
counts once its keys file exists. Encoded vectors are written as a shard every few seconds, at the end, and
when encoding fails or is interrupted, so a run that stops resumes where it stopped (a hard kill loses at most
those few seconds). Many small shards are merged into one, so a lookup reads few files. A cache written by
earlier versions (one SQLite file) is still read, and what is found there is copied into a shard.
"""

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from synthlens.embed import Embedder, vector_space
from synthlens.embed.shards import ShardStore
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent

DEFAULT_BATCH_SIZE = 512
# Texts per encode call: 64 (the local model's own batch, so nothing is lost), doubled up to a stored batch
# while a call takes under half a second; progress is reported after each call, about once a second or more.
FIRST_CHUNK = 64
TARGET_SECONDS = 0.5
FLUSH_SECONDS = 5.0  # encoded vectors are written at least this often
# Encodes texts elsewhere (Ray workers): (embedder, texts, keep(start, vectors), progress); `keep` is called
# for every finished batch, so a batch is stored the moment it is back.
RemoteEncoder = Callable[[Embedder, list[str], Callable[[int, np.ndarray], None], ProgressFn], None]


def text_key(text: str) -> bytes:
    """A 16-byte hash of a text: the cache key next to the model name."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def embed_texts(
    embedder: Embedder,
    texts: list[str],
    cache_dir: Path,
    progress: ProgressFn = silent,
    batch_size: int = DEFAULT_BATCH_SIZE,
    remote: RemoteEncoder | None = None,
) -> np.ndarray:
    """Embed texts through the cache: float32 unit rows in input order; only uncached texts are encoded."""
    vectors, _ = embed_texts_counted(embedder, texts, cache_dir, progress, batch_size, remote)
    return vectors


def embed_texts_counted(
    embedder: Embedder,
    texts: list[str],
    cache_dir: Path,
    progress: ProgressFn = silent,
    batch_size: int = DEFAULT_BATCH_SIZE,
    remote: RemoteEncoder | None = None,
) -> tuple[np.ndarray, int]:
    """Like `embed_texts`, also returning how many distinct texts had to be encoded.

    remote: encode the missing texts there (the Ray engine) instead of in this process.
    """
    if batch_size < 1:
        raise SynthlensError(f"embedding batch size {batch_size} is not allowed; use 1 or more, e.g. 512")
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32), 0
    keys = np.frombuffer(b"".join(text_key(text) for text in texts), dtype="V16")
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    store = ShardStore(Path(cache_dir), vector_space(embedder.name), embedder.dim)
    vectors = np.zeros((len(unique), embedder.dim), dtype=np.float32)
    found = store.fill(unique, vectors)
    # Longest first: batches of similar length pad little, and a too-long input fails early.
    missing = np.asarray(sorted(np.flatnonzero(~found), key=lambda u: -len(texts[first[u]])), dtype=np.int64)
    missing_texts = [texts[first[u]] for u in missing]
    if remote is not None and missing_texts:
        vectors[missing] = _encode_remotely(remote, embedder, missing_texts, unique[missing], store, progress)
    else:
        vectors[missing] = _encode_missing(embedder, missing_texts, unique[missing], store, progress, batch_size)
    return vectors[inverse.reshape(-1)], len(missing)


def _encode_remotely(
    remote: RemoteEncoder,
    embedder: Embedder,
    texts: list[str],
    keys: np.ndarray,
    store: ShardStore,
    progress: ProgressFn,
) -> np.ndarray:
    """Encode on workers; each finished batch is normalised and stored here (the one writer) as it arrives."""
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)

    def keep(start: int, batch: np.ndarray) -> None:
        rows = unit_rows(batch, len(batch), embedder)
        vectors[start : start + len(rows)] = rows
        store.append(keys[start : start + len(rows)], rows)

    remote(embedder, texts, keep, progress)
    return vectors


def _encode_missing(
    embedder: Embedder, texts: list[str], keys: np.ndarray, store: ShardStore, progress: ProgressFn, batch_size: int
) -> np.ndarray:
    """Encode texts in batches, storing a shard every FLUSH_SECONDS and whatever is done if it stops early."""
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    stored, done, chunk = 0, 0, FIRST_CHUNK
    last_flush = time.perf_counter()
    try:
        for start in range(0, len(texts), batch_size):
            batch = texts[start : start + batch_size]
            vectors[start : start + len(batch)], chunk = _encode(embedder, batch, chunk, progress, start, len(texts))
            done = start + len(batch)
            if time.perf_counter() - last_flush >= FLUSH_SECONDS:
                store.append(keys[stored:done], vectors[stored:done])
                stored, last_flush = done, time.perf_counter()
    finally:  # also on an error or Ctrl-C: what was encoded is kept for the next run
        store.append(keys[stored:done], vectors[stored:done])
    return vectors


def _encode(
    embedder: Embedder, texts: list[str], chunk: int, progress: ProgressFn, done: int, total: int
) -> tuple[np.ndarray, int]:
    """Encode one batch in chunks of about TARGET_SECONDS each, reporting after each; returns the
    vectors and the chunk size to start the next batch with."""
    parts: list[np.ndarray] = []
    encoded = 0
    while encoded < len(texts):
        part = texts[encoded : encoded + chunk]
        started = time.perf_counter()
        parts.append(unit_rows(embedder.encode(part), len(part), embedder))
        encoded += len(part)
        progress("embed", done + encoded, total)
        took = time.perf_counter() - started
        if took < TARGET_SECONDS:
            chunk = min(chunk * 2, DEFAULT_BATCH_SIZE)
        elif took > 2 * TARGET_SECONDS:
            chunk = max(chunk // 2, FIRST_CHUNK)
    return np.concatenate(parts), chunk


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
