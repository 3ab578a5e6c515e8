"""A run workspace: the canonical rows, one Parquet table per analysis stage, embeddings and a manifest.

runs/<name>/
  rows.parquet            canonical rows, written once by ingest, never modified
  stages/<stage>.parquet  one table per analysis stage, keyed by id
  embeddings/<model>.npy  float32, L2-normalised, row order = rows.parquet
  cache.sqlite            LLM responses
  manifest.json           version, input, per-stage params, cache key, timings, row counts
"""

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from synthlens import __version__, atomic, provenance
from synthlens.errors import SynthlensError
from synthlens.runlock import LOCK_FILE, run_lock

MANIFEST = "manifest.json"
ROWS = "rows.parquet"
REJECTS = "rejects.jsonl"
# What a run writes, relative to its folder; `--overwrite` deletes these and nothing else. The caches
# (cache.sqlite, embeddings/cache/) are keyed on content and kept; recipes/ and exports/ are the user's.
RUN_OUTPUTS = (
    ROWS,
    REJECTS,
    "stages/*.parquet",
    "embeddings/*.npy",
    "baselines/*.parquet",
    "plots/coverage_map.png",
    "plots/lengths.png",
    "plots/cluster_shares.png",
)
log = logging.getLogger(__name__)


def safe_name(name: str) -> str:
    """A file-name-safe form of a model or stage name (no slashes, no dots leading)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "__", name).lstrip(".") or "unnamed"


def params_key(stage: str, params: dict[str, Any], dependencies: Iterable[str]) -> str:
    """The cache key of a stage: its name, parameters and the keys of what it read."""
    payload = json.dumps([stage, params, sorted(dependencies)], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:20]


@dataclass
class Workspace:
    """One analysis run on disk. Library code reads and writes the run only through this class."""

    root: Path
    manifest: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, root: str | Path) -> "Workspace":
        """Open an existing run; the error says how to make one if there is none, or which file is damaged."""
        root = Path(root)
        if not (root / MANIFEST).exists():
            raise SynthlensError(f"{root}: not a synthlens run (no {MANIFEST}); fix: synthlens ingest DATA -o {root}")
        return cls(root, read_manifest(root))

    @classmethod
    def create(cls, root: str | Path, input_info: dict[str, Any]) -> "Workspace":
        """Start a fresh manifest for a run (ingest calls this before writing rows.parquet)."""
        manifest = {"synthlens_version": __version__, "created_at": _now(), "input": input_info, "stages": {}}
        workspace = cls(Path(root), manifest)
        with run_lock(workspace.root):
            workspace.save_manifest()
        return workspace

    @contextmanager
    def lock(self, wait: float | None = None) -> Iterator["Workspace"]:
        """Hold the run's write lock (see synthlens.runlock); the manifest is re-read when the hold begins,
        so what another process recorded meanwhile is kept. wait: seconds (0: fail at once), None: default."""
        with run_lock(self.root, wait) as outermost:
            if outermost and (self.root / MANIFEST).exists():
                fresh = read_manifest(self.root)
                self.manifest.clear()
                self.manifest.update(fresh)
            yield self

    # paths
    @property
    def rows_path(self) -> Path:
        return self.root / ROWS

    @property
    def cache_path(self) -> Path:
        return self.root / "cache.sqlite"

    def stage_path(self, stage: str) -> Path:
        return self.root / "stages" / f"{safe_name(stage)}.parquet"

    def embeddings_path(self, model: str, field_name: str = "instruction") -> Path:
        suffix = "" if field_name == "instruction" else f".{field_name}"
        return self.root / "embeddings" / f"{safe_name(model)}{suffix}.npy"

    # reading
    def rows(self, columns: list[str] | None = None) -> pl.DataFrame:
        return read_table(self.rows_path, columns, fix=f"synthlens ingest SOURCE -o {self.root} reads the source again")

    def has_stage(self, stage: str) -> bool:
        return stage in self.manifest["stages"] and self.stage_path(stage).exists()

    def stages(self) -> list[str]:
        return [name for name in self.manifest["stages"] if self.stage_path(name).exists()]

    def table_stages(self) -> list[str]:
        """The stages whose columns join onto the rows. A stage named `<stage>.<part>` is one part of
        `<stage>` (e.g. `overlap.mmlu`, one per reference set) and shares its column names, so only the
        combined `<stage>` table joins."""
        return [name for name in self.stages() if "." not in name]

    def read_stage(self, stage: str) -> pl.DataFrame:
        if not self.has_stage(stage):
            raise SynthlensError(
                f"{self.root}: stage '{stage}' has not been run (present: {', '.join(self.stages()) or 'none'});"
                f" fix: synthlens analyze or the '{stage}' command on this run"
            )
        fix = f"synthlens analyze (or the '{stage}' command) on this run recomputes it"
        return read_table(self.stage_path(stage), fix=fix)

    def joined(self) -> pl.DataFrame:
        """The rows with every stage's columns joined on id (later stages win on a name clash)."""
        table = self.rows()
        for stage in self.table_stages():
            extra = self.read_stage(stage)
            overlap = [c for c in extra.columns if c in table.columns and c != "id"]
            table = table.drop(overlap).join(extra, on="id", how="left", maintain_order="left")
        return table

    # writing
    def write_rows(self, rows: pl.DataFrame) -> None:
        """Write the canonical rows (ingest only; analysis stages never touch rows.parquet)."""
        with self.lock():
            atomic.write_parquet(rows, self.rows_path)
            self.manifest["input"]["rows"] = rows.height
            self.save_manifest()

    def save_manifest(self) -> None:
        """Write the manifest as it is in memory (callers hold the lock: see `record` for an update)."""
        atomic.write_json(self.manifest, self.root / MANIFEST)
        provenance.note_write(self.root)

    def record_command(self, argv: Sequence[str], status: str = "ok") -> None:
        """Append a command line that wrote to this run to the manifest (secret option values masked)."""
        entry = {"argv": provenance.redact(argv), "at": _now(), "status": status, "synthlens_version": __version__}
        with self.lock():
            self.manifest.setdefault("commands", []).append(entry | {"versions": provenance.library_versions()})
            self.save_manifest()

    def forget(self, stage: str) -> None:
        """Drop a stage's record, so that it is computed again."""
        with self.lock():
            if self.manifest["stages"].pop(stage, None) is not None:
                self.save_manifest()

    def remove_outputs(self) -> list[Path]:
        """Delete the files this run wrote (RUN_OUTPUTS) and nothing else; returns what was deleted."""
        removed = []
        with self.lock():
            for pattern in (*RUN_OUTPUTS, "*.tmp", "*/.*.tmp", MANIFEST):
                for path in sorted(self.root.glob(pattern)):
                    if path.is_file() and path.name != LOCK_FILE:
                        path.unlink()
                        removed.append(path)
            for folder in ("stages", "baselines", "plots", "embeddings"):
                if (self.root / folder).is_dir() and not any((self.root / folder).iterdir()):
                    (self.root / folder).rmdir()
        return removed

    def stage_key(self, stage: str) -> str | None:
        return self.manifest["stages"].get(stage, {}).get("key")

    def run_stage(
        self,
        stage: str,
        params: dict[str, Any],
        compute: Callable[[], pl.DataFrame],
        depends_on: Iterable[str] = (),
    ) -> pl.DataFrame:
        """Return the stage's table, computing it only when its parameters or inputs changed.

        The cache key covers the input's content hash, the parameters and the keys of the stages it reads,
        so re-running an upstream stage with new parameters invalidates everything downstream of it.
        """
        with self.lock():  # one writer per run: a second process waits, then finds the stage done
            dependencies = [self.manifest["input"].get("sha256", "")]
            dependencies += [f"{name}:{self.stage_key(name)}" for name in depends_on]
            key = params_key(stage, params, dependencies)
            cached = self._cached_stage(stage, key)
            if cached is not None:
                log.info("%s: up to date", stage)
                return cached
            started = time.perf_counter()
            table = compute()
            if "id" not in table.columns:
                raise ValueError(f"stage {stage} returned no 'id' column")
            atomic.write_parquet(table, self.stage_path(stage))
            seconds = round(time.perf_counter() - started, 3)
            self.record(stage, params=params, key=key, seconds=seconds, rows=table.height, finished_at=_now())
        log.info("%s: %s rows in %.1f s", stage, f"{table.height:,}", seconds)
        return table

    def _cached_stage(self, stage: str, key: str) -> pl.DataFrame | None:
        """The stored table when its key matches; None when it must be computed (a damaged file says so)."""
        path = self.stage_path(stage)
        if self.stage_key(stage) != key or not path.exists():
            return None
        try:
            return read_table(path)
        except DamagedFile as damaged:
            log.warning("%s; recomputing stage '%s'", damaged.reason, stage)
            return None

    def record(self, stage: str, **info: Any) -> None:
        """Add facts about a stage to the manifest (timings, recall, token usage) and save it; under the run's
        lock, on the manifest as it is on disk, so another writer's stages are never lost."""
        with self.lock():
            self.manifest["stages"].setdefault(stage, {}).update(info)
            self.save_manifest()


class DamagedFile(SynthlensError):
    """A run file that exists but cannot be read (empty, truncated, not its format)."""

    def __init__(self, path: Path, problem: str, fix: str) -> None:
        self.reason = f"{path} is damaged ({problem})"
        super().__init__(f"{self.reason}; fix: {fix}")


def read_table(
    path: Path, columns: list[str] | None = None, fix: str = "run the command that wrote it again"
) -> pl.DataFrame:
    """A run's Parquet table; a file that cannot be read raises DamagedFile naming it."""
    try:
        return pl.read_parquet(path, columns=columns)
    except (pl.exceptions.ComputeError, OSError) as error:
        if not path.exists():
            raise
        problem = "0 bytes" if path.stat().st_size == 0 else str(error).splitlines()[0][:120]
        raise DamagedFile(path, problem, fix) from None


def read_manifest(root: Path) -> dict[str, Any]:
    """The run's manifest; a truncated or foreign one raises DamagedFile."""
    path = Path(root) / MANIFEST
    fix = f"synthlens analyze SOURCE -o {root} rebuilds the run from its source"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise DamagedFile(path, "not UTF-8 text", fix) from None
    except json.JSONDecodeError as error:
        problem = "0 bytes" if not path.stat().st_size else f"not valid JSON: {error.msg} at line {error.lineno}"
        raise DamagedFile(path, problem, fix) from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("input"), dict):
        raise DamagedFile(path, "no 'input' section: not a synthlens manifest", fix)
    if not isinstance(manifest.get("stages"), dict):
        raise DamagedFile(path, "no 'stages' section: not a synthlens manifest", fix)
    return manifest


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
