"""LLM requests on Ray: the same client on every worker, one writer for the response cache.

Each worker holds an `LLMClient` (concurrency, retries, structured-output negotiation unchanged) whose cache
forwards to a single `CacheWriter` actor on the driver's node, which commits every answer to the run's
SQLite cache the moment it arrives. A worker killed mid-batch is restarted by Ray and its batch runs again;
the answers it had already received are in the cache and are not asked for again.
"""

import asyncio
import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from synthlens.engine import EngineOptions
from synthlens.engine.session import driver_node_strategy, ensure_ray, map_batches
from synthlens.judge.cache import ResponseCache, request_key
from synthlens.judge.chat import ChatRequest, Completion, Request, RequestFailure, RunStats, TextRequest
from synthlens.judge.client import LLMClient
from synthlens.judge.settings import ClientSettings
from synthlens.progress import ProgressFn, silent

REQUESTS_PER_BATCH = 256
STORE_EVERY_SECONDS = 0.005
# RunStats counters that add up over workers
_COUNTS = ("sent", "cached", "failed", "answered", "retries", "rejected", "prompt_tokens", "completion_tokens")


class CacheWriter:
    """The one writer of a run's response cache (runs as a Ray actor on the driver's node)."""

    def __init__(self, path: str) -> None:
        self.cache = ResponseCache(path)

    def get_many(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        return self.cache.get_many(keys)

    def put_many(self, answers: list[tuple[str, str, dict[str, Any]]]) -> None:
        self.cache.put_many(answers)

    def setting(self, name: str) -> str | None:
        return self.cache.setting(name)

    def put_setting(self, name: str, value: str) -> None:
        self.cache.put_setting(name, value)


class RemoteCache:
    """A worker's view of the cache. An answer counts as finished only once the writer has stored it: `put`
    returns a future the client awaits; answers that arrive within a few milliseconds of each other go to
    the writer in one call (one call per answer would make the writer the bottleneck)."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self._waiting: list[tuple[str, str, dict[str, Any], asyncio.Future]] = []
        self._sender: asyncio.Task | None = None

    def get_many(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        import ray

        return ray.get(self.writer.get_many.remote(list(keys)))

    def put(self, key: str, model: str, answer: dict[str, Any]) -> asyncio.Future:
        loop = asyncio.get_running_loop()
        stored = loop.create_future()
        self._waiting.append((key, model, answer, stored))
        if self._sender is None or self._sender.done():
            self._sender = loop.create_task(self._send_waiting())
        return stored

    async def _send_waiting(self) -> None:
        await asyncio.sleep(STORE_EVERY_SECONDS)  # let the answers arriving meanwhile join this call
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                await self.writer.put_many.remote([(key, model, answer) for key, model, answer, _ in batch])
            except Exception as error:  # the writer is gone: the requests are not finished
                for *_, stored in batch:
                    stored.set_exception(error)
                continue
            for *_, stored in batch:
                stored.set_result(None)

    def setting(self, name: str) -> str | None:
        import ray

        return ray.get(self.writer.setting.remote(name))

    def put_setting(self, name: str, value: str) -> None:
        import ray

        ray.get(self.writer.put_setting.remote(name, value))

    def close(self) -> None:
        pass


class LLMWorker:
    """One Ray Data actor: answers a batch of requests with its own client."""

    def __init__(self, settings: dict[str, Any], writer: Any) -> None:
        self.client = LLMClient(ClientSettings(**settings), open_cache=lambda: RemoteCache(writer))

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        requests = [request_from_json(text) for text in batch.column("request").to_pylist()]
        stats = RunStats(total=len(requests))
        answers = self.client.complete_all(requests, stats=stats)
        facts = json.dumps({name: getattr(stats, name) for name in (*_COUNTS, "structured_output", "last_error")})
        return pa.table(
            {
                "index": batch.column("index"),
                "answer": [answer_to_json(answer) for answer in answers],
                "stats": [facts] + [None] * (len(answers) - 1),
            }
        )


class RayLLMClient:
    """A drop-in for `LLMClient.complete_all` that spreads the requests over Ray workers."""

    def __init__(self, client: LLMClient, engine: EngineOptions) -> None:
        self.settings = client.settings
        self.cache_path = client.cache_path
        self.engine = engine
        self.stats = RunStats()

    def complete_all(
        self,
        requests: Sequence[Request],
        progress: ProgressFn = silent,
        task: str = "llm",
        stats: RunStats | None = None,
    ) -> list[Completion | RequestFailure]:
        """Answers in request order; identical requests are sent once, as with the local client."""
        import pyarrow as pa

        self.stats = stats if stats is not None else RunStats(total=len(requests))
        keys = [request_key(self.settings.model, r.key_payload(), r.params) for r in requests]
        first = {key: index for index, key in reversed(list(enumerate(keys)))}
        unique = sorted(first.values())
        table = pa.table({"index": unique, "request": [request_to_json(requests[i]) for i in unique]})
        start_done = self.stats.done

        def advance(rows: int) -> None:
            self.stats.done += rows
            progress(task, self.stats.done, self.stats.total)

        answered = self._map(table, advance)
        by_key = {keys[index]: answer for index, answer in answered.items()}
        self.stats.done = start_done + len(requests)
        return [by_key[key] for key in keys]

    def _map(self, table: Any, advance: Any) -> dict[int, Completion | RequestFailure]:
        ray = ensure_ray(self.engine)
        writer = self._writer(ray)
        settings = asdict(self.settings)
        result = map_batches(
            table,
            LLMWorker,
            {"settings": settings, "writer": writer},
            self.engine,
            REQUESTS_PER_BATCH,
            advance,
            cpus_per_actor=0.25,
        )
        answers: dict[int, Completion | RequestFailure] = {}
        if result is None:
            return answers
        for index, text in zip(result.column("index").to_pylist(), result.column("answer").to_pylist(), strict=True):
            answers[index] = answer_from_json(text)
        for facts in result.column("stats").drop_null().to_pylist():
            self._add(json.loads(facts))
        return answers

    def _writer(self, ray: Any) -> Any:
        """The cache writer for this run (a throwaway in-memory cache when the run keeps none)."""
        path = str(self.cache_path) if self.cache_path else ":memory:"
        actor = ray.remote(num_cpus=0, scheduling_strategy=driver_node_strategy())(CacheWriter)
        return actor.remote(path)

    def _add(self, facts: dict[str, Any]) -> None:
        for name in _COUNTS:
            setattr(self.stats, name, getattr(self.stats, name) + facts[name])
        self.stats.structured_output = facts["structured_output"] or self.stats.structured_output
        self.stats.last_error = facts["last_error"] or self.stats.last_error


def request_to_json(request: Request) -> str:
    if isinstance(request, TextRequest):
        return json.dumps({"prompt": request.prompt, "params": request.params})
    return json.dumps({"messages": request.messages, "params": request.params})


def request_from_json(text: str) -> Request:
    data = json.loads(text)
    if "prompt" in data:
        return TextRequest(data["prompt"], data["params"])
    return ChatRequest(data["messages"], data["params"])


def answer_to_json(answer: Completion | RequestFailure) -> str:
    if isinstance(answer, RequestFailure):
        return json.dumps({"failure": answer.reason, "message": answer.message})
    return json.dumps({"text": answer.text, "logprobs": answer.logprobs, "cached": answer.cached})


def answer_from_json(text: str) -> Completion | RequestFailure:
    data = json.loads(text)
    if "failure" in data:
        return RequestFailure(data["failure"], data["message"])
    logprobs = [tuple(pair) for pair in data["logprobs"]] if data["logprobs"] else None
    return Completion(data["text"], logprobs, data["cached"])
