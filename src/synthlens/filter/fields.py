"""Reading the fields of a recipe's plain form; every error names the place, the bad value, what is allowed
and the fix."""

from typing import Any

from synthlens.errors import SynthlensError


def fail(where: str, problem: str, allowed: str, fix: str) -> SynthlensError:
    """The one error shape for recipes: where, what is wrong, what is allowed, how to fix it."""
    return SynthlensError(f"{where}: {problem}; allowed: {allowed}; fix: {fix}")


def check_keys(raw: dict[str, Any], allowed: tuple[str, ...], where: str, what: str) -> None:
    for key in raw:
        if key not in allowed:
            raise fail(where, f"unknown key '{key}' in {what}", ", ".join(allowed), "rename or remove it")


def mapping(raw: Any, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise fail(where, f"must be a mapping, got {raw!r}", ", ".join(keys), "write it as key: value pairs")
    check_keys(raw, keys, where, where.rsplit(" ", 1)[-1])
    return raw


def required(raw: dict[str, Any], key: str, where: str, keys: tuple[str, ...]) -> Any:
    if raw.get(key) is None:
        raise fail(where, f"missing '{key}'", ", ".join(keys), f"add '{key}'")
    return raw[key]


def text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise fail(where, f"must be a string, got {value!r}", "a string", "quote it")
    return value


def integer(value: Any, where: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise fail(
            where,
            f"must be an integer >= {minimum}, got {value!r}",
            f"integers >= {minimum}",
            "write a whole number",
        )
    return value


def flag(raw: dict[str, Any], key: str, where: str, default: bool = False) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise fail(f"{where} {key}", f"must be true or false, got {value!r}", "true, false", "write true or false")
    return value


def label_counts(raw: dict[str, Any], key: str, where: str, example: str) -> tuple[tuple[str, int], ...]:
    """A {label: count} mapping as (label, count) pairs, in the order written."""
    counts = raw.get(key) or {}
    if not isinstance(counts, dict):
        problem = f"'{key}' must map labels to counts, got {counts!r}"
        raise fail(where, problem, "{label: count}", f"write e.g. {example}")
    return tuple((str(label), integer(count, f"{where} {key}[{label}]", minimum=0)) for label, count in counts.items())
