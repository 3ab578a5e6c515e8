"""Collect every clean item from the content modules, in a fixed order."""

import random

from demo_content import knowledge_concepts as kc
from demo_content import knowledge_questions as kq
from demo_content.advice_items import advice_items
from demo_content.analysis_items import analysis_items
from demo_content.assorted import assorted_items
from demo_content.assorted_three import assorted_three_items
from demo_content.assorted_two import assorted_two_items
from demo_content.brainstorm_items import brainstorm_items
from demo_content.coding_more import coding_more_items
from demo_content.coding_tasks import coding_items
from demo_content.creative_items import creative_items
from demo_content.editing_items import editing_items
from demo_content.followups import FOLLOWUPS
from demo_content.general_more import general_more_items
from demo_content.git_basics import git_basics_items
from demo_content.git_commit_messages import commit_message_items
from demo_content.git_extras import git_extra_items
from demo_content.git_rows import git_task_items
from demo_content.item import Item
from demo_content.knowledge_more import knowledge_more_items
from demo_content.math_items import math_items
from demo_content.math_more import math_more_items
from demo_content.planning_items import planning_items
from demo_content.reasoning_items import reasoning_items
from demo_content.reference_items import reference_items
from demo_content.roleplay_items import roleplay_items


def knowledge_items() -> list[Item]:
    """Concept, comparison, why/how and people questions, each phrased with a rotating template."""
    items = []
    for n, (topic, answer) in enumerate(kc.CONCEPTS):
        items.append(
            Item(
                kc.CONCEPT_TEMPLATES[n % len(kc.CONCEPT_TEMPLATES)].format(t=topic),
                answer,
                "Information seeking",
            )
        )
    for n, (a, b, answer) in enumerate(kq.COMPARISONS):
        template = kq.COMPARISON_TEMPLATES[n % len(kq.COMPARISON_TEMPLATES)]
        items.append(Item(template.format(a=a, b=b, A=a[0].upper() + a[1:]), answer, "Information seeking"))
    items += [Item(ask, answer, "Information seeking") for ask, answer in kq.QUESTIONS]
    for n, (person, answer) in enumerate(kq.PEOPLE):
        items.append(
            Item(
                kq.PEOPLE_TEMPLATES[n % len(kq.PEOPLE_TEMPLATES)].format(p=person),
                answer,
                "Information seeking",
            )
        )
    return items


def attach_followups(items: list[Item]) -> list[Item]:
    """Give rows their written follow-up exchanges; a key that matches no row is an error."""
    by_instruction = {item.instruction: item for item in items}
    unknown = [key for key in FOLLOWUPS if key not in by_instruction]
    if unknown:
        raise ValueError(f"follow-ups for instructions that no row has: {unknown}")
    for key, turns in FOLLOWUPS.items():
        by_instruction[key].followups = list(turns)
    return items


def clean_pool(rng: random.Random) -> list[Item]:
    """Every generated item before any defect is planted."""
    return attach_followups(
        git_task_items(rng)
        + git_extra_items()
        + git_basics_items()
        + commit_message_items(rng)
        + knowledge_items()
        + knowledge_more_items()
        + reference_items()
        + coding_items(rng)
        + coding_more_items()
        + math_items(rng)
        + math_more_items(rng)
        + reasoning_items(rng)
        + analysis_items(rng)
        + editing_items(rng)
        + creative_items(rng)
        + advice_items()
        + planning_items(rng)
        + brainstorm_items(rng)
        + roleplay_items()
        + general_more_items()
        + assorted_items()
        + assorted_two_items()
        + assorted_three_items()
    )
