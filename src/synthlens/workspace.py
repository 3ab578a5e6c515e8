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
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from synthlens import __version__, atomic, provenance
from synthlens.errors import SynthlensError

MANIFEST = "manifest.json"
ROWS = "rows.parquet"


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
        """Open an existing run; the error says how to make one if there is none."""
        root = Path(root)
        manifest_path = root / MANIFEST
        if not manifest_path.exists():
            raise SynthlensError(f"{root}: not a synthlens run (no {MANIFEST}); fix: synthlens ingest DATA -o {root}")
        return cls(root, json.loads(manifest_path.read_text()))

    @classmethod
    def create(cls, root: str | Path, input_info: dict[str, Any]) -> "Workspace":
        """Start a fresh manifest for a run (ingest calls this before writing rows.parquet)."""
        manifest = {"synthlens_version": __version__, "created_at": _now(), "input": input_info, "stages": {}}
        workspace = cls(Path(root), manifest)
        workspace.save_manifest()
        return workspace

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
        return pl.read_parquet(self.rows_path, columns=columns)

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
        return pl.read_parquet(self.stage_path(stage))

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
        atomic.write_parquet(rows, self.rows_path)
        self.manifest["input"]["rows"] = rows.height
        self.save_manifest()

    def save_manifest(self) -> None:
        atomic.write_json(self.manifest, self.root / MANIFEST)
        provenance.note_write(self.root)

    def record_command(self, argv: Sequence[str], status: str = "ok") -> None:
        """Append a command line that wrote to this run to the manifest, secret option values masked."""
        fresh = json.loads((self.root / MANIFEST).read_text())  # another writer may have saved since we read
        entry = {"argv": provenance.redact(argv), "at": _now(), "status": status, "synthlens_version": __version__}
        fresh.setdefault("commands", []).append(entry | {"versions": provenance.library_versions()})
        self.manifest = fresh
        atomic.write_json(fresh, self.root / MANIFEST)

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
        dependencies = [self.manifest["input"].get("sha256", "")]
        dependencies += [f"{name}:{self.stage_key(name)}" for name in depends_on]
        key = params_key(stage, params, dependencies)
        if self.stage_key(stage) == key and self.stage_path(stage).exists():
            return pl.read_parquet(self.stage_path(stage))
        started = time.perf_counter()
        table = compute()
        if "id" not in table.columns:
            raise ValueError(f"stage {stage} returned no 'id' column")
        atomic.write_parquet(table, self.stage_path(stage))
        self.record(
            stage,
            params=params,
            key=key,
            seconds=round(time.perf_counter() - started, 3),
            rows=table.height,
            finished_at=_now(),
        )
        return table

    def record(self, stage: str, **info: Any) -> None:
        """Add facts about a stage to the manifest (timings, recall, token usage) and save it."""
        self.manifest["stages"].setdefault(stage, {}).update(info)
        self.save_manifest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
