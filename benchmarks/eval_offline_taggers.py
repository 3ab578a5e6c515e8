"""Measure the offline taggers: the learned classifiers beside the exemplar taggers they replace, on the
hand-written sets in tests/data and the demo dataset; language on short texts; then throughput and the label
mix on Alpaca when it is present.

    PYTHONPATH=src python benchmarks/eval_offline_taggers.py [--demo data] [--alpaca FILE --vectors FILE.npy]

--vectors: MiniLM vectors of the Alpaca rows (instruction + "\\n\\n" + input, file order), so the
throughput figures exclude embedding, as a run with an embed stage does.
"""

import argparse
import json
import time
from pathlib import Path

import numpy as np
import polars as pl
import yaml

from synthlens.judge.language import detect_languages
from synthlens.judge.offline import (
    CategoryClassifier,
    CategoryTagger,
    SafetyClassifier,
    SafetyPrescreen,
    SharedVectors,
    offline_taggers,
)
from synthlens.judge.offline.evaluate import accuracy, precision_recall, screen_rates

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "data"
ALPACA = Path("/work/shared/data/alpaca_data.json")
SAMPLE_ROWS, SAMPLE_SEED = 5_000, 0


def rows_of(texts: list[str], ids: list[str] | None = None) -> pl.DataFrame:
    return pl.DataFrame({"id": ids or [str(i) for i in range(len(texts))], "instruction": texts})


def category_section(vectors: SharedVectors, demo: pl.DataFrame | None, truth: dict) -> None:
    labelled = yaml.safe_load((EVAL / "offline_eval_category.yaml").read_text())
    sets = {
        "hand-written set": ([t for v in labelled.values() for t in v], [k for k, v in labelled.items() for _ in v])
    }
    if demo is not None:
        known = demo.filter(pl.col("id").is_in(list(truth["category"])))
        sets["demo dataset"] = (known["instruction"].to_list(), [truth["category"][i] for i in known["id"]])
    for name, (texts, gold) in sets.items():
        learned = CategoryClassifier(vectors).tag(rows_of(texts))
        old = CategoryTagger(vectors).tag(rows_of(texts))["task_category"].to_list()
        predicted = learned["task_category"].fill_null("(none)").to_list()
        print(f"\n## Category, {name} ({len(texts)} rows)")
        print_table(precision_recall(gold, predicted))
        answered = learned["task_category"].is_not_null().mean()
        print(
            f"learned: accuracy {accuracy(gold, predicted):.3f} (answered {answered:.3f});"
            f" exemplar-knn-v1: accuracy {accuracy(gold, old):.3f}"
        )


def safety_section(vectors: SharedVectors, demo: pl.DataFrame | None, truth: dict) -> None:
    labelled = yaml.safe_load((EVAL / "offline_eval_safety.yaml").read_text())
    unsafe = [text for items in labelled["unsafe"].values() for text in items]
    edgy = labelled["safe"]
    ordinary = [t for v in yaml.safe_load((EVAL / "offline_eval_category.yaml").read_text()).values() for t in v]
    texts = unsafe + edgy + ordinary
    print(f"\n## Safety, hand-written set ({len(unsafe)} unsafe, {len(edgy)} safe-but-edgy, {len(ordinary)} ordinary)")
    for tagger in (SafetyClassifier(vectors), SafetyPrescreen(vectors)):
        flagged = (~tagger.tag(rows_of(texts))["is_safe"]).to_list()
        rates = screen_rates([True] * len(unsafe) + [False] * len(edgy), flagged[: len(unsafe) + len(edgy)])
        ordinary_fpr = sum(flagged[len(unsafe) + len(edgy) :]) / len(ordinary)
        print(
            f"{tagger.generator:32s} recall {rates['recall']:.3f}  FPR edgy {rates['false_positive_rate']:.3f}"
            f"  FPR ordinary {ordinary_fpr:.3f}"
        )
    if demo is not None:
        unsafe_ids = set(truth.get("unsafe", []))
        print(f"\n## Safety, demo dataset ({len(unsafe_ids)} unsafe, {demo.height - len(unsafe_ids)} safe)")
        for tagger in (SafetyClassifier(vectors), SafetyPrescreen(vectors)):
            tagged = tagger.tag(demo)
            rates = screen_rates([i in unsafe_ids for i in tagged["id"]], (~tagged["is_safe"]).to_list())
            print(f"{tagger.generator:32s} recall {rates['recall']:.3f}  FPR {rates['false_positive_rate']:.3f}")


def language_section(alpaca: list[str]) -> None:
    labelled = yaml.safe_load((EVAL / "offline_eval_language.yaml").read_text())
    texts = [t for v in labelled.values() for t in v]
    gold = [None if k == "none" else k for k, v in labelled.items() for _ in v]
    codes, _ = detect_languages(texts)
    english = sum(g == "EN" for g in gold)
    print(f"\n## Language, hand-written short texts ({len(texts)}: {english} English, {len(texts) - english} not)")
    for name, found in (("english check + lingua", codes), ("lingua alone (before)", lingua_alone(texts))):
        right = sum(c == g for c, g in zip(found, gold, strict=True))
        right_en = sum(c == g == "EN" for c, g in zip(found, gold, strict=True))
        print(f"{name:24s} right on {right} of {len(texts)} ({right_en} of {english} English)")
    for text, code, expected in zip(texts, codes, gold, strict=True):
        if code != expected:
            print(f"  {expected!s:5s} -> {code!s:5s} {text!r}")
    short = [t for t in alpaca if len(t.split()) <= 6]
    if short:
        for name, found in (
            ("english check + lingua", detect_languages(short)[0]),
            ("lingua alone", lingua_alone(short)),
        ):
            shares = pl.Series(found, dtype=pl.String).value_counts(sort=True, normalize=True).head(5)
            print(
                f"Alpaca, {len(short)} rows of 6 words or fewer, {name}: "
                + ", ".join(f"{k} {v:.4f}" for k, v in shares.iter_rows())
            )


def lingua_alone(texts: list[str]) -> list[str | None]:
    """The tagger before the English check: lingua with the same languages, cut and abstention rule."""
    from synthlens.judge.language import DEFAULT_LANGUAGES, _detector, prepare_texts

    prepared = prepare_texts(pl.Series(texts, dtype=pl.String)).to_list()
    found = _detector(tuple(sorted(DEFAULT_LANGUAGES))).detect_languages_in_parallel_of([t or "" for t in prepared])
    return [
        lang.iso_code_639_1.name if lang is not None and t else None for t, lang in zip(prepared, found, strict=True)
    ]


def alpaca_section(texts: list[str], vectors_path: Path | None) -> None:
    if vectors_path is None or not vectors_path.exists():
        print("\n## Alpaca: no --vectors file, skipped")
        return
    matrix = np.load(vectors_path, mmap_mode="r")
    rows = rows_of(texts)
    from synthlens.embed import default_embedder

    taggers = offline_taggers(embed=lambda _: np.asarray(matrix), embedder=default_embedder())
    taggers[3].tag(rows_of(["Warm up: load the language models before timing."]))
    print(f"\n## Throughput on all {len(texts):,} Alpaca rows, vectors already computed")
    tables, total = {}, 0.0
    for tagger in taggers:
        started = time.perf_counter()
        tables[tagger.name] = tagger.tag(rows)
        seconds = time.perf_counter() - started
        total += seconds
        print(f"{tagger.name:12s} {tagger.generator:36s} {seconds:6.2f} s  {len(texts) / seconds:10,.0f} rows/s")
    print(f"{'all five':49s} {total:6.2f} s")
    sample = pl.Series(range(len(texts))).sample(SAMPLE_ROWS, seed=SAMPLE_SEED).sort().to_list()
    mix_section({name: table[sample] for name, table in tables.items()}, [texts[i] for i in sample])


def mix_section(tables: dict[str, pl.DataFrame], texts: list[str]) -> None:
    print(f"\n## Label shares on a {len(texts):,}-row Alpaca sample (seed {SAMPLE_SEED})")
    for stage, column in (("category", "task_category"), ("difficulty", "difficulty"), ("language", "language")):
        shares = tables[stage][column].value_counts(normalize=True, sort=True).head(13)
        print(f"{column}: " + ", ".join(f"{label} {share:.3f}" for label, share in shares.iter_rows()))
    flagged = tables["safety"].with_columns(pl.Series("text", texts)).filter(~pl.col("is_safe"))
    coded = flagged.filter(pl.col("hazard_categories").list.len() > 0).height
    print(f"safety: flagged {flagged.height} of {len(texts)} ({flagged.height / len(texts):.4f}), {coded} with a code:")
    for row in flagged.iter_rows(named=True):
        print(f"  {','.join(row['hazard_categories']):4s} {row['safety_confidence']:.2f} {row['text'][:110]!r}")


def alpaca_texts(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [r["instruction"] + ("\n\n" + r["input"] if r["input"] else "") for r in json.loads(path.read_text())]


def print_table(table: pl.DataFrame) -> None:
    with pl.Config(tbl_rows=30, tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True, float_precision=3):
        print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=Path, default=ROOT / "data", help="folder with demo.jsonl")
    parser.add_argument("--alpaca", type=Path, default=ALPACA, help="alpaca_data.json (never committed)")
    parser.add_argument("--vectors", type=Path, default=None, help="MiniLM vectors of the Alpaca rows (.npy)")
    args = parser.parse_args()
    vectors = SharedVectors()
    demo, truth = None, {}
    if (args.demo / "demo.jsonl").exists():
        demo = pl.read_ndjson(args.demo / "demo.jsonl").select(pl.col("uuid").alias("id"), "instruction")
        truth = json.loads((args.demo / "demo_truth.json").read_text())
    category_section(vectors, demo, truth)
    safety_section(vectors, demo, truth)
    texts = alpaca_texts(args.alpaca)
    language_section(texts)
    if texts:
        alpaca_section(texts, args.vectors)


if __name__ == "__main__":
    main()
