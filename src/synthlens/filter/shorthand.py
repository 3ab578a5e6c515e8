"""The one-line condition form: `input_quality >= average`, `difficulty in [medium, hard]`, `not is_safe`.

Grammar: `COLUMN` (true), `not COLUMN` (false), `COLUMN OP VALUE` with OP one of == != < <= > >=, or
`COLUMN WORD VALUE` with WORD one of in, not in, startswith, endswith, contains, matches (each also with a
not_ prefix), min_length, max_length; `COLUMN is_null` and `COLUMN not_null` take no value. VALUE is a number,
true/false, a bare or quoted string, or a [list, of, values].
"""

import re
from typing import Any

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_FLAG = re.compile(rf"^(not\s+)?({_NAME})$")
_SYMBOL = re.compile(rf"^({_NAME})\s*(==|!=|<=|>=|<|>)\s*(.+)$")
_WORDS = (
    "not in|not_in|in|not_startswith|startswith|not_endswith|endswith|not_contains|contains|"
    "not_matches|matches|min_length|max_length"
)
_WORD = re.compile(rf"^({_NAME})\s+({_WORDS})\s+(.+)$")
_NULL_TEST = re.compile(rf"^({_NAME})\s+(is_null|not_null|is_true|is_false)$")
_TEXT_OPS = ("startswith", "endswith", "contains", "matches")
_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")
_LIST_ITEM = re.compile(r'\s*("(?:[^"\\]|\\.)*"|\'[^\']*\'|[^,]+?)\s*(?:,|$)')


def parse_condition_text(text: str) -> dict[str, Any] | None:
    """The {column, op, value} mapping a one-line condition stands for, or None if it does not parse."""
    text = text.strip()
    if match := _FLAG.match(text):
        return {"column": match[2], "op": "is_false" if match[1] else "is_true"}
    if match := _NULL_TEST.match(text):
        return {"column": match[1], "op": match[2]}
    if match := _SYMBOL.match(text):
        return {"column": match[1], "op": match[2], "value": parse_value(match[3])}
    if match := _WORD.match(text):
        op = "not_in" if match[2] == "not in" else match[2]
        # text predicates take their value as text: `startswith 1.50` means the characters "1.50"
        textual = op.removeprefix("not_") in _TEXT_OPS
        return {"column": match[1], "op": op, "value": _unquote(match[3]) if textual else parse_value(match[3])}
    return None


def parse_value(text: str) -> Any:
    """A scalar or a list from its text: numbers, true/false, quoted or bare strings, [a, b, "c, d"]."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        return [parse_value(item) for item in _LIST_ITEM.findall(inner)] if inner else []
    if _is_quoted(text):
        return _unquote(text)
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def _is_quoted(text: str) -> bool:
    return len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'"


def _unquote(text: str) -> str:
    text = text.strip()
    if not _is_quoted(text):
        return text
    return text[1:-1].replace('\\"', '"') if text[0] == '"' else text[1:-1]
