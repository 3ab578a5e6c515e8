"""Math rows computed from random numbers, so every answer is correct by construction."""

import math
import random
from collections.abc import Callable
from fractions import Fraction

from demo_content.item import Item

NAMES = [
    "Maria",
    "Kenji",
    "Aisha",
    "Tom",
    "Priya",
    "Lucas",
    "Sofia",
    "Omar",
    "Hannah",
    "Wei",
    "Daniel",
    "Zara",
]


def money(value: float) -> str:
    """Dollars with cents only when needed."""
    return f"${value:,.2f}" if value != int(value) else f"${int(value):,}"


def discount(rng: random.Random, n: int) -> tuple[str, str]:
    """Sale price after a percentage discount."""
    item, price = [
        ("winter jacket", 120),
        ("blender", 85),
        ("pair of running shoes", 140),
        ("desk lamp", 48),
        ("board game", 60),
        ("mechanical keyboard", 110),
    ][n % 6]
    pct = rng.choice([10, 15, 20, 25, 30, 35, 40])
    cut = price * pct / 100
    ask = f"A {item} costs {money(price)} and is on sale for {pct}% off. How much do I pay?"
    return ask, (
        f"The discount is {pct}% of {money(price)} = {money(cut)}.\n\nSale price: {money(price)} - "
        f"{money(cut)} = **{money(price - cut)}**."
    )


def percent_change(rng: random.Random, n: int) -> tuple[str, str]:
    """Percentage increase or decrease between two values."""
    thing = [
        "the population of a town",
        "monthly website visitors",
        "the price of a bus ticket",
        "a team's average score",
        "the number of members in a book club",
        "a company's revenue",
    ][n % 6]
    old = rng.randrange(40, 400, 4)
    new = old + rng.choice([-1, 1]) * rng.randrange(4, old // 2, 2)
    change = (new - old) / old * 100
    word = "increase" if new > old else "decrease"
    ask = f"If {thing} went from {old} to {new}, what is the percentage change?"
    return ask, (
        f"Percentage change = (new - old) / old × 100 = ({new} - {old}) / {old} × 100 "
        f"= {change:.1f}%.\n\nThat's a {abs(change):.1f}% {word}."
    )


def compound_interest(rng: random.Random, n: int) -> tuple[str, str]:
    """Compound interest with annual compounding."""
    principal = rng.choice([1000, 2500, 5000, 8000, 12000])
    rate = rng.choice([2, 3, 4, 5, 6, 7])
    years = rng.choice([3, 5, 8, 10])
    total = principal * (1 + rate / 100) ** years
    who = NAMES[n % len(NAMES)]
    ask = [
        f"{who} invests {money(principal)} at {rate}% interest compounded annually. How much will the "
        f"investment be worth after {years} years?",
        f"If I leave {money(principal)} in a savings account paying {rate}% a year, compounded yearly, what "
        f"will the balance be in {years} years?",
        f"My grandparents put {money(principal)} into a fund for me when I was born. It grows {rate}% per year. "
        f"What is it worth after {years} years?",
        f"How much interest does a {money(principal)} deposit earn over {years} years at {rate}% annual "
        f"compound interest?",
        f"A certificate of deposit compounds {rate}% once a year. Starting with {money(principal)}, what's the "
        f"value at maturity after {years} years?",
        f"{who} wants to know how {money(principal)} grows over {years} years at {rate}% compounded annually.",
    ][n]
    return ask, (
        f"Use A = P(1 + r)^t with P = {principal}, r = {rate / 100}, t = {years}.\n\n"
        f"A = {principal} × {1 + rate / 100}^{years} = **{money(round(total, 2))}**, so the interest "
        f"earned is {money(round(total - principal, 2))}."
    )


def linear_equation(rng: random.Random, n: int) -> tuple[str, str]:
    """Solve a*x + b = c with an integer solution."""
    a, x, b = rng.randint(2, 12), rng.randint(-9, 15), rng.choice([v for v in range(-20, 31) if v])
    var = "xyzmnk"[n % 6]
    c = a * x + b
    sign = "+" if b >= 0 else "-"
    equation = f"{a}{var} {sign} {abs(b)} = {c}"
    lead = ["Solve for {v}: {eq}", "Find the value of {v} in {eq}.", "What is {v} if {eq}?", "Solve {eq}."]
    ask = lead[n % 4].format(v=var, eq=equation)
    move = f"Subtract {b} from" if b >= 0 else f"Add {-b} to"
    shown_x = f"({x})" if x < 0 else str(x)
    return ask, (
        f"{move} both sides: {a}{var} = {c - b}.\n\nDivide by {a}: **{var} = {x}**.\n\n"
        f"Check: {a} × {shown_x} {sign} {abs(b)} = {c}."
    )


def tickets(rng: random.Random, n: int) -> tuple[str, str]:
    """A two-unknown word problem solved by substitution."""
    event, big, small = [
        ("school play", "adult", "student"),
        ("zoo", "adult", "child"),
        ("concert", "floor", "balcony"),
        ("museum", "regular", "discounted"),
    ][n % 4]
    price_big, price_small = rng.choice([(12, 7), (15, 8), (20, 11), (9, 5)])
    count_big, count_small = rng.randint(30, 120), rng.randint(20, 150)
    total, people = price_big * count_big + price_small * count_small, count_big + count_small
    ask = (
        f"The {event} sold {people} tickets for a total of {money(total)}. {big.capitalize()} tickets "
        f"cost {money(price_big)} and {small} tickets cost {money(price_small)}. How many of each were sold?"
    )
    return ask, (
        f"Let a = {big} tickets and s = {small} tickets.\n\na + s = {people}\n"
        f"{price_big}a + {price_small}s = {total}\n\nSubstitute s = {people} - a: "
        f"{price_big}a + {price_small}({people} - a) = {total}, so {price_big - price_small}a = "
        f"{total - price_small * people} and a = {count_big}.\n\n**{count_big} {big} tickets and "
        f"{count_small} {small} tickets.**"
    )


def circle_area(rng: random.Random, n: int) -> tuple[str, str]:
    """Area and circumference of a circle."""
    thing = [
        "round pizza",
        "circular pond",
        "round table top",
        "circular flower bed",
        "clock face",
        "round rug",
    ][n % 6]
    unit = "inches" if thing in ("round pizza", "clock face") else "meters"
    d = rng.choice([8, 10, 12, 14, 16, 18, 24])
    r = d / 2
    ask = f"A {thing} has a diameter of {d} {unit}. What are its area and circumference?"
    return ask, (
        f"The radius is {d} / 2 = {r:g} {unit}.\n\nArea = pi r^2 = pi × {r:g}^2 = "
        f"{math.pi * r * r:.2f} square {unit}.\nCircumference = pi d = pi × {d} = "
        f"{math.pi * d:.2f} {unit}."
    )


def fencing(rng: random.Random, n: int) -> tuple[str, str]:
    """Perimeter and area of a rectangle."""
    place = [
        "vegetable garden",
        "dog run",
        "backyard patio",
        "chicken coop yard",
        "sports court",
        "parking area",
    ][n % 6]
    width, length = rng.randint(4, 20), rng.randint(21, 45)
    price = rng.choice([6, 8, 12, 15])
    ask = [
        f"A rectangular {place} is {length} m long and {width} m wide. Fencing costs {money(price)} per meter. "
        f"How much will it cost to fence it, and what is its area?",
        f"I want to put a fence around my {place}, which measures {length} by {width} meters. At {money(price)} a meter, "
        f"what will the fence cost? And how big is the area inside?",
        f"How many meters of fencing does a {length} m x {width} m {place} need, what does it cost at "
        f"{money(price)}/m, and what area does it enclose?",
        f"Our school is building a {place} of {length} m by {width} m. Estimate the fencing budget at {money(price)} "
        f"per meter and give the area.",
        f"Calculate the perimeter and area of a {place} shaped like a {length} m by {width} m rectangle, plus the cost of "
        f"fencing at {money(price)} per meter.",
        f"Fencing for a {place}: {length} m long, {width} m wide, {money(price)} per meter. Total cost and area?",
    ][n]
    return ask, (
        f"Perimeter = 2 × ({length} + {width}) = {2 * (length + width)} m, so fencing costs {2 * (length + width)} × "
        f"{money(price)} = **{money(2 * (length + width) * price)}**.\n\nArea = {length} × {width} = {length * width} square meters."
    )


def cylinder(rng: random.Random, n: int) -> tuple[str, str]:
    """Volume of a cylinder converted to liters."""
    thing = ["rain barrel", "water tank", "fish tank shaped like a cylinder", "grain silo model"][n % 4]
    r, h = rng.randint(20, 60), rng.randint(60, 150)
    volume = math.pi * r * r * h
    ask = f"A {thing} has a radius of {r} cm and a height of {h} cm. How many liters does it hold?"
    return ask, (
        f"V = pi r^2 h = pi × {r}^2 × {h} = {volume:,.0f} cubic centimeters.\n\n"
        f"Since 1 liter = 1,000 cm^3, it holds about **{volume / 1000:,.1f} liters**."
    )


def average(rng: random.Random, n: int) -> tuple[str, str]:
    """Value needed next to reach a target average."""
    who = NAMES[(n + 3) % len(NAMES)]
    scores = [rng.randint(68, 95) for _ in range(rng.randint(3, 5))]
    target = round(sum(scores) / len(scores)) + rng.randint(2, 5)
    needed = target * (len(scores) + 1) - sum(scores)
    listed, k = ", ".join(map(str, scores)), len(scores) + 1
    ask, noun, cap = [
        (
            f"{who} scored {listed} on {k - 1} tests. What score does {who} need on the next test to average {target}?",
            "tests",
            100,
        ),
        (
            f"My quiz marks so far are {listed}. What do I need on the next quiz to bring my average up to {target}?",
            "quizzes",
            100,
        ),
        (
            f"What must {who} score on the final exam to finish with an average of {target}, after getting {listed}?",
            "exams",
            100,
        ),
        (
            f"A bowler's last {k - 1} games were {listed}. What must the next game be for an average of {target}?",
            "games",
            300,
        ),
        (
            f"{who}'s weekly running distances in km were {listed}. How far must {who} run next week to average "
            f"{target} km?",
            "weeks",
            None,
        ),
        (
            f"What score on test number {k} gives an average of {target}, if the first scores were {listed}?",
            "tests",
            100,
        ),
    ][n]
    verdict = f", which is impossible if the maximum is {cap}" if cap and needed > cap else ""
    return ask, (
        f"To average {target} over {k} {noun}, the total must be {target} × {k} = {target * k}.\n\n"
        f"The current total is {sum(scores)}, so the next one must be **{needed}**{verdict}."
    )


def travel(rng: random.Random, n: int) -> tuple[str, str]:
    """Meeting time of two travellers heading towards each other."""
    a, b = (
        ["a train", "a cyclist", "a car", "a hiker"][n % 4],
        ["a bus", "a runner", "a truck", "a scooter"][n % 4],
    )
    sa, sb = rng.choice([(80, 60), (18, 12), (90, 70), (5, 4)])
    hours = rng.choice([1.5, 2, 2.5, 3, 4])
    dist = (sa + sb) * hours
    ask = (
        f"{a.capitalize()} and {b} start {dist:g} km apart and move towards each other at {sa} km/h and "
        f"{sb} km/h. How long until they meet?"
    )
    return ask, (
        f"They close the gap at {sa} + {sb} = {sa + sb} km/h.\n\nTime = {dist:g} / {sa + sb} = **{hours:g} hours**."
    )


def work_rate(rng: random.Random, n: int) -> tuple[str, str]:
    """Two workers or pipes completing a job together."""
    pair = [
        ("one pipe", "another pipe", "fill a pool"),
        ("Ana", "Ben", "paint a fence"),
        ("an old printer", "a new printer", "print a batch of flyers"),
        ("Jo", "Sam", "mow a field"),
    ][n % 4]
    ta, tb = rng.choice([(6, 3), (4, 12), (10, 15), (12, 24), (5, 20)])
    together = Fraction(ta * tb, ta + tb)
    ask = (
        f"{pair[0].capitalize()} can {pair[2]} in {ta} hours and {pair[1]} can do it in {tb} hours. How long "
        f"does it take working together?"
    )
    return ask, (
        f"Rates: 1/{ta} and 1/{tb} of the job per hour. Together: 1/{ta} + 1/{tb} = "
        f"{Fraction(1, ta) + Fraction(1, tb)} per hour.\n\nTime = 1 / that = **{float(together):g} hours**."
    )


def ratio_split(rng: random.Random, n: int) -> tuple[str, str]:
    """Share an amount in a given ratio."""
    who = NAMES[n % len(NAMES)], NAMES[(n + 5) % len(NAMES)]
    a, b = rng.choice([(2, 3), (3, 5), (1, 4), (4, 5), (3, 7)])
    total = (a + b) * rng.randint(20, 120)
    part = total // (a + b)
    ask = f"Split {money(total)} between {who[0]} and {who[1]} in the ratio {a}:{b}. How much does each get?"
    return ask, (
        f"There are {a} + {b} = {a + b} parts, each worth {money(total)} / {a + b} = {money(part)}.\n\n"
        f"{who[0]} gets {a} × {money(part)} = **{money(a * part)}** and {who[1]} gets **{money(b * part)}**."
    )


def dice(rng: random.Random, n: int) -> tuple[str, str]:
    """Probability of a sum with two dice."""
    target = [7, 8, 6, 9, 10, 11, 5, 4][n % 8]
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == target)
    frac = Fraction(ways, 36)
    ask = [
        f"What is the probability of rolling a sum of {target} with two fair six-sided dice?",
        f"In a board game I need exactly {target} on two dice to win. What are my chances?",
        f"If you throw a pair of dice, how likely is a total of {target}?",
        f"Two dice are rolled. Find P(sum = {target}).",
    ][n % 4]
    return ask, (
        f"There are 36 equally likely outcomes. {ways} of them sum to {target}.\n\n"
        f"P = {ways}/36 = **{frac}** (about {ways / 36:.1%})."
    )


def marbles(rng: random.Random, n: int) -> tuple[str, str]:
    """Drawing two items of one colour without replacement."""
    red, blue = rng.randint(3, 8), rng.randint(3, 9)
    container, things = [
        ("drawer", "socks"),
        ("jar", "candies"),
        ("hat", "raffle tickets"),
        ("bowl", "tokens"),
    ][n % 4]
    total = red + blue
    p = Fraction(red, total) * Fraction(red - 1, total - 1)
    ask = (
        f"A {container} has {red} red and {blue} blue {things}. If I take two without replacement, what is "
        f"the probability that both are red?"
    )
    return ask, (
        f"First draw: {red}/{total}. Second draw, one red fewer: {red - 1}/{total - 1}.\n\n"
        f"P = {red}/{total} × {red - 1}/{total - 1} = **{p}** (about {float(p):.1%})."
    )


def committee(rng: random.Random, n: int) -> tuple[str, str]:
    """Combinations: choosing a group."""
    group, pick, pool = [
        ("committee", 3, 10),
        ("team", 5, 12),
        ("jury panel", 4, 9),
        ("book club shortlist", 3, 8),
        ("relay team", 4, 11),
    ][n % 5]
    ask = f"In how many ways can a {group} of {pick} be chosen from {pool} people?"
    return ask, (
        f"Order doesn't matter, so use combinations: C({pool}, {pick}) = {pool}! / ({pick}! × "
        f"{pool - pick}!) = **{math.comb(pool, pick)}**."
    )


def lcm_problem(rng: random.Random, n: int) -> tuple[str, str]:
    """Least common multiple as a scheduling question."""
    things = [
        ("Bus A", "Bus B", "leave the station", "minutes"),
        ("One lighthouse", "another", "flash", "seconds"),
        ("A tap", "a sprinkler", "switch on", "minutes"),
    ][n % 3]
    a, b = rng.choice([(12, 18), (8, 20), (15, 25), (6, 14), (9, 12)])
    lcm = a * b // math.gcd(a, b)
    ask = (
        f"{things[0]} and {things[1]} both {things[2]} now. The first repeats every {a} {things[3]}, the "
        f"second every {b}. When will they next {things[2]} at the same time?"
    )
    return ask, (
        f"We need the least common multiple of {a} and {b}. gcd({a}, {b}) = {math.gcd(a, b)}, so "
        f"lcm = {a} × {b} / {math.gcd(a, b)} = **{lcm} {things[3]}** from now."
    )


def series(rng: random.Random, n: int) -> tuple[str, str]:
    """Sum of an arithmetic series."""
    first, step, count = rng.randint(1, 10), rng.randint(2, 7), rng.randint(10, 40)
    last = first + (count - 1) * step
    ask = f"What is the sum of the arithmetic sequence {first}, {first + step}, {first + 2 * step}, ..., {last}?"
    return ask, (
        f"Common difference {step}, so the number of terms is ({last} - {first}) / {step} + 1 = {count}.\n\n"
        f"Sum = n(first + last)/2 = {count} × ({first} + {last}) / 2 = **{count * (first + last) // 2}**."
    )


def factor(root: int) -> str:
    """The linear factor that vanishes at root."""
    return "x" if root == 0 else f"(x {'-' if root > 0 else '+'} {abs(root)})"


def quadratic(rng: random.Random, n: int) -> tuple[str, str]:
    """Quadratic with integer roots, solved by factoring."""
    r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
    b, c = -(r1 + r2), r1 * r2
    linear = f" {'+' if b >= 0 else '-'} {abs(b)}x" if b else ""
    constant = f" {'+' if c >= 0 else '-'} {abs(c)}" if c else ""
    shown = " or ".join(f"x = {r}" for r in sorted({r1, r2}))
    return f"Solve x^2{linear}{constant} = 0.", (
        f"Look for two numbers that multiply to {c} and add to {b}: {-r1} and {-r2}.\n\n"
        f"{factor(r1)}{factor(r2)} = 0, so **{shown}**."
    )


def polynomial(coefficients: list[int]) -> str:
    """Render coefficients (highest power first) as a readable polynomial, skipping zero terms."""
    degree = len(coefficients) - 1
    terms = []
    for power, c in zip(range(degree, -1, -1), coefficients, strict=False):
        if c == 0:
            continue
        body = {0: f"{abs(c)}", 1: f"{'' if abs(c) == 1 else abs(c)}x"}.get(
            power, f"{'' if abs(c) == 1 else abs(c)}x^{power}"
        )
        sign = "-" if c < 0 else "+"
        terms.append(body if not terms and c > 0 else f"-{body}" if not terms else f"{sign} {body}")
    return " ".join(terms) or "0"


def derivative(rng: random.Random, n: int) -> tuple[str, str]:
    """Derivative of a cubic polynomial at a point, asked in several ways."""
    a, b, c, d = rng.randint(1, 5), rng.randint(-6, 6), rng.randint(-9, 9), rng.randint(-5, 5)
    x0 = rng.randint(0, 4) if n == 3 else rng.randint(-3, 4)  # n == 3 is a time, so not negative
    name, var, template, unit = [
        ("f", "x", "Find the derivative of f(x) = {p} and evaluate it at x = {x0}.", ""),
        ("y", "x", "What is the slope of the curve y = {p} at the point where x = {x0}?", ""),
        ("g", "t", "Differentiate g(t) = {p} and find g'({x0}).", ""),
        ("s", "t", "A particle's position is s(t) = {p} metres. What is its velocity at t = {x0} s?", " m/s"),
        ("f", "x", "Compute f'({x0}) for f(x) = {p}.", ""),
        ("h", "x", "How fast is h(x) = {p} changing at x = {x0}? Use calculus.", ""),
    ][n]
    value = 3 * a * x0 * x0 + 2 * b * x0 + c
    ask = template.format(p=polynomial([a, b, c, d]).replace("x", var), x0=x0)
    slope = polynomial([3 * a, 2 * b, c]).replace("x", var)
    return ask, (
        f"Differentiate term by term with the power rule: {name}'({var}) = {slope}.\n\n"
        f"At {var} = {x0}: {name}'({x0}) = **{value}{unit}**."
    )


def ladder(rng: random.Random, n: int) -> tuple[str, str]:
    """Pythagorean theorem in different settings."""
    a, b, c = [(6, 8, 10), (5, 12, 13), (9, 12, 15), (8, 15, 17), (7, 24, 25)][n]
    setups = [
        (
            f"A {c} ft ladder leans against a wall with its foot {a} ft from the wall. How high up the wall does it "
            f"reach?",
            f"h = sqrt({c}^2 - {a}^2) = sqrt({c * c - a * a}) = **{b} ft**.",
        ),
        (
            f"A TV screen is {a * 4} inches wide and {b * 4} inches tall. How long is its diagonal?",
            f"d = sqrt({a * 4}^2 + {b * 4}^2) = sqrt({16 * (a * a + b * b)}) = **{c * 4} inches**.",
        ),
        (
            f"Instead of walking {a * 10} m east and then {b * 10} m north around a park, I cut straight across. How "
            f"far do I walk?",
            f"d = sqrt({a * 10}^2 + {b * 10}^2) = **{c * 10} m**, saving {(a + b - c) * 10} m.",
        ),
        (
            f"A kite is flying on {c * 5} m of straight string, and its shadow is {a * 5} m from where I stand. How "
            f"high is the kite?",
            f"h = sqrt({c * 5}^2 - {a * 5}^2) = **{b * 5} m**.",
        ),
        (
            f"A wheelchair ramp rises {a} inches over a horizontal run of {b} inches. How long is the ramp surface?",
            f"L = sqrt({a}^2 + {b}^2) = sqrt({a * a + b * b}) = **{c} inches**.",
        ),
    ]
    ask, working = setups[n]
    return ask, f"The distances form a right triangle, so use Pythagoras: {working}"


def temperature(rng: random.Random, n: int) -> tuple[str, str]:
    """Fahrenheit and Celsius conversions."""
    if n % 2:
        c = [-10, 0, 12, 18, 25, 37, 40, 30][n // 2]
        return (
            f"Convert {c} degrees Celsius to Fahrenheit.",
            f"F = C × 9/5 + 32 = {c} × 1.8 + 32 = **{c * 1.8 + 32:g} F**.",
        )
    f = [-4, 14, 50, 68, 86, 98.6, 104, 212][n // 2]
    return (
        f"What is {f:g} degrees Fahrenheit in Celsius?",
        f"C = (F - 32) × 5/9 = ({f:g} - 32) × 5/9 = **{(f - 32) * 5 / 9:.1f} C**.",
    )


def amount(value: Fraction) -> str:
    """A kitchen-style quantity such as 1 1/2."""
    whole, rest = divmod(value, 1)
    if not rest:
        return str(int(whole))
    return f"{int(whole)} {rest}" if whole else str(rest)


def recipe(rng: random.Random, n: int) -> tuple[str, str]:
    """Scaling a recipe by a fraction."""
    dish, amounts = [
        (
            "pancake",
            [("cups of flour", Fraction(3, 2)), ("cups of milk", Fraction(5, 4)), ("eggs", Fraction(2))],
        ),
        (
            "banana bread",
            [("cups of flour", Fraction(2)), ("cup of sugar", Fraction(3, 4)), ("bananas", Fraction(3))],
        ),
        (
            "cookie",
            [
                ("cup of butter", Fraction(1)),
                ("cup of sugar", Fraction(2, 3)),
                ("cups of flour", Fraction(9, 4)),
            ],
        ),
    ][n % 3]
    serves, wanted = 4, [6, 10, 2, 12][rng.randrange(4)]
    factor = Fraction(wanted, serves)
    lines = "\n".join(f"- {name}: {amount(v)} -> {amount(v * factor)}" for name, v in amounts)
    listed = ", ".join(f"{amount(v)} {name}" for name, v in amounts)
    ask = f"My {dish} recipe serves {serves} and uses {listed}. How much of each do I need for {wanted} people?"
    return ask, f"Multiply every quantity by {wanted}/{serves} = {factor}:\n\n{lines}"


def age_puzzle(rng: random.Random, n: int) -> tuple[str, str]:
    """Classic parent and child age problem."""
    child, years = rng.randint(4, 15), rng.randint(3, 10)
    k = rng.choice([3, 4, 5])
    parent = k * child
    names = NAMES[(n + 7) % len(NAMES)]
    ask = (
        f"{names}'s mother is {k} times as old as {names}. In {years} years she will be {parent + years} "
        f"years old. How old is {names} now?"
    )
    return (
        ask,
        f"Now the mother is {parent + years} - {years} = {parent}, so {names} is {parent} / {k} = **{child}**.",
    )


def exponent(rng: random.Random, n: int) -> tuple[str, str]:
    """Solve an exponential equation with an integer exponent."""
    base, power = [(2, 5), (2, 7), (3, 4), (5, 3), (4, 3), (10, 6), (2, 10)][n]
    ask = f"Solve for x: {base}^x = {base**power}"
    return ask, (
        f"Write {base**power} as a power of {base}: {base**power} = {base}^{power}.\n\n"
        f"Equal bases mean equal exponents, so **x = {power}** (equivalently x = log base {base} of "
        f"{base**power})."
    )


GENERATORS: list[tuple[Callable[[random.Random, int], tuple[str, str]], int]] = [
    (discount, 6),
    (percent_change, 6),
    (compound_interest, 6),
    (linear_equation, 10),
    (tickets, 4),
    (circle_area, 6),
    (fencing, 6),
    (cylinder, 4),
    (average, 6),
    (travel, 4),
    (work_rate, 4),
    (ratio_split, 6),
    (dice, 4),
    (marbles, 4),
    (committee, 5),
    (lcm_problem, 3),
    (series, 6),
    (quadratic, 8),
    (derivative, 6),
    (ladder, 5),
    (temperature, 8),
    (recipe, 3),
    (age_puzzle, 6),
    (exponent, 6),
]


def math_items(rng: random.Random) -> list[Item]:
    """Every math row; a problem that repeats an earlier one is drawn again with new numbers."""
    items, seen = [], set()
    for generate, count in GENERATORS:
        for n in range(count):
            ask, answer = generate(rng, n)
            while ask in seen:
                ask, answer = generate(rng, n)
            seen.add(ask)
            items.append(Item(ask, answer, "Math"))
    return items
