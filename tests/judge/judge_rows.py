"""Canonical rows for the judge tests (imported by name: a bare `conftest` import is ambiguous once several
test folders have one)."""

from collections.abc import Sequence

import polars as pl

from synthlens.schema import CANONICAL_SCHEMA, conversation_hash


def canonical_rows(pairs: Sequence[tuple[str, str | None]]) -> pl.DataFrame:
    """Canonical rows from (instruction, response) pairs; a None response makes a prompt-only row."""
    records = []
    for index, (instruction, response) in enumerate(pairs):
        conversation = [{"role": "user", "content": instruction}]
        if response is not None:
            conversation.append({"role": "assistant", "content": response})
        row_id = f"{conversation_hash(conversation, None)}-{index}"
        records.append(
            {"id": row_id, "instruction": instruction, "response": response, "conversation": conversation,
             "system": None, "n_turns": 1, "source": "test", "source_format": "alpaca", "row_index": index}
        )  # fmt: skip
    return pl.DataFrame(records, schema=CANONICAL_SCHEMA)
