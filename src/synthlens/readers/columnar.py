"""Canonical rows of a whole parsed chunk at once, with polars expressions: the rows `canonical_row` makes one
by one, for the usual shapes of each format. A row the per-line reader would refuse, or a shape this module
cannot take exactly as that reader would, raises PerLine; the caller then reads the chunk line by line, which
names the bad line. Missing and null fields look alike in a parsed table, so where the two differ (a missing
`output` is an error, a null one a prompt with no answer yet) the rows in doubt are looked up one by one.
"""

from collections.abc import Callable

import polars as pl

from synthlens.readers.canonical import passthrough_name
from synthlens.readers.formats import ASSISTANT_ROLES, USER_ROLES, Columns, consumed_fields
from synthlens.schema import WHITESPACE_CLASS

ROLE_NAMES = {**dict.fromkeys(USER_ROLES, "user"), **dict.fromkeys(ASSISTANT_ROLES, "assistant"), "system": "system"}
BLANK = f"^[{WHITESPACE_CLASS}]*$"  # what str.strip() empties
NOT_BLANK = f"[^{WHITESPACE_CLASS}]"
# (rows whose field is null, the field) -> whether every one of those rows has the field, as null
HasField = Callable[[pl.Series, str], bool]


class PerLine(Exception):
    """The chunk holds a row that only the per-line reader handles exactly (most often a bad row)."""


def canonical_chunk(
    frame: pl.DataFrame, fmt: str, columns: Columns, has_field: HasField, max_chars: int
) -> pl.DataFrame:
    """The chunk's passed-through fields followed by its canonical columns (id, source and row_index aside)."""
    turns, top_system = _turns(frame, fmt, columns, has_field)
    table = frame.select(turns=turns, top_system=top_system)
    turns, first = pl.col("turns"), pl.col("turns").list.first().struct
    leads_with_system = table.select((first.field("role") == "system").fill_null(False)).to_series()
    if leads_with_system.any():  # a leading system turn is the system prompt (when it is not empty)
        lead = pl.lit(leads_with_system)
        own_system = pl.when(lead & (first.field("content") != "")).then(first.field("content"))
        table = table.select(
            conversation=pl.when(lead).then(turns.list.slice(1)).otherwise(turns),
            system=own_system.otherwise(pl.col("top_system")),
        )
    else:
        table = table.select(conversation=turns, system=pl.col("top_system"))
    conversation = pl.col("conversation")
    table = table.select(
        instruction=conversation.list.first().struct.field("content"),
        response=conversation.list.get(1, null_on_oob=True).struct.field("content"),
        conversation=conversation,
        system=pl.col("system"),
        n_turns=conversation.list.eval(pl.element().struct.field("role") == "user").list.sum().cast(pl.Int64),
    )
    _check_rows(table, max_chars)
    return pl.concat([_passthrough(frame, consumed_fields(fmt, columns)), table], how="horizontal")


def _turns(frame: pl.DataFrame, fmt: str, columns: Columns, has_field: HasField) -> tuple[pl.Expr, pl.Expr]:
    """(every turn, a leading system turn included; the record's own system prompt) as expressions."""
    no_system = pl.lit(None, dtype=pl.String)
    if fmt == "alpaca":
        instruction, extra = _text(frame, "instruction"), _input(frame)
        user = pl.when(extra.str.contains(NOT_BLANK)).then(instruction + "\n\n" + extra).otherwise(instruction)
        return _pair(user, _nullable_text(frame, "output", has_field)), no_system
    if fmt == "sharegpt":
        return _listed_turns(frame, "conversations"), _top_system(frame)
    if fmt == "openai":
        return _messages(frame), no_system
    if fmt == "magpie":
        return _magpie_turns(frame, has_field), _top_system(frame)
    response = _nullable_text(frame, columns.response, has_field) if columns.response else no_system
    return _pair(_text(frame, columns.instruction or ""), response), no_system


def _magpie_turns(frame: pl.DataFrame, has_field: HasField) -> pl.Expr:
    """Magpie rows read their `conversations` when it is a non-empty list, else instruction and response."""
    listed = frame.schema.get("conversations")
    if isinstance(listed, pl.List):
        uses_list = frame.select(pl.col("conversations").list.len().fill_null(0) > 0).to_series()
    else:
        uses_list = pl.Series([False] * frame.height)
    if uses_list.all():
        return _listed_turns(frame, "conversations")
    pair_rows = ~uses_list
    pair = _pair(_text(frame, "instruction", pair_rows), _nullable_text(frame, "response", has_field, pair_rows))
    if not uses_list.any():
        return pair
    return pl.when(pl.lit(uses_list)).then(_listed_turns(frame, "conversations", uses_list)).otherwise(pair)


def _pair(instruction: pl.Expr, response: pl.Expr) -> pl.Expr:
    """A single exchange; no assistant turn when the response is null (built as a list of texts first:
    polars joins lists of text far faster than lists of structs)."""
    texts = pl.concat_list(instruction, response).list.drop_nulls()
    role = pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("user")).otherwise(pl.lit("assistant"))
    return texts.list.eval(pl.struct(role=role, content=pl.element()))


def _text(frame: pl.DataFrame, name: str, rows: pl.Series | None = None) -> pl.Expr:
    """A field that must hold text (in the chosen rows)."""
    values = frame.get_column(name, default=None)
    if values is None or values.dtype != pl.String or (values if rows is None else values.filter(rows)).has_nulls():
        raise PerLine
    return pl.col(name)


def _nullable_text(frame: pl.DataFrame, name: str, has_field: HasField, rows: pl.Series | None = None) -> pl.Expr:
    """A field that must be there, holding text or null (a prompt with no response yet)."""
    values = frame.get_column(name, default=None)
    if values is None or values.dtype not in (pl.String, pl.Null):
        raise PerLine
    nulls = values.is_null() if rows is None else values.is_null() & rows
    if nulls.any() and not has_field(nulls, name):
        raise PerLine
    return pl.col(name).cast(pl.String)


def _input(frame: pl.DataFrame) -> pl.Expr:
    """Alpaca's optional input: missing or null reads as empty."""
    values = frame.get_column("input", default=None)
    if values is None:
        return pl.lit("")
    if values.dtype not in (pl.String, pl.Null):
        raise PerLine
    return pl.col("input").cast(pl.String).fill_null("")


def _top_system(frame: pl.DataFrame) -> pl.Expr:
    """The record's `system` field when it is non-blank text."""
    if frame.schema.get("system") != pl.String:
        return pl.lit(None, dtype=pl.String)
    return pl.when(pl.col("system").str.contains(NOT_BLANK)).then(pl.col("system"))


def _listed_turns(frame: pl.DataFrame, name: str, rows: pl.Series | None = None) -> pl.Expr:
    """ShareGPT turns {from, value} (or {role, content}) with the roles named canonically."""
    dtype = frame.schema.get(name)
    if not isinstance(dtype, pl.List) or not isinstance(dtype.inner, pl.Struct):
        raise PerLine
    if rows is None and frame.get_column(name).has_nulls():
        raise PerLine
    fields = {field.name: field.dtype for field in dtype.inner.fields}
    role = "from" if "from" in fields else "role"  # a turn with `from` reads it first
    content = "value" if "value" in fields else "content"
    if fields.get(role) != pl.String or fields.get(content) != pl.String:
        raise PerLine
    return _checked_turns(frame, name, role, pl.element().struct.field(content))


def _messages(frame: pl.DataFrame) -> pl.Expr:
    """OpenAI messages {role, content}; a null or missing content reads as empty."""
    dtype = frame.schema.get("messages")
    if not isinstance(dtype, pl.List) or not isinstance(dtype.inner, pl.Struct) or frame["messages"].has_nulls():
        raise PerLine
    fields = {field.name: field.dtype for field in dtype.inner.fields}
    if fields.get("role") != pl.String or fields.get("content", pl.Null) not in (pl.String, pl.Null):
        raise PerLine
    content = pl.element().struct.field("content").cast(pl.String) if "content" in fields else pl.lit(None, pl.String)
    return _checked_turns(frame, "messages", "role", content.fill_null(""))


def _checked_turns(frame: pl.DataFrame, name: str, role: str, content: pl.Expr) -> pl.Expr:
    """The list of turns; PerLine when any turn is null, has no role or content, or names an unknown role."""
    known = (
        pl.element()
        .struct.field(role)
        .str.to_lowercase()
        .replace_strict(ROLE_NAMES, default=None, return_dtype=pl.String)
    )
    turns = pl.col(name).list.eval(pl.struct(role=known, content=content))
    flat = frame.select(turns.explode(empty_as_null=False, keep_nulls=False)).to_series()
    if flat.struct.field("role").has_nulls() or flat.struct.field("content").has_nulls():
        raise PerLine
    return turns


def _check_rows(table: pl.DataFrame, max_chars: int) -> None:
    """The per-row checks of canonical_row: roles alternate from the user's, a non-blank instruction, the size."""
    conversation = pl.col("conversation")
    position = pl.int_ranges(0, conversation.list.len()).explode(empty_as_null=False, keep_nulls=False)
    expected = pl.when(position % 2 == 0).then(pl.lit("user")).otherwise(pl.lit("assistant"))
    roles = conversation.list.eval(pl.element().struct.field("role")).explode(empty_as_null=False, keep_nulls=False)
    chars = conversation.list.eval(pl.element().struct.field("content").str.len_chars()).list.sum()
    size = chars + pl.col("system").str.len_chars().fill_null(0)
    checks = table.select(
        alternating=(roles == expected).all(),
        every_row_has_turns=(conversation.list.len() > 0).all(),
        blank_instruction=pl.col("instruction").str.contains(BLANK).any(),
        too_long=(size > max_chars).any(),
    ).row(0, named=True)
    if (
        not checks["alternating"]
        or not checks["every_row_has_turns"]
        or checks["blank_instruction"]
        or checks["too_long"]
    ):
        raise PerLine


def _passthrough(frame: pl.DataFrame, consumed: set[str | None]) -> pl.DataFrame:
    """The fields that pass through, named as canonical_row names them."""
    kept = [name for name in frame.columns if name not in consumed]
    names = [passthrough_name(name) for name in kept]
    if len(set(names)) < len(names) or any(_list_holds_float(frame.schema[name]) for name in kept):
        # Two fields under one name keep only one; and the per-line table refuses a list that starts with
        # an integer and goes on with a float, which a parsed float list can no longer tell.
        raise PerLine
    return frame.select(pl.col(name).alias(new) for name, new in zip(kept, names, strict=True))


def _list_holds_float(dtype: pl.DataType, in_list: bool = False) -> bool:
    if isinstance(dtype, pl.Float64 | pl.Float32):
        return in_list
    if isinstance(dtype, pl.List):
        return _list_holds_float(dtype.inner, True)
    if isinstance(dtype, pl.Struct):
        return any(_list_holds_float(field.dtype, in_list) for field in dtype.fields)
    return False
