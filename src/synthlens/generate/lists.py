"""Reading a list out of a model's answer: numbered, bulleted, comma-separated or a JSON array, with prose
around it ("Here are five subtopics:", "I hope this helps!") left out. Models answer lists in every form."""

import json
import re

_MARKER = re.compile(r"^\s*(?:[-*•+–]|\(?\d{1,3}[.):]|\(?[a-zA-Z][.)]|#{1,6})(?:\s+|$)")
_PROSE_START = re.compile(
    r"^(?:here (?:are|is)|sure\b|certainly\b|of course\b|below (?:are|is)|i hope|let me know|these (?:are|should)"
    r"|feel free|note:|i've|i have)",
    re.IGNORECASE,
)


def parse_list(text: str) -> list[str]:
    """The items of a list in `text`, in order, without markers, quotes or repeats (case-insensitive)."""
    items = _json_array(text)
    if items is None:
        lines = [line for line in text.splitlines() if line.strip()]
        items = _lines(lines) if len(lines) > 1 or _MARKER.match(text) else _comma_separated(text)
    return _unique(_clean(item) for item in items)


def normalise(item: str) -> str:
    """The form in which two items count as the same."""
    return " ".join(re.sub(r"[^\w\s]", " ", item.casefold()).split())


def _json_array(text: str) -> list[str] | None:
    start, end = text.find("["), text.rfind("]")
    if not 0 <= start < end:
        return None
    try:
        value = json.loads(text[start : end + 1])
    except ValueError:
        return None
    if not isinstance(value, list) or not value or not all(isinstance(item, str | int | float) for item in value):
        return None
    return [str(item) for item in value]


def _lines(lines: list[str]) -> list[str]:
    """One item per line; when most lines carry a list marker, unmarked lines are prose and left out."""
    marked = [line for line in lines if _MARKER.match(line)]
    chosen = marked if len(marked) >= max(1, len(lines) // 2) else lines
    return [line for line in chosen if not _is_prose(line)]


def _comma_separated(text: str) -> list[str]:
    body = text.strip()
    colon, comma = body.find(":"), body.find(",")
    if colon != -1 and (comma == -1 or colon < comma):  # "Subtopics: a, b, c" or "Here they are: a, b"
        body = body[colon + 1 :]
    return [part for part in re.split(r"[;,]\s*|\s+and\s+(?=[^,]*$)", body) if part.strip()]


def _is_prose(line: str) -> bool:
    stripped = _MARKER.sub("", line).strip()
    return bool(_PROSE_START.match(stripped)) or (stripped.endswith(":") and not _MARKER.match(line))


def _clean(item: str) -> str:
    text = _MARKER.sub("", item.strip()).strip()
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)  # markdown bold
    return text.strip().strip("\"'`“”‘’").strip().rstrip(",;").strip()


def _unique(items: object) -> list[str]:
    seen: set[str] = set()
    kept = []
    for item in items:
        key = normalise(item)
        if key and key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
