"""A full `synthlens analyze` from outside, with each stage's time and memory: Alpaca 52K from a cold cache, or
a million rows of realistic text (Alpaca tiled about 20 times, each copy lightly perturbed).

    PYTHONPATH=src python benchmarks/bench_analyze.py --alpaca ../shared/data/alpaca_data.json [--copies 20]
        [--model minilm-static] [--end-to-end] [--work DIR]

--copies 1 runs the 52K target (`analyze ALPACA -o RUN`); more copies write the tiled JSONL first. --end-to-end
adds `--baseline ALPACA --recipe dedup-only --export OUT`, the million-row target. The user cache (embeddings,
baselines) is a fresh folder, so nothing is reused from earlier runs; derived models are kept (they are built
once per user). Memory is the resident set of the analyze process, sampled every 0.2 s and charged to the
stage whose line the process prints next; the peak comes from the operating system.
"""

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from synthlens.embed.derived import models_dir

# Light edits a generator's near-repeats show: a polite frame, a changed word, a dropped or swapped word.
PREFIXES = ("", "", "Please ", "Task: ", "Could you help? ", "Quick question: ", "Hi! ")
SUFFIXES = ("", "", " Thanks.", " Be concise.", " Explain briefly.", " Answer in English.")
SWAPS = {"a": "one", "the": "this", "Give": "Provide", "Write": "Compose", "Describe": "Explain",
         "list": "set", "good": "great", "short": "brief", "make": "create", "find": "identify"}  # fmt: skip
# A line that ends a step: "ingested N rows ...", "embed: N rows in S s ...", "export: ..."
STEP = re.compile(r"^(?P<stage>ingest)ed |^(?P<name>[\w.]+): (?!started|[\d,]+(/[\d,]+)? \()")


def perturbed(text: str, rng: random.Random) -> str:
    words = text.split()
    edit = rng.randrange(4)
    if edit == 0 and len(words) > 4:
        del words[rng.randrange(len(words))]
    elif edit == 1 and len(words) > 3:
        at = rng.randrange(len(words) - 1)
        words[at], words[at + 1] = words[at + 1], words[at]
    elif edit == 2:
        words = [SWAPS.get(word, word) for word in words]
    return rng.choice(PREFIXES) + " ".join(words) + rng.choice(SUFFIXES)


def write_tiled(alpaca: Path, copies: int, path: Path) -> int:
    rows = json.loads(alpaca.read_text())
    rng = random.Random(0)
    with path.open("w") as handle:
        for copy in range(copies):
            for row in rows:
                edited = dict(row) if copy == 0 else {**row, "instruction": perturbed(row["instruction"], rng)}
                handle.write(json.dumps(edited) + "\n")
    return copies * len(rows)


def rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def run_analyze(command: list[str], env: dict[str, str]) -> tuple[list[tuple[str, float, float]], float]:
    """(step, seconds since the previous step's line, peak MB meanwhile) per step line, and the wall time."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0.0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], rss_mb(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stages, mark = [], started
    for line in process.stdout:
        sys.stderr.write(line)
        found = STEP.match(line)
        if found:
            now = time.perf_counter()
            stages.append((found["stage"] or found["name"], now - mark, peak[0]))
            mark, peak[0] = now, rss_mb(process.pid)
    if process.wait():
        raise SystemExit(f"analyze failed with exit code {process.returncode}")
    return stages, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alpaca", type=Path, required=True)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--model", default=None, help="embedder (default: the project's default)")
    parser.add_argument("--end-to-end", action="store_true", help="add --baseline, --recipe dedup-only, --export")
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-analyze-"))
    work.mkdir(parents=True, exist_ok=True)
    data = args.alpaca
    if args.copies > 1:
        data = work / f"alpaca_x{args.copies}.jsonl"
        written = time.perf_counter()
        rows = write_tiled(args.alpaca, args.copies, data)
        print(f"wrote {rows:,} rows ({data.stat().st_size / 1e6:,.0f} MB) in {time.perf_counter() - written:.0f} s")
    command = [sys.executable, "-m", "synthlens", "analyze", str(data), "-o", str(work / "run")]
    command += ["--model", args.model] if args.model else []
    if args.end_to_end:
        command += ["--baseline", str(args.alpaca), "--recipe", "dedup-only", "--export", str(work / "kept.jsonl")]
    shutil.rmtree(work / "run", ignore_errors=True)  # a cold start: no stage of an earlier run is reused
    shutil.rmtree(work / "user-cache", ignore_errors=True)
    env = {**os.environ, "SYNTHLENS_CACHE": str(work / "user-cache"), "PYTHONUNBUFFERED": "1"}
    env["SYNTHLENS_MODELS"] = str(models_dir())  # derived models are built once per user, not per benchmark
    stages, wall = run_analyze(command, env)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\n{'step':<16}{'seconds':>10}{'peak MB':>10}")
    for stage, seconds, stage_peak in stages:
        print(f"{stage:<16}{seconds:>10.1f}{stage_peak:>10,.0f}")
    print(f"analyze wall {wall:.1f} s, peak RSS {peak:,.0f} MB, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
