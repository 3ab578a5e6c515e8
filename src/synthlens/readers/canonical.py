"""Turn one source record into one canonical row, checking it the way a trainer would need it."""

from typing import Any

from synthlens.readers.containers import BadRecord, Record
from synthlens.readers.formats import Columns, consumed_fields, to_turns
from synthlens.schema import CANONICAL_SCHEMA, conversation_hash

MAX_ROW_CHARS = 1_000_000


def canonical_row(
    record: Record, fmt: str, columns: Columns, source: str, row_index: int, max_chars: int = MAX_ROW_CHARS
) -> dict[str, Any]:
    """The canonical row for a record, or BadRecord naming the problem and the fix."""
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
    row = {_passthrough_name(key): value for key, value in record.items() if key not in consumed}
    row.update(
        _hash_id=conversation_hash(conversation, system),
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
    """The kind of value (text, number, list, ...) each passed-through field held first, so a row that breaks
    the pattern is a bad row with a line number rather than a failure of the whole table later."""

    def __init__(self) -> None:
        self.first: dict[str, tuple[str, str]] = {}  # field -> (kind, location first seen)

    def check(self, row: dict[str, Any], location: str) -> None:
        for field, value in row.items():
            if field in CANONICAL_SCHEMA or field.startswith("_") or value is None:
                continue
            kind = _kind(value)
            seen = self.first.setdefault(field, (kind, location))
            if seen[0] != kind:
                raise BadRecord(
                    f"field '{field}' is {kind} here but {seen[0]} at {seen[1]}",
                    "give the field one type in every row, or drop it",
                )


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__


def _passthrough_name(field: str) -> str:
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
