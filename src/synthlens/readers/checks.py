"""Cheap checks of one raw row, shared by every reader (and usable by a batch reader): a UTF-8 byte order
mark, nesting deeper than MAX_NESTING, and lone UTF-16 surrogates, which no Parquet file can hold.

A row nested hundreds deep crashes the table library (a segfault at ~400, a RecursionError at ~1000), so such
rows are refused before any parsing: counting brackets is C-speed, and only a line with more than
MAX_NESTING opening brackets is scanned properly.
"""

import re
from typing import Any

import numpy as np

MAX_NESTING = 64  # objects and lists inside one another, the row's own object counted; documented in README
BOM = b"\xef\xbb\xbf"
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def strip_bom(raw: bytes) -> bytes:
    """The bytes without a leading UTF-8 byte order mark (some editors write one)."""
    return raw[len(BOM) :] if raw.startswith(BOM) else raw


def json_depth(raw: bytes) -> int:
    """How deep objects and lists nest in JSON text (text inside strings ignored)."""
    brackets = _JSON_STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1)
    return int(np.cumsum(steps).max())


def too_deep_json(raw: bytes, limit: int = MAX_NESTING) -> bool:
    """True when JSON text nests deeper than `limit`; scans only text with more opening brackets than that."""
    if raw.count(b"{") + raw.count(b"[") <= limit:
        return False
    return json_depth(raw) > limit


def value_depth(value: Any, limit: int = MAX_NESTING) -> int:
    """The nesting depth of a decoded value (a dict or list counts one), counting no further than limit + 1."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, dict | list | tuple):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children)
    return deepest


def has_surrogate_escape(raw: bytes) -> bool:
    """True when JSON text holds a \\uD800-\\uDFFF escape (a pair is fine; decoding tells a lone one)."""
    return _SURROGATE_ESCAPE.search(raw) is not None


def lone_surrogate_field(value: Any, path: str = "") -> str | None:
    """The field holding a lone surrogate (e.g. 'messages[2].content'), or None."""
    if isinstance(value, str):
        return (path or "value") if _SURROGATE.search(value) else None
    if isinstance(value, dict):
        items = ((f"{path}.{key}" if path else str(key), child) for key, child in value.items())
    elif isinstance(value, list | tuple):
        items = ((f"{path}[{index}]", child) for index, child in enumerate(value))
    else:
        return None
    for child_path, child in items:
        found = lone_surrogate_field(child, child_path)
        if found:
            return found
    return None


def deep_row_problem(depth: int | None = None) -> tuple[str, str]:
    """The (problem, fix) of a row nested too deep (depth: the exact depth, when it is known)."""
    how_deep = f"{depth} levels" if depth else f"more than {MAX_NESTING} levels"
    return (
        f"nested {how_deep} deep, over the limit of {MAX_NESTING}",
        "flatten the row (no dataset format nests so deep)",
    )


def surrogate_problem(field: str) -> tuple[str, str]:
    """The (problem, fix) of a row holding a lone surrogate."""
    return (
        f"field '{field}' holds a lone UTF-16 surrogate (an escape like \\ud800 with no pair), which is not text",
        "repair the escape or remove the character",
    )
