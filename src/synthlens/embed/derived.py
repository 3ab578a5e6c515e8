"""Models derived from a local model folder (a distilled static model, an ONNX export), built once per user.

A derived model lives in `<models folder>/<kind>-<source weights' sha256, 16 hex>-<settings hash>/`, so
new source weights or new settings build a new one. A folder counts only once its `derived.json` is there:
it is built in a temp folder beside it and renamed into place, so a killed build leaves nothing that is reused.
Builds run with the Hugging Face offline switches on: nothing is ever downloaded to make a derived model.
"""

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from synthlens import atomic
from synthlens.hub import offline

WEIGHTS = "model.safetensors"
RECORD = "derived.json"
log = logging.getLogger(__name__)


def user_cache_dir() -> Path:
    """The user-level cache folder shared by every run: SYNTHLENS_CACHE, else ~/.cache/synthlens."""
    configured = os.environ.get("SYNTHLENS_CACHE")
    if configured:
        return Path(configured).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "synthlens"


def shared_embeddings_dir() -> Path:
    """The embedding cache of texts that many runs embed (baselines, overlap references), keyed by model and
    text, so checking five datasets against one reference embeds the reference once."""
    return user_cache_dir() / "embeddings"


def models_dir() -> Path:
    """Where derived models are kept: SYNTHLENS_MODELS, else the `models` folder of the user cache."""
    configured = os.environ.get("SYNTHLENS_MODELS")
    return Path(configured).expanduser() if configured else user_cache_dir() / "models"


def file_sha256(path: Path) -> str:
    """The sha256 of a file, computed once per (path, size, modification time) in a process."""
    stat = path.stat()
    return _sha256(path, stat.st_size, stat.st_mtime_ns)


@cache
def _sha256(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()


def derived_model_dir(
    kind: str,
    source: Path | None,
    settings: dict[str, Any],
    build: Callable[[Path, Path], None],
    root: Path | None = None,
) -> Path:
    """The folder of `kind` derived from `source` (None: the bundled MiniLM) with `settings`, calling
    build(source, folder) if it is missing."""
    if source is None:
        from synthlens.embed.local import bundled_model_dir

        source = bundled_model_dir()
    digest = file_sha256(source / WEIGHTS)
    settings_hash = hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:8]
    folder = (root or models_dir()) / f"{kind}-{digest[:16]}-{settings_hash}"
    if (folder / RECORD).exists():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        log.warning("%s: building it once from %s into %s (a minute or two)", kind, source, folder)
        started = time.perf_counter()
        with offline():
            build(source, building)
        record = {"kind": kind, "source": str(source), "source_sha256": digest, "settings": settings}
        atomic.write_json(record | {"seconds": round(time.perf_counter() - started, 1)}, building / RECORD)
        _move_into_place(building, folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return folder


def _move_into_place(building: Path, folder: Path) -> None:
    try:
        os.replace(building, folder)
    except OSError:
        if not (folder / RECORD).exists():  # not a second process that finished first: a real failure
            raise
