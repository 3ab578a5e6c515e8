"""Client overhead of the LLM judges: requests/s at 64 in flight against the scripted test server, which
answers instantly, so everything measured is synthlens (and the server's own parsing).

    PYTHONPATH=src python benchmarks/bench_llm_client.py [--requests 5000] [--concurrency 64]

The server runs in its own process. Side by side in one run (client CPU per request is this process's CPU
time divided by the requests: the client's own cost, which contention on a shared machine inflates least):
  synthlens client, answers committed to the SQLite cache one by one (what `synthlens tag` does)
  synthlens client, no cache
  synthlens client on the SDK's default httpx transport instead of its aiohttp one
  the same requests through the openai SDK's typed `chat.completions.create` (for scale)
  synthlens client, second pass: every answer from the cache, no request sent
"""

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))

from synthlens.judge.client import ChatRequest, ClientSettings, LLMClient  # noqa: E402

SYSTEM = "You label instructions. Reply with one JSON object."


def make_requests(count: int) -> list[ChatRequest]:
    params = {"temperature": 0.0, "max_tokens": 64}
    return [
        ChatRequest(
            [{"role": "system", "content": SYSTEM}, {"role": "user", "content": f"Question {i}: 2+{i}?"}], params
        )
        for i in range(count)
    ]


def start_server() -> tuple[subprocess.Popen, str]:
    server = Path(__file__).parents[1] / "tests" / "llm_server.py"
    process = subprocess.Popen([sys.executable, str(server)], stdout=subprocess.PIPE, text=True)
    return process, process.stdout.readline().strip()


def time_client(
    url: str, requests: list[ChatRequest], concurrency: int, cache: Path | None, transport: str = "auto"
) -> tuple[float, float]:
    """Requests per second, and this process's CPU microseconds per request (the client's own cost)."""
    settings = ClientSettings(url, "bench-model", max_concurrency=concurrency, http_transport=transport)
    client = LLMClient(settings, cache)
    started, cpu_started = time.perf_counter(), time.process_time()
    answers = client.complete_all(requests)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    assert all(answer.text for answer in answers), "some requests failed"
    assert client.stats.sent == (0 if client.stats.cached else len(requests))
    return len(requests) / seconds, cpu / len(requests) * 1e6


def time_sdk(url: str, requests: list[ChatRequest], concurrency: int) -> tuple[float, float]:
    import openai

    async def run() -> float:
        async with openai.AsyncOpenAI(base_url=url, api_key="EMPTY", max_retries=0) as api:
            work = iter(requests)

            async def worker() -> None:
                for request in work:
                    await api.chat.completions.create(model="bench-model", messages=request.messages, **request.params)

            await asyncio.gather(*(worker() for _ in range(concurrency)))

    started, cpu_started = time.perf_counter(), time.process_time()
    asyncio.run(run())
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return len(requests) / seconds, cpu / len(requests) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    process, url = start_server()
    try:
        requests = make_requests(args.requests)
        time_client(url, requests[:200], args.concurrency, None)  # warm up imports and connections
        with tempfile.TemporaryDirectory() as folder:
            cache = Path(folder) / "cache.sqlite"
            rows = [
                ("synthlens client + SQLite cache", *time_client(url, requests, args.concurrency, cache)),
                ("synthlens client, no cache", *time_client(url, requests, args.concurrency, None)),
                ("synthlens client, SDK httpx transport", *time_client(url, requests, args.concurrency, None, "httpx")),
                ("openai SDK chat.completions.create", *time_sdk(url, requests, args.concurrency)),
                ("second pass, all from the cache", *time_client(url, requests, args.concurrency, cache)),
            ]
    finally:
        process.kill()
        process.wait()
    load = os.getloadavg()[0]
    print(f"{args.requests:,} requests, {args.concurrency} in flight, server in its own process")
    print(f"{os.cpu_count()} CPUs, load average {load:.1f} at the end")
    for name, rate, cpu in rows:
        print(f"  {name:<38} {rate:8,.0f} requests/s   client CPU {cpu:7,.0f} us/request")


if __name__ == "__main__":
    main()
