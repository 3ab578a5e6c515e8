"""Readers: any supported container and format in, canonical rows (see synthlens.schema) out.

read_dataset("magpie.jsonl")                      # format detected from the field names
read_dataset("tatsu-lab/alpaca", limit=1000)      # a Hub id, through datasets.load_dataset
read_dataset("data.csv", options=ReadOptions(fmt="columns", columns=Columns("prompt", "answer")))
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.readers import containers, jsonl_batches
from synthlens.readers.canonical import MAX_ROW_CHARS, FieldKinds, FieldPath, canonical_row, in_key_order
from synthlens.readers.containers import BadLine, BadRecord, NewFile, Record
from synthlens.readers.formats import Columns, detect_format, unknown_format_message
from synthlens.schema import CANONICAL_SCHEMA, FORMATS, conversation_hashes, make_ids_unique
from synthlens.workspace import safe_name

__all__ = ["Columns", "ReadOptions", "ReadResult", "UnknownFormatError", "read_dataset", "load", "load_records"]
BATCH_ROWS = 20_000
HASH_ROWS = 100_000  # rows whose conversation hashes are made at once (their JSON text is held meanwhile)
PROGRESS_ROWS = 1_000  # rows between progress reports, so a display moves at least once a second
ON_BAD_ROWS = ("error", "skip")
Located = tuple[str, Record | BadLine | NewFile]  # (file and line or row, what is there)


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
    if kind == "jsonl" and jsonl_batches.ENABLED:
        state = _ReadState(options, dataset_name(source))
        parts = jsonl_batches.tables(Path(source), state, BATCH_ROWS, progress)
        return _collect((_table(part, source) if isinstance(part, list) else part for part in parts), state, source)
    return load_records(_records(source, kind, options), source, dataset_name(source), options, progress)


def load_records(
    records: Iterable[Located],
    description: str,
    name: str,
    options: ReadOptions = ReadOptions(),
    progress: ProgressFn = silent,
) -> ReadResult:
    """Canonical rows from located records (a file's, or in-memory data's); `name` fills the source column."""
    _check_options(options)
    state = _ReadState(options, name)
    rows = _batches(state.convert(_limited(records, options.limit)), progress)
    return _collect((_table(batch, description) for batch in rows), state, description)


def _collect(tables: Iterable[pl.DataFrame], state: "_ReadState", description: str) -> ReadResult:
    """One table of canonical rows with their ids, from the tables of a read."""
    batches = list(tables)
    if not batches:
        raise SynthlensError(f"{description}: no rows to read; fix: check the file, --split or --limit")
    try:
        rows = pl.concat(batches, how="diagonal_relaxed")
    except pl.exceptions.PolarsError as error:
        raise SynthlensError(
            f"{description}: the rows' extra fields change type between rows ({' '.join(str(error).split())[:200]});"
            " allowed: one type per field; fix: make each field hold one type in every row"
        ) from None
    return ReadResult(_finish(rows, state.kinds.keys), "+".join(state.formats) or "unknown", state.rejects)


def dataset_name(source: str) -> str:
    """A short, file-name-safe dataset name: the file stem, the folder's name (`..` resolved first) or the Hub
    id's last part; it names the run folder, so it is never empty, '.' or '..'."""
    path = Path(source)
    if path.exists():
        path = path.resolve()
    name = path.stem if path.suffix.lower() in containers.FILE_SUFFIXES else path.name
    named = safe_name(name)
    return "dataset" if named == "unnamed" else named


def _check_options(options: ReadOptions) -> None:
    if options.fmt not in ("auto", *FORMATS):
        raise SynthlensError(f"unknown format '{options.fmt}'; allowed: auto, {', '.join(FORMATS)}; fix: --format auto")
    if options.on_bad_rows not in ON_BAD_ROWS:
        raise SynthlensError(f"--on-bad-rows '{options.on_bad_rows}' is not one of: error, skip")
    if options.fmt == "columns" and not options.columns.instruction:
        raise SynthlensError("--format columns needs --instruction-col NAME (and optionally --response-col)")


def _records(source: str, kind: str, options: ReadOptions) -> Iterator[Located]:
    if kind == "folder":
        from synthlens.readers.folder import iter_folder

        return iter_folder(Path(source), options.split)
    if kind in ("disk", "hub"):
        return containers.iter_hf(source, kind, options.split, options.limit)
    return containers.iter_file(Path(source), kind)


def _limited(records: Iterable[Located], limit: int | None) -> Iterator[Located]:
    count = 0
    for item in records:
        if limit is not None and count >= limit:
            return
        count += not isinstance(item[1], NewFile)
        yield item


def _table(batch: list[dict[str, Any]], description: str) -> pl.DataFrame:
    """One batch of canonical rows as a table; what the checks did not foresee still fails in one line, naming
    the row when one row alone cannot be a table (so the message does not depend on the batch)."""
    try:
        return pl.DataFrame(batch, infer_schema_length=None)
    except _TABLE_ERRORS as error:
        reason = " ".join(str(error).split())[:200]
    alone = next((row["row_index"] for row in batch if _table_error([row])), None)
    rows = (
        f"row {alone}: its" if alone is not None else f"rows {batch[0]['row_index']} to {batch[-1]['row_index']}: their"
    )
    raise SynthlensError(
        f"{description} {rows} extra fields do not fit one table ({reason});"
        " allowed: one type per field; fix: make each field hold one type in every row"
    )


_TABLE_ERRORS = (pl.exceptions.PolarsError, TypeError, ValueError, OverflowError)


def _table_error(rows: list[dict[str, Any]]) -> bool:
    try:
        pl.DataFrame(rows, infer_schema_length=None)
    except _TABLE_ERRORS:
        return True
    return False


class _ReadState:
    """Detects the format from each file's first record, converts records, and keeps or raises bad ones."""

    def __init__(self, options: ReadOptions, source: str) -> None:
        self.options, self.source = options, source
        self.fmt: str | None = None if options.fmt == "auto" else options.fmt
        self.formats: list[str] = [] if self.fmt is None else [self.fmt]
        self.rejects: list[dict[str, Any]] = []
        self.kinds = FieldKinds()
        self.index = 0  # records and bad lines met so far: the next row's row_index

    def convert(self, records: Iterable[Located]) -> Iterator[dict[str, Any]]:
        for location, record in records:
            if isinstance(record, NewFile):
                self.fmt = None if self.options.fmt == "auto" else self.fmt  # each file has its own format
                continue
            if isinstance(record, BadLine):
                self._bad(location, record.problem, record.fix, record.raw)
                self.index += 1
                continue
            if self.fmt is None:
                self.fmt = detect_format(record, self.options.columns)
                if self.fmt is None:
                    raise UnknownFormatError(location, unknown_format_message(record))
                self.formats += [self.fmt] if self.fmt not in self.formats else []
            try:
                row = canonical_row(
                    record, self.fmt, self.options.columns, self.source, self.index, self.options.max_row_chars
                )
                self.kinds.check(row, location)
                yield row
            except BadRecord as bad:
                self._wrong_format(location, record, bad)
                self._bad(location, bad.problem, bad.fix, record)
            self.index += 1

    def _wrong_format(self, location: str, record: Record, bad: BadRecord) -> None:
        """A format given with --format that the rows plainly are not: one error, not one reject per row."""
        looks_like = detect_format(record, Columns())
        given = self.options.fmt
        if given not in ("auto", looks_like) and looks_like and bad.problem.startswith("missing field"):
            raise SynthlensError(
                f"{location}: {bad.problem} of format {given}; this row looks like {looks_like}"
                f" ({', '.join(list(record)[:8])}); fix: --format {looks_like}, or --format auto"
            )

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
        if len(batch) % PROGRESS_ROWS == 0:
            progress("read", done + len(batch), None)
        if len(batch) == BATCH_ROWS:
            done += len(batch)
            yield batch
            batch = []
    if batch:
        progress("read", done + len(batch), None)
        yield batch


def _finish(rows: pl.DataFrame, keys: dict[FieldPath, dict[str, None]]) -> pl.DataFrame:
    """Cast canonical columns, put objects' keys in the order the rows gave them, choose ids, and put
    canonical columns first."""
    rows = rows.with_columns(pl.col(name).cast(dtype) for name, dtype in CANONICAL_SCHEMA.items() if name != "id")
    extras = {name: dtype for name, dtype in rows.schema.items() if name not in CANONICAL_SCHEMA or name == "id"}
    rows = rows.with_columns(in_key_order(pl.col(name), dtype, (name,), keys) for name, dtype in extras.items())
    ids = _ids(rows)
    if "id" in rows.columns and not ids.equals(_text_ids(rows, "id")):
        rows = rows.rename({"id": "orig_id"})  # the source's ids were incomplete or repeated: keep them aside
    ids = _chunked_like(ids, rows.get_column("row_index"))  # else the whole table is copied to line them up
    rows = rows.with_columns(ids).drop("_hash_id", strict=False)  # a source field of that name never passed
    extras = [name for name in rows.columns if name not in CANONICAL_SCHEMA]
    return rows.select(*CANONICAL_SCHEMA, *extras)


def _chunked_like(values: pl.Series, column: pl.Series) -> pl.Series:
    """`values` in pieces as long as the pieces `column` is held in (slices, not copies)."""
    starts = [0, *accumulate(column.chunk_lengths())]
    pieces = [values.slice(start, end - start) for start, end in pairwise(starts)]
    return pl.concat(pieces, rechunk=False) if len(pieces) > 1 else values


def _ids(rows: pl.DataFrame) -> pl.Series:
    """The source's own id/uuid when it is complete and unique, else the conversation hash."""
    for name in ("id", "uuid"):
        if name in rows.columns:
            ids = _text_ids(rows, name)
            if ids.null_count() == 0 and ids.n_unique() == rows.height:
                return ids.alias("id")
    hashes = [conversation_hashes(rows.slice(start, HASH_ROWS)) for start in range(0, rows.height, HASH_ROWS)]
    return make_ids_unique(pl.concat(hashes).alias("_hash_id")).alias("id")


def _text_ids(rows: pl.DataFrame, name: str) -> pl.Series:
    """A column of the source's ids as text; lists and objects are no ids, so they read as missing."""
    if isinstance(rows[name].dtype, pl.List | pl.Struct):
        return pl.Series(name, [None] * rows.height, dtype=pl.String)
    return rows[name].cast(pl.String)
