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
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from synthlens import atomic

WEIGHTS = "model.safetensors"
RECORD = "derived.json"
OFFLINE_SWITCHES = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
log = logging.getLogger(__name__)


def user_cache_dir() -> Path:
    """The user-level cache folder shared by every run: SYNTHLENS_CACHE, else ~/.cache/synthlens."""
    configured = os.environ.get("SYNTHLENS_CACHE")
    if configured:
        return Path(configured).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "synthlens"


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
    source: Path,
    settings: dict[str, Any],
    build: Callable[[Path, Path], None],
    root: Path | None = None,
) -> Path:
    """The folder of `kind` derived from `source` with `settings`, calling build(source, folder) if missing."""
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
        with hub_offline():
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


@contextmanager
def hub_offline() -> Iterator[None]:
    """Switch the Hugging Face libraries offline for the duration."""
    saved = {name: os.environ.get(name) for name in OFFLINE_SWITCHES}
    os.environ.update(OFFLINE_SWITCHES)
    hub = sys.modules.get("huggingface_hub.constants")  # read at import: set it too if already imported
    hub_was = getattr(hub, "HF_HUB_OFFLINE", None)
    if hub is not None:
        hub.HF_HUB_OFFLINE = True
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if hub is not None:
            hub.HF_HUB_OFFLINE = hub_was
