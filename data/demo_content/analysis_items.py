"""Data analysis rows: small generated tables with statistics computed from them; wording is in analysis.yaml."""

import math
import random
import statistics

from demo_content.content import fill, load
from demo_content.item import Item

T = load("analysis")


def monthly_sales(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Totals, best month and growth for six months of revenue."""
    months = t["months"][n % 5 : n % 5 + 6]
    values = [rng.randrange(8000, 30000, 50) for _ in months]
    table = "\n".join(f"{m},{v}" for m, v in zip(months, values, strict=False))
    return fill(
        t, n, business=t["businesses"][n], table=table, total=sum(values), mean=statistics.mean(values),
        best=months[values.index(max(values))], high=max(values), worst=months[values.index(min(values))],
        low=min(values), first=months[0], last=months[-1], growth=(values[-1] - values[0]) / values[0] * 100,
    )  # fmt: skip


def ab_test(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Conversion rates, lift and a two-proportion z statistic."""
    na, nb = rng.randrange(2000, 9000, 10), rng.randrange(2000, 9000, 10)
    ca, cb = int(na * rng.uniform(0.02, 0.08)), int(nb * rng.uniform(0.02, 0.09))
    pa, pb = ca / na, cb / nb
    pooled = (ca + cb) / (na + nb)
    z = (pb - pa) / math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb))
    conclusion = t["b_wins"] if z > 1.96 else t["a_wins"] if z < -1.96 else t["undecided"]
    return fill(
        t, n, thing=t["things"][n], numbers=t["numbers"].format(na=na, ca=ca, nb=nb, cb=cb), pa=pa, pb=pb,
        difference=(pb - pa) * 100, lift=(pb - pa) / pa, z=z, conclusion=conclusion,
        verdict=t["significant"] if abs(z) > 1.96 else t["not_significant"],
    )  # fmt: skip


def survey(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Percentages and the leading answer of a survey question."""
    question, options = t["surveys"][n]["question"], t["surveys"][n]["options"]
    counts = [rng.randint(5, 90) for _ in options]
    total = sum(counts)
    return fill(
        t, n, question=question, lines="\n".join(f"- {o}: {c}" for o, c in zip(options, counts, strict=False)),
        total=total, shares="\n".join(f"- {o}: {c / total:.1%}" for o, c in zip(options, counts, strict=False)),
        top=options[counts.index(max(counts))],
    )  # fmt: skip


def shortlog(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Commit concentration from git shortlog output."""
    people = rng.sample(t["developers"], rng.randint(4, 7))
    counts = sorted((rng.randint(3, 400) for _ in people), reverse=True)
    total, running, needed = sum(counts), 0, 0
    for c in counts:
        running, needed = running + c, needed + 1
        if running >= 0.8 * total:
            break
    return fill(
        t, n, table="\n".join(f"{c:6d}\t{p}" for c, p in zip(counts, people, strict=False)), total=total,
        people=len(people), top=people[0], top_share=counts[0] / total, needed=needed,
        verdict=t["concentrated"] if needed <= 2 else t["shared"],
    )  # fmt: skip


def temperatures(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Mean, range and extremes of a week of temperatures."""
    days, base = t["days"], rng.randint(-5, 28)
    temps = [base + rng.randint(-4, 6) for _ in days]
    return fill(
        t, n, city=t["cities"][n], listed=", ".join(f"{d} {v}" for d, v in zip(days, temps, strict=False)),
        mean=statistics.mean(temps), low=min(temps), high=max(temps), spread=max(temps) - min(temps),
        warm=days[temps.index(max(temps))],
    )  # fmt: skip


def grades(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Descriptive statistics of exam scores."""
    scores = [rng.randint(45, 100) for _ in range(rng.randint(9, 14))]
    passed = sum(s >= 60 for s in scores)
    return fill(
        t, n, subject=t["subjects"][n], listed=", ".join(map(str, scores)), count=len(scores),
        mean=statistics.mean(scores), median=statistics.median(scores), stdev=statistics.stdev(scores),
        high=max(scores), low=min(scores), passed=passed, share=passed / len(scores),
    )  # fmt: skip


def correlation(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Pearson correlation of two short series."""
    pair = t["pairs"][n]
    xs = [rng.randint(1, 12) for _ in range(8)]
    slope = pair["slope"] if "slope" in pair else rng.uniform(2, 8)
    noise = abs(slope) * rng.uniform(1, 6)
    ys = [round(10 + slope * x + rng.uniform(-noise, noise), 1) for x in xs]
    r = statistics.correlation(xs, ys)
    return fill(
        t, n, x=pair["x"], y=pair["y"], points="; ".join(f"({x}, {y:g})" for x, y in zip(xs, ys, strict=False)),
        r=r, strength="strong" if abs(r) > 0.7 else "moderate" if abs(r) > 0.4 else "weak",
        direction="positive" if r > 0 else "negative",
    )  # fmt: skip


def expenses(rng: random.Random, n: int, t: dict) -> tuple[str, str]:
    """Category shares of a monthly budget; the first category is rent."""
    cats = t["categories"]
    values = [rng.randrange(900, 1900, 25)] + [rng.randrange(30, 600, 5) for _ in cats[1:]]
    total = sum(values)
    return fill(
        t, n, listed=", ".join(f"{c} ${v}" for c, v in zip(cats, values, strict=False)), total=total,
        shares="\n".join(f"- {c}: {v / total:.1%}" for c, v in zip(cats, values, strict=False)),
        biggest=max(zip(values[1:], cats[1:], strict=False))[1],
    )  # fmt: skip


GENERATORS = [
    (monthly_sales, 8), (ab_test, 6), (survey, 6), (shortlog, 3), (temperatures, 6), (grades, 4), (correlation, 5),
    (expenses, 3),
]  # fmt: skip


def analysis_items(rng: random.Random) -> list[Item]:
    """Every data analysis row; the shortlog rows are about git."""
    items = []
    for generate, count in GENERATORS:
        for n in range(count):
            ask, answer = generate(rng, n, T[generate.__name__])
            items.append(Item(ask, answer, "Data analysis", theme="git" if generate is shortlog else "general"))
    return items
