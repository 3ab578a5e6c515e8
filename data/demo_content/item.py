"""The unit every content module produces: one instruction with its answer, category and follow-ups."""

import random
import re
from dataclasses import dataclass, field

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
# One-letter codes keep the hand-written tables short.
CODES = {
    "I": "Information seeking",
    "R": "Reasoning",
    "P": "Planning",
    "E": "Editing",
    "C": "Coding & Debugging",
    "M": "Math",
    "L": "Role playing",
    "D": "Data analysis",
    "W": "Creative writing",
    "A": "Advice seeking",
    "B": "Brainstorming",
    "O": "Others",
}


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
    turns = []
    summary = summary_sentence(response)
    if summary:
        ask = rng.choice(["Can you sum that up in one sentence?", "Give me the short version, please.", "TL;DR?"])
        turns.append((ask, f"In short: {summary}"))
    closing = rng.choice(
        [
            (
                "Great, that's really helpful, thanks!",
                "You're welcome! Feel free to ask if anything else comes up.",
            ),
            ("Perfect, thank you.", "Glad it helped. Good luck with it!"),
            (
                "Thanks, that makes sense now.",
                "Happy to help. Let me know if you want to go deeper on any part.",
            ),
        ]
    )
    turns.append(closing)
    return turns
