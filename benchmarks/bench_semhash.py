"""SemHash and synthlens side by side with the same static model: Alpaca self-dedup and cross dedup.

    python3 -m venv /work/semhash-venv && /work/semhash-venv/bin/pip install semhash   # its own environment
    PYTHONPATH=src python benchmarks/bench_semhash.py [--semhash-python /work/semhash-venv/bin/python]

Both sides get `minilm-static` (distilled from the bundled MiniLM; SemHash loads the same folder by path, with
the same 256-token cut) and the same threshold (0.95, synthlens's default). Each side runs in a fresh process
from a cold embedding cache, so its wall time and peak memory (max RSS) are its own.
- self: SemHash `from_records` (encode, exact groups, USearch index) + `self_deduplicate`; synthlens ingest, then
  `run_similarity`: exact dedup + embed + neighbours + dedup (order-independent groups, keep first; with
  repeat_count, min_similar_uuid and the pairs down to cos 0.8 for the threshold sweep);
- cross: a seeded held-back slice checked against the other rows: SemHash `deduplicate`, synthlens `overlap`
  (rows whose nearest reference row is at or above the threshold; overlap's n-gram flags are left out).
Rows removed are compared as sets of Alpaca row numbers.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_ALPACA = Path(__file__).resolve().parents[1] / "../shared/data/alpaca_data.json"
ALPACA = Path(os.environ.get("SYNTHLENS_ALPACA", DEFAULT_ALPACA))
THRESHOLD = 0.95
HELD_BACK = 5_000


def alpaca_records(path: Path) -> list[dict[str, str]]:
    """Alpaca rows as {row, text}: the instruction, a blank line and the input, as synthlens embeds them."""
    rows = json.loads(path.read_text())
    return [{"row": str(i), "text": r["instruction"] + (f"\n\n{r['input']}" if r["input"] else "")} for i, r in
            enumerate(rows)]  # fmt: skip


def held_back(rows: int, seed: int = 0) -> set[int]:
    import numpy as np

    return set(np.random.default_rng(seed).choice(rows, HELD_BACK, replace=False).tolist())


def semhash_worker(task: str, alpaca: Path, model: Path, threshold: float) -> dict:
    """Runs under SemHash's environment: only semhash, model2vec and numpy are imported."""
    from model2vec import StaticModel
    from semhash import SemHash

    records = alpaca_records(alpaca)
    encoder = StaticModel.from_pretrained(model, max_length=256, force_download=False)
    started = time.perf_counter()
    if task == "self":
        result = SemHash.from_records(records, columns=["text"], model=encoder).self_deduplicate(threshold)
    else:
        query = held_back(len(records))
        semhash = SemHash.from_records([r for i, r in enumerate(records) if i not in query], columns=["text"],
                                       model=encoder)  # fmt: skip
        result = semhash.deduplicate([records[i] for i in sorted(query)], threshold)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "removed": sorted(int(d.record["row"]) for d in result.filtered)}


def synthlens_worker(task: str, alpaca: Path, model: Path, threshold: float) -> dict:
    """Runs under the project's environment, with a cold user cache (the distilled model is reused)."""
    import polars as pl

    from synthlens.embed import make_embedder
    from synthlens.ingest import ingest_dataset
    from synthlens.readers import read_dataset
    from synthlens.similarity import SimilarityOptions, run_similarity
    from synthlens.similarity.overlap import overlap_run

    work = Path(tempfile.mkdtemp(prefix="bench-semhash-"))
    rows = json.loads(alpaca.read_text())
    query = sorted(held_back(len(rows))) if task == "cross" else list(range(len(rows)))
    (work / "data.json").write_text(json.dumps([rows[i] for i in query]))
    rest = sorted(set(range(len(rows))) - set(query))
    (work / "reference.json").write_text(json.dumps([rows[i] for i in rest]))
    started = time.perf_counter()
    ws = ingest_dataset(work / "data.json", work / "run").workspace
    ingested = time.perf_counter()
    if task == "self":
        run_similarity(ws, SimilarityOptions(model="minilm-static", threshold=threshold))
        removed = ws.read_stage("dedup").filter(~pl.col("is_dup_representative"))["id"]
    else:
        reference = read_dataset(work / "reference.json")
        table = overlap_run(ws, reference, "alpaca-rest", make_embedder("minilm-static"), threshold=threshold)
        # The semantic part of is_contaminated (it also flags any shared 13-gram, which SemHash does not look at).
        semantic = pl.col("ref_exact_match") | (pl.col("ref_nearest_sim").fill_null(-1.0) >= threshold)
        removed = table.filter(semantic)["id"]
    seconds = time.perf_counter() - ingested
    positions = ws.rows(["id", "row_index"]).filter(pl.col("id").is_in(removed.implode()))["row_index"]
    stages = {name: entry.get("seconds") for name, entry in ws.manifest["stages"].items()}
    removed_rows = sorted(query[i] for i in positions.to_list())
    return {"seconds": seconds, "ingest_seconds": ingested - started, "stages": stages, "removed": removed_rows}


def run_worker(python: str, side: str, task: str, args: argparse.Namespace, model: Path) -> dict:
    """One side in a fresh process; its peak RSS from the kernel's accounting of that child."""
    out = Path(tempfile.mkstemp(suffix=".json")[1])
    command = [python, __file__, "--worker", side, task, str(args.alpaca), str(model), str(args.threshold), str(out)]
    environment = os.environ | {"SYNTHLENS_CACHE": tempfile.mkdtemp(prefix="bench-cache-")}
    process = subprocess.Popen(command, env=environment)
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise SystemExit(f"{side} {task} failed (status {status})")
    return json.loads(out.read_text()) | {"peak_rss_mb": usage.ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alpaca", type=Path, default=ALPACA)
    parser.add_argument("--semhash-python", default="/work/semhash-venv/bin/python")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args()
    args.alpaca = args.alpaca.resolve()
    from synthlens.embed.derived import models_dir
    from synthlens.embed.static import distilled_model_dir

    model = distilled_model_dir()
    os.environ["SYNTHLENS_MODELS"] = str(models_dir())  # the workers' cold caches must not distil again
    print(f"model {model}; threshold {args.threshold}; load {os.getloadavg()[0]:.1f}", flush=True)
    for task in ("self", "cross"):
        semhash = run_worker(args.semhash_python, "semhash", task, args, model)
        synthlens = run_worker(sys.executable, "synthlens", task, args, model)
        ours, theirs = set(synthlens["removed"]), set(semhash["removed"])
        print(f"{task}: SemHash {semhash['seconds']:.1f} s, {semhash['peak_rss_mb']:,.0f} MB, {len(theirs):,} removed")
        print(f"{task}: synthlens {synthlens['seconds']:.1f} s (+ ingest {synthlens['ingest_seconds']:.1f} s),"
              f" {synthlens['peak_rss_mb']:,.0f} MB, {len(ours):,} removed; stages {synthlens['stages']}")  # fmt: skip
        print(f"{task}: removed by both {len(ours & theirs):,}, only synthlens {len(ours - theirs):,},"
              f" only SemHash {len(theirs - ours):,}; load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip


def worker_main(argv: list[str]) -> None:
    side, task, alpaca, model, threshold, out = argv
    work = semhash_worker if side == "semhash" else synthlens_worker
    result = work(task, Path(alpaca), Path(model), float(threshold))
    Path(out).write_text(json.dumps(result))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker_main(sys.argv[2:])
    else:
        main()
