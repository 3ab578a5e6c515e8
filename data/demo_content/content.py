"""Read the hand-written tables: one YAML file per topic, next to this module."""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> Any:
    """The parsed content of demo_content/NAME.yaml; shared between callers, so never mutate it."""
    with open(HERE / f"{name}.yaml", encoding="utf-8") as file:
        return yaml.load(file, Loader=LOADER)


def pairs(entries: list[dict[str, str]]) -> list[tuple[str, str]]:
    """(ask, answer) tuples from a table of written exchanges."""
    return [(entry["ask"], entry["answer"]) for entry in entries]


def fill(section: dict, n: int, **values: object) -> tuple[str, str]:
    """A generated row: the section's ask (or its n-th ask, cycling) and its answer, filled with the values."""
    ask = section["ask"] if "ask" in section else section["asks"][n % len(section["asks"])]
    return ask.format(**values), section["answer"].format(**values)
