"""Ingest throughput and peak memory on a generated 1M-row JSONL file: the default reader (a parsed chunk at
a time), the same ingest read line by line, and a naive list-of-dicts load, side by side in one run.

    python benchmarks/bench_ingest.py [--rows 1000000] [--without-ids] [--skip-per-line]

--without-ids drops the rows' own uuid, so ids come from the conversation hash. Each approach runs in its own
child process so its peak RSS is its own.
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = "git commit rebase branch merge stash please explain how why what when the a to of in and code"
VOCABULARY = WORDS.split(" ")


def write_dataset(path: Path, rows: int, with_ids: bool = True) -> None:
    rng = random.Random(0)
    with path.open("w") as handle:
        for index in range(rows):
            instruction = " ".join(rng.choices(VOCABULARY, k=rng.randint(8, 40))) + f" #{index}"
            response = " ".join(rng.choices(VOCABULARY, k=rng.randint(40, 160)))
            turns = [{"from": "human", "value": instruction}, {"from": "gpt", "value": response}]
            record = {"uuid": f"u{index:08d}", "instruction": instruction, "response": response,
                      "conversations": turns, "model": "bench"}  # fmt: skip
            if not with_ids:
                del record["uuid"]
            handle.write(json.dumps(record) + "\n")


BATCHED = """
import sys
from synthlens.ingest import ingest_dataset
result = ingest_dataset(sys.argv[1], sys.argv[2])
print(result.rows)
"""
PER_LINE = """
import sys
from synthlens.ingest import ingest_dataset
from synthlens.readers import jsonl_batches
jsonl_batches.ENABLED = False
result = ingest_dataset(sys.argv[1], sys.argv[2])
print(result.rows)
"""
NAIVE = """
import json, sys
import polars as pl
records = [json.loads(line) for line in open(sys.argv[1])]
frame = pl.DataFrame(records)
frame.write_parquet(sys.argv[2] + ".parquet")
print(frame.height)
"""


def measure(code: str, *args: str) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, rows) of `code` run in a fresh interpreter."""
    script = "import resource, sys\n" + code + "\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    rows, peak_kb = done.stdout.split()[-2:]
    return seconds, int(peak_kb) / 1024, int(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--without-ids", action="store_true", help="no uuid: ids are conversation hashes")
    parser.add_argument("--skip-per-line", action="store_true", help="leave out the (slow) line-by-line read")
    args = parser.parse_args()
    approaches = [("synthlens ingest (batched)", BATCHED), ("synthlens ingest (per line)", PER_LINE)]
    approaches = approaches[:1] if args.skip_per_line else approaches
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "bench.jsonl"
        write_dataset(data, args.rows, with_ids=not args.without_ids)
        size_mb = data.stat().st_size / 1e6
        print(f"input: {args.rows:,} rows, {size_mb:,.0f} MB JSONL, ids {'hashed' if args.without_ids else 'uuid'}")
        for index, (name, code) in enumerate([*approaches, ("naive list of dicts", NAIVE)]):
            seconds, peak, rows = measure(code, str(data), str(Path(folder) / f"out{index}"))
            print(f"{name:30s} {rows:>9,} rows  {seconds:7.1f} s  {rows / seconds:9,.0f} rows/s  peak {peak:,.0f} MB")


if __name__ == "__main__":
    main()
