"""Math rows computed from random numbers, so every answer is correct by construction; wording is in math.yaml."""

import math
import random
from fractions import Fraction

from demo_content.content import fill, load
from demo_content.item import Item

T = load("math")
NAMES = T["names"]


def money(value: float) -> str:
    """Dollars with cents only when needed."""
    return f"${value:,.2f}" if value != int(value) else f"${int(value):,}"


def name(offset: int) -> str:
    """A first name from the table, cycling."""
    return NAMES[offset % len(NAMES)]


def discount(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Sale price after a percentage discount."""
    item, price = t["items"][n % 6]
    pct = rng.choice([10, 15, 20, 25, 30, 35, 40])
    cut = price * pct / 100
    return fill(t, n, item=item, price=money(price), pct=pct, cut=money(cut), sale=money(price - cut))


def percent_change(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Percentage increase or decrease between two values."""
    old = rng.randrange(40, 400, 4)
    new = old + rng.choice([-1, 1]) * rng.randrange(4, old // 2, 2)
    change = (new - old) / old * 100
    word = "increase" if new > old else "decrease"
    return fill(t, n, thing=t["things"][n % 6], old=old, new=new, change=change, size=abs(change), word=word)


def compound_interest(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Compound interest with annual compounding."""
    principal = rng.choice([1000, 2500, 5000, 8000, 12000])
    rate = rng.choice([2, 3, 4, 5, 6, 7])
    years = rng.choice([3, 5, 8, 10])
    total = principal * (1 + rate / 100) ** years
    return fill(
        t, n, who=name(n), principal=money(principal), p=principal, rate=rate, r=rate / 100, years=years,
        growth=1 + rate / 100, total=money(round(total, 2)), interest=money(round(total - principal, 2)),
    )  # fmt: skip


def linear_equation(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Solve a*x + b = c with an integer solution."""
    a, x, b = rng.randint(2, 12), rng.randint(-9, 15), rng.choice([v for v in range(-20, 31) if v])
    var, c, sign = "xyzmnk"[n % 6], a * x + b, "+" if b >= 0 else "-"
    move = f"Subtract {b} from" if b >= 0 else f"Add {-b} to"
    return fill(
        t, n, v=var, eq=f"{a}{var} {sign} {abs(b)} = {c}", move=move, a=a, rhs=c - b, x=x,
        shown_x=f"({x})" if x < 0 else str(x), sign=sign, size=abs(b), c=c,
    )  # fmt: skip


def tickets(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """A two-unknown word problem solved by substitution."""
    event, big, small = t["events"][n % 4]
    pb, ps = rng.choice([(12, 7), (15, 8), (20, 11), (9, 5)])
    count_big, count_small = rng.randint(30, 120), rng.randint(20, 150)
    total, people = pb * count_big + ps * count_small, count_big + count_small
    return fill(
        t, n, event=event, people=people, cost=money(total), Big=big.capitalize(), big=big, small=small,
        big_price=money(pb), small_price=money(ps), pb=pb, ps=ps, total=total, gap=pb - ps,
        rest=total - ps * people, count_big=count_big, count_small=count_small,
    )  # fmt: skip


def circle_area(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Area and circumference of a circle."""
    thing, unit = t["things"][n % 6]
    d = rng.choice([8, 10, 12, 14, 16, 18, 24])
    r = d / 2
    return fill(t, n, thing=thing, unit=unit, d=d, r=r, area=math.pi * r * r, circumference=math.pi * d)


def fencing(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Perimeter and area of a rectangle."""
    width, length = rng.randint(4, 20), rng.randint(21, 45)
    price = rng.choice([6, 8, 12, 15])
    perimeter = 2 * (length + width)
    return fill(
        t, n, place=t["places"][n % 6], length=length, width=width, price=money(price), perimeter=perimeter,
        cost=money(perimeter * price), area=length * width,
    )  # fmt: skip


def cylinder(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Volume of a cylinder converted to liters."""
    r, h = rng.randint(20, 60), rng.randint(60, 150)
    volume = math.pi * r * r * h
    return fill(t, n, thing=t["things"][n % 4], r=r, h=h, volume=volume, liters=volume / 1000)


def average(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Value needed next to reach a target average."""
    scores = [rng.randint(68, 95) for _ in range(rng.randint(3, 5))]
    target = round(sum(scores) / len(scores)) + rng.randint(2, 5)
    k, needed = len(scores) + 1, target * (len(scores) + 1) - sum(scores)
    story, cap = t["asks"][n], t["asks"][n].get("cap")
    verdict = t["impossible"].format(cap=cap) if cap and needed > cap else ""
    values = {"who": name(n + 3), "listed": ", ".join(map(str, scores)), "done": k - 1, "k": k, "target": target}
    answer = t["answer"].format(noun=story["noun"], goal=target * k, current=sum(scores), needed=needed,
                                verdict=verdict, **values)  # fmt: skip
    return story["ask"].format(**values), answer


def travel(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Meeting time of two travellers heading towards each other."""
    a, b = t["pairs"][n % 4]
    sa, sb = rng.choice([(80, 60), (18, 12), (90, 70), (5, 4)])
    hours = rng.choice([1.5, 2, 2.5, 3, 4])
    return fill(t, n, A=a.capitalize(), b=b, dist=(sa + sb) * hours, sa=sa, sb=sb, speed=sa + sb, hours=hours)


def work_rate(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Two workers or pipes completing a job together."""
    first, second, job = t["pairs"][n % 4]
    ta, tb = rng.choice([(6, 3), (4, 12), (10, 15), (12, 24), (5, 20)])
    together = Fraction(ta * tb, ta + tb)
    return fill(
        t, n, A=first.capitalize(), job=job, b=second, ta=ta, tb=tb, rate=Fraction(1, ta) + Fraction(1, tb),
        hours=float(together),
    )  # fmt: skip


def ratio_split(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Share an amount in a given ratio."""
    a, b = rng.choice([(2, 3), (3, 5), (1, 4), (4, 5), (3, 7)])
    total = (a + b) * rng.randint(20, 120)
    part = total // (a + b)
    return fill(
        t, n, total=money(total), first=name(n), second=name(n + 5), a=a, b=b, parts=a + b, part=money(part),
        first_share=money(a * part), second_share=money(b * part),
    )  # fmt: skip


def dice(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Probability of a sum with two dice."""
    target = [7, 8, 6, 9, 10, 11, 5, 4][n % 8]
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == target)
    return fill(t, n, target=target, ways=ways, fraction=Fraction(ways, 36), p=ways / 36)


def marbles(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Drawing two items of one colour without replacement."""
    red, blue = rng.randint(3, 8), rng.randint(3, 9)
    container, things = t["containers"][n % 4]
    total = red + blue
    p = Fraction(red, total) * Fraction(red - 1, total - 1)
    return fill(
        t, n, container=container, red=red, blue=blue, things=things, total=total, red_left=red - 1,
        total_left=total - 1, fraction=p, p=float(p),
    )  # fmt: skip


def committee(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Combinations: choosing a group."""
    group, pick, pool = t["groups"][n % 5]
    return fill(t, n, group=group, pick=pick, pool=pool, rest=pool - pick, ways=math.comb(pool, pick))


def lcm_problem(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Least common multiple as a scheduling question."""
    first, second, action, unit = t["things"][n % 3]
    a, b = rng.choice([(12, 18), (8, 20), (15, 25), (6, 14), (9, 12)])
    return fill(
        t, n, first=first, second=second, action=action, unit=unit, a=a, b=b, gcd=math.gcd(a, b),
        lcm=a * b // math.gcd(a, b),
    )  # fmt: skip


def series(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Sum of an arithmetic series."""
    first, step, count = rng.randint(1, 10), rng.randint(2, 7), rng.randint(10, 40)
    last = first + (count - 1) * step
    return fill(
        t, n, first=first, second=first + step, third=first + 2 * step, last=last, step=step, count=count,
        total=count * (first + last) // 2,
    )  # fmt: skip


def factor(root: int) -> str:
    """The linear factor that vanishes at root."""
    return "x" if root == 0 else f"(x {'-' if root > 0 else '+'} {abs(root)})"


def signed(value: int, suffix: str = "") -> str:
    """' + 3x' or ' - 3x', or nothing for zero."""
    return f" {'+' if value >= 0 else '-'} {abs(value)}{suffix}" if value else ""


def quadratic(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Quadratic with integer roots, solved by factoring."""
    r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
    b, c = -(r1 + r2), r1 * r2
    roots = " or ".join(f"x = {r}" for r in sorted({r1, r2}))
    return fill(
        t, n, linear=signed(b, "x"), constant=signed(c), c=c, b=b, m1=-r1, m2=-r2,
        factors=factor(r1) + factor(r2), roots=roots,
    )  # fmt: skip


def polynomial(coefficients: list[int]) -> str:
    """Render coefficients (highest power first) as a readable polynomial, skipping zero terms."""
    degree = len(coefficients) - 1
    terms = []
    for power, c in zip(range(degree, -1, -1), coefficients, strict=False):
        if c == 0:
            continue
        size = "" if abs(c) == 1 else abs(c)
        body = {0: f"{abs(c)}", 1: f"{size}x"}.get(power, f"{size}x^{power}")
        sign = "-" if c < 0 else "+"
        terms.append(body if not terms and c > 0 else f"-{body}" if not terms else f"{sign} {body}")
    return " ".join(terms) or "0"


def derivative(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Derivative of a cubic polynomial at a point, asked in several ways."""
    a, b, c, d = rng.randint(1, 5), rng.randint(-6, 6), rng.randint(-9, 9), rng.randint(-5, 5)
    x0 = rng.randint(0, 4) if n == 3 else rng.randint(-3, 4)  # n == 3 is a time, so not negative
    fname, var, template, unit = t["forms"][n]
    ask = template.format(p=polynomial([a, b, c, d]).replace("x", var), x0=x0)
    slope = polynomial([3 * a, 2 * b, c]).replace("x", var)
    value = 3 * a * x0 * x0 + 2 * b * x0 + c
    return ask, t["answer"].format(name=fname, var=var, slope=slope, x0=x0, value=value, unit=unit)


def ladder(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Pythagorean theorem in different settings."""
    setup = t["setups"][n]
    a, b, c = (side * setup["scale"] for side in [(6, 8, 10), (5, 12, 13), (9, 12, 15), (8, 15, 17), (7, 24, 25)][n])
    values = {"a": a, "b": b, "c": c, "difference": c * c - a * a, "sum": a * a + b * b, "saving": a + b - c}
    return setup["ask"].format(**values), t["answer"].format(working=setup["working"].format(**values))


def temperature(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Fahrenheit and Celsius conversions."""
    if n % 2:
        c = [-10, 0, 12, 18, 25, 37, 40, 30][n // 2]
        return fill(t["to_fahrenheit"], n, c=c, f=c * 1.8 + 32)
    f = [-4, 14, 50, 68, 86, 98.6, 104, 212][n // 2]
    return fill(t["to_celsius"], n, f=f, c=(f - 32) * 5 / 9)


def amount(value: Fraction) -> str:
    """A kitchen-style quantity such as 1 1/2."""
    whole, rest = divmod(value, 1)
    if not rest:
        return str(int(whole))
    return f"{int(whole)} {rest}" if whole else str(rest)


def recipe(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Scaling a recipe by a fraction."""
    dish = t["dishes"][n % 3]
    amounts = [(thing, Fraction(value)) for thing, value in dish["amounts"]]
    serves, wanted = 4, [6, 10, 2, 12][rng.randrange(4)]
    scale = Fraction(wanted, serves)
    lines = "\n".join(f"- {thing}: {amount(v)} -> {amount(v * scale)}" for thing, v in amounts)
    listed = ", ".join(f"{amount(v)} {thing}" for thing, v in amounts)
    return fill(t, n, dish=dish["dish"], serves=serves, listed=listed, wanted=wanted, factor=scale, lines=lines)


def age_puzzle(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Classic parent and child age problem."""
    child, years = rng.randint(4, 15), rng.randint(3, 10)
    k = rng.choice([3, 4, 5])
    parent = k * child
    return fill(t, n, name=name(n + 7), k=k, years=years, later=parent + years, parent=parent, child=child)


def exponent(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Solve an exponential equation with an integer exponent."""
    base, power = [(2, 5), (2, 7), (3, 4), (5, 3), (4, 3), (10, 6), (2, 10)][n]
    return fill(t, n, base=base, power=power, value=base**power)


def unit_price(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Which package is the better deal per unit."""
    product, unit = t["products"][n]
    size_a, size_b = rng.choice([(500, 1200), (750, 2000), (250, 1000)])
    price_a = round(size_a / 100 * rng.uniform(0.3, 0.6), 2)
    price_b = round(size_b / 100 * rng.uniform(0.25, 0.55), 2)
    per_a, per_b = price_a / size_a * 100, price_b / size_b * 100
    return fill(
        t, n, product=product, unit=unit, size_a=size_a, size_b=size_b, price_a=money(price_a),
        price_b=money(price_b), per_a=per_a, per_b=per_b, better=t["larger"] if per_b < per_a else t["smaller"],
    )  # fmt: skip


def tip_split(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Tip and split a restaurant bill."""
    bill, pct, people = rng.randrange(60, 240), [15, 18, 20][n], [3, 4, 5][n]
    total = bill * (1 + pct / 100)
    return fill(
        t, n, bill=bill, pct=pct, people=people, tip=money(round(bill * pct / 100, 2)),
        total=money(round(total, 2)), each=money(round(total / people, 2)),
    )  # fmt: skip


def round_trip(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Average speed over a round trip (harmonic mean, not the arithmetic mean)."""
    out, back = [(60, 40), (30, 20), (90, 60)][n]
    return fill(t, n, trip=t["trips"][n], out=out, back=back, average=2 * out * back / (out + back))


def sales_tax(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Price before tax from a price including tax."""
    rate, item = t["items"][n]
    total = round(rng.randrange(40, 900) * (1 + rate / 100), 2)
    return fill(
        t, n, total=money(total), item=item, rate=rate, percent=100 + rate, factor=1 + rate / 100,
        before=money(round(total / (1 + rate / 100), 2)),
    )  # fmt: skip


def profit_margin(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Markup versus margin."""
    thing, cost, price = t["products"][n]
    profit = price - cost
    return fill(t, n, thing=thing, cost=cost, price=price, profit=profit, markup=profit / cost, margin=profit / price)


def sphere(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Volume and surface area of a sphere."""
    thing, r = t["things"][n]
    return fill(t, n, thing=thing, r=r, volume=4 / 3 * math.pi * r**3, area=4 * math.pi * r * r)


def pace(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Running pace from distance and time."""
    km, minutes = [(5, 27), (10, 58), (21.1, 124)][n]
    per_km = minutes / km
    mins, secs = divmod(round(per_km * 60), 60)
    return fill(
        t, n, km=km, minutes=minutes, hours=minutes // 60, rest=minutes % 60, per_km=per_km, mins=mins, secs=secs
    )


def fuel(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Fuel cost of a trip."""
    km, per100, price = [(420, 6.5, 1.85), (1250, 7.8, 1.62), (180, 5.2, 1.95)][n]
    litres = km * per100 / 100
    return fill(t, n, km=km, per100=per100, price=price, litres=litres, cost=litres * price)


def exchange(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Currency conversion with a fee."""
    value, rate, fee = [(500, 0.92, 2.5), (1200, 149.3, 1.0), (300, 1.27, 3.0)][n]
    source, target, symbol = t["currencies"][n]
    return fill(
        t, n, amount=value, source=source, target=target, rate=rate, fee=fee, fee_share=fee / 100,
        net=value * (1 - fee / 100), symbol=symbol, got=value * (1 - fee / 100) * rate,
    )  # fmt: skip


def map_scale(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Real distance from a map scale."""
    scale, cm = [(25000, 8.4), (50000, 3.2), (100000, 12.5)][n]
    return fill(t, n, scale=scale, cm=cm, per_cm=scale / 100000, km=scale * cm / 100000)


def simple_interest(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Simple interest on a loan."""
    principal, rate, years = [(4000, 6, 3), (15000, 4.5, 5), (800, 12, 2)][n]
    interest = principal * rate / 100 * years
    return fill(
        t, n, principal=principal, rate=rate, years=years, r=rate / 100, interest=interest,
        total=principal + interest,
    )  # fmt: skip


GENERATORS = [
    (discount, 6), (percent_change, 6), (compound_interest, 6), (linear_equation, 10), (tickets, 4),
    (circle_area, 6), (fencing, 6), (cylinder, 4), (average, 6), (travel, 4), (work_rate, 4), (ratio_split, 6),
    (dice, 4), (marbles, 4), (committee, 5), (lcm_problem, 3), (series, 6), (quadratic, 8), (derivative, 6),
    (ladder, 5), (temperature, 8), (recipe, 3), (age_puzzle, 6), (exponent, 6),
]  # fmt: skip
MORE = [
    (unit_price, 4), (tip_split, 3), (round_trip, 3), (sales_tax, 3), (profit_margin, 3), (sphere, 3), (pace, 3),
    (fuel, 3), (exchange, 3), (map_scale, 3), (simple_interest, 3),
]  # fmt: skip


def math_items(rng: random.Random) -> list[Item]:
    """Every math row; a problem that repeats an earlier one is drawn again with new numbers."""
    items, seen = [], set()
    for generate, count in GENERATORS:
        for n in range(count):
            ask, answer = generate(rng, n, T[generate.__name__])
            while ask in seen:
                ask, answer = generate(rng, n, T[generate.__name__])
            seen.add(ask)
            items.append(Item(ask, answer, "Math"))
    return items


def math_more_items(rng: random.Random) -> list[Item]:
    """Everyday money, rates and geometry: three stories per problem type (four for unit prices)."""
    return [Item(*generate(rng, n, T[generate.__name__]), "Math") for generate, count in MORE for n in range(count)]
