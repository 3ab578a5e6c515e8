"""Selection to a budget with diversity at scale: 1M synthetic rows, 300K taken.

    PYTHONPATH=src python benchmarks/bench_select.py [--rows 1000000] [--budget-rows 300000]
        [--budget-tokens N] [--max-similarity 0.9] [--check-exact 20000]

The rows are synthetic (allowed for this figure): clustered 384-d unit vectors shaped like sentence
embeddings with 3% near-copies (bench_knn.clustered_vectors), token counts drawn from a log-normal (median
~250 tokens, like instruction + response), a normal score and twelve categories of skewed sizes. The clock
covers what `synthlens select` does after reading the run: ranking, the walk with its growing index, and
writing the drop reasons (`filter.apply` on the table); the selection report is timed on its own.
--check-exact re-runs the walk on the first N rows with the exact index and counts the rows whose outcome
differs from the approximate (IVF) walk's, so the figure says what the speed costs.
"""

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_knn import clustered_vectors  # noqa: E402

from synthlens import filter as recipes  # noqa: E402
from synthlens.filter.select import walk as walk_module  # noqa: E402
from synthlens.filter.select.report import selection_report  # noqa: E402

CATEGORY_SHARES = np.array([30, 20, 10, 8, 7, 6, 5, 4, 4, 3, 2, 1]) / 100


def synthetic_table(rows: int, seed: int = 1) -> pl.DataFrame:
    """id, score, total_tokens and task_category for `rows` rows (vectors come separately)."""
    rng = np.random.default_rng(seed)
    return pl.DataFrame(
        {
            "id": [f"r{i:08d}" for i in range(rows)],
            "score": rng.normal(size=rows),
            "total_tokens": (rng.lognormal(5.5, 0.8, size=rows) + 10).astype(np.int64),
            "task_category": np.array([f"category {c:02d}" for c in range(12)])[
                rng.choice(12, size=rows, p=CATEGORY_SHARES)
            ],
        }
    )


def select_recipe(args: argparse.Namespace) -> recipes.Recipe:
    plain: dict = {"score": "score", "max_similarity": args.max_similarity}
    if args.budget_rows:
        plain["budget_rows"] = args.budget_rows
    if args.budget_tokens:
        plain["budget_tokens"] = args.budget_tokens
    if args.min_per_category:
        plain["min_per_value"] = args.min_per_category
    return recipes.recipe_from_dict({"name": "bench", "select": plain})


def timed(label: str, function, results: dict):
    """Run `function`; record its wall time and the CPU time this process spent (all threads), which the load
    of other processes on the machine stretches less than the wall time."""
    started, cpu = time.perf_counter(), _cpu_seconds()
    value = function()
    results[label] = round(time.perf_counter() - started, 2)
    results[label.replace("_s", "_cpu_s")] = round(_cpu_seconds() - cpu, 2)
    return value


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def exact_agreement(vectors: np.ndarray, table: pl.DataFrame, recipe: recipes.Recipe, rows: int) -> dict:
    """On the first `rows` rows: outcomes of the IVF walk against the exact walk (same budget share)."""
    subset, share = table.head(rows), rows / table.height
    scaled = recipes.recipe_from_dict(
        {"name": "check", "select": {**recipe.select.to_dict(), "budget_rows": int(recipe.select.budget_rows * share)}}
    )
    limit = walk_module.EXACT_MAX_ROWS
    try:
        walk_module.EXACT_MAX_ROWS = 0  # the IVF index, whatever the size
        approximate = recipes.apply(subset, scaled, vectors[:rows])
        walk_module.EXACT_MAX_ROWS = rows  # the same walk with the flat index
        exact = recipes.apply(subset, scaled, vectors[:rows])
    finally:
        walk_module.EXACT_MAX_ROWS = limit
    differ = int((approximate["drop_reason"].fill_null("taken") != exact["drop_reason"].fill_null("taken")).sum())
    return {"rows": rows, "outcomes_differing": differ, "share": differ / rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("--budget-rows", type=int, default=300_000)
    parser.add_argument("--budget-tokens", type=int, default=None)
    parser.add_argument("--max-similarity", type=float, default=0.9)
    parser.add_argument("--min-per-category", type=int, default=None)
    parser.add_argument("--check-exact", type=int, default=0, help="rows for the exact-walk comparison (0: skip)")
    parser.add_argument("--nprobe", type=int, default=None, help="IVF cells searched per row (default: the walk's)")
    args = parser.parse_args()
    if args.nprobe:
        walk_module.IVF_NPROBE = walk_module.IVF_NPROBE_CLOSE = args.nprobe
    results: dict = {"rows": args.rows, "load_before": round(os.getloadavg()[0], 2), "cores": os.cpu_count()}
    vectors = timed("make_vectors_s", lambda: clustered_vectors(args.rows, args.dim, seed=0), results)
    table = synthetic_table(args.rows)
    recipe = select_recipe(args)
    flags = timed("select_s", lambda: recipes.apply(table, recipe, vectors), results)
    report = timed("report_s", lambda: selection_report(table, flags, recipe, vectors), results)
    results |= {key: report[key] for key in ("index", "candidates", "taken", "too_similar", "over_budget")}
    results |= {"tokens_taken": report["tokens_taken"], "diversity": report["diversity"]}
    if args.check_exact:
        results["exact_check"] = exact_agreement(vectors, table, recipe, args.check_exact)
    results["load_after"] = round(os.getloadavg()[0], 2)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
