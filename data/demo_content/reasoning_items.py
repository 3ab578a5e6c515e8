"""Reasoning rows: generated puzzles with solved answers, plus classic trick questions; wording is in reasoning.yaml."""

import itertools
import random
from collections.abc import Callable

from demo_content.content import fill, load
from demo_content.item import Item

T = load("reasoning")
PEOPLE = T["people"]


def ordering(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Four people ordered by chained comparisons."""
    relation = t["relations"][n % len(t["relations"])]
    names = rng.sample(PEOPLE, 4)  # index 0 ranks highest
    facts = []
    for upper, lower in zip(names, names[1:], strict=False):
        template = t["more"] if rng.random() < 0.5 else t["less"]
        facts.append(template.format(upper=upper, lower=lower, **relation))
    rng.shuffle(facts)
    if n < 6:
        question = t["extreme"].format(rank=relation["top"] if n % 2 == 0 else relation["bottom"])
        answer = names[0] if n % 2 == 0 else names[3]
    else:
        question, answer = t["second"].format(rank=relation["top"]), names[1]
    ask = " ".join(facts) + " " + question
    return ask, t["answer"].format(word=relation["more"].split()[0], chain=" > ".join(names), answer=answer)


def weekday(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Day-of-week arithmetic with modular reasoning."""
    days_of_week = t["days"]
    start, days = days_of_week[n % 7], rng.randint(20, 400)
    forward = n not in (2, 4)
    end = days_of_week[(days_of_week.index(start) + (days if forward else -days)) % 7]
    return fill(
        t, n, days=days, weeks=days // 7, rest=days % 7, direction="forward" if forward else "back",
        start=start, end=end,
    )  # fmt: skip


def clock_angle(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Angle between the hands of a clock."""
    hour, minute = [(3, 15), (9, 45), (7, 20), (4, 40)][n]
    raw = abs(30 * hour - 5.5 * minute)
    return fill(
        t, n, time=f"{hour}:{minute:02d}", minute=minute, minute_angle=6 * minute, hour=hour,
        hour_angle=30 * hour + 0.5 * minute, raw=raw, angle=min(raw, 360 - raw),
    )  # fmt: skip


def sequence(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Next term of a number pattern."""
    row = t["sequences"][n]
    return row["ask"], t["answer"].format(rule=row["rule"], next=row["next"])


def syllogism(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Is a categorical conclusion valid?"""
    form, words = t["forms"][n % len(t["forms"])], t["terms"][n]
    return form["form"].format(**words), t["answer"].format(verdict=form["verdict"], why=form["why"].format(**words))


def statement(kind: int, other: str) -> tuple[str, Callable[[bool, bool], bool]]:
    """A knights-and-knaves statement and its truth value given (speaker_knight, other_knight)."""
    return [
        (f"{other} is a knave.", lambda s, o: not o),
        ("We are both knights.", lambda s, o: s and o),
        ("At least one of us is a knave.", lambda s, o: not (s and o)),
        (f"{other} and I are the same kind.", lambda s, o: s == o),
        (f"{other} is a knight.", lambda s, o: o),
    ][kind]


def knights(rng: random.Random, n: int, offset: int, t: dict) -> tuple[str, str] | None:
    """Two speakers, each statement either true (knight) or false (knave); unique solution only."""
    first, second = PEOPLE[offset], PEOPLE[(offset + 5) % len(PEOPLE)]
    text_a, truth_a = statement(rng.randrange(5), second)
    text_b, truth_b = statement(rng.randrange(5), first)
    worlds = [
        (a, b) for a, b in itertools.product([True, False], repeat=2) if truth_a(a, b) == a and truth_b(b, a) == b
    ]
    if len(worlds) != 1:
        return None
    kind = {True: t["knight"], False: t["knave"]}
    return fill(
        t, n, a=first, b=second, sa=text_a, sb=text_b, first=first, second=second, first_kind=kind[worlds[0][0]],
        second_kind=kind[worlds[0][1]],
    )  # fmt: skip


def handshakes(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Pairs counted with n(n-1)/2."""
    count = rng.randint(6, 30)
    return fill(t, n, count=count, others=count - 1, pairs=count * (count - 1) // 2)


GENERATED = [(ordering, 10), (weekday, 6), (clock_angle, 4), (sequence, 12), (syllogism, 8), (handshakes, 4)]


def reasoning_items(rng: random.Random) -> list[Item]:
    """Generated puzzles, knights-and-knaves with unique answers, and classic riddles."""
    items = []
    for generate, count in GENERATED:
        for n in range(count):
            ask, answer = generate(rng, n, T[generate.__name__])
            items.append(Item(ask, answer, "Reasoning"))
    n = made = 0
    while made < len(T["knights"]["asks"]):
        puzzle = knights(rng, made, n % len(PEOPLE), T["knights"])
        n += 1
        if puzzle and all(puzzle[0] != item.instruction for item in items):
            items.append(Item(*puzzle, "Reasoning"))
            made += 1
    return items + [Item(row["ask"], row["answer"], "Reasoning") for row in T["classics"]]
