"""A JSONL file as chunks of whole lines, and a chunk parsed all at once by Arrow's JSON reader, in C.

The parse is only attempted on a chunk whose raw bytes pass the per-line checks that protect the parser
(every line an object or blank, no line nested too deep, valid UTF-8, no lone surrogate). Arrow is used
rather than polars' NDJSON reader because it is strict: a field that changes kind between rows (a number
here, text there) is an error, where polars would quietly turn both into text. Anything the parse does not
take exactly as the per-line reader would makes `parse` return None, and the chunk goes the per-line way.
"""

import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import polars as pl

from synthlens.readers import checks
from synthlens.readers.containers import BadLine, Record, parse_line

CHUNK_BYTES = 32 << 20  # whole lines of about this many bytes are parsed at once
PARSE_BLOCK_BYTES = 16 << 20  # Arrow parses blocks of this size in parallel; a longer line goes per line
_LINE_SPACE = b" \t\r"  # what Arrow skips around a line; any other start but '{' goes the per-line way
_KEEP_OPENERS = bytes(set(range(256)) - set(b"{[\n"))
_LINE_NOT_AN_OBJECT = re.compile(rb"\n[^{]")
_DIGITS_AS_ZERO = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_NUMBER = b"0" * 19  # 19 digits in a row: maybe past int64, which Arrow would turn into a float


@dataclass
class Chunk:
    """Whole lines of a JSONL file (the first one's byte order mark removed) and the first line's number."""

    path: Path
    data: bytes | bytearray
    first_line: int

    @cached_property
    def brackets(self) -> bytes:
        """Only the chunk's opening brackets and line ends, which tell its lines and how deep each may nest."""
        return self.data.translate(None, _KEEP_OPENERS)

    @cached_property
    def line_count(self) -> int:
        return self.brackets.count(b"\n") + (not self.data.endswith(b"\n"))

    @cached_property
    def lines(self) -> list[bytes]:
        """The lines with their line ends, split exactly as reading the file line by line splits them."""
        return list(io.BytesIO(self.data))

    def records(self) -> Iterator[tuple[str, Record | BadLine]]:
        """The chunk's (location, record or BadLine) pairs, read line by line as `iter_jsonl` reads a file."""
        for number, raw in enumerate(self.lines, start=self.first_line):
            if raw.strip():
                yield f"{self.path}:{number}", parse_line(raw)

    def record(self, line_index: int) -> Record | BadLine:
        if line_index == 0 and "lines" not in self.__dict__:  # the first line, without splitting them all
            return parse_line(bytes(self.data[: self.data.find(b"\n") + 1 or len(self.data)]))
        return parse_line(self.lines[line_index])

    def head(self, rows: int) -> "Chunk":
        """The first lines of the chunk holding `rows` non-blank lines (for a row limit)."""
        size = 0
        for raw in self.lines:
            if rows == 0:
                break
            rows -= bool(raw.strip())
            size += len(raw)
        return Chunk(self.path, bytes(self.data[:size]), self.first_line)


def read_chunks(path: Path) -> Iterator[Chunk]:
    """The file as chunks of whole lines of about CHUNK_BYTES (a longer line makes a longer chunk). The chunks
    share one buffer, taken once rather than per chunk, so each chunk is good only until the next is read."""
    buffer, number = bytearray(CHUNK_BYTES), 1
    with path.open("rb") as handle:
        while size := handle.readinto(buffer):
            if size < len(buffer):  # the end of the file
                del buffer[size:]
            elif cut := buffer.rfind(b"\n") + 1:
                handle.seek(cut - size, os.SEEK_CUR)  # the cut line starts the next chunk
                del buffer[cut:]
            else:  # one line longer than the buffer
                buffer += handle.readline()
            if number == 1 and buffer.startswith(checks.BOM):
                del buffer[: len(checks.BOM)]
            chunk = Chunk(path, buffer, number)
            yield chunk
            number += chunk.line_count
            buffer.extend(bytes(max(0, CHUNK_BYTES - len(buffer))))


@dataclass
class Parsed:
    """A chunk's rows as a table, and the index (in the chunk's lines) of the line each row came from."""

    frame: pl.DataFrame
    row_lines: np.ndarray


def parse(chunk: Chunk) -> Parsed | None:
    """The chunk parsed in one go, or None when any line must be read line by line."""
    row_lines = _object_lines(chunk)
    if row_lines is None or _too_deep(chunk) or not _valid_text(chunk):
        return None
    table = _arrow_table(chunk.data)
    if table is None or table.num_rows != len(row_lines):
        return None
    frame = pl.from_arrow(table)
    if isinstance(frame, pl.Series) or (_has_float(frame.schema) and _has_long_number(chunk.data)):
        return None
    return Parsed(frame, row_lines)


def _object_lines(chunk: Chunk) -> np.ndarray | None:
    """The indices of the lines holding an object; None when a line is neither an object nor blank (Arrow's
    reader crashes on some of those, e.g. a first line 'null')."""
    if chunk.data.startswith(b"{") and not _LINE_NOT_AN_OBJECT.search(chunk.data, 0, len(chunk.data) - 1):
        return np.arange(chunk.line_count)  # the usual case: every line starts with '{'
    indices = []
    for index, raw in enumerate(chunk.lines):
        line = raw.lstrip(_LINE_SPACE)
        if line.startswith(b"{"):
            indices.append(index)
        elif line.rstrip(b"\n"):
            return None
    return np.array(indices, dtype=np.int64)


def _too_deep(chunk: Chunk) -> bool:
    """True when a line nests deeper than the limit; only a line with that many opening brackets is scanned."""
    openers = np.frombuffer(chunk.brackets, dtype=np.uint8)
    ends = np.flatnonzero(openers == ord("\n"))
    per_line = np.diff(np.concatenate(([-1], ends, [len(openers)]))) - 1
    suspects = np.flatnonzero(per_line > checks.MAX_NESTING)
    return any(checks.too_deep_json(chunk.lines[index]) for index in suspects.tolist())


def _valid_text(chunk: Chunk) -> bool:
    """True when the chunk is UTF-8 and no line holds a lone surrogate (lines with surrogate escapes, such as
    an emoji written as a pair, are decoded one by one to tell)."""
    if not chunk.data.isascii():
        try:
            chunk.data.decode("utf-8")
        except UnicodeDecodeError:
            return False
    if not checks.has_surrogate_escape(chunk.data):
        return True
    return not any(isinstance(parse_line(raw), BadLine) for raw in chunk.lines if checks.has_surrogate_escape(raw))


def _arrow_table(data: bytes | bytearray):  # -> pyarrow.Table | None
    import pyarrow as pa
    import pyarrow.json as pa_json

    read = pa_json.ReadOptions(block_size=PARSE_BLOCK_BYTES)
    try:  # Arrow reads the bytes where they are and copies what it keeps
        table = pa_json.read_json(pa.BufferReader(pa.py_buffer(data)), read_options=read)
        if _has_timestamp(table.schema):  # Arrow reads ISO dates as timestamps; the rows hold them as text
            explicit = pa.schema([field.with_type(_as_text(field.type)) for field in table.schema])
            parse_options = pa_json.ParseOptions(explicit_schema=explicit)
            source = pa.BufferReader(pa.py_buffer(data))
            table = pa_json.read_json(source, read_options=read, parse_options=parse_options)
        table.validate(full=True)  # some shapes (a list of nulls in a field new in a later row) come out broken
    except pa.ArrowException:
        return None
    return table


def _has_timestamp(schema) -> bool:
    return any(_as_text(field.type) != field.type for field in schema)


def _as_text(dtype):  # -> pyarrow.DataType with every timestamp inside turned into text
    import pyarrow as pa

    if pa.types.is_timestamp(dtype):
        return pa.string()
    if pa.types.is_struct(dtype):
        return pa.struct([dtype.field(i).with_type(_as_text(dtype.field(i).type)) for i in range(dtype.num_fields)])
    if pa.types.is_list(dtype):
        return pa.list_(_as_text(dtype.value_type))
    return dtype


def _has_float(schema: pl.Schema) -> bool:
    return any(dtype_holds(dtype, pl.Float64) for dtype in schema.values())


def dtype_holds(dtype: pl.DataType, inner: type[pl.DataType]) -> bool:
    """True when `dtype` is, or holds somewhere inside it, a value of type `inner` (e.g. pl.Float64)."""
    if isinstance(dtype, inner):
        return True
    if isinstance(dtype, pl.List):
        return dtype_holds(dtype.inner, inner)
    if isinstance(dtype, pl.Struct):
        return any(dtype_holds(field.dtype, inner) for field in dtype.fields)
    return False


def _has_long_number(data: bytes | bytearray) -> bool:
    return _LONG_NUMBER in data.translate(_DIGITS_AS_ZERO)
