"""Reading a judge's answer: tolerant JSON extraction and matching labels against a fixed label set."""

import json
import re
from typing import Any

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)


def parse_json_object(text: str) -> dict[str, Any] | None:
    """The JSON object in an answer: the whole text, a fenced block, or the outermost {...}; else None."""
    candidates = [text.strip()]
    candidates += [block.strip() for block in _FENCE.findall(text)]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    for candidate in candidates:
        for attempt in (candidate, _without_trailing_commas(candidate)):
            try:
                value = json.loads(attempt)
            except ValueError:
                continue
            if isinstance(value, dict):
                return value
    return None


def _without_trailing_commas(text: str) -> str:
    return re.sub(r",\s*([}\]])", r"\1", text)


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
