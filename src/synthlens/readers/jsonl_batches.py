"""A JSONL file read a chunk at a time: each chunk is parsed and made canonical as a whole (chunks.parse,
columnar.canonical_chunk), and a chunk holding anything else (a bad row, an unusual shape) is read line by
line instead, so its rows, error lines and rejects are exactly those of the per-line reader.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from synthlens.progress import ProgressFn
from synthlens.readers.canonical import FieldPath, value_kinds
from synthlens.readers.chunks import Chunk, Parsed, parse, read_chunks
from synthlens.readers.columnar import PerLine, canonical_chunk
from synthlens.readers.formats import detect_format
from synthlens.schema import CANONICAL_SCHEMA

if TYPE_CHECKING:
    from synthlens.readers import _ReadState

ENABLED = True  # False reads every line one by one (tests and benchmarks compare the two)


def tables(
    path: Path, state: "_ReadState", batch_rows: int, progress: ProgressFn
) -> Iterator[pl.DataFrame | list[dict[str, Any]]]:
    """The file's canonical rows (id not yet chosen), in order: a table per chunk made in one go, and the rows
    of chunks read line by line in lists of up to `batch_rows`, gathered across chunks as the per-line
    reader gathers them, so a table that cannot hold them fails where it would."""
    pending: list[dict[str, Any]] = []
    done, limit = 0, state.options.limit
    for chunk in read_chunks(path):
        if limit is not None:
            if state.index >= limit:
                break
            chunk = chunk.head(limit - state.index) if chunk.line_count > limit - state.index else chunk
        table = _chunk_table(chunk, state)
        if table is None:
            for row in state.convert(chunk.records()):
                pending.append(row)
                if len(pending) == batch_rows:
                    yield pending
                    done, pending = done + batch_rows, []
        elif table.height:
            if pending:
                yield pending
                done, pending = done + len(pending), []
            yield table
            done += table.height
        progress("read", done + len(pending), None)
    if pending:
        yield pending


def _chunk_table(chunk: Chunk, state: "_ReadState") -> pl.DataFrame | None:
    """The chunk's rows made in one go, or None when it must be read line by line."""
    parsed = parse(chunk)
    if parsed is None or parsed.frame.height == 0:
        return None
    fmt = state.fmt or _detected(chunk, parsed, state)
    if fmt is None:
        return None  # read line by line, which names the first record's fields
    options = state.options

    def has_field(rows: pl.Series, name: str) -> bool:
        lines = parsed.row_lines[rows.arg_true().to_numpy()]
        return all(name in record for record in map(chunk.record, lines.tolist()) if isinstance(record, dict))

    try:
        table = canonical_chunk(parsed.frame, fmt, options.columns, has_field, options.max_row_chars)
        first_seen = _field_kinds(table, state, chunk, parsed)
    except PerLine:
        return None
    state.kinds.first.update(first_seen)
    for path, names in _object_keys(table):
        state.kinds.keys.setdefault(path, {}).update(dict.fromkeys(names))
    if state.fmt is None:
        state.fmt = fmt
        state.formats += [fmt] if fmt not in state.formats else []
    start, state.index = state.index, state.index + table.height
    return table.with_columns(
        source=pl.lit(state.source),
        source_format=pl.lit(fmt),
        row_index=pl.int_range(start, state.index, dtype=pl.Int64),
    )


def _detected(chunk: Chunk, parsed: Parsed, state: "_ReadState") -> str | None:
    record = chunk.record(int(parsed.row_lines[0]))
    return detect_format(record, state.options.columns) if isinstance(record, dict) else None


def _field_kinds(table: pl.DataFrame, state: "_ReadState", chunk: Chunk, parsed: Parsed) -> dict:
    """The kind each passed-through field (and each value inside it) holds here, as canonical.FieldKinds
    records it: the new ones with the line where they first hold a value. PerLine when one holds another kind
    than before, so that the per-line reader names the row."""
    first_seen = {}
    for name, dtype in table.schema.items():
        if name in CANONICAL_SCHEMA and name != "id":
            continue
        kinds = dict(_dtype_kinds((name,), dtype))
        if any(path in state.kinds.first and state.kinds.first[path][0] != kind for path, kind in kinds.items()):
            raise PerLine
        new = {path: kind for path, kind in kinds.items() if path not in state.kinds.first}
        for path, row in _first_rows(table.get_column(name), new.keys()).items():
            first_seen[path] = (new[path], f"{chunk.path}:{chunk.first_line + int(parsed.row_lines[row])}")
    return first_seen


def _first_rows(column: pl.Series, paths: Iterable[FieldPath]) -> dict[FieldPath, int]:
    """The first row holding a value at each path (a few rows' values looked at, in the usual case)."""
    wanted, found = set(paths), {}
    for row in column.is_not_null().arg_true().to_list() if wanted else []:
        for path, _ in value_kinds((column.name,), column.slice(row, 1).to_list()[0], {}):
            found.setdefault(path, row)
        if wanted <= found.keys():
            break
    return {path: found[path] for path in wanted}


def _object_keys(table: pl.DataFrame) -> Iterator[tuple[FieldPath, list[str]]]:
    """The keys of the objects in each passed-through field, in the order the parse met them."""
    stack = [((name,), dtype) for name, dtype in table.schema.items() if name not in CANONICAL_SCHEMA or name == "id"]
    while stack:
        path, dtype = stack.pop()
        if isinstance(dtype, pl.List):
            stack.append(((*path, "[]"), dtype.inner))
        elif isinstance(dtype, pl.Struct):
            yield path, [field.name for field in dtype.fields]
            stack.extend(((*path, f".{field.name}"), field.dtype) for field in dtype.fields)


def _dtype_kinds(path: FieldPath, dtype: pl.DataType) -> Iterator[tuple[FieldPath, str]]:
    """canonical.value_kinds for a whole column: the kind its type holds, and the kinds inside it."""
    kind = _kind(dtype)
    if kind is None:
        return
    yield path, kind
    if isinstance(dtype, pl.Struct):
        for field in dtype.fields:
            yield from _dtype_kinds((*path, f".{field.name}"), field.dtype)
    elif isinstance(dtype, pl.List):
        yield from _dtype_kinds((*path, "[]"), dtype.inner)


def _kind(dtype: pl.DataType) -> str | None:
    """The kind canonical.FieldKinds names for values of this type; None for nulls."""
    if dtype == pl.Null:
        return None
    if dtype == pl.Boolean:
        return "a boolean"
    if dtype.is_numeric():
        return "a number"
    if dtype == pl.String:
        return "text"
    if isinstance(dtype, pl.Struct):
        return "an object"
    if isinstance(dtype, pl.List):
        return "a list"
    raise PerLine
