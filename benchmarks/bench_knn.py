"""kNN + dedup speed and memory: synthlens against Magpie's plain approach, and kNN on 1M synthetic vectors.

    # side by side on real embeddings (make them with bench_embed.py --out), optionally on a subset
    PYTHONPATH=src python benchmarks/bench_knn.py alpaca --vectors alpaca_minilm.npy [--subset 20000]
    # approximate kNN at scale: 1M clustered unit vectors, 384-d
    PYTHONPATH=src /usr/bin/time -v python benchmarks/bench_knn.py synthetic --rows 1000000

Each approach runs in its own fresh process so that its peak memory (max RSS) is its own. Magpie's plain
approach (its exp/gen_dis.py) is an exact flat L2 index searched with k=500 for every row; from that it
takes min_neighbor_distance (squared L2), repeat_count (neighbours under a distance threshold, so capped at
k-1) and min_similar_uuid (earliest row among the row and those neighbours). synthlens produces the same
fields (repeat_count uncapped) plus the spanning forest and the dedup groups.
"""

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

MAGPIE_K = 500
MAGPIE_BATCH = 1024


def magpie_fields(vectors: np.ndarray, distance_threshold: float) -> dict[str, np.ndarray]:
    """Magpie's fields the way its script computes them: flat L2, k=500, per-batch search."""
    import faiss

    index = faiss.IndexFlatL2(vectors.shape[1])
    index.add(vectors)
    rows = len(vectors)
    k = min(MAGPIE_K, rows)
    min_distance = np.empty(rows, np.float32)
    repeat = np.empty(rows, np.int64)
    earliest = np.empty(rows, np.int64)
    for start in range(0, rows, MAGPIE_BATCH):
        distances, ids = index.search(vectors[start : start + MAGPIE_BATCH], k)
        own = np.arange(start, start + len(ids))[:, None]
        min_distance[start : start + len(ids)] = distances[:, 1]  # Magpie assumes the row itself comes first
        close = (distances < distance_threshold) & (ids != own)
        repeat[start : start + len(ids)] = close.sum(axis=1)
        candidates = np.where(close, ids, np.iinfo(np.int64).max).min(axis=1)
        earliest[start : start + len(ids)] = np.where(close.any(axis=1), np.minimum(candidates, own[:, 0]), -1)
    return {"min_distance_l2": min_distance, "repeat_count": repeat, "earliest": earliest}


def synthlens_fields(vectors: np.ndarray, threshold: float, index: str, floor: float) -> dict[str, np.ndarray]:
    """The same fields through synthlens: kNN (k=10), range search where needed, forest, dedup groups."""
    from synthlens.similarity.dedup import representatives
    from synthlens.similarity.dup_graph import forest_labels, spanning_forest
    from synthlens.similarity.neighbors import earliest_similar, find_neighbors, repeat_counts

    found = find_neighbors(vectors, k=10, floor=floor, index_kind=index, threshold=threshold)
    parent, parent_sim = spanning_forest(len(vectors), found.pair_source, found.pair_target, found.pair_sim)
    groups = representatives(forest_labels(parent, parent_sim, threshold), np.arange(len(vectors)))
    first = found.sims[:, 0] if found.sims.shape[1] else np.full(len(vectors), np.nan, np.float32)
    print(json.dumps(found.facts), file=sys.stderr)
    return {
        "min_distance_l2": np.maximum(2 - 2 * first, 0).astype(np.float32),
        "repeat_count": repeat_counts(found, threshold),
        "earliest": earliest_similar(found, threshold),
        "kept": (groups == np.arange(len(vectors))),
    }


def run_one(args: argparse.Namespace) -> None:
    """Child process: run one approach, save its fields, print seconds and peak memory as JSON."""
    vectors = np.ascontiguousarray(np.load(args.vectors)[: args.subset], dtype=np.float32)
    # Load the libraries before the clock starts, for both approaches: the figure is the computation.
    import faiss  # noqa: F401
    import scipy.sparse.csgraph  # noqa: F401

    import synthlens.similarity.dedup  # noqa: F401
    import synthlens.similarity.neighbors  # noqa: F401

    started, cpu_started = time.perf_counter(), time.process_time()
    if args.approach == "magpie":
        fields = magpie_fields(vectors, 2 - 2 * args.threshold)
    else:
        fields = synthlens_fields(vectors, args.threshold, args.index, args.floor)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    np.savez(args.fields_out, **fields)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"approach": args.approach, "rows": len(vectors), "seconds": round(seconds, 2),
                      "cpu_seconds": round(cpu_seconds, 2), "peak_rss_mb": round(peak_mb)}))  # fmt: skip


def side_by_side(args: argparse.Namespace) -> None:
    """Run both approaches on the same vectors in fresh processes and compare their fields."""
    folder = Path(tempfile.mkdtemp(prefix="bench-knn-"))
    results = {}
    for approach in ("synthlens", "magpie"):
        out = folder / f"{approach}.npz"
        command = [sys.executable, __file__, "one", "--approach", approach, "--vectors", str(args.vectors)]
        command += ["--threshold", str(args.threshold), "--index", args.index, "--floor", str(args.floor)]
        command += ["--fields-out", str(out)] + (["--subset", str(args.subset)] if args.subset else [])
        finished = subprocess.run(command, check=True, capture_output=True, text=True)
        results[approach] = json.loads(finished.stdout.strip().splitlines()[-1]) | {"fields": np.load(out)}
        print(finished.stderr.strip(), file=sys.stderr)
        print({key: value for key, value in results[approach].items() if key != "fields"})
    ours, plain = results["synthlens"], results["magpie"]
    wall, cpu = plain["seconds"] / ours["seconds"], plain["cpu_seconds"] / ours["cpu_seconds"]
    memory = ours["peak_rss_mb"] / plain["peak_rss_mb"]
    print(f"speed-up, wall: {wall:.1f}x, CPU: {cpu:.1f}x; peak memory, synthlens / Magpie: {memory:.2f}")
    compare_fields(ours["fields"], plain["fields"])


def compare_fields(ours, plain) -> None:
    """How often the two approaches agree on each Magpie field."""
    capped = plain["repeat_count"] >= MAGPIE_K - 1
    same_repeat = (ours["repeat_count"] == plain["repeat_count"]) | (capped & (ours["repeat_count"] >= MAGPIE_K - 1))
    distance_gap = np.abs(ours["min_distance_l2"] - np.maximum(plain["min_distance_l2"], 0))
    print(f"min_neighbor_distance_l2 within 1e-3: {(distance_gap < 1e-3).mean():.4f}")
    print(f"repeat_count equal: {same_repeat.mean():.4f} (Magpie capped at {MAGPIE_K - 1}: {capped.sum()} rows)")
    print(f"min_similar equal: {(ours['earliest'] == plain['earliest']).mean():.4f}")
    magpie_keeps = ((plain["earliest"] == -1) | (plain["earliest"] == np.arange(len(capped)))).sum()
    print(f"rows Magpie would keep: {magpie_keeps:,}; synthlens keeps one per group: {int(ours['kept'].sum()):,}")


def synthetic(args: argparse.Namespace) -> None:
    """kNN on clustered synthetic unit vectors: time, recall@10 on a sample; --full adds the range search, the
    forest and a brute-force check of repeat_count on sampled rows."""
    from synthlens.similarity.knn import search_knn
    from synthlens.similarity.recall import RowSample, knn_check, tuned_index

    vectors = clustered_vectors(args.rows, args.dim, seed=0)
    started, cpu_started = time.perf_counter(), time.process_time()
    index = tuned_index(vectors, args.index, [knn_check(RowSample(vectors, 10, args.floor))])
    tuned = time.perf_counter()
    search_knn(index, vectors, 10)
    searched = time.perf_counter()
    report = {"rows": args.rows, "dim": args.dim, **index.describe(), "build_and_tune_s": tuned - started}
    report |= {"search_s": searched - tuned, "knn_total_s": searched - started}
    report["knn_cpu_s"] = time.process_time() - cpu_started
    report["knn_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(report, default=round), flush=True)
    del index
    if args.full:  # the whole neighbors search: kNN, range search above the floor, spanning forest
        from synthlens.similarity.dup_graph import spanning_forest
        from synthlens.similarity.neighbors import find_neighbors

        started = time.perf_counter()
        found = find_neighbors(vectors, k=10, floor=args.floor, index_kind=args.index, threshold=args.threshold)
        spanning_forest(len(vectors), found.pair_source, found.pair_target, found.pair_sim)
        report |= {"full_s": time.perf_counter() - started, "full": found.facts}
        report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report["repeat_count_exact"] = check_repeat_counts(vectors, found, args.threshold)
        print(json.dumps(report, default=round))


def check_repeat_counts(vectors: np.ndarray, found, threshold: float, sample: int = 1000) -> dict[str, float]:
    """Share of rows whose repeat_count equals a brute-force count: random rows, and rows that were
    range-searched (whole top-k above the floor), where an approximate range search could miss some."""
    from synthlens.similarity.neighbors import repeat_counts

    rng = np.random.default_rng(1)
    counts = repeat_counts(found, threshold)
    saturated = np.flatnonzero((found.sims >= found.floor).all(axis=1))
    shares = {}
    for name, pool in (("random_rows", np.arange(len(vectors))), ("range_searched_rows", saturated)):
        rows = rng.choice(pool, size=min(sample, len(pool)), replace=False)
        exact = np.concatenate([(vectors[part] @ vectors.T >= threshold - 1e-6).sum(axis=1) - 1
                                for part in np.array_split(rows, max(1, len(rows) // 50))])  # fmt: skip
        shares[name] = float((counts[rows] == exact).mean())
    return shares


def clustered_vectors(rows: int, dim: int, seed: int = 0) -> np.ndarray:
    """Unit vectors shaped like sentence embeddings: topics, sub-topics, points, 3% near-copies."""
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(max(rows // 500, 1), dim)).astype(np.float32)
    subtopics = topics[rng.integers(0, len(topics), max(rows // 20, 1))]
    subtopics += 0.7 * rng.normal(size=subtopics.shape).astype(np.float32)
    vectors = np.empty((rows, dim), np.float32)
    for start in range(0, rows, 100_000):  # in blocks, to keep the peak low
        count = min(100_000, rows - start)
        spread = rng.uniform(0.4, 1.0, size=(count, 1)).astype(np.float32)
        noise = rng.normal(size=(count, dim)).astype(np.float32)
        vectors[start : start + count] = subtopics[rng.integers(0, len(subtopics), count)] + spread * noise
    copies = rng.choice(rows, size=rows * 3 // 100, replace=False)
    vectors[copies] = vectors[rng.integers(0, rows, len(copies))] + 0.05 * rng.normal(size=(len(copies), dim))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["alpaca", "synthetic", "one"])
    parser.add_argument("--vectors", type=Path)
    parser.add_argument("--subset", type=int, default=None)
    parser.add_argument("--threshold", type=float, default=0.975, help="cos; Magpie's d2 < 0.05 is cos > 0.975")
    parser.add_argument("--floor", type=float, default=0.80)
    parser.add_argument("--index", default="auto")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("--approach", choices=["synthlens", "magpie"])
    parser.add_argument("--fields-out", type=Path)
    parser.add_argument("--full", action="store_true", help="synthetic: also the range search and the forest")
    args = parser.parse_args()
    {"alpaca": side_by_side, "synthetic": synthetic, "one": run_one}[args.mode](args)


if __name__ == "__main__":
    main()
