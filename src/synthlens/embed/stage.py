"""The embed stage: one float32 matrix per (model, field) in the run, row order = rows.parquet.

It is recorded in the manifest only (stage name "embed"); the vectors live in `embeddings/<model>.npy`
and every text's vector also goes to the run's embedding cache, so adding rows embeds only the new ones.
"""

import logging
import time
from pathlib import Path

import numpy as np
import polars as pl

from synthlens import atomic
from synthlens.embed import DEFAULT_MODEL, Embedder, default_embedder
from synthlens.embed.store import RemoteEncoder, embed_texts_counted
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.workspace import Workspace, params_key

STAGE = "embed"
EMBED_FIELDS = ("instruction", "response", "conversation")
log = logging.getLogger(__name__)


def embedding_cache_dir(ws: Workspace) -> Path:
    """Where a run keeps its embedding cache."""
    return ws.root / "embeddings" / "cache"


def check_field(field: str) -> str:
    """The field name, if it is one that can be embedded."""
    if field not in EMBED_FIELDS:
        raise SynthlensError(
            f"embed field '{field}' is not supported; allowed: {', '.join(EMBED_FIELDS)};"
            " fix: --embed-field instruction"
        )
    return field


def field_texts(rows: pl.DataFrame, field: str) -> list[str]:
    """The text to embed for each row: the instruction, the response, or the whole conversation."""
    check_field(field)
    if field == "instruction":
        return rows["instruction"].fill_null("").to_list()
    if field == "response":
        return rows["response"].fill_null("").to_list()
    return [
        "\n\n".join(f"{turn['role']}: {turn['content']}" for turn in conversation or [])
        for conversation in rows["conversation"].to_list()
    ]


def embed_key(ws: Workspace, model: str, field: str) -> str:
    """The cache key of one embedding matrix: the input's hash, the model and the field."""
    return params_key(STAGE, {"model": model, "field": field}, [ws.manifest["input"].get("sha256", "")])


def embeddings_ready(ws: Workspace, model: str, field: str = "instruction") -> bool:
    """Whether the run already holds this model's embeddings of this field for its current rows."""
    files = ws.manifest["stages"].get(STAGE, {}).get("files", {})
    path = ws.embeddings_path(model, field)
    return path.exists() and files.get(path.name, {}).get("key") == embed_key(ws, model, field) and _readable(path)


def _readable(path: Path) -> bool:
    """Whether a stored matrix opens; a damaged one is reported and then computed again."""
    try:
        np.load(path, mmap_mode="r")
        return True
    except (ValueError, EOFError, OSError) as error:
        problem = "0 bytes" if path.stat().st_size == 0 else str(error).splitlines()[0][:120]
        log.warning("%s is damaged (%s); recomputing it", path, problem)
        return False


def embed_run(
    ws: Workspace,
    embedder: Embedder | None = None,
    field: str = "instruction",
    progress: ProgressFn = silent,
    remote: RemoteEncoder | None = None,
) -> np.ndarray:
    """The run's embeddings for a field (read-only, memory-mapped), computing only what is missing.

    remote: where to encode what is missing (the Ray engine); the vectors, and so the stage, are the same.
    """
    check_field(field)
    with ws.lock():  # a second writer waits here, then finds the matrix made
        return _embed_run(ws, embedder, field, progress, remote)


def _embed_run(
    ws: Workspace, embedder: Embedder | None, field: str, progress: ProgressFn, remote: RemoteEncoder | None
) -> np.ndarray:
    model = embedder.name if embedder else DEFAULT_MODEL
    path = ws.embeddings_path(model, field)
    if embeddings_ready(ws, model, field):
        return np.load(path, mmap_mode="r")  # no model is loaded when the matrix is already there
    embedder = embedder or default_embedder()
    started = time.perf_counter()
    texts = field_texts(ws.rows(["instruction", "response", "conversation"]), field)
    vectors, newly_embedded = embed_texts_counted(embedder, texts, embedding_cache_dir(ws), progress, remote=remote)
    atomic.write_npy(vectors, path)
    seconds = round(time.perf_counter() - started, 3)
    params = {"model": embedder.name, "field": field, "dim": embedder.dim}
    key = embed_key(ws, embedder.name, field)
    files = dict(ws.manifest["stages"].get(STAGE, {}).get("files", {}))
    files[path.name] = {**params, "key": key, "rows": len(texts), "newly_embedded": newly_embedded}
    ws.record(STAGE, params=params, key=key, seconds=seconds, rows=len(texts), files=files)
    log.info("embed: %s rows in %.1f s (%s, field %s)", f"{len(texts):,}", seconds, embedder.name, field)
    return np.load(path, mmap_mode="r")


def stored_embeddings(ws: Workspace, field: str = "instruction") -> tuple[str, np.ndarray]:
    """The model name and the (memory-mapped) matrix of a field's embeddings already in the run.

    With several models, the one the neighbours stage used wins (then the first recorded).
    """
    files = ws.manifest["stages"].get(STAGE, {}).get("files", {})
    models = [entry["model"] for entry in files.values() if entry.get("field") == field]
    preferred = ws.manifest["stages"].get("neighbors", {}).get("params", {}).get("model")
    ready = [model for model in sorted(models, key=lambda m: m != preferred) if embeddings_ready(ws, model, field)]
    if not ready:
        raise SynthlensError(
            f"{ws.root}: no {field} embeddings in this run; fix: synthlens embed {ws.root} (or synthlens analyze)"
        )
    return ready[0], np.load(ws.embeddings_path(ready[0], field), mmap_mode="r")
