"""CSV with a header row, read by Python's csv module in strict mode: every problem names its line.

A quote left open, a header naming a column twice, and a row with more or fewer fields than the header are
errors, never guesses; a field may be as long as a row may be (see --max-row-chars), not csv's 131,072.
"""

import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from synthlens.errors import SynthlensError
from synthlens.readers.containers import BadLine, Record

# The csv module's own cap (131,072 characters) is below the row limit; the row limit is checked later.
FIELD_LIMIT = 2**31 - 1


def iter_csv(path: Path) -> Iterator[tuple[str, Record | BadLine]]:
    """The rows of a CSV file as records keyed by the header, each located by its first line."""
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    with path.open("rb") as handle:
        reader = csv.reader(_decoded_lines(handle, path), strict=True)
        header = _header(reader, path)
        if header is None:
            return
        while True:
            first_line = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise SynthlensError(f"{path}:{first_line}: {_syntax_problem(error)}") from None
            if fields:  # a blank line between rows is no row
                yield f"{path}:{first_line}", _record(header, fields)


def _header(reader: "csv._reader", path: Path) -> list[str] | None:
    try:
        header = next(reader)
    except StopIteration:
        return None
    except csv.Error as error:
        raise SynthlensError(f"{path}:1: {_syntax_problem(error)}") from None
    repeated = [name for name, count in Counter(header).items() if count > 1]
    if repeated:
        names = ", ".join(f"'{name}'" for name in repeated)
        raise SynthlensError(
            f"{path}:1: the header names {names} more than once, so one column would hide the other;"
            " allowed: one column per name; fix: rename the repeated columns"
        )
    return header


def _record(header: list[str], fields: list[str]) -> Record | BadLine:
    if len(fields) == len(header):
        return dict(zip(header, fields, strict=True))
    raw = ",".join(fields)[:1000]
    if len(fields) < len(header):
        missing = ", ".join(header[len(fields) :])
        return BadLine(
            f"{len(fields)} fields where the header has {len(header)} (no value for {missing})",
            "add the missing fields (an empty one is written as two commas)",
            raw,
        )
    return BadLine(
        f"{len(fields)} fields where the header has {len(header)}",
        "quote fields that contain commas, or remove the extra fields",
        raw,
    )


def _syntax_problem(error: csv.Error) -> str:
    text = str(error)
    if "unexpected end of data" in text:
        problem = "a quoted field opened on this line is never closed"
    else:
        problem = f"malformed CSV ({text})"
    return f'{problem}; fix: close the quote, and double any quote inside a quoted field ("")'


def _decoded_lines(handle: io.BufferedReader, path: Path) -> Iterator[str]:
    for number, raw in enumerate(handle, start=1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            raise SynthlensError(
                f"{path}:{number}: not valid UTF-8 (byte 0x{raw[error.start]:02x}); fix: re-encode the file as UTF-8"
            ) from error
