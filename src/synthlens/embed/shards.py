"""Append-only shards of cached vectors for one vector space and width (the storage behind `store`).

A shard is `<id>.vectors.npy` (float32 rows) plus `<id>.keys.npy` (16-byte text hashes, same order), each
written atomically, the keys last: a shard without its keys file does not exist yet. Several processes may
share a folder: shard ids are unique, and a reader that loses a shard to another's merge reads the list again.
"""

import hashlib
import os
import re
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import numpy as np

from synthlens import atomic

MAX_SHARDS = 16  # more than this and they are merged into one
LEGACY_FILE = "embeddings.sqlite"  # the cache of earlier versions: one row per (model, hash)
_KEYS, _VECTORS = ".keys.npy", ".vectors.npy"


class ShardStore:
    """The shards of one (space, dim) in a cache folder."""

    def __init__(self, cache_dir: Path, space: str, dim: int) -> None:
        self.cache_dir = cache_dir
        self.space = space
        self.dim = dim
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", space)[:60]
        self.folder = cache_dir / "vectors" / f"{slug}-{hashlib.sha1(space.encode()).hexdigest()[:8]}" / str(dim)
        self._migrate_legacy()

    def fill(self, keys: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Copy the stored vectors of `keys` (sorted, distinct, dtype V16) into out's rows; return which were."""
        for attempt in range(3):
            try:
                return self._fill(keys, out)
            except FileNotFoundError:  # a shard merged away while we read: read the new list
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _fill(self, keys: np.ndarray, out: np.ndarray) -> np.ndarray:
        found = np.zeros(len(keys), dtype=bool)
        if not len(keys):
            return found
        for shard in self._shards():
            stored = np.load(f"{shard}{_KEYS}")
            position = np.minimum(np.searchsorted(keys, stored), len(keys) - 1)
            hit = np.flatnonzero(keys[position] == stored)
            if len(hit):
                out[position[hit]] = np.load(f"{shard}{_VECTORS}", mmap_mode="r")[hit]
                found[position[hit]] = True
        return found

    def append(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        """Store vectors under their keys as a new shard (merging the shards when there are too many)."""
        if not len(keys):
            return
        self._write(keys, vectors)
        shards = self._shards()
        if len(shards) > MAX_SHARDS:
            self._merge(shards)

    def _write(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        shard = self.folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        atomic.write_npy(np.ascontiguousarray(vectors, dtype=np.float32), Path(f"{shard}{_VECTORS}"))
        atomic.write_npy(np.ascontiguousarray(keys, dtype="V16"), Path(f"{shard}{_KEYS}"))

    def _merge(self, shards: list[str]) -> None:
        """One shard in place of many: written first, then the old ones removed (keys first)."""
        try:
            keys = np.concatenate([np.load(f"{shard}{_KEYS}") for shard in shards])
            vectors = np.concatenate([np.load(f"{shard}{_VECTORS}") for shard in shards])
        except FileNotFoundError:
            return  # another process is merging the same shards
        keys, first = np.unique(keys, return_index=True)
        self._write(keys, vectors[first])
        for shard in shards:
            Path(f"{shard}{_KEYS}").unlink(missing_ok=True)
            Path(f"{shard}{_VECTORS}").unlink(missing_ok=True)

    def _shards(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(str(path)[: -len(_KEYS)] for path in self.folder.glob(f"*{_KEYS}"))

    def _migrate_legacy(self) -> None:
        """Copy this space's vectors from an earlier version's SQLite cache into a shard, once."""
        legacy = self.cache_dir / LEGACY_FILE
        marker = self.folder / "migrated"
        if not legacy.exists() or marker.exists():
            return
        try:
            with closing(sqlite3.connect(legacy, timeout=60)) as db:
                rows = db.execute("SELECT hash, vector FROM vectors WHERE model = ?", [self.space]).fetchall()
        except sqlite3.DatabaseError:
            rows = []  # no such table, or not a database: nothing to carry over
        rows = [(key, blob) for key, blob in rows if len(key) == 16 and len(blob) == self.dim * 4]
        if rows:
            keys = np.frombuffer(b"".join(key for key, _ in rows), dtype="V16")
            vectors = np.frombuffer(b"".join(blob for _, blob in rows), dtype=np.float32).reshape(-1, self.dim)
            self._write(keys, vectors)
        self.folder.mkdir(parents=True, exist_ok=True)
        marker.touch()
