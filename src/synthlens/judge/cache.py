"""The persistent response cache: one SQLite table in the run workspace, in WAL mode.

Each answer is committed the moment it arrives (a short transaction), so a run killed at any point loses
at most the requests that were still in flight; a second run over the same data sends nothing.
"""

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
"""
_LOOKUP_CHUNK = 500  # SQLite limits the number of bound parameters per statement


def request_key(model: str, content: Any, params: dict[str, Any]) -> str:
    """The cache key of a request: the model, the exact messages (or raw prompt) and every parameter that
    shapes the answer, a per-row `seed` included, so repeated prompts with different seeds stay distinct."""
    payload = json.dumps([model, content, params], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


class ResponseCache:
    """Answers keyed by `request_key`; opened and used from a single thread."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable against a killed process (only power loss can drop the last commits) and skips
        # an fsync per answer.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def get_many(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The cached answers among `keys`."""
        unique = list(dict.fromkeys(keys))
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(unique), _LOOKUP_CHUNK):
            chunk = unique[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, response FROM responses WHERE key IN ({marks})", chunk)
            found.update((key, json.loads(response)) for key, response in rows)
        return found

    def put(self, key: str, model: str, response: dict[str, Any]) -> None:
        """Store one answer and commit it at once."""
        self._db.execute(
            "INSERT OR REPLACE INTO responses (key, model, response, created_at) VALUES (?, ?, ?, ?)",
            (key, model, json.dumps(response, ensure_ascii=False), time.time()),
        )

    def put_many(self, answers: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Store several answers in one transaction."""
        now = time.time()
        rows = [(key, model, json.dumps(answer, ensure_ascii=False), now) for key, model, answer in answers]
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO responses (key, model, response, created_at) VALUES (?, ?, ?, ?)", rows
            )

    def setting(self, name: str) -> str | None:
        """A fact the client learnt about an endpoint (e.g. the structured-output form it takes)."""
        row = self._db.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def put_setting(self, name: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", (name, value))

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "ResponseCache":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
