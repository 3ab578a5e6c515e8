"""The Ray engine against the local one, run by hand (not a timed test):

    PYTHONPATH=src python benchmarks/bench_ray.py [--embed-rows 52002] [--judge-rows 4000]

1. Ray's fixed costs: starting a local instance, and one tiny map_batches (an actor pool, one batch).
2. The judge stage's requests/s against the scripted server (which answers at once, so this is the client
   and the engine): local, and Ray with 1 and 2 workers.
3. The embed stage on Alpaca (instruction + input): local against Ray with 2 actors, same texts, fresh
   caches, side by side in one run.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "judge"))

from synthlens.engine import EngineOptions  # noqa: E402

ALPACA = Path(
    os.environ.get("SYNTHLENS_ALPACA", Path(__file__).resolve().parents[1] / "../shared/data/alpaca_data.json")
)


def fixed_costs() -> dict:
    import pyarrow as pa

    from synthlens.engine.session import ensure_ray, map_batches

    started = time.perf_counter()
    ensure_ray(EngineOptions("ray", num_cpus=os.cpu_count()))
    start_seconds = time.perf_counter() - started
    table = pa.table({"x": list(range(100))})
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        map_batches(table, Identity, {}, EngineOptions("ray", actors=1), 100)
        timings.append(round(time.perf_counter() - started, 2))
    return {"ray start s": round(start_seconds, 2), "one-batch map s (3 runs)": timings}


class Identity:
    def __call__(self, batch):
        return batch


def judge_rates(rows: int) -> list[dict]:
    from judge_rows import canonical_rows
    from llm_server import LLMServer, json_reply

    from synthlens.engine import on_engine
    from synthlens.judge.llm_taggers import llm_taggers

    table = canonical_rows([(f"What is {i} times 7?", None) for i in range(rows)])
    found = []
    with LLMServer(lambda request: json_reply({"task_category": "Math", "other_task_category": []})) as server:
        for label, engine in (("local", EngineOptions()), ("ray, 1 worker", EngineOptions("ray", actors=1)),
                              ("ray, 2 workers", EngineOptions("ray", actors=2))):  # fmt: skip
            [tagger] = llm_taggers(server.url, "m", "category", max_concurrency=64)
            started = time.perf_counter()
            on_engine(tagger, engine).tag(table)
            seconds = time.perf_counter() - started
            found.append(
                {"engine": label, "requests": rows, "seconds": round(seconds, 2), "requests/s": round(rows / seconds)}
            )
    return found


def embed_rates(rows: int) -> list[dict]:
    from synthlens.embed import make_embedder
    from synthlens.embed.store import embed_texts
    from synthlens.engine.rows import ray_encoder

    records = json.loads(ALPACA.read_text())[:rows]
    texts = [r["instruction"] + (f"\n\n{r['input']}" if r["input"] else "") for r in records]
    found = []
    for label, engine in (("local", EngineOptions()), ("ray, 2 actors", EngineOptions("ray", actors=2))):
        with tempfile.TemporaryDirectory() as cache:
            started = time.perf_counter()
            embed_texts(make_embedder(), texts, Path(cache), remote=ray_encoder(engine))
            seconds = time.perf_counter() - started
        found.append({"engine": label, "rows": rows, "seconds": round(seconds, 1), "rows/s": round(rows / seconds)})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embed-rows", type=int, default=52_002)
    parser.add_argument("--judge-rows", type=int, default=4000)
    args = parser.parse_args()
    print("fixed costs:", fixed_costs(), flush=True)
    for line in judge_rates(args.judge_rows):
        print("judge:", line, flush=True)
    if args.embed_rows:
        for line in embed_rates(args.embed_rows):
            print("embed:", line, flush=True)


if __name__ == "__main__":
    main()
