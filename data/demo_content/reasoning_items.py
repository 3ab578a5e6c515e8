"""Reasoning rows: generated puzzles with solved answers, plus a few classic trick questions."""

import itertools
import random
from collections.abc import Callable

from demo_content.item import Item

PEOPLE = ["Alice", "Ben", "Chloe", "Dev", "Emma", "Felix", "Grace", "Hugo", "Iris", "Jonah", "Kira", "Leo"]
RELATIONS = [
    ("taller than", "shorter than", "tallest", "shortest"),
    ("older than", "younger than", "oldest", "youngest"),
    ("faster than", "slower than", "fastest", "slowest"),
    ("richer than", "poorer than", "richest", "poorest"),
    ("heavier than", "lighter than", "heaviest", "lightest"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordering(rng: random.Random, n: int) -> tuple[str, str]:
    """Four people ordered by chained comparisons."""
    more, less, top, bottom = RELATIONS[n % len(RELATIONS)]
    names = rng.sample(PEOPLE, 4)  # index 0 ranks highest
    facts = []
    for upper, lower in zip(names, names[1:], strict=False):
        facts.append(f"{upper} is {more} {lower}." if rng.random() < 0.5 else f"{lower} is {less} {upper}.")
    rng.shuffle(facts)
    if n < 6:
        question = f"Who is the {top if n % 2 == 0 else bottom}?"
        answer = names[0] if n % 2 == 0 else names[3]
    else:
        question, answer = f"Who is the second {top}?", names[1]
    return " ".join(facts) + " " + question, (
        f"Put the facts into one chain, from most to least ({more.split()[0]} first): {' > '.join(names)}.\n\n"
        f"So the answer is **{answer}**."
    )


WEEKDAY_FRAMES = [
    "If today is {d}, what day of the week will it be in {n} days?",
    "My passport expires {n} days from today, and today is a {d}. On what weekday does it expire?",
    "Today is {d}. What day of the week was it {n} days ago?",
    "A plant I ordered on a {d} takes {n} days to arrive. On which day of the week will it arrive?",
    "It's {d}. Which weekday fell exactly {n} days before today?",
    "Counting from a {d}, what day of the week comes {n} days later?",
]


def weekday(rng: random.Random, n: int) -> tuple[str, str]:
    """Day-of-week arithmetic with modular reasoning."""
    start, days = DAYS[n % 7], rng.randint(20, 400)
    forward = n not in (2, 4)
    end = DAYS[(DAYS.index(start) + (days if forward else -days)) % 7]
    ask = WEEKDAY_FRAMES[n].format(d=start, n=days)
    return ask, (
        f"Days of the week repeat every 7 days, so only the remainder matters: {days} = "
        f"{days // 7} × 7 + {days % 7}.\n\nCounting {days % 7} day(s) {'forward' if forward else 'back'} "
        f"from {start} gives **{end}**."
    )


CLOCK_FRAMES = [
    "What is the angle between the hour and minute hands of a clock at {t}?",
    "At {t}, how many degrees apart are the hands of an analogue clock?",
    "A clock shows {t}. Find the smaller angle formed by its two hands.",
    "My train leaves at {t}. If I glance at the station clock then, what angle will its hands make?",
]


def clock_angle(rng: random.Random, n: int) -> tuple[str, str]:
    """Angle between the hands of a clock."""
    hour, minute = [(3, 15), (9, 45), (7, 20), (4, 40)][n]
    raw = abs(30 * hour - 5.5 * minute)
    angle = min(raw, 360 - raw)
    ask = CLOCK_FRAMES[n].format(t=f"{hour}:{minute:02d}")
    return ask, (
        f"The minute hand is at {minute} × 6 = {6 * minute} degrees. The hour hand moves 0.5 degrees "
        f"per minute, so it is at {hour} × 30 + {minute} × 0.5 = {30 * hour + 0.5 * minute:g} degrees.\n\n"
        f"The difference is {raw:g} degrees, so the smaller angle is **{angle:g} degrees**."
    )


SEQUENCES = [
    ("What comes next: 2, 6, 18, 54, ...?", 162, "each term is 3 times the previous one"),
    ("Which number continues 1, 4, 9, 16, 25?", 36, "these are the perfect squares 1², 2², 3², ..."),
    (
        "A plant grows to 3, 7, 11 and then 15 cm over four weeks. If the pattern holds, how tall is it next week?",
        19,
        "add 4 each time",
    ),
    (
        "What's the next term of the sequence 1, 1, 2, 3, 5, 8?",
        13,
        "each term is the sum of the two before it (Fibonacci)",
    ),
    (
        "Find the next number in this list of primes: 2, 3, 5, 7, 11, ...",
        13,
        "these are the prime numbers in order",
    ),
    ("A countdown goes 100, 93, 86, 79. What number does it say next?", 72, "subtract 7 each time"),
    (
        "Stacking cans in triangles uses 1, 3, 6, 10, 15 cans. How many cans does the next triangle need?",
        21,
        "the differences grow by one: +2, +3, +4, +5, so next is +6 (triangular numbers)",
    ),
    ("Continue the pattern of cubes: 1, 8, 27, 64, ...", 125, "these are the cubes 1³, 2³, 3³, 4³"),
    (
        "Puzzle: 5, 10, 9, 18, 17, ... what comes after 17?",
        34,
        "the pattern alternates: double, then subtract 1",
    ),
    (
        "Each year a village's population is a third of the year before: 81, 27, 9, 3. What is it next year?",
        1,
        "each term is divided by 3",
    ),
    ("Spot the rule and give the next value: 2, 5, 11, 23", 47, "double and add 1"),
    (
        "What number comes after 1, 2, 6, 24 in this famous sequence?",
        120,
        "multiply by 2, 3, 4, then 5 (factorials)",
    ),
]


def sequence(rng: random.Random, n: int) -> tuple[str, str]:
    """Next term of a number pattern."""
    ask, nxt, rule = SEQUENCES[n]
    return ask, f"The rule: {rule}.\n\nNext term: **{nxt}**."


SYLLOGISMS = [
    (
        "All {a} are {b}. All {b} are {c}. Does it follow that all {a} are {c}?",
        "Yes",
        "The chain is valid: anything that is {a_s} is {b_s}, and anything that is {b_s} is {c_s}.",
    ),
    (
        "All {a} are {b}. Some {b} are {c}. Does it follow that some {a} are {c}?",
        "Not necessarily",
        "The {b} that are {c} might all be ones that aren't {a}, so the conclusion doesn't follow.",
    ),
    (
        "Suppose no {a} are {b}, and all {c} are {b}. Could any {c} be {a}?",
        "No",
        "Anything that is {c_s} is also {b_s}, and nothing that is {b_s} is {a_s}, so no {c} are {a}.",
    ),
    (
        "Some {a} are {b}. All {b} are {c}. Does it follow that some {a} are {c}?",
        "Yes",
        "Take one of the {a} that are {b}; since all {b} are {c}, that one is {c_s} too.",
    ),
]
TERMS = [
    ("robins", "birds", "animals", "a robin", "a bird", "an animal"),
    ("poodles", "dogs", "mammals", "a poodle", "a dog", "a mammal"),
    ("squares", "rectangles", "quadrilaterals", "a square", "a rectangle", "a quadrilateral"),
    ("violinists", "musicians", "performers", "a violinist", "a musician", "a performer"),
    ("oaks", "trees", "plants", "an oak", "a tree", "a plant"),
    ("sedans", "cars", "vehicles", "a sedan", "a car", "a vehicle"),
    ("novels", "books", "publications", "a novel", "a book", "a publication"),
    ("salmon", "fish", "vertebrates", "a salmon", "a fish", "a vertebrate"),
]


def syllogism(rng: random.Random, n: int) -> tuple[str, str]:
    """Is a categorical conclusion valid?"""
    form, verdict, why = SYLLOGISMS[n % len(SYLLOGISMS)]
    a, b, c, a_s, b_s, c_s = TERMS[n]
    words = {"a": a, "b": b, "c": c, "a_s": a_s, "b_s": b_s, "c_s": c_s}
    return form.format(**words), f"**{verdict}.** {why.format(**words)}"


def statement(kind: int, other: str) -> tuple[str, Callable[[bool, bool], bool]]:
    """A knights-and-knaves statement and its truth value given (speaker_knight, other_knight)."""
    return [
        (f"{other} is a knave.", lambda s, o: not o),
        ("We are both knights.", lambda s, o: s and o),
        ("At least one of us is a knave.", lambda s, o: not (s and o)),
        (f"{other} and I are the same kind.", lambda s, o: s == o),
        (f"{other} is a knight.", lambda s, o: o),
    ][kind]


KNIGHT_FRAMES = [
    'On an island, knights always tell the truth and knaves always lie. {a} says: "{sa}" {b} says: "{sb}" '
    "What are {a} and {b}?",
    'Every member of a strange club is either a knight (always truthful) or a knave (always lying). {a} tells you "{sa}" and {b} replies '
    '"{sb}" Which of them lies?',
    'Logic puzzle: {a} and {b} are each a knight, who always tells the truth, or a knave, who always lies. {a}: "{sa}" {b}: "{sb}" '
    "Work out who is honest.",
    "Two guards stand at a gate; each is either a knight who never lies or a knave who always lies. The first "
    'guard, {a}, says "{sa}" The second, {b}, says "{sb}" What is each guard?',
    'In a village of honest knights and lying knaves, you meet {a} and {b}. {a} claims: "{sa}" {b} claims: "{sb}" '
    "Who is honest and who is lying?",
]


def knights(rng: random.Random, n: int, offset: int) -> tuple[str, str] | None:
    """Two speakers, each statement either true (knight) or false (knave); unique solution only."""
    first, second = PEOPLE[offset], PEOPLE[(offset + 5) % len(PEOPLE)]
    ka, kb = rng.randrange(5), rng.randrange(5)
    text_a, truth_a = statement(ka, second)
    text_b, truth_b = statement(kb, first)
    worlds = [
        (a, b) for a, b in itertools.product([True, False], repeat=2) if truth_a(a, b) == a and truth_b(b, a) == b
    ]
    if len(worlds) != 1:
        return None
    a, b = worlds[0]
    kind = {True: "honest (a knight)", False: "lying (a knave)"}
    frame = KNIGHT_FRAMES[n % len(KNIGHT_FRAMES)]
    ask = frame.format(a=first, b=second, sa=text_a, sb=text_b)
    return ask, (
        f"Try all four combinations. Only one is consistent: an honest speaker's statement must be true "
        f"and a liar's false.\n\n**{first} is {kind[a]} and {second} is {kind[b]}.**"
    )


def handshakes(rng: random.Random, n: int) -> tuple[str, str]:
    """Pairs counted with n(n-1)/2."""
    count = rng.randint(6, 30)
    setup = [
        f"At a party, {count} people each shake hands with everyone else once. How many handshakes happen?",
        f"A league has {count} teams and every team plays every other team once. How many games are played?",
        f"{count} points lie on a circle. How many straight lines can be drawn connecting pairs of them?",
        f"At a dinner, {count} guests each clink glasses with every other guest. How many clinks are there?",
    ][n]
    return setup, (
        f"Each of the {count} participants pairs with {count - 1} others, but that counts every pair "
        f"twice: {count} × {count - 1} / 2 = **{count * (count - 1) // 2}**."
    )


CLASSICS = [
    (
        "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
        "The intuitive answer, 10 cents, is wrong: then the bat would be $1.10 and the total $1.20. If the ball is "
        "x, the bat is x + 1.00, so 2x + 1.00 = 1.10 and **x = 5 cents**.",
    ),
    (
        "If 5 machines take 5 minutes to make 5 widgets, how long do 100 machines take to make 100 widgets?",
        "Each machine makes one widget in 5 minutes. 100 machines working in parallel make 100 widgets in the "
        "same **5 minutes**.",
    ),
    (
        "A patch of lily pads doubles in size every day. It takes 48 days to cover the lake. How long to cover "
        "half of it?",
        "Since it doubles daily, it is half-covered the day before it is fully covered: **day 47**.",
    ),
    (
        "A farmer has 17 sheep and all but 9 run away. How many are left?",
        "'All but 9 run away' means 9 stay. **9 sheep** are left.",
    ),
    (
        "If you overtake the person in second place in a race, what place are you in?",
        "You take their position, so you are in **second place**, not first.",
    ),
    (
        "Mary's father has five daughters: Nana, Nene, Nini and Nono. What is the fifth daughter's name?",
        "The question says it at the start: Mary's father. The fifth daughter is **Mary**.",
    ),
    (
        "How many months of the year have 28 days?",
        "**All twelve.** Every month has at least 28 days; February is just the only one with no more.",
    ),
    (
        "Which is heavier: a kilogram of feathers or a kilogram of steel?",
        "**Neither.** Both weigh one kilogram; the steel is just much denser.",
    ),
    (
        "A doctor gives you three pills and tells you to take one every half hour. How long until you've taken "
        "them all?",
        "Take the first right away, the second at 30 minutes and the third at 60: **one hour**.",
    ),
    (
        "How many squares of any size are there on a standard 8x8 chessboard?",
        "Count squares of each size k × k: there are (9 - k)² of them. 64 + 49 + 36 + 25 + 16 + 9 + 4 + 1 = **204**.",
    ),
    (
        "A snail climbs 3 meters up a 10 meter well each day and slips back 2 meters each night. On which day "
        "does it get out?",
        "It nets 1 meter per day, so after 7 days it is at 7 m. On day 8 it climbs 3 m to "
        "reach 10 m and escapes before slipping: **day 8**.",
    ),
    (
        "I have two coins that add up to 30 cents, and one of them is not a nickel. What are the coins?",
        "A quarter and a nickel. The *quarter* is the one that isn't a nickel.",
    ),
]

GENERATED = [(ordering, 10), (weekday, 6), (clock_angle, 4), (sequence, 12), (syllogism, 8), (handshakes, 4)]


def reasoning_items(rng: random.Random) -> list[Item]:
    """Generated puzzles, knights-and-knaves with unique answers, and classic riddles."""
    items = []
    for generate, count in GENERATED:
        for n in range(count):
            ask, answer = generate(rng, n)
            items.append(Item(ask, answer, "Reasoning"))
    n = made = 0
    while made < len(KNIGHT_FRAMES):
        puzzle = knights(rng, made, n % len(PEOPLE))
        n += 1
        if puzzle and all(puzzle[0] != item.instruction for item in items):
            items.append(Item(*puzzle, "Reasoning"))
            made += 1
    items += [Item(ask, answer, "Reasoning") for ask, answer in CLASSICS]
    return items
