"""Collect every clean item, in a fixed order: rows written out in the tables, and rows composed from them."""

import random

from demo_content.analysis_items import analysis_items
from demo_content.content import load, pairs
from demo_content.git_rows import git_task_items
from demo_content.item import Item, split_code
from demo_content.math_items import math_items, math_more_items
from demo_content.reasoning_items import reasoning_items


def written(entries: list[dict[str, str]], category: str) -> list[Item]:
    """Rows asked and answered exactly as written."""
    return [Item(ask, answer, category) for ask, answer in pairs(entries)]


def coded(entries: list[dict[str, str]], theme: str = "general") -> list[Item]:
    """Rows whose ask starts with a category code such as 'C|'."""
    items = []
    for ask, answer in pairs(entries):
        category, instruction = split_code(ask)
        items.append(Item(instruction, answer, category, theme=theme))
    return items


def rotate(templates: list[str], n: int) -> str:
    """The n-th template, cycling."""
    return templates[n % len(templates)]


def capital(text: str) -> str:
    """The text with its first letter upper-cased."""
    return text[0].upper() + text[1:]


def bullets(ideas: list[str]) -> str:
    """Ideas as a markdown list, each starting with a capital."""
    return "\n".join(f"- {capital(idea)}" for idea in ideas)


def commit_message_items(rng: random.Random) -> list[Item]:
    """One editing row per sloppy message, each phrased with a different template."""
    table, items = load("git_commit_messages"), []
    for n, row in enumerate(table["messages"]):
        opener = rng.choice(table["openers"])
        response = f"{opener}\n\n```\n{row['better']}\n```\n\n{row['reason']}."
        if rng.random() < 0.4:
            response += table["format_tip"]
        items.append(Item(rotate(table["templates"], n).format(msg=row["sloppy"]), response, "Editing", theme="git"))
    return items


def knowledge_items() -> list[Item]:
    """Concepts, comparisons, questions, people, then more concepts, history, cooking, words and idioms."""
    table, more, info = load("knowledge"), load("knowledge_more"), "Information seeking"
    items = [
        Item(rotate(table["concept_templates"], n).format(t=row["topic"]), row["answer"], info)
        for n, row in enumerate(table["concepts"])
    ]
    for n, row in enumerate(table["comparisons"]):
        a, b = row["a"], row["b"]
        items.append(Item(rotate(table["comparison_templates"], n).format(a=a, b=b, A=capital(a)), row["answer"], info))
    items += written(table["questions"], info)
    items += [
        Item(rotate(table["people_templates"], n).format(p=row["person"]), row["answer"], info)
        for n, row in enumerate(table["people"])
    ]
    items += written(more["concepts"] + more["history"] + more["cooking"], info)
    for n, row in enumerate(more["words"]):
        answer = f"'{capital(row['word'])}' means {row['meaning']}. Example: \"{row['example']}\""
        items.append(Item(rotate(more["word_templates"], n).format(w=row["word"]), answer, info))
    for n, row in enumerate(more["idioms"]):
        answer = f"'{capital(row['idiom'])}' means {row['meaning']}."
        items.append(Item(rotate(more["idiom_templates"], n).format(i=row["idiom"]), answer, info))
    return items


def reference_items() -> list[Item]:
    """Shell, HTTP, capital, translation and miscellaneous rows."""
    table, info = load("reference"), "Information seeking"
    items = [
        Item(rotate(table["shell_templates"], n).format(c=row["command"]), row["text"], info)
        for n, row in enumerate(table["shell"])
    ]
    items += written(table["http"], info)
    items += [
        Item(
            rotate(table["capital_templates"], n).format(c=row["country"]),
            f"The capital of {row['country']} is {row['city']}. {row['note']}",
            info,
        )
        for n, row in enumerate(table["capitals"])
    ]
    return items + written(table["translations"], "Editing") + written(table["others"], "Others")


def coding_items(rng: random.Random) -> list[Item]:
    """Python tasks (random opener), other languages, debugging, then more Python with rotating openers."""
    table, coding = load("coding"), "Coding & Debugging"
    items = []
    for n, row in enumerate(table["python"]):
        ask = rotate(table["ask_templates"], n).format(task=row["task"], verb=row["verb"])
        opener = rng.choice(table["openers"])
        items.append(Item(ask, code_answer(opener, row), coding))
    items += written(table["other"] + table["debugging"], coding)
    items += [
        Item(row["ask"], code_answer(rotate(table["more_openers"], n), row), coding)
        for n, row in enumerate(table["python_more"])
    ]
    return items + written(table["other_more"], coding)


def code_answer(opener: str, row: dict[str, str]) -> str:
    """An optional opener line, the code in a python fence, then the note."""
    lead = f"{opener}\n\n" if opener else ""
    return f"{lead}```python\n{row['code']}\n```\n\n{row['note']}"


def editing_items(rng: random.Random) -> list[Item]:
    """Grammar corrections with explanations, plus tone and length rewrites."""
    table, items = load("editing"), []
    for n, row in enumerate(table["grammar"]):
        template = rotate(table["grammar_templates"], n)
        lead = rng.choice(table["grammar_leads"])
        if template.startswith("Is this"):
            lead = "Not quite. Corrected:"
        items.append(Item(template.format(text=row["wrong"]), f'{lead} "{row["right"]}"\n\n{row["why"]}', "Editing"))
    return items + written(table["rewrites"], "Editing")


def creative_items(rng: random.Random) -> list[Item]:
    """Poems, product copy, story openings, slogans and toasts."""
    table, writing = load("creative"), "Creative writing"
    items = written(table["poems"], writing)
    for n, row in enumerate(table["products"]):
        ask = table["product_templates"][n % 3].format(p=row["product"], a=row["audience"])
        hook = rng.choice(table["product_hooks"]).format(a=row["audience"])
        features = row["features"]
        body = f"{row['subject']} {features[0]}, {features[1]} and {features[2]}."
        items.append(Item(ask, f"{hook} {body} {rng.choice(table['product_closes'])}", writing))
    for n, row in enumerate(table["stories"]):
        ask = table["story_templates"][n % 3].format(c=row["character"], s=row["setting"], x=row["hook"])
        mood = rng.choice(table["story_moods"])
        items.append(Item(ask, f"{row['first_line']}. {mood} {rng.choice(table['story_closings'])}", writing))
    for row in table["slogans"]:
        numbered = "\n".join(f"{n}. {s}" for n, s in enumerate(row["slogans"], 1))
        items.append(Item(f"Come up with three slogans for {row['business']}.", numbered, writing))
    items += [
        Item(f"Write a short toast for {row['occasion']}. The toast is for {row['who']}.", row["text"], writing)
        for row in table["toasts"]
    ]
    return items


def planning_items(rng: random.Random) -> list[Item]:
    """Day-by-day itineraries, week-by-week study plans, and hand-written project plans."""
    table, items = load("planning"), []
    for n, row in enumerate(table["cities"]):
        days, sights = [2, 3, 4][n % 3], row["sights"]
        ask = rotate(table["trip_templates"], n).format(days=days, city=row["city"])
        plan = [f"Day {d + 1}: {sights[d]}." for d in range(min(days, len(sights)))]
        if days > len(sights):
            plan.append(f"Day {days}: a slower day to revisit favourites and shop.")
        extra = rng.choice(table["trip_extras"])
        answer = "\n".join(plan) + f"\n\nDon't leave without trying {row['food']}. Practical tip: {row['tip']}. {extra}"
        items.append(Item(ask, answer, "Planning"))
    for n, row in enumerate(table["study"]):
        weeks = len(row["focus"]) * 2
        ask = table["study_templates"][n % 2].format(weeks=weeks, goal=row["goal"])
        lines = "\n".join(f"- Weeks {2 * k + 1}-{2 * k + 2}: {topic}" for k, topic in enumerate(row["focus"]))
        habit = rng.choice(table["study_habits"])
        answer = f"{habit}\n\n{lines}\n\nEnd each week with a short self-test and adjust the plan."
        items.append(Item(ask, answer, "Planning"))
    return items + written(table["projects"], "Planning")


def brainstorm_items(rng: random.Random) -> list[Item]:
    """One idea list per topic, with a short lead-in and sometimes an offer to expand."""
    table, items = load("brainstorm"), []
    for n, row in enumerate(table["topics"]):
        ask = rotate(table["templates"], n).format(t=row["topic"])
        lead = rng.choice(table["leads"])
        closing = rng.choice(table["closings"])
        answer = "\n\n".join(part for part in (lead, bullets(row["ideas"]), closing) if part)
        items.append(Item(ask, answer, "Brainstorming"))
    return items


def roleplay_items() -> list[Item]:
    """Hand-written scenes plus interview-practice openings for several jobs."""
    table = load("roleplay")
    items = written(table["scenes"], "Role playing")
    for row in table["jobs"]:
        numbered = "\n".join(f"{n}. {q}" for n, q in enumerate(row["questions"], 1))
        answer = f"{table['interview_open']}\n\n{numbered}\n\n{table['interview_close']}"
        items.append(Item(table["interview_ask"].format(job=row["job"]), answer, "Role playing"))
    return items


def more_items() -> list[Item]:
    """Second batches across categories, then the mixed assortments."""
    items = [Item(row["ask"], bullets(row["ideas"]), "Brainstorming") for row in load("brainstorm")["lists"]]
    items += written(load("advice")["more"], "Advice seeking") + written(load("roleplay")["more"], "Role playing")
    items += written(load("reference")["others_more"], "Others") + written(load("editing")["grammar_more"], "Editing")
    items += written(load("creative")["poems_more"], "Creative writing")
    assorted = load("assorted")
    items += coded(assorted["assorted"]) + coded(assorted["assorted_two"])
    return items + coded(load("git_pairs")["trouble"], theme="git") + coded(assorted["everyday"])


def attach_followups(items: list[Item]) -> list[Item]:
    """Give rows their written follow-up exchanges; a key that matches no row is an error."""
    by_instruction = {item.instruction: item for item in items}
    written_turns = load("followups")["written"]
    unknown = [entry["instruction"] for entry in written_turns if entry["instruction"] not in by_instruction]
    if unknown:
        raise ValueError(f"follow-ups for instructions that no row has: {unknown}")
    for entry in written_turns:
        by_instruction[entry["instruction"]].followups = pairs(entry["turns"])
    return items


def clean_pool(rng: random.Random) -> list[Item]:
    """Every generated item before any defect is planted; the call order fixes the random stream."""
    git = load("git_pairs")
    items = git_task_items(rng) + coded(git["pairs"], theme="git")
    items += coded(git["basics"], theme="git") + commit_message_items(rng)
    items += knowledge_items() + reference_items() + coding_items(rng)
    items += math_items(rng) + math_more_items(rng) + reasoning_items(rng) + analysis_items(rng)
    items += editing_items(rng) + creative_items(rng) + written(load("advice")["advice"], "Advice seeking")
    items += planning_items(rng) + brainstorm_items(rng) + roleplay_items() + more_items()
    return attach_followups(items)
