"""Formats: how a record's fields map onto the canonical conversation. Detection looks at field names."""

from dataclasses import dataclass
from typing import Any

from synthlens.readers.containers import BadRecord, Record
from synthlens.schema import FORMATS

USER_ROLES = {"user", "human", "prompter"}
ASSISTANT_ROLES = {"assistant", "gpt", "chatgpt", "bard", "model", "bot"}
FORMAT_FIELDS = {
    "alpaca": "instruction, input, output",
    "sharegpt": "conversations [{from, value}]",
    "openai": "messages [{role, content}]",
    "magpie": "instruction, response",
    "columns": "--instruction-col NAME [--response-col NAME]",
}


@dataclass(frozen=True)
class Columns:
    """Field names for the plain column-mapping format."""

    instruction: str | None = None
    response: str | None = None


def detect_format(record: Record, columns: Columns) -> str | None:
    """The format a record looks like, or None; an explicit column mapping always wins."""
    if columns.instruction:
        return "columns"
    if isinstance(record.get("messages"), list):
        return "openai"
    if "instruction" in record and "response" in record:
        return "magpie"
    if isinstance(record.get("conversations"), list):
        return "sharegpt"
    if "instruction" in record and "output" in record:
        return "alpaca"
    return None


def unknown_format_message(record: Record) -> str:
    found = ", ".join(list(record)[:12]) or "none"
    allowed = "; ".join(f"{name} ({fields})" for name, fields in FORMAT_FIELDS.items())
    return f"unknown format: fields found: {found}; allowed: {allowed}"


def consumed_fields(fmt: str, columns: Columns) -> set[str]:
    """Source fields that become canonical columns; every other field passes through."""
    return {
        "alpaca": {"instruction", "output"},
        "sharegpt": {"conversations", "system"},
        "openai": {"messages"},
        "magpie": {"instruction", "response", "conversations", "system"},
        "columns": {columns.instruction, columns.response},
    }[fmt]


def to_turns(record: Record, fmt: str, columns: Columns) -> tuple[list[dict[str, str]], str | None]:
    """The record as (turns with roles system/user/assistant in source order, top-level system prompt)."""
    if fmt == "alpaca":
        instruction = _text(record, "instruction")
        extra = (_optional_text(record, "input") if "input" in record else None) or ""
        user = f"{instruction}\n\n{extra}" if extra.strip() else instruction
        return _pair(user, _optional_text(record, "output")), None
    if fmt == "sharegpt":
        return [_sharegpt_turn(turn) for turn in _turn_list(record, "conversations")], _system(record)
    if fmt == "openai":
        return [_openai_turn(message) for message in _turn_list(record, "messages")], None
    if fmt == "magpie":
        if isinstance(record.get("conversations"), list) and record["conversations"]:
            return [_sharegpt_turn(turn) for turn in record["conversations"]], _system(record)
        return _pair(_text(record, "instruction"), _optional_text(record, "response")), _system(record)
    response = _optional_text(record, columns.response) if columns.response else None
    return _pair(_text(record, columns.instruction or ""), response), None


def _pair(instruction: str, response: str | None) -> list[dict[str, str]]:
    """A single exchange; no assistant turn when the response is null."""
    turns = [{"role": "user", "content": instruction}]
    return turns if response is None else [*turns, {"role": "assistant", "content": response}]


def _text(record: Record, field: str) -> str:
    if field not in record:
        raise BadRecord(f"missing field '{field}'", "add the field, or pick the format with --format")
    value = record[field]
    if not isinstance(value, str):
        raise BadRecord(f"field '{field}' is {type(value).__name__}, not text", "store text in this field")
    return value


def _turn_list(record: Record, field: str) -> list[Any]:
    """The list of turns in `field`; a missing field or one holding something else is a bad row."""
    if field not in record:
        raise BadRecord(f"missing field '{field}'", "add the field, or pick the format with --format")
    value = record[field]
    if not isinstance(value, list):
        kind = "null" if value is None else type(value).__name__
        raise BadRecord(f"field '{field}' is {kind}, not a list of turns", f"store the turns as a list in '{field}'")
    return value


def _optional_text(record: Record, field: str) -> str | None:
    """A field that must be present but may be null (a prompt with no response yet)."""
    return None if field in record and record[field] is None else _text(record, field)


def _system(record: Record) -> str | None:
    value = record.get("system")
    return value if isinstance(value, str) and value.strip() else None


def _sharegpt_turn(turn: Any) -> dict[str, str]:
    if not isinstance(turn, dict) or "value" not in turn and "content" not in turn:
        raise BadRecord("a conversation turn is not {from, value}", "write each turn as {from, value}")
    role = str(turn.get("from", turn.get("role", ""))).lower()
    return {"role": _role(role), "content": _content(turn.get("value", turn.get("content")))}


def _openai_turn(message: Any) -> dict[str, str]:
    if not isinstance(message, dict) or "role" not in message:
        raise BadRecord("a message is not {role, content}", "write each message as {role, content}")
    return {"role": _role(str(message["role"]).lower()), "content": _content(message.get("content"))}


def _role(role: str) -> str:
    if role in USER_ROLES:
        return "user"
    if role in ASSISTANT_ROLES:
        return "assistant"
    if role == "system":
        return "system"
    raise BadRecord(f"unknown role '{role}'", "use user/human, assistant/gpt or system (tool turns are not supported)")


def _content(content: Any) -> str:
    """Text content; OpenAI's list-of-parts form keeps its text parts."""
    if content is None:
        return ""
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    if not isinstance(content, str):
        raise BadRecord(f"turn content is {type(content).__name__}, not text", "store turn content as text")
    return content


assert set(FORMAT_FIELDS) == set(FORMATS)
