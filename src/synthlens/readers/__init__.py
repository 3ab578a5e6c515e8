"""Readers: any supported container and format in, canonical rows (see synthlens.schema) out.

read_dataset("magpie.jsonl")                      # format detected from the field names
read_dataset("tatsu-lab/alpaca", limit=1000)      # a Hub id, through datasets.load_dataset
read_dataset("data.csv", options=ReadOptions(fmt="columns", columns=Columns("prompt", "answer")))
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.readers import containers
from synthlens.readers.canonical import MAX_ROW_CHARS, canonical_row
from synthlens.readers.containers import BadLine, BadRecord, Record
from synthlens.readers.formats import Columns, detect_format, unknown_format_message
from synthlens.schema import CANONICAL_SCHEMA, FORMATS, make_ids_unique

__all__ = ["Columns", "ReadOptions", "ReadResult", "UnknownFormatError", "read_dataset", "load"]
BATCH_ROWS = 20_000
ON_BAD_ROWS = ("error", "skip")


class UnknownFormatError(SynthlensError):
    """No known format fits the first record; commands that read with other options give their own fix."""

    def __init__(self, location: str, problem: str) -> None:
        super().__init__(f"{location}: {problem}; fix: --format NAME")
        self.location, self.problem = location, problem


@dataclass(frozen=True)
class ReadOptions:
    fmt: str = "auto"
    columns: Columns = Columns()
    split: str = "train"
    limit: int | None = None
    on_bad_rows: str = "error"  # "error" stops at the first bad row; "skip" counts it and keeps it aside
    max_row_chars: int = MAX_ROW_CHARS


@dataclass
class ReadResult:
    rows: pl.DataFrame
    format: str
    rejects: list[dict[str, Any]] = field(default_factory=list)  # {location, error, raw} per skipped row


def read_dataset(source: str | Path, options: ReadOptions = ReadOptions(), **overrides: Any) -> pl.DataFrame:
    """Canonical rows of a dataset; keyword overrides set ReadOptions fields (fmt=, limit=, ...)."""
    return load(source, ReadOptions(**{**options.__dict__, **overrides})).rows


def load(source: str | Path, options: ReadOptions = ReadOptions(), progress: ProgressFn = silent) -> ReadResult:
    """Read a dataset into canonical rows, with the bad rows it skipped (when on_bad_rows='skip')."""
    _check_options(options)
    source = str(source)
    kind = containers.container_kind(source)
    name = dataset_name(source)
    state = _ReadState(options, name)
    batches = [
        pl.DataFrame(batch, infer_schema_length=None)
        for batch in _batches(state.convert(_records(source, kind, options)), progress)
    ]
    if not batches:
        raise SynthlensError(f"{source}: no rows to read; fix: check the file, --split or --limit")
    rows = pl.concat(batches, how="diagonal_relaxed")
    return ReadResult(_finish(rows), state.fmt or "unknown", state.rejects)


def dataset_name(source: str) -> str:
    """A short dataset name: the file stem, folder name or the Hub id's last part."""
    path = Path(source)
    return path.stem if path.suffix else path.name or source


def _check_options(options: ReadOptions) -> None:
    if options.fmt not in ("auto", *FORMATS):
        raise SynthlensError(f"unknown format '{options.fmt}'; allowed: auto, {', '.join(FORMATS)}; fix: --format auto")
    if options.on_bad_rows not in ON_BAD_ROWS:
        raise SynthlensError(f"--on-bad-rows '{options.on_bad_rows}' is not one of: error, skip")
    if options.fmt == "columns" and not options.columns.instruction:
        raise SynthlensError("--format columns needs --instruction-col NAME (and optionally --response-col)")


def _records(source: str, kind: str, options: ReadOptions) -> Iterator[tuple[str, Record | BadLine]]:
    path = Path(source)
    if kind == "jsonl":
        records = containers.iter_jsonl(path)
    elif kind == "json":
        records = containers.iter_json(path)
    elif kind == "csv":
        records = containers.iter_csv(path)
    elif kind == "parquet":
        records = containers.iter_parquet(path)
    else:
        records = containers.iter_hf(source, kind, options.split, options.limit)
    for count, item in enumerate(records):
        if options.limit is not None and count >= options.limit:
            return
        yield item


class _ReadState:
    """Detects the format from the first record, converts records, and keeps or raises bad ones."""

    def __init__(self, options: ReadOptions, source: str) -> None:
        self.options, self.source = options, source
        self.fmt: str | None = None if options.fmt == "auto" else options.fmt
        self.rejects: list[dict[str, Any]] = []

    def convert(self, records: Iterator[tuple[str, Record | BadLine]]) -> Iterator[dict[str, Any]]:
        for index, (location, record) in enumerate(records):
            if isinstance(record, BadLine):
                self._bad(location, record.problem, record.fix, record.raw)
                continue
            if self.fmt is None:
                self.fmt = detect_format(record, self.options.columns)
                if self.fmt is None:
                    raise UnknownFormatError(location, unknown_format_message(record))
            try:
                yield canonical_row(
                    record, self.fmt, self.options.columns, self.source, index, self.options.max_row_chars
                )
            except BadRecord as bad:
                self._bad(location, bad.problem, bad.fix, record)

    def _bad(self, location: str, problem: str, fix: str, raw: Any) -> None:
        if self.options.on_bad_rows == "error":
            hint = f"fix: {fix}, or pass --on-bad-rows skip" if fix else "fix: pass --on-bad-rows skip"
            raise SynthlensError(f"{location}: {problem}; {hint}")
        self.rejects.append({"location": location, "error": problem, "raw": raw})


def _batches(rows: Iterator[dict[str, Any]], progress: ProgressFn) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    done = 0
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH_ROWS:
            done += len(batch)
            progress("read", done, None)
            yield batch
            batch = []
    if batch:
        progress("read", done + len(batch), None)
        yield batch


def _finish(rows: pl.DataFrame) -> pl.DataFrame:
    """Cast canonical columns, choose ids, and put canonical columns first."""
    rows = rows.with_columns(pl.col(name).cast(dtype) for name, dtype in CANONICAL_SCHEMA.items() if name != "id")
    ids = _ids(rows)
    if "id" in rows.columns and not ids.equals(rows["id"].cast(pl.String)):
        rows = rows.rename({"id": "orig_id"})  # the source's ids were incomplete or repeated: keep them aside
    rows = rows.with_columns(ids).drop("_hash_id")
    extras = [name for name in rows.columns if name not in CANONICAL_SCHEMA]
    return rows.select(*CANONICAL_SCHEMA, *extras)


def _ids(rows: pl.DataFrame) -> pl.Series:
    """The source's own id/uuid when it is complete and unique, else the conversation hash."""
    for name in ("id", "uuid"):
        if name in rows.columns:
            ids = rows[name].cast(pl.String)
            if ids.null_count() == 0 and ids.n_unique() == rows.height:
                return ids.alias("id")
    return make_ids_unique(rows["_hash_id"]).alias("id")
