"""Turn one source record into one canonical row, checking it the way a trainer would need it."""

from collections.abc import Iterator
from types import NoneType
from typing import Any

import polars as pl

from synthlens.readers.containers import BadRecord, Record
from synthlens.readers.formats import Columns, consumed_fields, to_turns
from synthlens.schema import CANONICAL_SCHEMA

MAX_ROW_CHARS = 1_000_000


def canonical_row(
    record: Record, fmt: str, columns: Columns, source: str, row_index: int, max_chars: int = MAX_ROW_CHARS
) -> dict[str, Any]:
    """The canonical row for a record, or BadRecord naming the problem and the fix; its id is chosen once all
    rows are read (the source's own ids, or a hash of the conversation when they are incomplete)."""
    turns, system = to_turns(record, fmt, columns)
    if turns and turns[0]["role"] == "system":
        system, turns = turns[0]["content"] or system, turns[1:]
    _check_roles(turns)
    _check_size(turns, system, max_chars)
    instruction = turns[0]["content"]
    if not instruction.strip():
        raise BadRecord("empty instruction (the first user turn is blank)", "drop the row or fill the instruction")
    conversation = turns
    response = turns[1]["content"] if len(turns) > 1 else None
    consumed = consumed_fields(fmt, columns)
    row = {passthrough_name(key): value for key, value in record.items() if key not in consumed}
    row.update(
        instruction=instruction,
        response=response,
        conversation=conversation,
        system=system,
        n_turns=sum(turn["role"] == "user" for turn in turns),
        source=source,
        source_format=fmt,
        row_index=row_index,
    )
    return row


class FieldKinds:
    """The kind of value (text, number, list, ...) each passed-through field held first, and each value inside
    it (`tags[]` a list's items, `meta.lang` an object's field), so a row that breaks the pattern is a bad row
    with a line number rather than a failure of the whole table later, whichever rows share its batch. Also
    the order in which each object's keys first appear, which the table's structs are put back in."""

    def __init__(self) -> None:
        self.first: dict[FieldPath, tuple[str, str]] = {}  # field path -> (kind, location first seen)
        self.keys: dict[FieldPath, dict[str, None]] = {}  # object path -> its keys, in first-seen order

    def check(self, row: dict[str, Any], location: str) -> None:
        for field, value in row.items():
            if field in CANONICAL_SCHEMA and field != "id":
                continue
            for path, kind in value_kinds((field,), value, self.keys):
                seen = self.first.setdefault(path, (kind, location))
                if seen[0] != kind:
                    raise BadRecord(
                        f"field '{''.join(path)}' is {kind} here but {seen[0]} at {seen[1]}",
                        "give the field one type in every row, or drop it",
                    )


FieldPath = tuple[str, ...]  # ("meta", ".lang") or ("tags", "[]"): a field and the steps into it


def value_kinds(path: FieldPath, value: Any, keys: dict[FieldPath, dict[str, None]]) -> Iterator[tuple[FieldPath, str]]:
    """The kind of a value and of every value inside it, by path (nulls have none); adds the keys of the
    objects inside it to `keys`."""
    if value is None:
        return
    yield path, _kind(type(value))
    if isinstance(value, dict):
        keys.setdefault(path, {}).update(dict.fromkeys(value))
        for key, child in value.items():
            yield from value_kinds((*path, f".{key}"), child, keys)
    elif isinstance(value, list | tuple):
        item_path = (*path, "[]")
        item_types = dict.fromkeys(map(type, value))  # the items' types, in order, at C speed
        yield from ((item_path, _kind(kind)) for kind in item_types if not issubclass(kind, _NESTED | NoneType))
        if any(issubclass(kind, _NESTED) for kind in item_types):
            for item in value:
                if isinstance(item, _NESTED):
                    yield from value_kinds(item_path, item, keys)


def in_key_order(
    value: pl.Expr, dtype: pl.DataType, path: FieldPath, keys: dict[FieldPath, dict[str, None]]
) -> pl.Expr:
    """`value` with the fields of every struct inside it in the order their keys first appeared in the rows
    (how polars merges two structs depends on which rows share a batch; the rows' own order does not)."""
    if not _out_of_order(dtype, path, keys):
        return value
    if isinstance(dtype, pl.List):
        return value.list.eval(in_key_order(pl.element(), dtype.inner, (*path, "[]"), keys))
    fields = {field.name: field.dtype for field in dtype.fields}
    struct = pl.struct(
        in_key_order(value.struct.field(name), fields[name], (*path, f".{name}"), keys).alias(name)
        for name in _key_order(dtype, path, keys)
    )
    return pl.when(value.is_not_null()).then(struct)


def _key_order(dtype: pl.Struct, path: FieldPath, keys: dict[FieldPath, dict[str, None]]) -> list[str]:
    names = [field.name for field in dtype.fields]
    seen = [name for name in keys.get(path, {}) if name in names]
    return seen + [name for name in names if name not in seen]


def _out_of_order(dtype: pl.DataType, path: FieldPath, keys: dict[FieldPath, dict[str, None]]) -> bool:
    if isinstance(dtype, pl.List):
        return _out_of_order(dtype.inner, (*path, "[]"), keys)
    if not isinstance(dtype, pl.Struct):
        return False
    if _key_order(dtype, path, keys) != [field.name for field in dtype.fields]:
        return True
    return any(_out_of_order(field.dtype, (*path, f".{field.name}"), keys) for field in dtype.fields)


_NESTED = dict | list | tuple


def _kind(value_type: type) -> str:
    if issubclass(value_type, bool):
        return "a boolean"
    if issubclass(value_type, int | float):
        return "a number"
    if issubclass(value_type, str):
        return "text"
    if issubclass(value_type, dict):
        return "an object"
    if issubclass(value_type, list | tuple):
        return "a list"
    return value_type.__name__


def passthrough_name(field: str) -> str:
    """Source fields named like a canonical column (e.g. a 'source' tag) are kept as orig_<name>."""
    return f"orig_{field}" if field in CANONICAL_SCHEMA and field != "id" else field


def _check_roles(turns: list[dict[str, str]]) -> None:
    """Turns must alternate user/assistant starting with the user; a final user turn is allowed."""
    roles = [turn["role"] for turn in turns]
    if "user" not in roles:
        raise BadRecord("no user turn", "every row needs a user instruction; check the role names")
    for position, role in enumerate(roles):
        expected = "user" if position % 2 == 0 else "assistant"
        if role != expected:
            sequence = ",".join(roles[: position + 1])
            raise BadRecord(
                f"role sequence {sequence} is not alternating user/assistant (turn {position + 1} is {role})",
                "merge consecutive turns of one role, or drop the row",
            )


def _check_size(turns: list[dict[str, str]], system: str | None, max_chars: int) -> None:
    size = sum(len(turn["content"]) for turn in turns) + len(system or "")
    if size > max_chars:
        raise BadRecord(
            f"row has {size:,} characters, over the {max_chars:,} limit",
            "drop or truncate the row, or raise the limit with --max-row-chars",
        )
