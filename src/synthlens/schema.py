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
# The characters Python's str.split() and str.strip() treat as whitespace, as the body of a polars (Rust)
# regex class: polars' own notion of whitespace differs (it leaves \x1c-\x1f alone), and ids depend on it.
WHITESPACE_CLASS = (
    r"\t\n\x0B\x0C\r\x1C-\x1F \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"
)
# Whitespace that " ".join(text.split()) changes: a run, or one character other than a space (single spaces,
# most of them, are left alone, which makes the replacement several times faster).
_SPACING = f"[{WHITESPACE_CLASS}]{{2,}}|[{WHITESPACE_CLASS.replace(' ', '')}]"
# What json.dumps(ensure_ascii=False) escapes in a string: the quote, the backslash and control characters.
_JSON_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_JSON_ESCAPES |= {chr(code): f"\\u{code:04x}" for code in range(32) if chr(code) not in _JSON_ESCAPES}


def conversation_hash(conversation: list[dict[str, str]], system: str | None) -> str:
    """A 16-hex-digit hash of the conversation with whitespace normalised, so ids survive re-formatting."""
    normalised = [[turn["role"], " ".join(turn["content"].split())] for turn in conversation]
    payload = json.dumps([system and " ".join(system.split()), normalised], ensure_ascii=False)
    return hashlib.sha1(payload.encode()).hexdigest()[:16]


def conversation_hashes(rows: pl.DataFrame) -> pl.Series:
    """`conversation_hash` of every row's `conversation` and `system` at once: the JSON text it hashes is
    built with polars expressions, so only the sha1 itself runs per row in Python."""
    turn = pl.element().struct
    pair = pl.concat_str(
        pl.lit('["'), turn.field("role"), pl.lit('", "'), _json_text(turn.field("content")), pl.lit('"]')
    )
    system = pl.col("system")
    payload = pl.concat_str(
        pl.lit("["),
        pl.when(system.is_null())
        .then(pl.lit("null"))
        .otherwise(pl.concat_str(pl.lit('"'), _json_text(system), pl.lit('"'))),
        pl.lit(", ["),
        pl.col("conversation").list.eval(pair).list.join(", "),
        pl.lit("]]"),
    )
    texts = rows.select(payload).to_series()
    return pl.Series([hashlib.sha1(text.encode()).hexdigest()[:16] for text in texts], dtype=pl.String)


def _json_text(text: pl.Expr) -> pl.Expr:
    """The body of the JSON string json.dumps writes for `text` with its whitespace normalised."""
    normalised = text.str.replace_all(_SPACING, " ").str.strip_chars(" ")
    return normalised.str.replace_many(list(_JSON_ESCAPES), list(_JSON_ESCAPES.values()))


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
