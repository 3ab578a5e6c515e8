"""Turn the git task tables into rows: one row per way of asking, answers composed from fragments."""

import random

from demo_content import git_branches, git_history, git_setup, git_undo
from demo_content.git_more_asks import EXTRA_ASKS, SECOND_ASKS
from demo_content.git_task import GitTask
from demo_content.item import Item, split_code

HOWTO_OPENERS = ["", "", "Sure! ", "Here's how. ", "No problem. "]
CONCEPT_OPENERS = ["", "", "Good question. ", "Short answer first. "]
TROUBLE_OPENERS = ["", "", "Don't worry, this is fixable. ", "This happens to everyone. "]
CONCEPT_STARTS = ("What", "Why", "Can you explain", "Explain", "Is ", "Does ", "Should ", "When ")
REWRITE_TIPS = [
    "Before rewriting anything, `git branch backup-before-fix` costs nothing and gives you an easy way back.",
    "If something goes wrong, `git reflog` lists where HEAD has been, so you can return to any earlier state.",
    "Rewriting history is safe on your own unpushed commits; on shared branches prefer commands that add "
    "new commits instead.",
]
GENERAL_TIPS = [
    "Run `git status` before and after; it tells you exactly what state your files and index are in.",
    "`git help <command>` opens the full manual page if you want every option.",
    "",
    "",
]
CLOSINGS = ["", "", "", "Hope that helps!", "Let me know if you hit an error along the way."]


def is_file_content(command: str) -> bool:
    """Scripts and config snippets are shown as files, not as commands to type."""
    return command.startswith(("#!", "[", "*")) or "\n    " in command


def format_step(number: int, text: str, command: str) -> str:
    """One numbered step; multi-line content gets its own fenced block."""
    if "\n" not in command:
        return f"{number}. {text}: `{command}`"
    fence = "```" if is_file_content(command) else "```bash"
    return f"{number}. {text}:\n\n{fence}\n{command}\n```"


def format_steps(steps: list[tuple[str, str]], rng: random.Random) -> str:
    """Render steps either as a numbered list or as one commented shell block."""
    if any(is_file_content(command) for _, command in steps) or rng.random() < 0.5:
        return "\n".join(format_step(n, text, command) for n, (text, command) in enumerate(steps, 1))
    lines = "\n\n".join(f"# {text}\n{command}" for text, command in steps)
    return f"```bash\n{lines}\n```"


def lower_first(text: str) -> str:
    """Lower-case a leading capital so the text reads on after a prefix (acronyms stay)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def pick_opener(instruction: str, category: str, rng: random.Random) -> str:
    """An opening phrase that suits the kind of question."""
    if category == "Coding & Debugging":
        return rng.choice(TROUBLE_OPENERS)
    if instruction.startswith(CONCEPT_STARTS):
        return rng.choice(CONCEPT_OPENERS)
    return rng.choice(HOWTO_OPENERS)


def compose_answer(task: GitTask, instruction: str, category: str, rng: random.Random) -> str:
    """Assemble an answer from the task's explanation, steps, caveat and a shared tip."""
    parts = [pick_opener(instruction, category, rng) + task.why, format_steps(task.steps, rng)]
    if task.note:
        prefix = rng.choice(["Note: ", "Keep in mind: ", "One caveat: ", ""])
        parts.append(prefix + (lower_first(task.note) if prefix else task.note))
    tip = rng.choice(REWRITE_TIPS if task.rewrites else GENERAL_TIPS)
    if tip and rng.random() < 0.5:
        parts.append(tip)
    closing = rng.choice(CLOSINGS)
    if closing:
        parts.append(closing)
    return "\n\n".join(parts)


def all_tasks() -> list[GitTask]:
    """Every hand-written git task, in a fixed order."""
    return git_undo.TASKS + git_branches.TASKS + git_history.TASKS + git_setup.TASKS


def git_task_items(rng: random.Random) -> list[Item]:
    """One item per ask of every git task; follow-ups ride along for multi-turn rows."""
    items = []
    for index, task in enumerate(all_tasks()):
        second = [SECOND_ASKS[index]] if index in SECOND_ASKS else []
        for position, ask in enumerate(task.asks + EXTRA_ASKS.get(index, []) + second):
            category, instruction = split_code(ask)
            follow = task.follow if position == 0 else []
            answer = compose_answer(task, instruction, category, rng)
            items.append(Item(instruction, answer, category, list(follow), theme="git"))
    return items
