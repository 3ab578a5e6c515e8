"""Ingest: read a dataset once into a run folder as canonical rows (rows.parquet), with its provenance.

A run is recognised by its content: the same rows, read with the same options, reuse the run however the
path is spelled. A run is written only into a new or empty folder, or over an earlier run; `--overwrite`
deletes only the files a run writes, and a run never reads its own folder as input.
"""

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synthlens import atomic
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.readers import Columns, ReadOptions, ReadResult, dataset_name, load, load_records
from synthlens.readers.canonical import MAX_ROW_CHARS
from synthlens.readers.memory import content_hash, describe, is_in_memory, memory_records
from synthlens.runlock import LOCK_FILE, run_lock
from synthlens.workspace import MANIFEST, REJECTS, DamagedFile, Workspace, read_manifest, safe_name

DEFAULT_RUNS = Path("runs")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestOptions:
    fmt: str = "auto"
    instruction_col: str | None = None
    response_col: str | None = None
    split: str = "train"
    limit: int | None = None
    on_bad_rows: str = "error"
    max_row_chars: int = MAX_ROW_CHARS
    overwrite: bool = False

    def read_options(self) -> ReadOptions:
        columns = Columns(self.instruction_col, self.response_col)
        return ReadOptions(self.fmt, columns, self.split, self.limit, self.on_bad_rows, self.max_row_chars)


@dataclass
class IngestResult:
    workspace: Workspace
    rows: int
    format: str
    skipped: int
    rejects_path: Path | None
    reused: bool  # True when the run already held exactly this input


def ingest_dataset(
    source: Any,
    out: str | Path | None = None,
    options: IngestOptions = IngestOptions(),
    progress: ProgressFn = silent,
    name: str | None = None,
) -> IngestResult:
    """Read `source` into the run folder `out` (default runs/<name>); reuse the run if nothing changed.

    source: a path or Hub id, or in-memory data (see synthlens.readers.memory), which needs `name` or `out`.
    """
    root = run_folder(source, out, name)
    _check_output_folder(root)
    if not is_in_memory(source):
        _refuse_own_outputs(str(source), root)
    input_info = {"path": _spelled(source), "sha256": input_hash(source, options.split), "options": _identity(options)}
    with run_lock(root):  # one writer: a second ingest waits, then finds the run made
        existing = _existing_run(root, source, input_info, options.overwrite)
        if existing:
            rows = existing.manifest["input"].get("rows", 0)
            log.info("reused %s rows (%s) in %s", f"{rows:,}", existing.manifest["input"]["format"], root)
            return IngestResult(existing, rows, existing.manifest["input"]["format"], 0, None, reused=True)
        result = _read(source, options, progress)
        workspace = Workspace.create(root, input_info | {"format": result.format, "skipped": len(result.rejects)})
        rejects_path = _write_rejects(root, result.rejects)
        workspace.write_rows(result.rows)
    log.info("ingested %s rows (%s) in %s", f"{result.rows.height:,}", result.format, root)
    if rejects_path:
        log.info("skipped %s bad rows, written to %s", f"{len(result.rejects):,}", rejects_path)
    return IngestResult(workspace, result.rows.height, result.format, len(result.rejects), rejects_path, False)


def run_folder(source: Any, out: str | Path | None, name: str | None = None) -> Path:
    """Where a run goes: `out`, else runs/<name>, else runs/<the dataset's name>."""
    if out:
        return Path(out)
    if name:
        return DEFAULT_RUNS / safe_name(name)
    if is_in_memory(source):
        raise SynthlensError(
            f"in-memory data ({describe(source)}) has no file name to name its run; allowed: a name or an output"
            " folder; fix: pass name='my_set' (the run goes to runs/my_set) or out='path/to/run'"
        )
    return DEFAULT_RUNS / dataset_name(str(source))


def _read(source: Any, options: IngestOptions, progress: ProgressFn) -> ReadResult:
    if not is_in_memory(source):
        return load(str(source), options.read_options(), progress)
    records = memory_records(source, options.split)
    return load_records(records, describe(source), "in-memory", options.read_options(), progress)


def _write_rejects(root: Path, rejects: list[dict]) -> Path | None:
    """Write rejects.jsonl, or delete an earlier one: it would describe another read."""
    path = root / REJECTS
    if not rejects:
        path.unlink(missing_ok=True)
        return None
    with atomic.atomic_path(path) as tmp:
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rejects))
    return path


def _check_output_folder(root: Path) -> None:
    """A run goes into a new or empty folder, or over an earlier run: never among someone else's files."""
    if root.exists() and not root.is_dir():
        raise SynthlensError(f"{root}: a file, not a folder; allowed: a run folder; fix: pick another folder with -o")
    if not root.is_dir() or (root / MANIFEST).exists():
        return
    others = sorted(path.name for path in root.iterdir() if path.name != LOCK_FILE)
    if others:
        raise SynthlensError(
            f"{root}: holds other files ({', '.join(others[:3])}{', ...' if len(others) > 3 else ''}) and is not a"
            " synthlens run; allowed: a new or empty folder, or an earlier run; fix: pick another folder with -o"
        )


def _refuse_own_outputs(source: str, root: Path) -> None:
    path = Path(source)
    if path.exists() and path.resolve().is_relative_to(root.resolve()):
        raise SynthlensError(
            f"{source}: inside the run folder {root}, which a run writes, never reads; allowed: data outside"
            " the run folder; fix: pass the original data, or pick another run folder with -o"
        )


def _existing_run(root: Path, source: Any, input_info: dict, overwrite: bool) -> Workspace | None:
    """The run already at `root` when it holds this very input; refuse to mix inputs without --overwrite."""
    if not (root / MANIFEST).exists():
        return None
    try:
        workspace = Workspace(root, read_manifest(root))
    except DamagedFile as damaged:
        log.warning("%s; the run is rebuilt from %s and its stages recomputed", damaged.reason, input_info["path"])
        Workspace(root, {"stages": {}}).remove_outputs()
        return None
    previous = workspace.manifest["input"]
    same_content = previous.get("sha256") == input_info["sha256"]
    if previous.get("options") == input_info["options"] and (
        same_content or previous.get("sha256") == _legacy_hash(source)
    ):
        return _reuse(workspace, input_info)
    if not overwrite:
        what = "other options" if same_content else "other content"
        raise SynthlensError(
            f"{root}: already holds a run of {previous.get('path')} with {what}; allowed: one input per run;"
            " fix: pick another folder with -o, or pass --overwrite to start it afresh"
        )
    workspace.remove_outputs()
    return None


def _reuse(workspace: Workspace, input_info: dict) -> Workspace | None:
    """The run as it is; None when its rows must be read again (rows.parquet damaged or gone)."""
    if workspace.manifest["input"].get("sha256") != input_info["sha256"]:
        # A run made before the manifest held the file's own sha256: same content, new key (stages recompute).
        workspace.manifest["input"].update(sha256=input_info["sha256"], path=input_info["path"])
        workspace.save_manifest()
    try:
        workspace.rows(["id"])
        return workspace
    except DamagedFile as damaged:
        log.warning("%s; reading %s again", damaged.reason, input_info["path"])
    except FileNotFoundError:
        pass
    workspace.rows_path.unlink(missing_ok=True)
    return None


def input_hash(source: Any, split: str = "train") -> str:
    """sha256 of the input: a file's own bytes; for a folder, each file's relative name and bytes in name
    order; for in-memory data, its rows as JSON lines; for a Hub dataset, its id."""
    if is_in_memory(source):
        return content_hash(source, split)
    path = Path(source)
    if path.is_file():
        return _file_sha256(path, hashlib.sha256())
    digest = hashlib.sha256()
    if not path.is_dir():
        digest.update(str(source).encode())
    for file in _folder_files(path, split) if path.is_dir() else []:
        digest.update(str(file.relative_to(path)).encode())
        _file_sha256(file, digest)
    return digest.hexdigest()


def _folder_files(folder: Path, split: str) -> list[Path]:
    """The files a folder's rows come from: the data files read (see readers.folder), or a save_to_disk's."""
    from synthlens.readers.containers import container_kind
    from synthlens.readers.folder import data_files

    if container_kind(str(folder)) == "folder":
        return data_files(folder, split)
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _file_sha256(path: Path, digest: "hashlib._Hash") -> str:
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _legacy_hash(source: Any) -> str | None:
    """The key that runs made by synthlens 0.1 gave a single file (its name, then its bytes), to know them."""
    path = Path(source) if not is_in_memory(source) else None
    if path is None or not path.is_file():
        return None
    digest = hashlib.sha256(path.name.encode())
    return _file_sha256(path, digest)


def _spelled(source: Any) -> str:
    """How the manifest names the input: an absolute path, a Hub id, or a description of in-memory data."""
    if is_in_memory(source):
        return describe(source)
    path = Path(source)
    return str(path.resolve()) if path.exists() else str(source)


def _identity(options: IngestOptions) -> dict:
    """The options that change what is read (overwrite does not)."""
    return {key: value for key, value in options.__dict__.items() if key != "overwrite"}
