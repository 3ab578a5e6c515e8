"""Reading a judge's answer: tolerant JSON extraction and matching labels against a fixed label set."""

import json
import re
from typing import Any


def json_objects(text: str) -> list[dict[str, Any]]:
    """Every top-level JSON object in an answer, in order; prose, code fences and trailing commas around or
    inside them are tolerated."""
    found: list[dict[str, Any]] = []
    position = text.find("{")
    while position != -1:
        end = _closing_brace(text, position)
        value = _loads(text[position : end + 1]) if end is not None else None
        if isinstance(value, dict):
            found.append(value)
            position = text.find("{", end + 1)
        else:
            position = text.find("{", position + 1)
    return found


def parse_json_object(text: str, keys: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """The judge's final JSON object: the last one in the answer (holding one of `keys` when given).

    The last, because a judge that quotes the row's own JSON does so before giving its rating.
    """
    candidates = [value for value in json_objects(text) if not keys or any(key in value for key in keys)]
    return candidates[-1] if candidates else None


def _closing_brace(text: str, start: int) -> int | None:
    """The index of the brace that closes the one at `start`, skipping braces inside JSON strings."""
    depth, in_string, escaped = 0, False, False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    return None


def _loads(candidate: str) -> Any:
    for attempt in (candidate, re.sub(r",\s*([}\]])", r"\1", candidate)):
        try:
            return json.loads(attempt)
        except ValueError:
            continue
    return None


def _label_form(value: str) -> str:
    """Case, spacing, quotes, '_'/'-' and 'and' versus '&' do not distinguish labels."""
    text = value.strip().strip("\"'.*` ").lower()
    text = re.sub(r"[_\-]+", " ", text)
    text = re.sub(r"\s*(&|\band\b)\s*", " & ", text)
    return " ".join(text.split())


def match_label(value: Any, allowed: tuple[str, ...]) -> str | None:
    """The label from `allowed` that `value` names (tolerant of case and spacing), else None."""
    if not isinstance(value, str):
        return None
    wanted = _label_form(value)
    for label in allowed:
        if _label_form(label) == wanted:
            return label
    return None


def match_labels(values: Any, allowed: tuple[str, ...], exclude: str | None = None) -> list[str]:
    """The distinct labels among `values` that are in `allowed` (others dropped), in order."""
    if isinstance(values, str):
        values = [part for part in re.split(r"[,;]", values) if part.strip()]
    if not isinstance(values, list):
        return []
    labels = [match_label(value, allowed) for value in values]
    return list(dict.fromkeys(label for label in labels if label and label != exclude))


def text_field(value: Any) -> str | None:
    """A free-text field of the answer, or None when it is missing or not text."""
    return value.strip() if isinstance(value, str) and value.strip() else None


def json_schema_format(name: str, properties: dict[str, Any]) -> dict[str, Any]:
    """An OpenAI `response_format` asking for an object with exactly these properties, all required."""
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
    return {"type": "json_schema", "json_schema": {"name": name, "strict": True, "schema": schema}}
