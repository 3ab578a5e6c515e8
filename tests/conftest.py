"""Shared fixtures: tiny canonical runs built in a temp dir, no network, no bundled data needed."""

from collections.abc import Callable, Sequence
from pathlib import Path

import polars as pl
import pytest

from synthlens.schema import CANONICAL_SCHEMA, conversation_hash
from synthlens.workspace import Workspace


def canonical_rows(pairs: Sequence[tuple[str, str | None]], source: str = "test") -> pl.DataFrame:
    """Canonical rows from (instruction, response) pairs, ids from the conversation hash."""
    records = []
    for index, (instruction, response) in enumerate(pairs):
        conversation = [{"role": "user", "content": instruction}]
        if response is not None:
            conversation.append({"role": "assistant", "content": response})
        records.append(
            {
                "id": f"{conversation_hash(conversation, None)}-{index}",
                "instruction": instruction,
                "response": response,
                "conversation": conversation,
                "system": None,
                "n_turns": 1,
                "source": source,
                "source_format": "alpaca",
                "row_index": index,
            }
        )
    return pl.DataFrame(records, schema=CANONICAL_SCHEMA)


@pytest.fixture
def make_run(tmp_path: Path) -> Callable[..., Workspace]:
    """Build a run workspace from (instruction, response) pairs."""

    def build(pairs: Sequence[tuple[str, str | None]], name: str = "run") -> Workspace:
        workspace = Workspace.create(tmp_path / name, {"path": "memory", "sha256": "test", "format": "alpaca"})
        workspace.write_rows(canonical_rows(pairs))
        return workspace

    return build


@pytest.fixture(scope="session")
def demo_versions(tmp_path_factory: pytest.TempPathFactory):
    """Two analysed versions of the demo data (see tests/demo_runs.py), built once per session."""
    from demo_runs import build_versions

    return build_versions(tmp_path_factory.mktemp("demo_versions"))
