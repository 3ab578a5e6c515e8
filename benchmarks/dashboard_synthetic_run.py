"""A synthetic run with every analysis column of the contract, random but plausible, for the dashboard
benchmark and screenshots: rows in topic clusters on the map, near-duplicate groups with neighbour lists,
judge tags that correlate with the topic, a baseline set of map points.

    python benchmarks/dashboard_synthetic_run.py runs/synthetic-200k --rows 200000
"""

import argparse
from pathlib import Path

import numpy as np
import polars as pl

from synthlens import atomic
from synthlens.schema import CANONICAL_SCHEMA
from synthlens.workspace import Workspace

CATEGORIES = {
    "Coding & Debugging": ["Write a {lang} function that {task}.", "Why does my {lang} code {bug}?"],
    "Math": ["What is the derivative of {expr}?", "Solve for x: {expr} = {n}."],
    "Information seeking": ["What is the capital of {place}?", "When was {thing} invented?"],
    "Creative writing": ["Write a short poem about {thing}.", "Tell a story set in {place}."],
    "Advice seeking": ["How can I get better at {skill}?", "What should I know before learning {skill}?"],
    "Planning": ["Plan a {n}-day trip to {place}.", "Make a weekly schedule for learning {skill}."],
    "Editing": ["Rewrite this sentence to be more formal: {sentence}", "Fix the grammar: {sentence}"],
    "Reasoning": ["If {thing} is heavier than a car, what follows about {place}?", "Explain why {sentence}"],
}
SLOTS = {
    "lang": ["Python", "Rust", "Go", "JavaScript", "SQL"],
    "task": ["reverses a list", "parses a date", "merges two dicts", "counts words", "checks a palindrome"],
    "bug": ["raise KeyError", "hang forever", "print None", "leak memory"],
    "expr": ["x^2 + 3x", "sin(x) * x", "e^(2x)", "ln(x) / x"],
    "place": ["Lisbon", "Kyoto", "Nairobi", "Quito", "Oslo", "Hanoi"],
    "thing": ["the telescope", "the bicycle", "paper money", "the printing press", "autumn"],
    "skill": ["chess", "public speaking", "watercolour", "statistics", "cooking"],
    "sentence": ["me and him goes to school", "the data are big", "it rains so we stayed home"],
    "n": ["3", "5", "7", "12", "42"],
}
QUALITY = ["very poor", "poor", "average", "good", "excellent"]
DIFFICULTY = ["very easy", "easy", "medium", "hard", "very hard"]
LANGUAGES = ["EN", "EN", "EN", "EN", "ZH", "ES", "DE", "FR"]
HAZARDS = [("S1", "Violent Crimes"), ("S2", "Non-Violent Crimes"), ("S10", "Hate"), ("S11", "Suicide & Self-Harm")]
K = 5
JUDGE = "meta-llama/Llama-3.1-8B-Instruct"


def instructions(category_index: np.ndarray, rng: np.random.Generator) -> list[str]:
    """One templated instruction per row, its template drawn from the row's category."""
    names = list(CATEGORIES)
    texts = []
    for index in category_index:
        template = CATEGORIES[names[index]][rng.integers(2)]
        slots = {key: values[rng.integers(len(values))] for key, values in SLOTS.items() if "{" + key in template}
        texts.append(template.format(**slots))
    return texts


def canonical(n: int, rng: np.random.Generator, category_index: np.ndarray, source: str) -> pl.DataFrame:
    """Canonical rows: a templated instruction, a response of plausible length, one or a few turns."""
    instruction = pl.Series(instructions(category_index, rng))
    sentence = "This answer walks through the idea step by step with an example. "
    repeats = np.clip(rng.lognormal(2.3, 0.6, n), 1, 80).astype(int)
    response = pl.Series([sentence * count for count in repeats])
    empty = rng.random(n) < 0.01
    response = response.scatter(np.flatnonzero(empty), "")
    frame = pl.DataFrame({"id": [f"row-{i:07d}" for i in range(n)], "instruction": instruction, "response": response})
    turn = pl.struct(pl.lit("user").alias("role"), pl.col("instruction").alias("content"))
    reply = pl.struct(pl.lit("assistant").alias("role"), pl.col("response").alias("content"))
    frame = frame.with_columns(pl.Series("n_turns", rng.choice([1, 1, 1, 1, 2, 3], n), dtype=pl.Int32))
    # A multi-turn row repeats its exchange; the text matters less here than the shape of the table.
    exchanges = pl.concat_list(turn, reply).repeat_by("n_turns").list.eval(pl.element().explode())
    return frame.select(
        "id",
        "instruction",
        "response",
        exchanges.alias("conversation"),
        pl.lit(None, pl.String).alias("system"),
        "n_turns",
        pl.lit(source).alias("source"),
        pl.lit("magpie").alias("source_format"),
        pl.int_range(n, dtype=pl.Int64).alias("row_index"),
    ).cast(CANONICAL_SCHEMA)


def duplicate_of(n: int, rng: np.random.Generator) -> np.ndarray:
    """For each row, the row it near-duplicates (itself when it is an original): about 6% are copies."""
    original = np.arange(n)
    copies = np.flatnonzero(rng.random(n) < 0.06)
    targets = rng.integers(0, n, len(copies))
    keep = ~np.isin(targets, copies)
    original[copies[keep]] = targets[keep]
    return original


def stats_table(rows: pl.DataFrame, group_of: np.ndarray, rng: np.random.Generator) -> pl.DataFrame:
    n = rows.height
    exact = pl.Series(group_of == np.arange(n)).not_() & pl.Series(rng.random(n) < 0.3)
    return rows.select(
        "id",
        pl.col("instruction").str.len_chars().cast(pl.Int64).alias("instruction_chars"),
        pl.col("response").str.len_chars().cast(pl.Int64).alias("response_chars"),
        (pl.col("instruction").str.len_chars() / 4.2).cast(pl.Int32).alias("instruction_tokens"),
        (pl.col("response").str.len_chars() / 4.6).cast(pl.Int32).alias("response_tokens"),
        (pl.col("response") == "").alias("is_empty_response"),
        pl.col("instruction").str.ends_with(":").alias("is_incomplete"),
        pl.when(exact).then(2).otherwise(1).cast(pl.Int32).alias("exact_dup_count"),
        exact.alias("is_exact_dup"),
    )


def neighbour_lists(category_index: np.ndarray, group_of: np.ndarray, rng: np.random.Generator) -> pl.DataFrame:
    """K neighbours per row: its near-duplicate partner first (when it has one), then rows of its topic."""
    n = len(category_index)
    order = np.argsort(category_index, kind="stable")
    starts = np.searchsorted(category_index[order], np.arange(category_index.max() + 2))
    sizes = (starts[1:] - starts[:-1])[category_index]
    picks = order[starts[category_index][:, None] + (rng.random((n, K)) * sizes[:, None]).astype(int)]
    sims = -np.sort(-rng.uniform(0.45, 0.86, (n, K)), axis=1)
    partner = group_of.copy()
    partner[group_of] = np.arange(n)  # an original points at (one of) its copies
    has_partner = partner != np.arange(n)
    picks[has_partner, 0] = partner[has_partner]
    sims[has_partner, 0] = rng.uniform(0.9, 0.995, has_partner.sum())
    ids = np.char.add("row-", np.char.zfill(np.arange(n).astype(str), 7))
    top = sims[:, 0]
    # The spanning-forest link the dedup sweep reads: copies link to their original, and some originals to
    # a same-topic row at a lower similarity, so lowering the threshold merges groups.
    is_copy = group_of != np.arange(n)
    chained = ~is_copy & (rng.random(n) < 0.08) & (picks[:, 1] != np.arange(n))
    link = np.where(is_copy, group_of, np.where(chained, picks[:, 1], -1))
    link_sim = np.where(is_copy, sims[:, 0], np.where(chained, rng.uniform(0.8, 0.9, n), np.nan))
    return pl.DataFrame(
        {
            "id": ids,
            "nn_ids": ids[picks].tolist(),
            "nn_sims": sims.astype(np.float32).tolist(),
            "min_neighbor_distance": (1 - top).astype(np.float32),
            "min_neighbor_distance_l2": (2 - 2 * top).astype(np.float32),
            "min_similar_uuid": pl.Series(ids[picks[:, 0]]).set(pl.Series(top < 0.9), None),
            "repeat_count": (sims >= 0.95).sum(axis=1).astype(np.int32),
            "dup_link_id": pl.Series(ids[np.maximum(link, 0)]).set(pl.Series(link < 0), None),
            "dup_link_sim": pl.Series(link_sim.astype(np.float32)).fill_nan(None),
        }
    ).with_columns(pl.col("nn_sims").cast(pl.List(pl.Float32)))


def dedup_table(ids: pl.Series, group_of: np.ndarray) -> pl.DataFrame:
    sizes = np.bincount(group_of, minlength=len(group_of))[group_of]
    return pl.DataFrame(
        {
            "id": ids,
            "dup_group": group_of.astype(np.int64),
            "dup_group_size": sizes.astype(np.int64),
            "is_dup_representative": group_of == np.arange(len(group_of)),
        }
    )


def map_coordinates(category_index: np.ndarray, rng: np.random.Generator, shift: float = 0.0) -> np.ndarray:
    """Topic blobs around a circle, two sub-clusters each, so the map has regions worth selecting."""
    angle = category_index * (2 * np.pi / len(CATEGORIES)) + shift
    sub = rng.integers(0, 2, len(category_index))
    centre = np.column_stack([np.cos(angle), np.sin(angle)]) * (8 + 2.5 * sub[:, None])
    return (centre + rng.normal(0, 1.1, (len(category_index), 2))).astype(np.float32), sub


def judge_tables(ids: pl.Series, category_index: np.ndarray, rng: np.random.Generator) -> dict[str, pl.DataFrame]:
    """Category, quality, difficulty, language, safety and reward columns, correlated with the topic."""
    n, names = len(ids), np.array(list(CATEGORIES))
    quality = rng.choice(len(QUALITY), n, p=[0.04, 0.11, 0.3, 0.4, 0.15])
    difficulty = np.clip(rng.binomial(4, 0.25 + 0.06 * (category_index % 4)), 0, 4)
    neighbour = [[names[(c + 1) % len(names)]] for c in category_index]
    return {
        "category": tagged(ids, "task_category", names[category_index], other_task_category=neighbour),
        "quality": tagged(
            ids, "input_quality", np.array(QUALITY)[quality], quality_explanation="The query is clear and specific."
        ),
        "difficulty": tagged(
            ids,
            "difficulty",
            np.array(DIFFICULTY)[difficulty],
            intent="The user wants a direct, worked answer.",
            knowledge="To solve this problem, the models need to know the basics of the topic.",
        ),
        "language": tagged(ids, "language", rng.choice(LANGUAGES, n), generator="lingua"),
        "safety": safety_table(ids, rng),
        "reward": pl.DataFrame(
            {
                "id": ids,
                "instruct_reward": rng.normal(-4 + 2.2 * quality, 3.0).astype(np.float32),
                "reward_generator": "sfairXC/FsfairX-LLaMA3-RM-v0.1",
            }
        ),
    }


def tagged(ids: pl.Series, column: str, values: np.ndarray, generator: str = JUDGE, **extra: object) -> pl.DataFrame:
    """A judge stage: the tag column, any extra columns, and which model produced it."""
    generator_column = f"{column}_generator"
    return pl.DataFrame({"id": ids, column: values, **extra, generator_column: generator})


def safety_table(ids: pl.Series, rng: np.random.Generator) -> pl.DataFrame:
    """About 2.5% of rows judged unsafe, each with one hazard category."""
    unsafe = rng.random(len(ids)) < 0.025
    hazard = rng.integers(0, len(HAZARDS), len(ids))
    return pl.DataFrame(
        {
            "id": ids,
            "is_safe": ~unsafe,
            "hazard_categories": [[HAZARDS[h][0]] if u else [] for h, u in zip(hazard, unsafe, strict=True)],
            "hazard_names": [[HAZARDS[h][1]] if u else [] for h, u in zip(hazard, unsafe, strict=True)],
            "safety_generator": "meta-llama/Llama-Guard-3-8B",
        }
    )


def baseline_points(n: int, rng: np.random.Generator) -> pl.DataFrame:
    """An Alpaca-like baseline on the same map: fewer topics, shifted, so the dataset's new regions show."""
    category_index = rng.choice(len(CATEGORIES), n, p=[0.1, 0.05, 0.35, 0.2, 0.15, 0.05, 0.08, 0.02])
    xy, _ = map_coordinates(category_index, rng, shift=0.25)
    return pl.DataFrame(
        {
            "source": "alpaca",
            "id": [f"alpaca-{i}" for i in range(n)],
            "instruction": instructions(category_index, rng),
            "x": xy[:, 0],
            "y": xy[:, 1],
        }
    )


def build(root: Path, rows: int, baseline_rows: int, seed: int = 0) -> Workspace:
    """Write a complete synthetic run to `root` (replacing the stages of one already there)."""
    rng = np.random.default_rng(seed)
    category_index = rng.choice(len(CATEGORIES), rows, p=[0.2, 0.12, 0.2, 0.1, 0.14, 0.08, 0.08, 0.08])
    group_of = duplicate_of(rows, rng)
    category_index = category_index[group_of]
    frame = canonical(rows, rng, category_index, root.name)
    copied = frame["instruction"].to_numpy()[group_of]
    tweak = np.where(group_of != np.arange(rows), " Please be brief.", "")
    incomplete = np.where(rng.random(rows) < 0.01, " Use this text:", "")
    frame = frame.with_columns(
        pl.Series("instruction", np.char.add(np.char.add(copied.astype(str), tweak), incomplete))
    )
    ws = Workspace.create(root, {"path": f"synthetic:{rows}", "sha256": f"synthetic-{rows}-{seed}", "format": "magpie"})
    ws.write_rows(frame)
    ids = frame["id"]
    ws.run_stage("stats", {"synthetic": True}, lambda: stats_table(frame, group_of, rng))
    neighbour_params = {"k": K, "threshold": 0.9, "floor": 0.8}
    ws.run_stage("neighbors", neighbour_params, lambda: neighbour_lists(category_index, group_of, rng))
    dedup_params = {"threshold": 0.9, "keep": "first", "mode": "components"}
    ws.run_stage("dedup", dedup_params, lambda: dedup_table(ids, group_of), depends_on=["neighbors"])
    xy, sub = map_coordinates(category_index, rng)
    names = np.array(list(CATEGORIES))
    coverage = pl.DataFrame(
        {
            "id": ids,
            "x": xy[:, 0],
            "y": xy[:, 1],
            "cluster": (category_index * 2 + sub).astype(np.int32),
            "cluster_label": np.char.add(names[category_index], np.where(sub == 0, " (core)", " (edge)")),
        }
    )
    ws.run_stage("coverage", {"method": "umap", "baselines": ["alpaca"]}, lambda: coverage)
    atomic.write_parquet(baseline_points(baseline_rows, rng), root / "baselines" / "alpaca.parquet")
    for stage, table in judge_tables(ids, category_index, rng).items():
        ws.run_stage(stage, {"synthetic": True}, lambda table=table: table)
    return ws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--baseline-rows", type=int, default=52_002)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    build(args.root, args.rows, args.baseline_rows, args.seed)


if __name__ == "__main__":
    main()
