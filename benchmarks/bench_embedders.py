"""The embedders against torch MiniLM on real Alpaca instructions: speed, dedup pairs, planted pairs, overlap, cascade.

    PYTHONPATH=src python benchmarks/bench_embedders.py [--reference alpaca_minilm.npy] [--work DIR]

- speed: sentences/s (wall and per CPU-second) on the same rows, models interleaved, best of two rounds;
- Alpaca 52K at cos >= 0.95: pair recall and precision against torch's pairs, and the rows dedup drops
  (components, keep first) compared with torch's;
- the demo's planted duplicates: pair recall of `run_similarity` with that model (data/demo_truth.json);
- overlap: 1,000 Alpaca rows lightly edited, searched against all of Alpaca: recall@1 at cos >= 0.85;
- the cascade: a cheap model's pairs at a lower threshold as candidates, MiniLM deciding; the threshold that
  keeps every torch pair on 52K, then the share of rows in candidate pairs at 5K..52K, extrapolated to 1M.
`minilm-onnx-int8` (dynamic int8, run one text per call so it stays batch-independent) is measured and
not shipped. --reference is the torch matrix in Alpaca row order (bench_embed.py --model minilm-torch --out).
"""

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_embed import ALPACA, alpaca_instructions

from synthlens.embed import bundled_embedder
from synthlens.embed.onnx import OnnxEmbedder, onnx_model_dir
from synthlens.embed.store import embed_texts

DATA = Path(__file__).resolve().parents[1] / "data"
THRESHOLD = 0.95
OVERLAP_THRESHOLD = 0.85
CASCADE_SIZES = (5_000, 13_000, 26_000, 52_002)


def int8_embedder(work: Path) -> OnnxEmbedder:
    """The float32 export quantised dynamically (weights int8 per channel), one text per session call."""
    import shutil

    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder = work / "minilm-onnx-int8"
    if not (folder / "model.onnx").exists():
        folder.mkdir(parents=True, exist_ok=True)
        source = onnx_model_dir()
        quantize_dynamic(source / "model.onnx", folder / "model.onnx", per_channel=True, weight_type=QuantType.QInt8)
        shutil.copy(source / "tokenizer.json", folder / "tokenizer.json")
    return OnnxEmbedder(folder, name="minilm-onnx-int8", batch_rows=1)


def speed(embedders: dict, texts: list[str], static_texts: list[str]) -> dict[str, tuple[float, float]]:
    """(sentences/s wall, sentences per CPU-second), best of two interleaved rounds."""
    best: dict[str, tuple[float, float]] = {}
    for _ in range(2):
        for name, embedder in embedders.items():
            sample = static_texts if name == "minilm-static" else texts
            wall, cpu = time.perf_counter(), time.process_time()
            embedder.encode(sample)
            rates = (len(sample) / (time.perf_counter() - wall), len(sample) / (time.process_time() - cpu))
            best[name] = max(best.get(name, (0.0, 0.0)), rates)
    return best


def pairs(vectors: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i < j) with cos >= threshold, exact."""
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    limits, _, found = index.range_search(np.ascontiguousarray(vectors, dtype=np.float32), threshold)
    source = np.repeat(np.arange(len(vectors)), np.diff(limits).astype(np.int64))
    keep = source < found
    return source[keep], found[keep]


def dropped(rows: int, source: np.ndarray, target: np.ndarray) -> set[int]:
    """Rows that components dedup (keep first) removes."""
    from synthlens.similarity.dedup import representatives
    from synthlens.similarity.dup_graph import component_labels

    kept = representatives(component_labels(rows, source, target), np.arange(rows))
    return set(np.flatnonzero(kept != np.arange(rows)).tolist())


def pair_agreement(vectors: np.ndarray, theirs: tuple[np.ndarray, np.ndarray]) -> dict[str, float]:
    """Pairs and dropped rows at the threshold, against torch's pairs `theirs`."""
    ours = pairs(vectors, THRESHOLD)
    mine, truth = (set(zip(a.tolist(), b.tolist(), strict=True)) for a, b in (ours, theirs))
    drop_mine, drop_truth = dropped(len(vectors), *ours), dropped(len(vectors), *theirs)
    return {
        "pairs": len(mine),
        "pair_recall": len(mine & truth) / max(len(truth), 1),
        "pair_precision": len(mine & truth) / max(len(mine), 1),
        "dropped": len(drop_mine),
        "dropped_overlap": len(drop_mine & drop_truth) / max(len(drop_mine | drop_truth), 1),
    }


def demo_recall(embedder, work: Path) -> float:
    """Pair recall of the planted exact and near duplicates in the demo data: components at cos >= 0.95."""
    import itertools

    from synthlens.ingest import ingest_dataset
    from synthlens.similarity.dup_graph import component_labels
    from synthlens.workspace import Workspace

    root = work / "demo-run"
    ws = Workspace.open(root) if root.exists() else ingest_dataset(DATA / "demo.jsonl", root).workspace
    rows = ws.rows(["id", "instruction"])
    vectors = embed_texts(embedder, rows["instruction"].fill_null("").to_list(), work / "cache")
    group = dict(zip(rows["id"], component_labels(len(vectors), *pairs(vectors, THRESHOLD)), strict=True))
    truth = json.loads((DATA / "demo_truth.json").read_text())
    planted = [pair for g in truth["exact_duplicate_groups"] + truth["near_duplicate_groups"]
               for pair in itertools.combinations(g, 2)]  # fmt: skip
    return sum(group[a] == group[b] for a, b in planted) / len(planted)


def edited(text: str, kind: int) -> str:
    """A light edit of the kind a copied prompt gets: case, punctuation, a politeness prefix, a suffix."""
    if kind == 0:
        return text.lower()
    if kind == 1:
        return "Please " + text[:1].lower() + text[1:].rstrip(".?!")
    if kind == 2:
        return text.replace(". ", ".  ").rstrip(".") + "?"
    return text + " Answer briefly."


def overlap_recall(embedder, texts: list[str], vectors: np.ndarray, seed: int = 0) -> float:
    """Share of 1,000 edited copies whose nearest Alpaca row (cos >= 0.85) has the copied text."""
    rows = np.random.default_rng(seed).choice(len(texts), 1000, replace=False)
    copies = embedder.encode([edited(texts[r], i % 4) for i, r in enumerate(rows)])
    sims = copies @ np.asarray(vectors).T
    nearest = sims.argmax(axis=1)
    same = np.array([texts[n] == texts[r] for n, r in zip(nearest, rows, strict=True)])
    return float((same & (sims.max(axis=1) >= OVERLAP_THRESHOLD)).mean())


def cascade(cheap: np.ndarray, truth: tuple[np.ndarray, np.ndarray], seed: int = 0) -> list[dict[str, float]]:
    """For a recall target of torch's pairs `truth`, the cheap model's threshold, then the candidate share by size."""
    source, target = truth
    cheap_sims = (cheap[source] * cheap[target]).sum(axis=1)
    lines = []
    for recall in (0.95, 1.0):
        threshold = float(np.quantile(cheap_sims, 1 - recall)) - 1e-6
        for size in CASCADE_SIZES:
            rows = np.sort(np.random.default_rng(seed).choice(len(cheap), size, replace=False))
            candidates = pairs(cheap[rows], threshold)
            share = len(np.unique(np.concatenate(candidates))) / size
            lines.append({"recall": recall, "rows": size, "threshold": threshold,
                          "candidate_pairs": len(candidates[0]), "candidate_rows": share})  # fmt: skip
        # A row is a candidate when one partner is above the threshold: share = 1 - exp(-rate * rows).
        rate = -np.log(1 - min(share, 0.999999)) / size
        lines.append({"recall": recall, "rows": 1_000_000, "threshold": threshold,
                      "candidate_rows": 1 - np.exp(-rate * 1_000_000)})  # fmt: skip
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alpaca", type=Path, default=ALPACA)
    parser.add_argument("--reference", type=Path, required=True, help="torch MiniLM vectors of Alpaca, row order")
    parser.add_argument("--work", type=Path, default=None, help="cache and demo runs (default: a temp dir)")
    parser.add_argument("--speed-rows", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=None, help="1: per-core speed (torch and ONNX workers)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-embedders-"))
    texts = alpaca_instructions(args.alpaca.resolve(), None)
    reference = np.load(args.reference)
    embedders = {name: bundled_embedder(name) for name in ("minilm-torch", "minilm-onnx", "minilm-static")}
    embedders["minilm-onnx-int8"] = int8_embedder(work)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
        embedders["minilm-onnx"].workers = embedders["minilm-onnx-int8"].workers = args.threads
    for embedder in embedders.values():
        embedder.encode(["warm up"])
    rates = speed(embedders, texts[: args.speed_rows], texts)
    load = os.getloadavg()[0]
    print(f"speed on {args.speed_rows:,} Alpaca rows (static: all {len(texts):,}), load {load:.1f}:", flush=True)
    for name, (wall, cpu) in rates.items():
        print(f"  {name:18} {wall:9,.0f} sentences/s   {cpu:9,.0f} per CPU-second", flush=True)
    vectors = {"minilm-torch": reference}
    for name in ("minilm-onnx", "minilm-static", "minilm-onnx-int8"):
        started = time.perf_counter()
        vectors[name] = embed_texts(embedders[name], texts, work / "cache")
        print(f"{name}: 52K through the cache in {time.perf_counter() - started:,.1f} s", flush=True)
    truth = pairs(reference, THRESHOLD)
    for name, matrix in vectors.items():
        line = pair_agreement(matrix, truth) | {"demo_pair_recall": demo_recall(embedders[name], work)}
        line["overlap_recall"] = overlap_recall(embedders[name], texts, matrix)
        print(name, json.dumps({k: round(v, 4) for k, v in line.items()}), flush=True)
    for name in ("minilm-static", "minilm-onnx-int8"):
        for line in cascade(vectors[name], truth):
            print(f"cascade {name}:", json.dumps({k: round(v, 4) for k, v in line.items()}), flush=True)


if __name__ == "__main__":
    main()
