"""Containers: where records come from. Each yields (location, record) pairs one at a time, so a
million-row file never becomes one Python list; `location` names the file and line or row for errors."""

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from synthlens.errors import SynthlensError

Record = dict[str, Any]
FILE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".parquet": "parquet", ".csv": "csv"}
HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


class BadRecord(Exception):
    """A record that cannot be read; carries the problem and the fix, the caller adds the location."""

    def __init__(self, problem: str, fix: str) -> None:
        super().__init__(problem)
        self.problem, self.fix = problem, fix


class BadLine:
    """A line that is not a record at all (not UTF-8, not JSON); yielded in place of a record."""

    def __init__(self, problem: str, fix: str, raw: str) -> None:
        self.problem, self.fix, self.raw = problem, fix, raw


def container_kind(source: str) -> str:
    """jsonl, json, parquet, csv, disk (save_to_disk folder), folder (data files) or hub."""
    path = Path(source)
    if path.is_dir():
        saved = any((path / name).exists() for name in ("dataset_dict.json", "state.json"))
        return "disk" if saved else "folder"
    if path.is_file():
        kind = FILE_SUFFIXES.get(path.suffix.lower())
        if kind is None:
            allowed = ", ".join(FILE_SUFFIXES)
            raise SynthlensError(
                f"{source}: unknown file type '{path.suffix}'; allowed: {allowed}, a save_to_disk folder or"
                " a Hub id; fix: rename the file or convert it"
            )
        return "jsonl" if kind == "json" and _looks_like_jsonl(path) else kind
    if HUB_ID.match(source) and not source.startswith((".", "/")) and not path.suffix:
        return "hub"
    raise SynthlensError(f"{source}: file not found; fix: check the path, or pass a Hub id like owner/name")


def _looks_like_jsonl(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(1024).lstrip()
    return head.startswith(b"{")


def iter_jsonl(path: Path) -> Iterator[tuple[str, Record | BadLine]]:
    """Stream a JSONL file line by line, decoding each line strictly so a bad byte names its line."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            location = f"{path}:{number}"
            if not raw.strip():
                continue
            yield location, _parse_line(raw)


def _parse_line(raw: bytes) -> Record | BadLine:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return BadLine(
            f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start + 1})",
            "re-encode the file as UTF-8, e.g. iconv -f latin1 -t utf-8",
            raw.decode("utf-8", "replace"),
        )
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return BadLine(f"malformed JSON ({error.msg} at column {error.colno})", "fix or remove the line", text)
    if not isinstance(record, dict):
        return BadLine(f"a JSON {type(record).__name__} where an object was expected", "one object per line", text)
    return record


def iter_json(path: Path) -> Iterator[tuple[str, Record | BadLine]]:
    """A JSON array of objects (or an object holding one such array under 'data'/'rows')."""
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SynthlensError(
            f"{path}:{line}: not valid UTF-8 (byte 0x{raw[error.start]:02x}); fix: re-encode the file as UTF-8"
        ) from error
    except json.JSONDecodeError as error:
        raise SynthlensError(
            f"{path}:{error.lineno}: malformed JSON ({error.msg}); fix: repair the file or convert it to JSONL"
        ) from error
    if isinstance(data, dict):
        data = next((data[key] for key in ("data", "rows", "examples") if isinstance(data.get(key), list)), data)
    if not isinstance(data, list):
        raise SynthlensError(f"{path}: expected a JSON array of rows; fix: pass a JSON array or JSONL file")
    for index, record in enumerate(data):
        location = f"{path} row {index}"
        yield location, record if isinstance(record, dict) else BadLine("row is not an object", "", str(record))


def iter_csv(path: Path) -> Iterator[tuple[str, Record | BadLine]]:
    """CSV with a header row; bytes are decoded per line so a bad byte names its line."""
    with path.open("rb") as handle:
        lines = _decoded_lines(handle, path)
        for index, record in enumerate(csv.DictReader(lines)):
            yield f"{path} row {index}", record


def _decoded_lines(handle: io.BufferedReader, path: Path) -> Iterator[str]:
    for number, raw in enumerate(handle, start=1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            raise SynthlensError(
                f"{path}:{number}: not valid UTF-8 (byte 0x{raw[error.start]:02x}); fix: re-encode the file as UTF-8"
            ) from error


def iter_parquet(path: Path, batch_size: int = 10_000) -> Iterator[tuple[str, Record]]:
    import pyarrow.parquet as pq

    index = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size):
        for record in batch.to_pylist():
            yield f"{path} row {index}", record
            index += 1


def iter_hf(source: str, kind: str, split: str, limit: int | None) -> Iterator[tuple[str, Record]]:
    """A save_to_disk folder, a folder of data files or a Hub id, through the datasets library."""
    dataset = _load_hf(source, kind, split, limit)
    for index, record in enumerate(dataset):
        if limit is not None and index >= limit:
            return
        yield f"{source} row {index}", record


def _load_hf(source: str, kind: str, split: str, limit: int | None):  # -> datasets.Dataset-like
    import datasets

    if kind == "disk":
        loaded = datasets.load_from_disk(source)
        if isinstance(loaded, datasets.DatasetDict):
            if split not in loaded:
                raise SynthlensError(
                    f"{source}: no split '{split}' (have: {', '.join(loaded)}); fix: --split {next(iter(loaded))}"
                )
            loaded = loaded[split]
        return loaded
    try:
        return datasets.load_dataset(source, split=split, streaming=kind == "hub" and limit is not None)
    except Exception as error:  # the datasets library raises many types for "cannot reach the Hub"
        reason = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
        raise SynthlensError(
            f"{source}: cannot load with datasets.load_dataset ({reason}); fix: check the id and split, or"
            " download the data elsewhere and pass a local file"
        ) from error
