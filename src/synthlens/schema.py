"""The canonical row model: every input format becomes one table with these columns.

| column        | type                          | meaning                                                          |
|---------------|-------------------------------|------------------------------------------------------------------|
| id            | str                           | the source's id/uuid if it has a unique one, else a hash of the  |
|               |                               | normalised conversation (repeats get "-2", "-3", ... suffixes)   |
| instruction   | str                           | first user turn (Alpaca: instruction + blank line + input)       |
| response      | str, nullable                 | first assistant turn                                             |
| conversation  | list[{role: str, content: str}] | every turn, system excluded, roles "user"/"assistant"          |
| system        | str, nullable                 | the system prompt, if any                                        |
| n_turns       | int32                         | number of user turns (1 for single-turn data)                    |
| source        | str                           | dataset name (file stem or hub id)                               |
| source_format | str                           | alpaca, sharegpt, openai, magpie or columns                      |
| row_index     | int64                         | 0-based position in the source, for error messages and order     |

Any other source column passes through under its own name.
"""

import hashlib
import json

import polars as pl

TURN = pl.Struct({"role": pl.String, "content": pl.String})

CANONICAL_SCHEMA: dict[str, pl.DataType] = {
    "id": pl.String(),
    "instruction": pl.String(),
    "response": pl.String(),
    "conversation": pl.List(TURN),
    "system": pl.String(),
    "n_turns": pl.Int32(),
    "source": pl.String(),
    "source_format": pl.String(),
    "row_index": pl.Int64(),
}
CANONICAL_COLUMNS = list(CANONICAL_SCHEMA)
FORMATS = ("alpaca", "sharegpt", "openai", "magpie", "columns")


def conversation_hash(conversation: list[dict[str, str]], system: str | None) -> str:
    """A 16-hex-digit hash of the conversation with whitespace normalised, so ids survive re-formatting."""
    normalised = [[turn["role"], " ".join(turn["content"].split())] for turn in conversation]
    payload = json.dumps([system and " ".join(system.split()), normalised], ensure_ascii=False)
    return hashlib.sha1(payload.encode()).hexdigest()[:16]


def make_ids_unique(ids: pl.Series) -> pl.Series:
    """Suffix repeated ids with -2, -3, ... in row order, so exact duplicate rows keep distinct keys."""
    occurrence = pl.int_range(pl.len()).over(ids.name) + 1
    frame = pl.DataFrame({ids.name: ids}).with_columns(occurrence.alias("_n"))
    unique = frame.select(
        pl.when(pl.col("_n") == 1)
        .then(pl.col(ids.name))
        .otherwise(pl.col(ids.name) + "-" + pl.col("_n").cast(pl.String))
    )
    return unique.to_series().alias(ids.name)
