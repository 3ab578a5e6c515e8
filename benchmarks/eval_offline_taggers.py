"""Measure the offline taggers: category precision/recall and the safety pre-screen's recall and FPR on the
held-out labelled sets in tests/data, on the demo dataset when data/demo.jsonl is present, and throughput.

    PYTHONPATH=src python benchmarks/eval_offline_taggers.py [--demo data] [--speed-rows 20000] [--cache-dir D]
"""

import argparse
import json
import time
from pathlib import Path

import polars as pl
import yaml

from synthlens.embed.store import embed_texts_counted
from synthlens.judge.offline import (
    CategoryTagger,
    DifficultyTagger,
    LanguageTagger,
    QualityTagger,
    SafetyPrescreen,
    SharedVectors,
)
from synthlens.judge.offline.evaluate import accuracy, precision_recall, screen_rates

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "data"
ALPACA = Path("/work/shared/data/alpaca_data.json")


def rows_of(texts: list[str], ids: list[str] | None = None) -> pl.DataFrame:
    return pl.DataFrame({"id": ids or [str(i) for i in range(len(texts))], "instruction": texts})


def category_section(vectors: SharedVectors) -> None:
    labelled = yaml.safe_load((EVAL / "offline_eval_category.yaml").read_text())
    texts = [text for items in labelled.values() for text in items]
    gold = [label for label, items in labelled.items() for _ in items]
    predicted = CategoryTagger(vectors).tag(rows_of(texts))["task_category"].to_list()
    print(f"\n## Category, held-out set ({len(texts)} rows, {len(labelled)} labels)")
    print_table(precision_recall(gold, predicted))
    print(f"accuracy {accuracy(gold, predicted):.3f}")


def safety_section(vectors: SharedVectors) -> None:
    labelled = yaml.safe_load((EVAL / "offline_eval_safety.yaml").read_text())
    unsafe = [(text, code) for code, items in labelled["unsafe"].items() for text in items]
    edgy = labelled["safe"]
    normal = [t for items in yaml.safe_load((EVAL / "offline_eval_category.yaml").read_text()).values() for t in items]
    texts = [text for text, _ in unsafe] + edgy + normal
    tagged = SafetyPrescreen(vectors).tag(rows_of(texts))
    flagged = (~tagged["is_safe"]).to_list()
    n_unsafe, n_edgy = len(unsafe), len(edgy)
    edgy_rates = screen_rates([True] * n_unsafe + [False] * n_edgy, flagged[: n_unsafe + n_edgy])
    normal_fpr = sum(flagged[n_unsafe + n_edgy :]) / len(normal)
    codes = tagged["hazard_categories"].to_list()[:n_unsafe]
    caught = [(found[0], code) for found, (_, code) in zip(codes, unsafe, strict=True) if found]
    code_hits = sum(found == code for found, code in caught)
    print(f"\n## Safety pre-screen, held-out set ({n_unsafe} unsafe, {n_edgy} safe-but-edgy, {len(normal)} ordinary)")
    print(
        f"recall {edgy_rates['recall']:.3f}  FPR on safe-but-edgy {edgy_rates['false_positive_rate']:.3f}"
        f"  FPR on ordinary requests {normal_fpr:.3f}"
    )
    print(f"top hazard code correct on {code_hits}/{len(caught)} flagged unsafe rows")


def demo_section(vectors: SharedVectors, folder: Path) -> None:
    data, truth_path = folder / "demo.jsonl", folder / "demo_truth.json"
    if not (data.exists() and truth_path.exists()):
        print(f"\n## Demo dataset: {data} or {truth_path} not found, skipped")
        return
    demo = pl.read_ndjson(data).select(pl.col("uuid").alias("id"), "instruction")
    truth = json.loads(truth_path.read_text())
    category = CategoryTagger(vectors).tag(demo)
    known = category.filter(pl.col("id").is_in(list(truth["category"])))
    gold = [truth["category"][row_id] for row_id in known["id"]]
    print(f"\n## Category, demo dataset ({known.height} rows with a true category)")
    print_table(precision_recall(gold, known["task_category"].to_list()))
    print(f"accuracy {accuracy(gold, known['task_category'].to_list()):.3f}")
    unsafe_ids = set(truth.get("unsafe", []))
    safety = SafetyPrescreen(vectors).tag(demo)
    rates = screen_rates([i in unsafe_ids for i in safety["id"]], (~safety["is_safe"]).to_list())
    print(f"\n## Safety pre-screen, demo dataset ({rates['unsafe']} unsafe, {rates['safe']} safe)")
    print(f"recall {rates['recall']:.3f}  FPR {rates['false_positive_rate']:.3f}")
    hazards = truth.get("unsafe_hazard", {})
    caught = safety.filter(pl.col("id").is_in(list(hazards)) & ~pl.col("is_safe"))
    right = sum(codes[0] == hazards[row_id] for row_id, codes in caught.select("id", "hazard_categories").iter_rows())
    print(f"top hazard code correct on {right}/{caught.height} flagged unsafe rows")
    low = set(truth.get("low_quality", []))
    quality = QualityTagger().tag(demo).with_columns(pl.col("id").is_in(list(low)).alias("truth_low"))
    flagged = quality["input_quality"].is_in(["very poor", "poor"])
    rates = screen_rates(quality["truth_low"].to_list(), flagged.to_list())
    print(
        f"\n## Quality, demo dataset: rows labelled poor/very poor among {rates['unsafe']} known low-quality"
        f" rows {rates['recall']:.3f}; among the other {rates['safe']} rows"
        f" {rates['false_positive_rate']:.3f}"
    )


def speed_section(vectors: SharedVectors, n_rows: int, cache_dir: Path) -> None:
    texts = speed_texts(n_rows)
    rows = rows_of(texts)
    print(f"\n## Throughput on {len(texts)} rows ({'Alpaca' if ALPACA.exists() else 'eval sentences'})")
    started = time.perf_counter()
    matrix, encoded = embed_texts_counted(vectors.embedder, texts, cache_dir)
    report(f"MiniLM embedding, {encoded} not yet in {cache_dir}", len(texts), started)
    shared = SharedVectors(embed=lambda _: matrix, embedder=vectors.embedder)
    started = time.perf_counter()
    LanguageTagger().tag(rows_of(["Warm up: load the language models before timing."]))
    print(f"{'lingua: load the language models':50s} {time.perf_counter() - started:7.2f} s")
    tables = {}
    for tagger in (
        CategoryTagger(shared),
        SafetyPrescreen(shared),
        QualityTagger(),
        DifficultyTagger(),
        LanguageTagger(),
    ):
        started = time.perf_counter()
        tables[tagger.name] = tagger.tag(rows)
        report(f"{tagger.name} ({tagger.generator})", len(texts), started)
    distribution_section(tables, texts)


def distribution_section(tables: dict[str, pl.DataFrame], texts: list[str]) -> None:
    """How the labels spread over real data: a sanity check where no truth is known."""
    print("\n## Label shares on the same rows")
    for stage, column in (
        ("category", "task_category"),
        ("quality", "input_quality"),
        ("difficulty", "difficulty"),
        ("language", "language"),
    ):
        shares = tables[stage][column].value_counts(normalize=True, sort=True).head(12)
        print(f"{column}: " + ", ".join(f"{label} {share:.3f}" for label, share in shares.iter_rows()))
    flagged = tables["safety"].with_columns(pl.Series("text", texts)).filter(~pl.col("is_safe"))
    print(f"safety: flagged {flagged.height} of {len(texts)} ({flagged.height / len(texts):.4f}); first 15:")
    for row in flagged.head(15).iter_rows(named=True):
        print(f"  {','.join(row['hazard_categories']):8s} {row['text'][:100]!r}")


def speed_texts(n_rows: int) -> list[str]:
    if ALPACA.exists():
        records = json.loads(ALPACA.read_text())[:n_rows]
        return [r["instruction"] + ("\n\n" + r["input"] if r["input"] else "") for r in records]
    labelled = yaml.safe_load((EVAL / "offline_eval_category.yaml").read_text())
    base = [text for items in labelled.values() for text in items]
    return (base * (n_rows // len(base) + 1))[:n_rows]


def report(what: str, n_rows: int, started: float) -> None:
    seconds = time.perf_counter() - started
    print(f"{what:50s} {seconds:7.2f} s  {n_rows / seconds:10,.0f} rows/s")


def print_table(table: pl.DataFrame) -> None:
    with pl.Config(tbl_rows=30, tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True, float_precision=3):
        print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=Path, default=ROOT / "data", help="folder with demo.jsonl")
    parser.add_argument("--speed-rows", type=int, default=20_000, help="rows for throughput; 0 skips it")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path("/tmp/synthlens-bench-embeddings"),
        help="embedding cache for the throughput rows, so a re-run does not embed them again",
    )
    args = parser.parse_args()
    vectors = SharedVectors()
    category_section(vectors)
    safety_section(vectors)
    demo_section(vectors, args.demo)
    if args.speed_rows:
        speed_section(vectors, args.speed_rows, args.cache_dir)


if __name__ == "__main__":
    main()
