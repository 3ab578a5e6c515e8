"""Joint projection and coverage at scale: wall time, peak memory, and what fitting on a sample costs.

    python benchmarks/bench_projection.py prepare   # embed Alpaca (real MiniLM, cached) + a 20K Alpaca-like set
    python benchmarks/bench_projection.py alpaca    # 52K Alpaca + 20K dataset: projection, then full analysis
    python benchmarks/bench_projection.py million   # 1M synthetic clustered 384-d rows: fit on sample + place
                                                    # (--analysis: then the whole analysis against 52K rows)
    python benchmarks/bench_projection.py trust     # 50K rows: trustworthiness, full fit vs fit on a sample
    python benchmarks/bench_projection.py all       # each of the last three in its own process, one table

The Alpaca file is read from ../shared/data/alpaca_data.json (or --alpaca); vectors go to --work.
The 20K dataset is 20K random Alpaca rows whose vectors get Gaussian noise (sigma 0.01 per dimension, then
re-normalised): Alpaca-like in embedding space without a second embedding pass. The million rows are synthetic
clustered 384-d unit vectors. Peak memory is the step's own process's maximum RSS.
"""

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# ../shared from the main checkout, ../../shared from a worktree folder beside it
CANDIDATES = [folder / "shared" / "data" / "alpaca_data.json" for folder in ROOT.parents[:2]]
DEFAULT_ALPACA = next((path for path in CANDIDATES if path.exists()), CANDIDATES[0])


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def alpaca_like(vectors: np.ndarray, texts: list[str], rows: int, seed: int = 0) -> tuple[np.ndarray, list[str]]:
    """A 20K-row stand-in dataset: random Alpaca rows with Gaussian noise added to their vectors."""
    rng = np.random.default_rng(seed)
    picked = rng.integers(0, len(vectors), rows)
    noisy = vectors[picked] + 0.01 * rng.standard_normal((rows, vectors.shape[1]), dtype=np.float32)
    return noisy / np.linalg.norm(noisy, axis=1, keepdims=True), [texts[i] for i in picked]


def prepare(args: argparse.Namespace) -> dict:
    from synthlens.embed import default_embedder
    from synthlens.embed.store import embed_texts
    from synthlens.readers import read_dataset

    started = time.perf_counter()
    alpaca = read_dataset(str(args.alpaca))["instruction"].to_list()
    vectors = embed_texts(default_embedder(), alpaca, args.work / "cache")
    dataset, dataset_texts = alpaca_like(vectors, alpaca, args.dataset_rows)
    for name, array, texts in [("alpaca", vectors, alpaca), ("dataset", dataset, dataset_texts)]:
        np.save(args.work / f"{name}.npy", array)
        (args.work / f"{name}.json").write_text(json.dumps(texts))
    return {"step": "prepare (embed Alpaca, MiniLM on CPU)", "rows": len(alpaca) + len(dataset),
            "seconds": time.perf_counter() - started}  # fmt: skip


class Timeline:
    """A progress callback that keeps when each task was first and last reported, for a time breakdown."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.seen: dict[str, list[float]] = {}

    def __call__(self, task: str, done: int, total: int | None) -> None:
        now = time.perf_counter() - self.started
        self.seen.setdefault(task, [now, now])[1] = now

    def ends(self) -> dict[str, float]:
        return {task: round(last, 1) for task, (_, last) in self.seen.items()}


def alpaca_joint(args: argparse.Namespace) -> dict:
    from synthlens.coverage import CoverageParams, Source, analyze, project

    alpaca, dataset = np.load(args.work / "alpaca.npy"), np.load(args.work / "dataset.npy")
    joint = np.concatenate([dataset, alpaca])
    started = time.perf_counter()
    project(joint, args.method, seed=0, fit_sample=args.fit_sample)
    projection = time.perf_counter() - started
    sources = [Source("dataset", dataset, json.loads((args.work / "dataset.json").read_text())),
               Source("alpaca", alpaca, json.loads((args.work / "alpaca.json").read_text()))]  # fmt: skip
    timeline = Timeline()
    result = analyze(sources, CoverageParams(method=args.method, fit_sample=args.fit_sample), timeline)
    print(result.metrics, file=sys.stderr)
    return {"step": f"alpaca 52K + 20K: {args.method} projection (fit {args.fit_sample})", "rows": len(joint),
            "seconds": projection, "analysis_seconds": time.perf_counter() - timeline.started,
            "analysis_task_ends": timeline.ends()}  # fmt: skip


def clustered(rows: int, dim: int = 384, centres: int = 200, seed: int = 0) -> np.ndarray:
    """Unit vectors around random centres with uneven cluster sizes and spreads."""
    rng = np.random.default_rng(seed)
    centre = rng.normal(size=(centres, dim)).astype(np.float32)
    owner = rng.choice(centres, size=rows, p=rng.dirichlet(np.ones(centres)))
    spread = rng.uniform(0.3, 1.0, centres).astype(np.float32)[owner, None]
    vectors = np.empty((rows, dim), dtype=np.float32)
    for start in range(0, rows, 100_000):
        block = slice(start, start + 100_000)
        vectors[block] = centre[owner[block]] + spread[block] * rng.standard_normal(
            (len(owner[block]), dim), np.float32
        )
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def million(args: argparse.Namespace) -> dict:
    from synthlens.coverage import CoverageParams, Source, analyze, project

    vectors = clustered(args.rows)
    timeline = Timeline()
    project(vectors, args.method, seed=0, fit_sample=args.fit_sample, progress=timeline)
    result = {"step": f"synthetic {args.rows:,} x 384: {args.method} (fit {args.fit_sample})", "rows": args.rows,
              "seconds": time.perf_counter() - timeline.started, "task_ends": timeline.ends()}  # fmt: skip
    if args.analysis:  # the whole stage minus embedding: against a 52K-row baseline from the same clusters
        baseline = clustered(52_000, seed=0)
        sources = [Source("dataset", vectors, [f"row {i}" for i in range(len(vectors))]),
                   Source("baseline", baseline, [f"row {i}" for i in range(len(baseline))])]  # fmt: skip
        timeline = Timeline()
        analyze(sources, CoverageParams(method=args.method, fit_sample=args.fit_sample), timeline)
        result |= {"analysis_seconds": time.perf_counter() - timeline.started, "analysis_task_ends": timeline.ends()}
    return result


def trust(args: argparse.Namespace) -> dict:
    from sklearn.manifold import trustworthiness

    from synthlens.coverage.projection import project
    from synthlens.coverage.sampling import sample_indices

    vectors = np.concatenate([np.load(args.work / "alpaca.npy"), np.load(args.work / "dataset.npy")])[: args.rows]
    probe = np.random.default_rng(1).choice(len(vectors), args.probe, replace=False)
    placed = np.setdiff1d(probe, sample_indices(len(vectors), args.fit_sample, 0))
    scores = {}
    for label, fit in [("full fit", None), (f"fit on {args.fit_sample:,}", args.fit_sample)]:
        started = time.perf_counter()
        coordinates = project(vectors, "umap", seed=0, fit_sample=fit)
        seconds = round(time.perf_counter() - started, 1)
        score = trustworthiness(vectors[probe], coordinates[probe], n_neighbors=10, metric="cosine")
        # The same score over the probe rows that the shortcut placed rather than fitted.
        on_placed = trustworthiness(vectors[placed], coordinates[placed], n_neighbors=10, metric="cosine")
        scores[label] = {"trust": round(float(score), 4), "trust_placed_rows": round(float(on_placed), 4),
                         "seconds": seconds}  # fmt: skip
    return {"step": f"trustworthiness at {args.rows:,} rows (k=10, {args.probe:,} probe rows)",
            "rows": args.rows, "scores": scores}  # fmt: skip


STEPS = {"prepare": prepare, "alpaca": alpaca_joint, "million": million, "trust": trust}


def run_all(args: argparse.Namespace) -> None:
    for step in ["alpaca", "million", "trust"]:
        command = [sys.executable, __file__, step, "--work", str(args.work), "--alpaca", str(args.alpaca)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        print(done.stdout.strip().splitlines()[-1], flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=[*STEPS, "all"])
    parser.add_argument("--work", type=Path, default=Path("/tmp/synthlens-bench"))
    parser.add_argument("--alpaca", type=Path, default=DEFAULT_ALPACA)
    parser.add_argument("--dataset-rows", type=int, default=20_000)
    parser.add_argument("--method", default="umap")
    parser.add_argument("--fit-sample", type=int, default=30_000)
    parser.add_argument("--rows", type=int, default=None, help="million: 1,000,000; trust: 50,000")
    parser.add_argument("--probe", type=int, default=5_000)
    parser.add_argument("--analysis", action="store_true", help="million: also run the whole analysis")
    args = parser.parse_args()
    if args.step == "all":
        return run_all(args)
    args.rows = args.rows or (50_000 if args.step == "trust" else 1_000_000)
    started = time.perf_counter()
    result = STEPS[args.step](args)
    result |= {"total_seconds": time.perf_counter() - started, "peak_mb": round(peak_mb())}
    print(json.dumps({k: round(v, 1) if isinstance(v, float) else v for k, v in result.items()}), flush=True)


if __name__ == "__main__":
    main()
