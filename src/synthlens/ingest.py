"""Ingest: read a dataset once into a run folder as canonical rows (rows.parquet), with its provenance."""

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from synthlens import atomic
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.readers import Columns, ReadOptions, dataset_name, load
from synthlens.readers.canonical import MAX_ROW_CHARS
from synthlens.workspace import MANIFEST, Workspace

DEFAULT_RUNS = Path("runs")


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
    source: str | Path,
    out: str | Path | None = None,
    options: IngestOptions = IngestOptions(),
    progress: ProgressFn = silent,
) -> IngestResult:
    """Read `source` into the run folder `out` (default runs/<dataset-name>); reuse it if nothing changed."""
    source = str(source)
    root = Path(out) if out else DEFAULT_RUNS / dataset_name(source)
    input_info = {"path": source, "sha256": input_hash(source), "options": _identity(options)}
    existing = _existing_run(root, input_info, options.overwrite)
    if existing:
        rows = existing.manifest["input"].get("rows", 0)
        return IngestResult(existing, rows, existing.manifest["input"]["format"], 0, None, reused=True)
    result = load(source, options.read_options(), progress)
    workspace = Workspace.create(root, input_info | {"format": result.format, "skipped": len(result.rejects)})
    rejects_path = root / "rejects.jsonl" if result.rejects else None
    if rejects_path:
        with atomic.atomic_path(rejects_path) as tmp:
            tmp.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in result.rejects))
    workspace.write_rows(result.rows)
    return IngestResult(workspace, result.rows.height, result.format, len(result.rejects), rejects_path, False)


def _existing_run(root: Path, input_info: dict, overwrite: bool) -> Workspace | None:
    """The run already at `root` when it holds this very input; refuse to mix inputs without --overwrite."""
    if not (root / MANIFEST).exists():
        return None
    workspace = Workspace.open(root)
    previous = workspace.manifest["input"]
    same = {k: previous.get(k) for k in ("path", "sha256", "options")} == {
        k: input_info[k] for k in ("path", "sha256", "options")
    }
    if same and workspace.rows_path.exists():
        return workspace
    if not overwrite:
        raise SynthlensError(
            f"{root}: already holds a run of {previous.get('path')} with other content or options;"
            " fix: pick another folder with -o, or pass --overwrite to start it afresh"
        )
    for name in ("stages", "embeddings", "plots", "baselines"):
        shutil.rmtree(root / name, ignore_errors=True)
    return None


def input_hash(source: str) -> str:
    """sha256 of the input's bytes (all files, in name order, for a folder); of the id for a Hub dataset."""
    path = Path(source)
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    digest = hashlib.sha256()
    if not path.exists():
        digest.update(source.encode())
    for file in files if path.exists() else []:
        digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode())
        with file.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()


def _identity(options: IngestOptions) -> dict:
    """The options that change what is read (overwrite does not)."""
    return {key: value for key, value in options.__dict__.items() if key != "overwrite"}
