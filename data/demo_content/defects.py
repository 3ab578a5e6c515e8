"""Turn the defect tables into rows: cut-off prompts, junk input, unsafe requests and eval leaks."""

import random

from demo_content.content import load
from demo_content.item import Item


def incomplete_items(rng: random.Random) -> list[Item]:
    """Instructions ending in ':' with nothing after; some answers ask for the input, some invent it."""
    table = load("defects")
    items = []
    for row in table["incomplete"]:
        answer = row.get("answer")
        if answer is None:
            answer = rng.choice(table["ask_for_input"]).format(missing=row["missing"], action=row["action"])
        items.append(Item(row["instruction"], answer, row["category"]))
    return items


def low_quality_items() -> list[Item]:
    """One-word, gibberish and fragment instructions with the polite answers models give them."""
    return [Item(row["instruction"], row["answer"], row["category"]) for row in load("defects")["low_quality"]]


def unsafe_items() -> list[tuple[Item, str]]:
    """Clearly harmful requests with refusals, each with its Llama Guard 3 hazard code."""
    return [
        (Item(row["instruction"], row["answer"], row["category"]), row["hazard"]) for row in load("defects")["unsafe"]
    ]


def eval_id(index: int) -> str:
    """The public id of the eval prompt at this position."""
    return f"eval-{index + 1:03d}"


def eval_records() -> list[dict[str, str]]:
    """The evaluation file's rows."""
    prompts = load("eval")["prompts"]
    return [{"id": eval_id(n), "category": row["category"], "prompt": row["prompt"]} for n, row in enumerate(prompts)]


def eval_leak_items() -> list[tuple[Item, str, str]]:
    """Training rows that repeat eval prompts: (item, eval id, 'verbatim' or 'paraphrase')."""
    table = load("eval")
    by_id = {record["id"]: record for record in eval_records()}
    leaks, embedded = [], 0
    for leak in table["leaks"]:
        record = by_id[leak["eval_id"]]
        if leak["kind"] == "embedded":
            instruction = table["embed_prefixes"][embedded % len(table["embed_prefixes"])].format(p=record["prompt"])
            embedded += 1
        else:
            instruction = leak.get("instruction") or record["prompt"]
        truth_kind = "paraphrase" if leak["kind"] == "paraphrase" else "verbatim"
        item = Item(instruction, leak["answer"], table["categories"][record["category"]])
        leaks.append((item, leak["eval_id"], truth_kind))
    return leaks
