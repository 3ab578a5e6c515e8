"""Turn the git task tables into rows: one row per way of asking, answers composed from fragments."""

import random

from demo_content.content import load, pairs
from demo_content.item import Item, split_code

TASK_FILES = ("git_undo", "git_branches", "git_history", "git_setup")


def is_file_content(command: str) -> bool:
    """Scripts and config snippets are shown as files, not as commands to type."""
    return command.startswith(("#!", "[", "*")) or "\n    " in command


def format_step(number: int, text: str, command: str) -> str:
    """One numbered step; multi-line content gets its own fenced block."""
    if "\n" not in command:
        return f"{number}. {text}: `{command}`"
    fence = "```" if is_file_content(command) else "```bash"
    return f"{number}. {text}:\n\n{fence}\n{command}\n```"


def format_steps(steps: list[dict[str, str]], rng: random.Random) -> str:
    """Render steps either as a numbered list or as one commented shell block."""
    if any(is_file_content(step["command"]) for step in steps) or rng.random() < 0.5:
        return "\n".join(format_step(n, step["text"], step["command"]) for n, step in enumerate(steps, 1))
    lines = "\n\n".join(f"# {step['text']}\n{step['command']}" for step in steps)
    return f"```bash\n{lines}\n```"


def lower_first(text: str) -> str:
    """Lower-case a leading capital so the text reads on after a prefix (acronyms stay)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def pick_opener(instruction: str, category: str, rng: random.Random) -> str:
    """An opening phrase that suits the kind of question."""
    parts = load("git_answers")
    if category == "Coding & Debugging":
        return rng.choice(parts["trouble_openers"])
    if instruction.startswith(tuple(parts["concept_starts"])):
        return rng.choice(parts["concept_openers"])
    return rng.choice(parts["howto_openers"])


def compose_answer(task: dict, instruction: str, category: str, rng: random.Random) -> str:
    """Assemble an answer from the task's explanation, steps, caveat and a shared tip."""
    fragments = load("git_answers")
    parts = [pick_opener(instruction, category, rng) + task["why"], format_steps(task["steps"], rng)]
    if task.get("note"):
        prefix = rng.choice(fragments["note_prefixes"])
        parts.append(prefix + (lower_first(task["note"]) if prefix else task["note"]))
    tip = rng.choice(fragments["rewrite_tips"] if task.get("rewrites") else fragments["general_tips"])
    if tip and rng.random() < 0.5:
        parts.append(tip)
    closing = rng.choice(fragments["closings"])
    if closing:
        parts.append(closing)
    return "\n\n".join(parts)


def git_task_items(rng: random.Random) -> list[Item]:
    """One item per ask of every git task; written follow-ups ride along with the first ask."""
    items = []
    for task in (task for name in TASK_FILES for task in load(name)["tasks"]):
        for position, ask in enumerate(task["asks"]):
            category, instruction = split_code(ask)
            follow = pairs(task.get("follow", [])) if position == 0 else []
            answer = compose_answer(task, instruction, category, rng)
            items.append(Item(instruction, answer, category, follow, theme="git"))
    return items
