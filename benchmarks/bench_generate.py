"""Generation speed and small-judge robustness, run by hand (not a timed test).

    PYTHONPATH=src python benchmarks/bench_generate.py [--rows 24] [--max-tokens 64] [--overhead-rows 2000]

1. Magpie rows/s against the real local server (llama.cpp serving the bundled SmolLM2-135M, 2 threads) at
   concurrency 1, 4 and 16, each on a fresh output and cache, side by side in one run.
2. The client's own overhead: Magpie against the scripted server, which answers at once (CPU per row).
3. How often a small judge's answers parse: `tag` (category, quality, difficulty) on 30 demo rows against the
   real server, with the negotiated structured output (llama.cpp: json_object with a schema) and with plain
   text; each answer is strict JSON with a valid label, recovered only by the tolerant parser, or unreadable.
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))

from synthlens.generate import GenerateOptions, generate  # noqa: E402
from synthlens.generate.local_model import MODEL_NAME, bundled_model_path, local_server  # noqa: E402
from synthlens.generate.magpie import Magpie  # noqa: E402
from synthlens.generate.templates import family_format, tokenizer_format  # noqa: E402

DEMO = Path(__file__).parents[1] / "data" / "demo.jsonl"


def magpie_rate(url: str, model: str, chat_format, rows: int, concurrency: int, max_tokens: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        options = GenerateOptions(endpoint=url, model=model, rows=rows, concurrency=concurrency, max_tokens=max_tokens)
        cpu, wall = time.process_time(), time.perf_counter()
        result = generate(Magpie(chat_format), Path(folder) / "m.jsonl", options)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "concurrency": concurrency,
        "rows": result.rows_in_file,
        "seconds": round(wall, 2),
        "rows/s": round(result.rows_in_file / wall, 2),
        "completion tokens/s": round(result.usage.completion_tokens / wall, 1),
        "client CPU ms/row": round(1000 * cpu / max(result.rows_in_file, 1), 2),
    }


def scripted_overhead(rows: int) -> dict:
    from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, text_reply

    def handler(request: ScriptedRequest) -> Reply:
        if request.method == "GET":
            return Reply(body={"data": [{"id": "m"}]})
        if request.is_raw_completion:
            return text_reply(f"How do I sort list number {request.body['seed']} in Python?")
        return chat_reply("Use sorted().")

    with LLMServer(handler) as server:
        return magpie_rate(server.url, "m", family_format("chatml"), rows, 64, 64)


def judge_parse_rates(url: str, rows: int) -> list[dict]:
    from synthlens.judge.chat import ChatRequest
    from synthlens.judge.llm_taggers import TASKS

    records = [json.loads(line) for line in DEMO.read_text().splitlines()[:rows]]
    found = []
    for form in ("json_object", "text"):
        for name, make_task in TASKS.items():
            task = make_task()
            requests = [ChatRequest(task.format_input(row), task.request_params) for row in records]
            answers = _ask(url, requests, form)
            found.append({"form": form, "task": name, **_classify(task, answers)})
    return found


def _ask(url: str, requests: list, form: str) -> list:
    from synthlens.judge.client import LLMClient
    from synthlens.judge.settings import ClientSettings

    client = LLMClient(ClientSettings(url, MODEL_NAME, max_concurrency=2))
    client.structured_form = form  # start (and stay) in this form
    return client.complete_all(requests)


def _classify(task, answers: list) -> dict:
    from synthlens.judge.chat import Completion

    strict = recovered = unreadable = failed = 0
    for answer in answers:
        if not isinstance(answer, Completion):
            failed += 1
            continue
        labels = task.parse_output(answer)
        if labels is None:
            unreadable += 1
        elif _strict_json(answer.text):
            strict += 1
        else:
            recovered += 1
    return {
        "strict JSON": strict,
        "recovered by the tolerant parser": recovered,
        "unreadable": unreadable,
        "failed": failed,
    }


def _strict_json(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--overhead-rows", type=int, default=2000)
    parser.add_argument("--judge-rows", type=int, default=30)
    args = parser.parse_args()
    print("client overhead, scripted server:", scripted_overhead(args.overhead_rows), flush=True)
    chat_format = tokenizer_format(bundled_model_path())
    with local_server(threads=2) as url:
        for concurrency in (1, 4, 16):
            print(
                "real server:",
                magpie_rate(url, MODEL_NAME, chat_format, args.rows, concurrency, args.max_tokens),
                flush=True,
            )
        for line in judge_parse_rates(url, args.judge_rows):
            print("small judge:", line, flush=True)


if __name__ == "__main__":
    main()
