"""Filter and export speed on the real Alpaca set (tiled to --rows) with simulated analysis stages.

    python benchmarks/bench_filter_export.py [--rows 1000000] [--source /work/shared/data/alpaca_data.json]

Prints, side by side in one run: reading the joined table, applying a conditions-only recipe, the full
Magpie-style recipe (conditions + per-category quota + top-N), its funnel, and each export format.
"""

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

from synthlens import filter as recipes
from synthlens.export import ExportOptions, export_run
from synthlens.readers import read_dataset
from synthlens.workspace import Workspace

QUALITY = ["very poor", "poor", "average", "good", "excellent"]
CATEGORIES = ["Information seeking", "Coding & Debugging", "Math", "Creative writing", "Editing", "Planning"]
CONDITIONS = [
    "input_quality >= average",
    "instruct_reward >= -10",
    "is_dup_representative",
    'instruction not_endswith ":"',
]


def build_run(folder: Path, source: str, rows: int) -> Workspace:
    """The source rows tiled to `rows` (ids made unique), with quality, reward and dedup stages."""
    base = read_dataset(source)
    copies = -(-rows // base.height)
    tiled = pl.concat([base.with_columns(pl.col("id") + f"-{copy}") for copy in range(copies)]).head(rows)
    tiled = tiled.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("row_index"))
    ws = Workspace.create(folder / "run", {"path": source, "sha256": "bench", "format": "alpaca"})
    ws.write_rows(tiled)
    rng = random.Random(0)
    ids = tiled["id"]
    stages = {
        "quality": {"input_quality": [rng.choice(QUALITY) for _ in ids]},
        "category": {"task_category": [rng.choice(CATEGORIES) for _ in ids]},
        "reward": {"instruct_reward": [rng.gauss(-5, 6) for _ in ids]},
        "dedup": {"is_dup_representative": [rng.random() > 0.1 for _ in ids]},
    }
    for stage, columns in stages.items():
        table = pl.DataFrame({"id": ids, **columns})
        ws.run_stage(stage, {}, lambda table=table: table)
    return ws


def timed(label: str, action: Callable[[], object], rows: int) -> float:
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    print(f"{label:44s} {seconds:8.2f} s  {rows / seconds:12,.0f} rows/s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--source", default="/work/shared/data/alpaca_data.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ws = build_run(Path(folder), args.source, args.rows)
        table = recipes.filter_table(ws)
        simple = recipes.recipe_from_dict({"name": "conditions", "conditions": CONDITIONS})
        full = recipes.recipe_from_dict(
            {
                "name": "magpie-style",
                "conditions": CONDITIONS,
                "quotas": [{"column": "task_category", "max": {"Information seeking": args.rows // 20}}],
                "top": {"n": args.rows // 4, "by": "response_length"},
            }
        )
        print(f"{args.rows:,} rows from {args.source}")
        timed("read joined table (rows + 4 stages)", lambda: recipes.filter_table(ws), args.rows)
        timed("apply: 4 conditions", lambda: recipes.apply(table, simple), args.rows)
        timed("apply: 4 conditions + quota + top-N", lambda: recipes.apply(table, full), args.rows)
        flags = recipes.apply(table, full)
        timed("funnel of the full recipe (6 steps)", lambda: recipes.funnel(table, full, flags), args.rows)
        recipes.run(ws, full)
        kept = int(flags["keep"].sum())
        print(f"kept {kept:,} rows")
        for file_format in ("jsonl", "parquet", "hf"):
            out = Path(folder) / f"out-{file_format}"
            timed(f"export {file_format} (kept rows, original format)", lambda out=out, f=file_format: export_run(
                ws, out, ExportOptions(file_format=f)), kept)  # fmt: skip


if __name__ == "__main__":
    main()
