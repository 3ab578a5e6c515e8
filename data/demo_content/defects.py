"""Turn the defect tables into rows: cut-off prompts, junk input, unsafe requests and eval leaks."""

import random

from demo_content.defect_tables import INCOMPLETE, INVENTED_ANSWERS, LOW_QUALITY, UNSAFE
from demo_content.eval_set import EMBED_PREFIXES, EVAL_PROMPTS, LEAKS
from demo_content.item import Item

ASK_FOR_INPUT = [
    "It looks like the {missing} didn't come through. Could you paste it? Then I'll {action}.",
    "Happy to help, but I don't see the {missing}. Please share it and I'll {action}.",
    "Sure! Please send the {missing} you'd like me to work with, and I'll {action}.",
]


def incomplete_items(rng: random.Random) -> list[Item]:
    """Instructions ending in ':' with nothing after; some answers ask for the input, some invent it."""
    items = []
    for instruction, category, missing, action in INCOMPLETE:
        answer = INVENTED_ANSWERS.get(instruction)
        if answer is None:
            answer = rng.choice(ASK_FOR_INPUT).format(missing=missing, action=action)
        items.append(Item(instruction, answer, category))
    return items


def low_quality_items() -> list[Item]:
    """One-word, gibberish and fragment instructions with the polite answers models give them."""
    return [Item(instruction, answer, category) for instruction, category, answer in LOW_QUALITY]


def unsafe_items() -> list[tuple[Item, str]]:
    """Clearly harmful requests with refusals, each with its Llama Guard 3 hazard code."""
    return [(Item(instruction, answer, category), code) for instruction, code, category, answer in UNSAFE]


EVAL_CATEGORY = {
    "writing": "Creative writing",
    "roleplay": "Role playing",
    "reasoning": "Reasoning",
    "math": "Math",
    "coding": "Coding & Debugging",
    "extraction": "Data analysis",
    "stem": "Information seeking",
    "humanities": "Information seeking",
}


def eval_id(index: int) -> str:
    """The public id of the eval prompt at this position."""
    return f"eval-{index + 1:03d}"


def eval_records() -> list[dict[str, str]]:
    """The evaluation file's rows."""
    return [
        {"id": eval_id(n), "category": category, "prompt": prompt} for n, (category, prompt) in enumerate(EVAL_PROMPTS)
    ]


def eval_leak_items() -> list[tuple[Item, str, str]]:
    """Training rows that repeat eval prompts: (item, eval id, 'verbatim' or 'paraphrase')."""
    leaks, embedded = [], 0
    for index, kind, reworded, answer in LEAKS:
        category, prompt = EVAL_PROMPTS[index]
        if kind == "embedded":
            instruction = EMBED_PREFIXES[embedded % len(EMBED_PREFIXES)].format(p=prompt)
            embedded += 1
        else:
            instruction = reworded or prompt
        truth_kind = "paraphrase" if kind == "paraphrase" else "verbatim"
        leaks.append((Item(instruction, answer, EVAL_CATEGORY[category]), eval_id(index), truth_kind))
    return leaks
