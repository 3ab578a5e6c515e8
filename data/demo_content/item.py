"""The unit every content table produces: one instruction with its answer, category and follow-ups."""

import random
import re
from dataclasses import dataclass, field

from demo_content.content import load, pairs

CATEGORIES = (
    "Information seeking",
    "Reasoning",
    "Planning",
    "Editing",
    "Coding & Debugging",
    "Math",
    "Role playing",
    "Data analysis",
    "Creative writing",
    "Advice seeking",
    "Brainstorming",
    "Others",
)
# One-letter codes keep the hand-written tables short: an ask written "C|..." is Coding & Debugging.
CODES = dict(zip("IRPECMLDWABO", CATEGORIES, strict=True))


@dataclass
class Item:
    """One generated exchange before uuids are assigned and defects are planted."""

    instruction: str
    response: str
    category: str
    followups: list[tuple[str, str]] = field(default_factory=list)
    theme: str = "general"


def split_code(text: str, default: str = "I") -> tuple[str, str]:
    """Split an optional 'X|' category prefix off a table entry, returning (category, text)."""
    if len(text) > 2 and text[1] == "|" and text[0] in CODES:
        return CODES[text[0]], text[2:]
    return CODES[default], text


def sentences(text: str) -> list[str]:
    """Prose sentences of a response, skipping code blocks and list markup."""
    prose = re.sub(r"```.*?```", " ", text, flags=re.S)
    parts = re.split(r"(?<=[.!?])\s+", " ".join(prose.split()))
    return [part for part in parts if len(part) > 20 and not part.startswith(("-", "*", "#"))]


def summary_sentence(response: str) -> str | None:
    """The answer's opening sentence, if it can stand alone as a one-line summary of a longer answer."""
    prose = sentences(response)
    if len(prose) < 3 or not response.startswith(prose[0][:20]):
        return None
    first = prose[0]
    if any(mark in first for mark in ("'", '"', ":", "`", "*")) or not 40 <= len(first) <= 220:
        return None
    return first


def generic_followups(response: str, rng: random.Random) -> list[tuple[str, str]]:
    """Follow-up turns that fit any answer: a one-line summary when the answer allows it, then thanks."""
    table = load("followups")
    turns = []
    summary = summary_sentence(response)
    if summary:
        turns.append((rng.choice(table["summary_asks"]), f"In short: {summary}"))
    turns.append(rng.choice(pairs(table["closings"])))
    return turns
