"""In-memory data as records: a list of dicts, a polars or pandas DataFrame, a pyarrow Table, or a
`datasets.Dataset` (a DatasetDict gives the chosen split). Rows get the same checks as a file's."""

import hashlib
import json
import os
from collections.abc import Iterator
from typing import Any

from synthlens.errors import SynthlensError
from synthlens.readers.containers import BadLine, Record, check_schema_depth, record_problem

ACCEPTED = "a path, a Hub id, a list of dicts, a polars or pandas DataFrame, a pyarrow Table or a datasets.Dataset"


def is_in_memory(data: Any) -> bool:
    """True for data held by the program rather than named by a path or Hub id."""
    return not isinstance(data, str | os.PathLike)


def describe(data: Any) -> str:
    """How in-memory data is named in messages and the manifest, e.g. '<polars.DataFrame, 300 rows>'."""
    kind = f"{type(data).__module__.split('.')[0]}.{type(data).__name__}"
    size = _length(data)
    return f"<{kind}{f', {size:,} rows' if size is not None else ''}>"


def memory_records(data: Any, split: str = "train") -> Iterator[tuple[str, Record | BadLine]]:
    """The rows of in-memory data as (location 'row N', record); rows that cannot be read are BadLines."""
    rows, checked = _rows(data, split)
    for index, record in enumerate(rows):
        location = f"row {index}"
        if not isinstance(record, dict):
            yield location, BadLine(f"a {type(record).__name__} where a dict was expected", "one dict per row", "")
        else:
            yield location, record if checked else (record_problem(record) or record)


def content_hash(data: Any, split: str = "train") -> str:
    """sha256 of the rows as canonical JSON lines: equal data gives equal hashes, whatever holds it."""
    digest = hashlib.sha256()
    for _, record in memory_records(data, split):
        payload = record.raw if isinstance(record, BadLine) else record
        text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
        digest.update(text.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


def _rows(data: Any, split: str) -> tuple[Any, bool]:
    """An iterable of row dicts, and whether a table schema already bounded their nesting."""
    module = type(data).__module__.split(".")[0]
    if isinstance(data, list | tuple):
        return data, False
    if module == "polars":
        check_schema_depth(data.to_arrow().schema, describe(data))
        return data.iter_rows(named=True), True
    if module == "pandas":
        import polars as pl

        return _rows(pl.from_pandas(data), split)
    if module == "pyarrow":
        import polars as pl

        return _rows(pl.from_arrow(data), split)
    if module == "datasets":
        return _dataset_rows(data, split)
    raise SynthlensError(
        f"cannot read a {type(data).__name__}; allowed: {ACCEPTED}; fix: convert it, e.g. to a list of dicts"
    )


def _dataset_rows(data: Any, split: str) -> tuple[Any, bool]:
    import datasets

    if isinstance(data, datasets.DatasetDict):
        if split not in data:
            raise SynthlensError(
                f"the DatasetDict has no split '{split}' (have: {', '.join(data)}); fix: split='{next(iter(data))}'"
            )
        data = data[split]
    if isinstance(data, datasets.Dataset):
        check_schema_depth(data.data.schema, describe(data))
        return iter(data), True
    return iter(data), False  # an IterableDataset: no schema to check up front


def _length(data: Any) -> int | None:
    try:
        return len(data)
    except TypeError:
        return None
