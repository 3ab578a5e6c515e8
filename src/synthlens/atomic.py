"""Atomic file writes: write to a temp file beside the target, then rename, so a killed run never
leaves a half-written table behind."""

import json
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temp path in the target's folder; on success rename it over the target, else delete it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a written file gets the mode open() would give it
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


_umask_guard = threading.Lock()


def _umask() -> int:
    """The process's umask (reading it means setting it; the lock keeps other threads from seeing 0)."""
    with _umask_guard:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def write_json(data: Any, target: Path) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def write_parquet(frame: Any, target: Path) -> None:
    """Write a polars DataFrame to Parquet atomically."""
    with atomic_path(target) as tmp:
        frame.write_parquet(tmp, statistics=False)


def write_npy(array: Any, target: Path) -> None:
    import numpy as np

    with atomic_path(target) as tmp, tmp.open("wb") as handle:
        np.save(handle, array)
