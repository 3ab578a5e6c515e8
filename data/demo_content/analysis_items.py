"""Data analysis rows: small generated tables with statistics computed from them."""

import math
import random
import statistics

from demo_content.item import Item

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
BUSINESSES = [
    "coffee shop",
    "online bookstore",
    "bike repair shop",
    "bakery",
    "yoga studio",
    "pet supply store",
    "food truck",
    "florist",
]
DEVELOPERS = ["alice", "bob", "carmen", "dmitri", "elena", "farid", "gwen", "hiro"]


def monthly_sales(rng: random.Random, n: int) -> tuple[str, str]:
    """Totals, best month and growth for six months of revenue."""
    start = n % 5
    months = MONTHS[start : start + 6]
    values = [rng.randrange(8000, 30000, 50) for _ in months]
    table = "\n".join(f"{m},{v}" for m, v in zip(months, values, strict=False))
    best, worst = months[values.index(max(values))], months[values.index(min(values))]
    growth = (values[-1] - values[0]) / values[0] * 100
    frame = [
        "Here is monthly revenue (USD) for the {b} I run:\n\nmonth,revenue\n{t}\n\nSummarise the trend.",
        "Which month was best for our {b}, and are sales growing?\n\nmonth,revenue\n{t}",
        "Can you analyse these sales figures from a {b}?\n\nmonth,revenue\n{t}",
        "I'm preparing a report for the owner of a {b}. What stands out in this data?\n\nmonth,revenue\n{t}",
    ][n % 4]
    ask = frame.format(b=BUSINESSES[n], t=table)
    return ask, (
        f"- Total: ${sum(values):,}; average ${statistics.mean(values):,.0f} per month.\n"
        f"- Best month: {best} (${max(values):,}); weakest: {worst} (${min(values):,}).\n"
        f"- From {months[0]} to {months[-1]} revenue changed by {growth:+.1f}%.\n\n"
        f"With only six points, treat this as a rough trend; compare with the same months last year to "
        f"separate seasonality from real growth."
    )


def ab_test(rng: random.Random, n: int) -> tuple[str, str]:
    """Conversion rates, lift and a two-proportion z statistic."""
    thing = [
        "checkout button colour",
        "pricing page headline",
        "signup form length",
        "onboarding email subject",
        "product photo style",
        "free-shipping banner",
    ][n]
    na, nb = rng.randrange(2000, 9000, 10), rng.randrange(2000, 9000, 10)
    ca, cb = int(na * rng.uniform(0.02, 0.08)), int(nb * rng.uniform(0.02, 0.09))
    pa, pb = ca / na, cb / nb
    pooled = (ca + cb) / (na + nb)
    z = (pb - pa) / math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb))
    verdict = "statistically significant at the 5% level" if abs(z) > 1.96 else "not statistically significant"
    numbers = f"A: {na} visitors, {ca} conversions. B: {nb} visitors, {cb} conversions."
    ask = [
        f"We A/B tested the {thing}. {numbers} Which one won?",
        f"Is the difference in this experiment on our {thing} real? {numbers}",
        f"Marketing wants to ship variant B of the {thing}. Results so far: {numbers} Should we?",
    ][n % 3]
    return ask, (
        f"- A converts at {pa:.2%}, B at {pb:.2%}.\n- Absolute difference: {(pb - pa) * 100:+.2f} "
        f"percentage points; relative lift of B over A: {(pb - pa) / pa:+.1%}.\n"
        f"- Two-proportion z-test: z = {z:.2f}, which is {verdict}.\n\n"
        + (
            "B is the better variant."
            if z > 1.96
            else "A is the better variant."
            if z < -1.96
            else "Keep the test running or accept that the variants perform about the same."
        )
    )


SURVEYS = [
    ("How do you usually commute?", ["Car", "Bus or train", "Bike", "Walk", "Work from home"]),
    ("Which feature should we build next?", ["Dark mode", "Offline sync", "Calendar export", "Shared lists"]),
    ("How satisfied are you with support?", ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied"]),
    ("What is your favourite season?", ["Spring", "Summer", "Autumn", "Winter"]),
    ("How many hours of sleep do you get?", ["Under 6", "6-7", "7-8", "Over 8"]),
    ("Preferred meeting length?", ["15 minutes", "30 minutes", "45 minutes", "60 minutes"]),
]


def survey(rng: random.Random, n: int) -> tuple[str, str]:
    """Percentages and the leading answer of a survey question."""
    question, options = SURVEYS[n]
    counts = [rng.randint(5, 90) for _ in options]
    total = sum(counts)
    lines = "\n".join(f"- {o}: {c}" for o, c in zip(options, counts, strict=False))
    shares = "\n".join(f"- {o}: {c / total:.1%}" for o, c in zip(options, counts, strict=False))
    top = options[counts.index(max(counts))]
    ask = f'Survey question: "{question}" Results:\n{lines}\nWhat percentage chose each option?'
    return ask, f"{total} people answered.\n\n{shares}\n\nThe most common answer was **{top}**."


def shortlog(rng: random.Random, n: int) -> tuple[str, str]:
    """Commit concentration from git shortlog output."""
    people = rng.sample(DEVELOPERS, rng.randint(4, 7))
    counts = sorted((rng.randint(3, 400) for _ in people), reverse=True)
    table = "\n".join(f"{c:6d}\t{p}" for c, p in zip(counts, people, strict=False))
    total, running, needed = sum(counts), 0, 0
    for c in counts:
        running, needed = running + c, needed + 1
        if running >= 0.8 * total:
            break
    frame = [
        "This is `git shortlog -sn` for our repository:\n\n```\n{t}\n```\n\nWhat does it tell us about who works on it?",
        "I'm worried our project depends on one person. Here are commit counts per author:\n\n```\n{t}\n```\n\n"
        "Is that worry justified?",
        "Summarise contributor activity for my open-source library from this output:\n\n```\n{t}\n```",
    ][n]
    ask = frame.format(t=table)
    return ask, (
        f"- {total} commits from {len(people)} people.\n- {people[0]} made {counts[0] / total:.0%} of them.\n"
        f"- The top {needed} contributor(s) account for 80% of commits.\n\n"
        + (
            "Knowledge is concentrated; pair programming and shared reviews would reduce the bus factor risk."
            if needed <= 2
            else "Several people share the work, though a few still carry most of it."
        )
        + " Commit counts measure activity, not impact, so read them alongside review and issue data."
    )


def temperatures(rng: random.Random, n: int) -> tuple[str, str]:
    """Mean, range and extremes of a week of temperatures."""
    city = ["Lisbon", "Oslo", "Toronto", "Melbourne", "Nairobi", "Seoul"][n]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    base = rng.randint(-5, 28)
    temps = [base + rng.randint(-4, 6) for _ in days]
    listed = ", ".join(f"{d} {t}" for d, t in zip(days, temps, strict=False))
    ask = [
        f"Daily highs in {city} last week (°C): {listed}. Give me the average, the range and the warmest day.",
        f"I logged the afternoon temperature in {city} every day for a week: {listed}. Summarise it.",
        f"What was the warmest day of my trip to {city}, and how much did it vary? Highs in °C: {listed}",
    ][n % 3]
    warm = days[temps.index(max(temps))]
    return ask, (
        f"- Average: {statistics.mean(temps):.1f} °C\n- Range: {min(temps)} to {max(temps)} °C "
        f"(spread of {max(temps) - min(temps)} degrees)\n- Warmest day: {warm} at {max(temps)} °C"
    )


def grades(rng: random.Random, n: int) -> tuple[str, str]:
    """Descriptive statistics of exam scores."""
    subject = ["biology", "statistics", "French", "history"][n]
    scores = [rng.randint(45, 100) for _ in range(rng.randint(9, 14))]
    passed = sum(s >= 60 for s in scores)
    listed = ", ".join(map(str, scores))
    ask = [
        f"My {subject} class got these exam scores: {listed}. Describe the results; the pass mark is 60.",
        f"Give me summary statistics for this {subject} test (pass mark 60): {listed}",
        f"How did my students do in the {subject} mock exam? Scores: {listed}. Passing is 60 or more.",
        f"Here are {subject} quiz results out of 100: {listed}. What are the mean, median and spread, and how "
        f"many passed at 60?",
    ][n]
    return ask, (
        f"- Students: {len(scores)}\n- Mean: {statistics.mean(scores):.1f}, median: "
        f"{statistics.median(scores):g}\n- Standard deviation: {statistics.stdev(scores):.1f}\n"
        f"- Highest {max(scores)}, lowest {min(scores)}\n- Passed: {passed} of {len(scores)} "
        f"({passed / len(scores):.0%})"
    )


def correlation(rng: random.Random, n: int) -> tuple[str, str]:
    """Pearson correlation of two short series."""
    x_name, y_name = [
        ("hours studied", "test score"),
        ("ad spend (k$)", "sales (k$)"),
        ("temperature (°C)", "ice creams sold"),
        ("screen time (h)", "sleep (h)"),
        ("distance (km)", "delivery time (min)"),
    ][n]
    xs = [rng.randint(1, 12) for _ in range(8)]
    slope = -0.4 if "sleep" in y_name else rng.uniform(2, 8)
    noise = abs(slope) * rng.uniform(1, 6)
    ys = [round(10 + slope * x + rng.uniform(-noise, noise), 1) for x in xs]
    r = statistics.correlation(xs, ys)
    strength = "strong" if abs(r) > 0.7 else "moderate" if abs(r) > 0.4 else "weak"
    pairs = "; ".join(f"({x}, {y:g})" for x, y in zip(xs, ys, strict=False))
    ask = f"Is there a relationship between {x_name} and {y_name}? Data as (x, y): {pairs}"
    return ask, (
        f"The Pearson correlation is r = {r:.2f}, a {strength} {'positive' if r > 0 else 'negative'} "
        f"relationship. With 8 points this is suggestive rather than conclusive, and correlation alone "
        f"doesn't show that {x_name} causes the change in {y_name}."
    )


def expenses(rng: random.Random, n: int) -> tuple[str, str]:
    """Category shares of a monthly budget."""
    cats = ["Rent", "Groceries", "Transport", "Eating out", "Subscriptions", "Utilities"]
    values = [rng.randrange(900, 1900, 25)] + [rng.randrange(30, 600, 5) for _ in cats[1:]]
    total = sum(values)
    shares = "\n".join(f"- {c}: {v / total:.1%}" for c, v in zip(cats, values, strict=False))
    biggest = max(zip(values[1:], cats[1:], strict=False))[1]
    listed = ", ".join(f"{c} ${v}" for c, v in zip(cats, values, strict=False))
    ask = [
        f"Break down my monthly spending by share: {listed}.",
        f"Our household spent this last month: {listed}. What percentage goes to each category?",
        f"As a student, where does my money go? {listed}",
    ][n]
    return ask, (
        f"Total: ${total:,}.\n\n{shares}\n\nAfter rent, the largest category is {biggest}, so that's "
        f"where a cut would make the biggest difference."
    )


GENERATORS = [
    (monthly_sales, 8),
    (ab_test, 6),
    (survey, 6),
    (shortlog, 3),
    (temperatures, 6),
    (grades, 4),
    (correlation, 5),
    (expenses, 3),
]


def analysis_items(rng: random.Random) -> list[Item]:
    """Every data analysis row."""
    items = []
    for generate, count in GENERATORS:
        for n in range(count):
            ask, answer = generate(rng, n)
            theme = "git" if generate is shortlog else "general"
            items.append(Item(ask, answer, "Data analysis", theme=theme))
    return items
