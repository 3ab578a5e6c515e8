"""Embedding throughput of one embedder on real instructions (the Alpaca set), alone and through the cache.

    PYTHONPATH=src python benchmarks/bench_embed.py [--model minilm-static] [--alpaca PATH] [--limit N]
        [--cache DIR] [--out FILE.npy]

Reports sentences/s of the model alone, then through a cold cache (every text encoded and stored) and a warm
re-run (every text from the cache): the difference is what the cache costs. With --out it saves the matrix,
row order = the Alpaca file, for benchmarks/bench_knn.py.
"""

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from synthlens.embed import make_embedder
from synthlens.embed.store import embed_texts

# The Alpaca set lives beside the repository (../shared/data), never inside it.
DEFAULT_ALPACA = Path(__file__).resolve().parents[1] / "../shared/data/alpaca_data.json"
ALPACA = Path(os.environ.get("SYNTHLENS_ALPACA", DEFAULT_ALPACA))


def alpaca_instructions(path: Path, limit: int | None) -> list[str]:
    """Instructions as the canonical rows build them: instruction, blank line, input (when present)."""
    records = json.loads(path.read_text())[:limit]
    return [r["instruction"] + (f"\n\n{r['input']}" if r["input"] else "") for r in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alpaca", type=Path, default=ALPACA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="cache folder (default: a fresh temp dir)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--model", default=None, help="minilm-onnx (default), minilm-static, minilm-torch, ...")
    args = parser.parse_args()
    texts = alpaca_instructions(args.alpaca.resolve(), args.limit)
    cache = args.cache or Path(tempfile.mkdtemp(prefix="bench-embed-"))
    embedder = make_embedder(args.model)
    embedder.encode(["warm up"])  # loads the model, outside the timings
    print(f"{len(texts):,} texts, {len(set(texts)):,} distinct; {embedder.name}; {os.cpu_count()} cores;"
          f" load {os.getloadavg()[0]:.1f}")  # fmt: skip
    started = time.perf_counter()
    embedder.encode(sorted(set(texts), key=len, reverse=True))
    alone = time.perf_counter() - started
    print(f"model alone: {alone:,.1f} s, {len(set(texts)) / alone:,.0f} sentences/s", flush=True)

    started = time.perf_counter()
    vectors = embed_texts(embedder, texts, cache, progress=_every(5000))
    cold = time.perf_counter() - started
    started = time.perf_counter()
    embed_texts(embedder, texts, cache)
    warm = time.perf_counter() - started
    print(f"cold cache: {cold:,.1f} s, {len(texts) / cold:,.0f} sentences/s")
    print(f"warm cache: {warm:,.2f} s, {len(texts) / warm:,.0f} sentences/s (no encoding)")
    if args.out:
        np.save(args.out, vectors)
        print(f"saved {vectors.shape} to {args.out}")


def _every(step: int):
    started = time.perf_counter()

    def report(task: str, done: int, total: int | None) -> None:
        if done % step < 512 or done == total:
            rate = done / (time.perf_counter() - started)
            print(f"  {task}: {done:,}/{total:,} ({rate:,.0f}/s)", flush=True)

    return report


if __name__ == "__main__":
    main()
