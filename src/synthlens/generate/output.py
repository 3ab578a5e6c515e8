"""The generated rows on disk: append-only JSONL in OpenAI `messages` form plus provenance columns.

A row is appended (and flushed) as soon as it is complete, so a killed run keeps every finished row; a
partial last line left by a kill is cut off when the file is opened again. Rows already in the file are
recognised by id and never written twice, so a resumed run appends only what is missing.
"""

import json
import math
import os
from pathlib import Path
from typing import Any

from synthlens.errors import SynthlensError


class OutputFile:
    """The output JSONL of one generation run."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.suffix != ".jsonl":
            raise SynthlensError(
                f"-o {self.path}: generated rows are written as JSONL; allowed: a path ending in .jsonl; "
                f"fix: -o {self.path.with_suffix('.jsonl')}"
            )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.ids = self._existing_ids()
        self.path.touch()  # a run that keeps no row still leaves its (empty) output

    @property
    def cache_path(self) -> Path:
        """The request cache beside the output: what makes a resumed run send only missing requests."""
        return self.path.with_suffix(".cache.sqlite")

    def append(self, rows: list[dict[str, Any]]) -> int:
        """Write the rows not yet in the file; returns how many were written."""
        new = [row for row in rows if row["id"] not in self.ids]
        if not new:
            return 0
        lines = "".join(json.dumps(_finite(row), ensure_ascii=False) + "\n" for row in new)
        with self.path.open("a", encoding="utf-8") as stream:
            stream.write(lines)
            stream.flush()
            os.fsync(stream.fileno())
        self.ids.update(row["id"] for row in new)
        return len(new)

    def _existing_ids(self) -> set[str]:
        if not self.path.exists():
            return set()
        data = self.path.read_bytes()
        complete = data[: data.rfind(b"\n") + 1]
        if len(complete) != len(data):  # a run killed mid-line: the row is made again from the cache
            with self.path.open("r+b") as stream:
                stream.truncate(len(complete))
        ids = set()
        for number, line in enumerate(complete.decode("utf-8").splitlines(), start=1):
            try:
                ids.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                raise SynthlensError(
                    f"{self.path}:{number}: not a row this command wrote; allowed: an output of synthlens "
                    "generate to resume; fix: pass a new -o path"
                ) from None
        return ids


def _finite(value: Any) -> Any:
    """NaN and infinities become null: they are not JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_finite(item) for item in value]
    return value
