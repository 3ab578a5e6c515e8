"""More math rows: everyday money, rates and geometry, each with its own small story."""

import math
import random

from demo_content.item import Item
from demo_content.math_items import money


def unit_price(rng: random.Random, n: int) -> tuple[str, str]:
    """Which package is the better deal per unit."""
    product, unit = [("cereal", "g"), ("laundry detergent", "ml"), ("olive oil", "ml"), ("dog food", "kg")][n]
    size_a, size_b = rng.choice([(500, 1200), (750, 2000), (250, 1000)])
    price_a = round(size_a / 100 * rng.uniform(0.3, 0.6), 2)
    price_b = round(size_b / 100 * rng.uniform(0.25, 0.55), 2)
    per_a, per_b = price_a / size_a * 100, price_b / size_b * 100
    better = "the larger pack" if per_b < per_a else "the smaller pack"
    ask = (
        f"Which {product} is the better deal: {size_a} {unit} for {money(price_a)} or {size_b} {unit} for "
        f"{money(price_b)}?"
    )
    return ask, (
        f"Compare the price per 100 {unit}:\n- Small: {money(price_a)} / {size_a} × 100 = ${per_a:.3f}\n"
        f"- Large: {money(price_b)} / {size_b} × 100 = ${per_b:.3f}\n\n**{better.capitalize()}** is cheaper "
        f"per unit, as long as you'll use it all before it expires."
    )


def tip_split(rng: random.Random, n: int) -> tuple[str, str]:
    """Tip and split a restaurant bill."""
    bill, pct, people = rng.randrange(60, 240), [15, 18, 20][n], [3, 4, 5][n]
    total = bill * (1 + pct / 100)
    ask = [
        f"Our dinner bill is ${bill}. We want to leave a {pct}% tip and split it between {people} people. "
        f"How much does each person pay?",
        f"{people} friends share a ${bill} restaurant bill plus {pct}% tip. What's each share?",
        f"How do I split ${bill} plus a {pct}% tip evenly among {people}?",
    ][n]
    return ask, (
        f"Tip: {pct}% of ${bill} = {money(round(bill * pct / 100, 2))}. Total: {money(round(total, 2))}.\n\n"
        f"Each of the {people} pays {money(round(total, 2))} / {people} = **{money(round(total / people, 2))}**."
    )


def round_trip(rng: random.Random, n: int) -> tuple[str, str]:
    """Average speed over a round trip (harmonic mean, not the arithmetic mean)."""
    out, back = [(60, 40), (30, 20), (90, 60)][n]
    avg = 2 * out * back / (out + back)
    who = [
        "I drive to my parents' house",
        "A cyclist rides to the next village",
        "A train travels between two cities",
    ][n]
    ask = f"{who} at {out} km/h and returns along the same route at {back} km/h. What is the average speed for the whole trip?"
    return ask, (
        f"It's not ({out} + {back}) / 2, because more time is spent at the slower speed. For a distance d "
        f"each way, total time = d/{out} + d/{back}, so average = 2d / total time = 2 × {out} × {back} / "
        f"({out} + {back}) = **{avg:g} km/h**."
    )


def sales_tax(rng: random.Random, n: int) -> tuple[str, str]:
    """Price before tax from a price including tax."""
    rate, item = [(8, "a laptop"), (20, "a pair of headphones"), (13, "a bike helmet")][n]
    base = rng.randrange(40, 900)
    total = round(base * (1 + rate / 100), 2)
    ask = f"I paid {money(total)} for {item}, including {rate}% sales tax. What was the price before tax?"
    return ask, (
        f"The total is {100 + rate}% of the pre-tax price, so divide by {1 + rate / 100:g}: "
        f"{money(total)} / {1 + rate / 100:g} = **{money(round(total / (1 + rate / 100), 2))}**. Note that "
        f"subtracting {rate}% of the total would give the wrong answer."
    )


def profit_margin(rng: random.Random, n: int) -> tuple[str, str]:
    """Markup versus margin."""
    cost, price = [(12, 20), (45, 60), (8, 14)][n]
    thing = ["handmade candles", "refurbished headphones", "printed T-shirts"][n]
    ask = f"I make {thing} for ${cost} each and sell them for ${price}. What are my markup and my profit margin?"
    return ask, (
        f"Profit per item: ${price - cost}.\n- Markup (profit / cost): {price - cost}/{cost} = "
        f"**{(price - cost) / cost:.1%}**\n- Margin (profit / price): {price - cost}/{price} = "
        f"**{(price - cost) / price:.1%}**\n\nMargin is always lower than markup for the same sale."
    )


def sphere(rng: random.Random, n: int) -> tuple[str, str]:
    """Volume and surface area of a sphere."""
    thing, r = [("basketball", 12), ("spherical water tank", 150), ("snow globe", 5)][n]
    unit = "cm"
    ask = f"A {thing} has a radius of {r} {unit}. What are its volume and surface area?"
    return ask, (
        f"Volume = 4/3 π r³ = 4/3 × π × {r}³ ≈ **{4 / 3 * math.pi * r**3:,.0f} cm³**.\n"
        f"Surface area = 4 π r² = 4 × π × {r}² ≈ **{4 * math.pi * r * r:,.0f} cm²**."
    )


def pace(rng: random.Random, n: int) -> tuple[str, str]:
    """Running pace from distance and time."""
    km, minutes = [(5, 27), (10, 58), (21.1, 124)][n]
    per_km = minutes / km
    ask = [
        f"I ran {km:g} km in {minutes} minutes. What was my pace per kilometre?",
        f"What pace do I need to keep to finish a {km:g} km race in {minutes} minutes?",
        f"My half marathon time was {minutes // 60} hours {minutes % 60} minutes. What was my average pace?",
    ][n]
    mins, secs = divmod(round(per_km * 60), 60)
    return (
        ask,
        f"Pace = time / distance = {minutes} min / {km:g} km ≈ {per_km:.2f} min/km, which is **{mins}:{secs:02d} per km**.",
    )


def fuel(rng: random.Random, n: int) -> tuple[str, str]:
    """Fuel cost of a trip."""
    km, per100, price = [(420, 6.5, 1.85), (1250, 7.8, 1.62), (180, 5.2, 1.95)][n]
    litres = km * per100 / 100
    ask = [
        f"My car uses {per100} litres per 100 km. How much will fuel cost for a {km} km trip at €{price} per litre?",
        f"We're driving {km} km on holiday. The car does {per100} L/100 km and petrol is €{price}/L. Fuel budget?",
        f"Estimate the fuel cost of a {km} km drive: consumption {per100} L/100 km, price €{price} per litre.",
    ][n]
    return ask, (
        f"Fuel needed: {km} × {per100} / 100 = {litres:.1f} L.\nCost: {litres:.1f} × €{price} = "
        f"**€{litres * price:.2f}**."
    )


def exchange(rng: random.Random, n: int) -> tuple[str, str]:
    """Currency conversion with a fee."""
    amount, rate, fee = [(500, 0.92, 2.5), (1200, 149.3, 1.0), (300, 1.27, 3.0)][n]
    pair = [("US dollars", "euros", "€"), ("US dollars", "Japanese yen", "¥"), ("pounds", "US dollars", "$")][n]
    got = amount * (1 - fee / 100) * rate
    ask = (
        f"I'm exchanging {amount} {pair[0]} into {pair[1]} at a rate of {rate} with a {fee}% fee. How much will "
        f"I receive?"
    )
    return ask, (
        f"After the fee you convert {amount} × (1 - {fee / 100:g}) = {amount * (1 - fee / 100):g} {pair[0]}.\n"
        f"At {rate}, that's **{pair[2]}{got:,.2f}**."
    )


def map_scale(rng: random.Random, n: int) -> tuple[str, str]:
    """Real distance from a map scale."""
    scale, cm = [(25000, 8.4), (50000, 3.2), (100000, 12.5)][n]
    km = scale * cm / 100000
    ask = [
        f"On a 1:{scale:,} hiking map two villages are {cm} cm apart. How far apart are they in reality?",
        f"My road atlas uses a scale of 1:{scale:,}. The route I measured is {cm} cm long. How many km is that?",
        f"A school project map is drawn at 1:{scale:,}. If the river on it is {cm} cm long, what's its real length?",
    ][n]
    return (
        ask,
        f"1 cm on the map is {scale:,} cm = {scale / 100000:g} km, so {cm} cm is {cm} × {scale / 100000:g} = **{km:g} km**.",
    )


def simple_interest(rng: random.Random, n: int) -> tuple[str, str]:
    """Simple interest on a loan."""
    principal, rate, years = [(4000, 6, 3), (15000, 4.5, 5), (800, 12, 2)][n]
    interest = principal * rate / 100 * years
    ask = [
        f"How much simple interest do I pay on a ${principal:,} loan at {rate}% per year for {years} years?",
        f"A friend lends me ${principal:,} and asks for {rate}% simple interest per year. What do I owe after "
        f"{years} years?",
        f"Calculate the total repayment on ${principal:,} borrowed for {years} years at "
        f"{rate}% simple annual interest.",
    ][n]
    return ask, (
        f"Simple interest = P × r × t = {principal:,} × {rate / 100:g} × {years} = **${interest:,.2f}**.\n\n"
        f"Total to repay: ${principal + interest:,.2f}."
    )


GENERATORS = [
    unit_price,
    tip_split,
    round_trip,
    sales_tax,
    profit_margin,
    sphere,
    pace,
    fuel,
    exchange,
    map_scale,
    simple_interest,
]
COUNTS = {unit_price: 4}


def math_more_items(rng: random.Random) -> list[Item]:
    """Three stories per problem type (four for unit prices)."""
    items = []
    for generate in GENERATORS:
        for n in range(COUNTS.get(generate, 3)):
            ask, answer = generate(rng, n)
            items.append(Item(ask, answer, "Math"))
    return items
