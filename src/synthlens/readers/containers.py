"""Containers: where records come from. Each yields (location, record) pairs one at a time, so a
million-row file never becomes one Python list; `location` names the file and line or row for errors."""

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from synthlens.errors import SynthlensError
from synthlens.readers import checks

Record = dict[str, Any]
FILE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".parquet": "parquet", ".csv": "csv"}
# Suffixes that say "a file", so a missing path that has one is a missing file, never a Hub id.
PATH_SUFFIXES = {*FILE_SUFFIXES, ".tsv", ".txt", ".arrow", ".gz", ".zst", ".bz2", ".xz", ".zip", ".xlsx", ".yaml"}
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


class NewFile:
    """Yielded before the records of each file of a folder, so the format is detected per file."""

    def __init__(self, path: Path) -> None:
        self.path = path


def container_kind(source: str) -> str:
    """jsonl, json, parquet, csv, disk (save_to_disk folder), folder (data files) or hub.

    A missing path is a Hub id only when it is a bare owner/name: one that starts with '.' or '/' or has a
    file suffix is a file that is not there.
    """
    path = Path(source)
    if path.is_dir():
        saved = any((path / name).exists() for name in ("dataset_dict.json", "state.json"))
        return "disk" if saved else "folder"
    if path.is_file():
        return file_kind(path)
    if HUB_ID.match(source) and path.suffix.lower() not in PATH_SUFFIXES:
        return "hub"
    raise SynthlensError(
        f"{source}: no such file or folder; fix: check the path (a Hub id is written owner/name, e.g. tatsu-lab/alpaca)"
    )


def file_kind(path: Path) -> str:
    """The container of one file, from its suffix (a .json file holding JSON lines is read as JSONL)."""
    kind = FILE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        allowed = ", ".join(FILE_SUFFIXES)
        raise SynthlensError(
            f"{path}: unknown file type '{path.suffix}'; allowed: {allowed}, a save_to_disk folder or"
            " a Hub id; fix: rename the file or convert it"
        )
    return "jsonl" if kind == "json" and _looks_like_jsonl(path) else kind


def _looks_like_jsonl(path: Path) -> bool:
    with path.open("rb") as handle:
        head = checks.strip_bom(handle.read(1024)).lstrip()
    return head.startswith(b"{")


def iter_file(path: Path, kind: str) -> Iterator[tuple[str, Record | BadLine]]:
    """The records of one local file of a known kind."""
    if kind == "jsonl":
        return iter_jsonl(path)
    if kind == "json":
        return iter_json(path)
    if kind == "csv":
        from synthlens.readers.csv_file import iter_csv

        return iter_csv(path)
    return iter_parquet(path)


def iter_jsonl(path: Path) -> Iterator[tuple[str, Record | BadLine]]:
    """Stream a JSONL file line by line, decoding each line strictly so a bad byte names its line."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            location = f"{path}:{number}"
            if number == 1:
                raw = checks.strip_bom(raw)
            if not raw.strip():
                continue
            yield location, parse_line(raw)


def parse_line(raw: bytes) -> Record | BadLine:
    """One JSONL line as a record, or a BadLine saying why it is not one (checked before it is parsed)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return BadLine(
            f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start + 1})",
            "re-encode the file as UTF-8, e.g. iconv -f latin1 -t utf-8",
            raw.decode("utf-8", "replace"),
        )
    if checks.too_deep_json(raw):
        return BadLine(*checks.deep_row_problem(checks.json_depth(raw)), text[:1000])
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return BadLine(f"malformed JSON ({error.msg} at column {error.colno})", "fix or remove the line", text)
    if not isinstance(record, dict):
        return BadLine(f"a JSON {type(record).__name__} where an object was expected", "one object per line", text)
    field = checks.lone_surrogate_field(record) if checks.has_surrogate_escape(raw) else None
    if field:
        return BadLine(*checks.surrogate_problem(field), text.encode("utf-8", "replace").decode())
    return record


def iter_json(path: Path) -> Iterator[tuple[str, Record | BadLine]]:
    """A JSON array of objects (or an object holding one such array under 'data'/'rows')."""
    raw = checks.strip_bom(path.read_bytes())
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
    except RecursionError:
        problem, fix = checks.deep_row_problem(checks.json_depth(raw))
        raise SynthlensError(f"{path}: {problem}; fix: {fix}") from None
    if isinstance(data, dict):
        data = next((data[key] for key in ("data", "rows", "examples") if isinstance(data.get(key), list)), data)
    if not isinstance(data, list):
        raise SynthlensError(f"{path}: expected a JSON array of rows; fix: pass a JSON array or JSONL file")
    check_each = checks.too_deep_json(raw, checks.MAX_NESTING + 1) or checks.has_surrogate_escape(raw)
    for index, record in enumerate(data):
        location = f"{path} row {index}"
        if not isinstance(record, dict):
            yield location, BadLine("row is not an object", "", str(record))
            continue
        yield location, (record_problem(record) or record) if check_each else record


def record_problem(record: Record) -> BadLine | None:
    """A decoded record nested too deep or holding a lone surrogate, as a BadLine; None when it is fine."""
    depth = checks.value_depth(record)
    if depth > checks.MAX_NESTING:
        return BadLine(*checks.deep_row_problem(), "")
    field = checks.lone_surrogate_field(record)
    return BadLine(*checks.surrogate_problem(field), "") if field else None


def iter_parquet(path: Path, batch_size: int = 10_000) -> Iterator[tuple[str, Record]]:
    """A Parquet file in batches; a damaged file or one nested too deep stops with one line."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    index = 0
    try:
        parquet = pq.ParquetFile(path)
        check_schema_depth(parquet.schema_arrow, path)
        for batch in parquet.iter_batches(batch_size=batch_size):
            for record in batch.to_pylist():
                yield f"{path} row {index}", record
                index += 1
    except (pa.ArrowException, OSError) as error:
        reason = " ".join(str(error).split())[:160]
        raise SynthlensError(
            f"{path}{f' row {index}' if index else ''}: not a readable Parquet file ({reason});"
            " fix: write the file again, or pass the data it came from"
        ) from None


def check_schema_depth(schema: Any, source: str | Path) -> None:
    """Refuse a table whose rows (an Arrow schema) nest deeper than the limit; it would crash the reader."""
    depth = 1 + max((arrow_depth(field.type) for field in schema), default=0)
    if depth > checks.MAX_NESTING:
        problem, fix = checks.deep_row_problem(depth)
        raise SynthlensError(f"{source}: its rows are {problem}; fix: {fix}")


def arrow_depth(dtype: Any) -> int:
    """How deep an Arrow type nests (a list or struct counts one)."""
    import pyarrow as pa

    if pa.types.is_struct(dtype):
        return 1 + max((arrow_depth(dtype.field(i).type) for i in range(dtype.num_fields)), default=0)
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype) or pa.types.is_fixed_size_list(dtype):
        return 1 + arrow_depth(dtype.value_type)
    if pa.types.is_map(dtype):
        return 1 + max(arrow_depth(dtype.key_type), arrow_depth(dtype.item_type))
    return 0


class HubLoadError(SynthlensError):
    """A Hub id that could not be loaded; `reason` says why, `reachable` whether the Hub answered at all."""

    def __init__(self, source: str, reason: str, reachable: bool) -> None:
        self.reason, self.reachable = reason, reachable
        if reachable:
            why = f"the Hugging Face Hub cannot load it as a dataset id ({reason})"
            fix = "check the path, or the id and --split"
        else:
            why = "the Hugging Face Hub cannot be reached to load it as a dataset id, and it is not in the local cache"
            fix = "check the path, or download the data where there is network and pass the local file"
        super().__init__(f"{source}: no such file or folder, and {why}; fix: {fix}")


def iter_hf(source: str, kind: str, split: str, limit: int | None) -> Iterator[tuple[str, Record]]:
    """A save_to_disk folder or a Hub id, through the datasets library."""
    dataset = _load_disk(source, split) if kind == "disk" else load_hub(source, split, limit)
    schema = getattr(getattr(dataset, "data", None), "schema", None)  # Arrow-backed: depth known up front
    if schema is not None:
        check_schema_depth(schema, source)
    for index, record in enumerate(dataset):
        if limit is not None and index >= limit:
            return
        yield f"{source} row {index}", record if schema is not None else (record_problem(record) or record)


def _load_disk(source: str, split: str):  # -> datasets.Dataset
    import datasets

    try:
        loaded = datasets.load_from_disk(source)
    except (OSError, ValueError) as error:
        reason = " ".join(str(error).split())[:160]
        raise SynthlensError(
            f"{source}: not a readable save_to_disk folder ({reason}); fix: save it again with save_to_disk"
        ) from None
    if isinstance(loaded, datasets.DatasetDict):
        if split not in loaded:
            raise SynthlensError(
                f"{source}: no split '{split}' (have: {', '.join(loaded)}); fix: --split {next(iter(loaded))}"
            )
        loaded = loaded[split]
    return loaded


def load_hub(source: str, split: str, limit: int | None = None):  # -> datasets.Dataset-like
    """A Hub dataset; without network only a copy in the local cache loads, at once, with no retries."""
    from synthlens import hub

    reachable = hub.reachable()
    import datasets

    try:
        with hub.offline(not reachable):
            return datasets.load_dataset(source, split=split, streaming=reachable and limit is not None)
    except Exception as error:  # the datasets library raises many types for "cannot reach the Hub"
        reason = " ".join(str(error).split())[:160] if str(error) else type(error).__name__
        raise HubLoadError(source, reason, reachable) from error
