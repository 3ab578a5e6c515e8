"""One async client for OpenAI-compatible endpoints (vLLM, SGLang, NIM, OpenAI, Ollama, llama.cpp).

Chat requests go to `/chat/completions`, raw text requests to `/completions`. Bounded concurrency, our own
retries (exponential backoff with jitter, Retry-After respected and shared by all workers), a per-request
timeout, structured output negotiated per endpoint, and the persistent response cache: finished answers are
never asked for again. The API key is read from an environment variable at request time and never stored.
"""

import asyncio
import inspect
import os
from collections.abc import Callable, Coroutine, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from synthlens.errors import SynthlensError
from synthlens.judge import structured
from synthlens.judge.cache import ResponseCache, request_key
from synthlens.judge.chat import ChatRequest, Completion, Request, RequestFailure, RunStats, TextRequest, parse_answer
from synthlens.judge.retry import (
    Verdict,
    backoff_delay,
    retry_after_seconds,
    status_of,
    verdict,
)
from synthlens.judge.settings import ClientSettings
from synthlens.progress import ProgressFn, silent

T = TypeVar("T")
# A server that refuses this many requests before answering any rejects the request shape, not a row.
REJECTIONS_BEFORE_STOP = 8


__all__ = ["ChatRequest", "ClientSettings", "Completion", "LLMClient", "RequestFailure", "TextRequest"]


class LLMClient:
    """Sends many requests concurrently; answers come from the cache when it already has them."""

    def __init__(
        self,
        settings: ClientSettings,
        cache_path: Path | None = None,
        open_cache: Callable[[], ResponseCache] | None = None,
    ) -> None:
        """cache_path: the run's SQLite cache; open_cache: another store with the same methods (the Ray engine
        gives its workers one that forwards to the single writer on the driver)."""
        self.settings = settings
        self.cache_path = cache_path
        self._open_cache = open_cache or ((lambda: ResponseCache(cache_path)) if cache_path else None)
        self.stats = RunStats()
        self._resume_at = 0.0  # loop time before which no worker sends (a server's Retry-After)
        self.structured_form = structured.FORMS[0]  # the richest response_format form not yet refused
        self._cache: ResponseCache | None = None
        self._api: Any = None

    def complete_all(
        self,
        requests: Sequence[Request],
        progress: ProgressFn = silent,
        task: str = "llm",
        stats: RunStats | None = None,
    ) -> list[Completion | RequestFailure]:
        """Answers in request order; a failed request gives a RequestFailure, never an exception.

        Pass `stats` to keep counting into one RunStats over several calls (a run done in chunks).
        """
        return run_coroutine(self.complete_all_async(requests, progress, task, stats))

    async def complete_all_async(
        self,
        requests: Sequence[Request],
        progress: ProgressFn = silent,
        task: str = "llm",
        stats: RunStats | None = None,
    ) -> list[Completion | RequestFailure]:
        self.stats = stats if stats is not None else RunStats(total=len(requests))
        results: list[Completion | RequestFailure | None] = [None] * len(requests)
        keys = [request_key(self.settings.model, r.key_payload(), r.params) for r in requests]
        self._cache = self._open_cache() if self._open_cache else None
        self._recall_structured_form()
        try:
            pending = self._fill_from_cache(keys, results)
            progress(task, self.stats.done, self.stats.total)
            if pending:
                await self._send_pending(requests, pending, results, progress, task)
        finally:
            if self._cache is not None:
                self._cache.close()
        return results  # type: ignore[return-value]

    def _fill_from_cache(
        self, keys: list[str], results: list[Completion | RequestFailure | None]
    ) -> dict[str, list[int]]:
        """Put cached answers into `results`; return the missing keys with the rows that need each."""
        cached = self._cache.get_many(keys) if self._cache is not None else {}
        pending: dict[str, list[int]] = {}
        for index, key in enumerate(keys):
            if key in cached:
                results[index] = _completion(cached[key], cached=True)
                self.stats.cached += 1
            else:
                pending.setdefault(key, []).append(index)  # identical prompts are sent once
        self.stats.done += len(keys) - sum(len(indices) for indices in pending.values())
        return pending

    async def _send_pending(
        self,
        requests: Sequence[Request],
        pending: dict[str, list[int]],
        results: list[Completion | RequestFailure | None],
        progress: ProgressFn,
        task: str,
    ) -> None:
        import openai

        work = iter(pending.items())
        self._api = openai.AsyncOpenAI(
            base_url=self.settings.base_url,
            api_key=os.environ.get(self.settings.api_key_env) or "EMPTY",
            max_retries=0,  # retries are ours: Retry-After, jitter and the counts
            timeout=self.settings.timeout,
            http_client=http_client(self.settings),
        )
        async with self._api:
            workers = [
                asyncio.create_task(self._worker(work, requests, results, progress, task))
                for _ in range(min(self.settings.max_concurrency, len(pending)))
            ]
            try:
                await asyncio.gather(*workers)
            finally:
                for worker in workers:
                    worker.cancel()
                await asyncio.gather(*workers, return_exceptions=True)

    async def _worker(
        self,
        work: Iterator[tuple[str, list[int]]],
        requests: Sequence[Request],
        results: list[Completion | RequestFailure | None],
        progress: ProgressFn,
        task: str,
    ) -> None:
        for key, indices in work:
            outcome = await self._complete_with_retries(requests[indices[0]])
            if isinstance(outcome, RequestFailure):
                if outcome.reason == "request_failed":  # transient: the next run sends it again
                    self.stats.failed += len(indices)
                result: Completion | RequestFailure = outcome
            else:
                if self._cache is not None:
                    stored = self._cache.put(key, self.settings.model, outcome)
                    if inspect.isawaitable(stored):  # a store in another process: wait for it, not for the others
                        await stored
                result = _completion(outcome, cached=False)
            for index in indices:
                results[index] = result
            self.stats.done += len(indices)
            progress(task, self.stats.done, self.stats.total)

    async def _complete_with_retries(self, request: Request) -> dict[str, Any] | RequestFailure:
        """The answer as stored in the cache, or the failure once retries run out."""
        attempt, form = 0, self.structured_form
        while True:
            await self._wait_for_resume()
            try:
                answer = await self._send(request, form)
                self._learn_structured_form(request, form)
                return answer
            except Exception as error:
                kind = self._judge_error(error)
                simpler = structured.next_form(form) if "response_format" in request.params else None
                if kind is Verdict.FAIL_ROW and simpler and structured.is_invalid_request(error):
                    form = simpler  # perhaps the server takes no such response_format: step down (not a retry)
                    continue
                if kind is Verdict.FAIL_ROW:
                    return self._reject()
                if attempt >= self.settings.max_retries:
                    return self._give_up(error)
                await self._back_off(error, attempt)
                attempt += 1

    def _recall_structured_form(self) -> None:
        """Start from the form this endpoint took in an earlier run (kept in the run's cache)."""
        known = self._cache.setting(self._form_setting) if self._cache is not None else None
        if known in structured.FORMS and structured.FORMS.index(known) > structured.FORMS.index(self.structured_form):
            self.structured_form = known

    def _learn_structured_form(self, request: Request, form: str) -> None:
        """After an answer in a simpler form, every later request uses it, in this run and the next."""
        if "response_format" not in request.params:
            return
        self.stats.structured_output = form
        if structured.FORMS.index(form) > structured.FORMS.index(self.structured_form):
            self.structured_form = form
            if self._cache is not None:
                self._cache.put_setting(self._form_setting, form)

    @property
    def _form_setting(self) -> str:
        return structured.setting_key(self.settings.public_url, self.settings.model)

    def _judge_error(self, error: BaseException) -> Verdict:
        """Record the error and classify it; a setup error (bad key, unknown model) stops the run."""
        self.stats.last_error = self._describe(error)
        kind = verdict(error)
        if kind is Verdict.STOP:
            raise SynthlensError(f"{self.stats.last_error}; {self._fix_for(error)}") from None
        return kind

    async def _back_off(self, error: BaseException, attempt: int) -> None:
        settings = self.settings
        pause = retry_after_seconds(error)
        delay = backoff_delay(attempt, settings.backoff_base, settings.backoff_cap, pause)
        if pause is not None:  # the server asked everyone to wait, not just this request
            self._resume_at = max(self._resume_at, asyncio.get_running_loop().time() + delay)
        self.stats.retries += 1
        await asyncio.sleep(delay)

    def _reject(self) -> RequestFailure:
        """A request the server refused (e.g. 400 prompt too long); if it refuses everything, stop."""
        self.stats.rejected += 1
        if self.stats.answered == 0 and self.stats.rejected >= REJECTIONS_BEFORE_STOP:
            raise SynthlensError(
                f"the server rejected the first {self.stats.rejected} requests and answered none "
                f"({self.stats.last_error}); allowed: requests this server accepts; fix: check that --model is a "
                "chat model this endpoint serves and takes temperature/max_tokens"
            )
        return RequestFailure("request_rejected", self.stats.last_error or "")

    def _give_up(self, error: BaseException) -> RequestFailure:
        """The failure for a request out of retries; if nothing ever answered, the endpoint is wrong."""
        import openai

        if self.stats.answered == 0 and isinstance(error, openai.APIConnectionError):
            raise SynthlensError(
                f"cannot reach {self.settings.public_url} ({self.stats.last_error}); allowed: a running "
                "OpenAI-compatible server; fix: start the server or correct --endpoint"
            ) from None
        return RequestFailure("request_failed", self.stats.last_error or "")

    async def _wait_for_resume(self) -> None:
        delay = self._resume_at - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)

    async def _send(self, request: Request, form: str) -> dict[str, Any]:
        params = structured.shaped_params(request.params, form)
        body = {"model": self.settings.model, **request.content(), **params}
        self.stats.sent += 1
        # The raw bytes, parsed here: the SDK's typed models cost more CPU than the whole request.
        raw = await self._api.post(request.path, body=body, cast_to=bytes)
        answer = parse_answer(raw)
        self.stats.answered += 1
        self.stats.prompt_tokens += answer["usage"][0]
        self.stats.completion_tokens += answer["usage"][1]
        return answer

    def _describe(self, error: BaseException) -> str:
        status = status_of(error)
        text = f"HTTP {status}" if status else type(error).__name__
        detail = str(error)[:200]
        if refused := _refused_connection(error):
            text, detail = "connection refused", str(refused)[:200]
        key = os.environ.get(self.settings.api_key_env)
        if key and len(key) >= 4:
            detail = detail.replace(key, "***")
        return f"{self.settings.public_url} model {self.settings.model!r}: {text}: {detail}"

    def _fix_for(self, error: BaseException) -> str:
        if status_of(error) == 404:
            return f"fix: check --model against {self.settings.public_url}/models and that --endpoint ends in /v1"
        return f"fix: put a valid API key in the environment variable {self.settings.api_key_env} (see --api-key-env)"


def _refused_connection(error: BaseException) -> BaseException | None:
    """The ConnectionRefusedError behind an SDK error, if that is what it was (the aiohttp transport
    reports a refused connection as a timeout)."""
    seen: BaseException | None = error
    for _ in range(8):  # the cause chain is short; bounded in case a library builds a cycle
        if seen is None:
            return None
        if isinstance(seen, ConnectionRefusedError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _completion(answer: dict[str, Any], cached: bool) -> Completion:
    logprobs = [(token, value) for token, value in answer["logprobs"]] if answer.get("logprobs") else None
    return Completion(answer["text"], logprobs, cached)


def http_client(settings: ClientSettings) -> Any:
    """The SDK's HTTP client with one kept-alive connection per worker (the SDK keeps 100 by default).

    With transport "auto" it is the SDK's aiohttp transport when the `openai[aiohttp]` extra is installed
    (about half the CPU per request of the default), else the SDK's default httpx transport; both honour
    proxy and TLS settings from the environment.
    """
    import openai

    limits = type(openai.DEFAULT_CONNECTION_LIMITS)(
        max_connections=settings.max_concurrency, max_keepalive_connections=settings.max_concurrency
    )
    aiohttp_client = getattr(openai, "DefaultAioHttpClient", None)
    if settings.http_transport == "auto" and aiohttp_client is not None:
        try:
            return aiohttp_client(limits=limits)
        except RuntimeError:  # the SDK without its aiohttp extra
            pass
    return openai.DefaultAsyncHttpxClient(limits=limits)


def run_coroutine(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from sync code, also when an event loop already runs (notebooks)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
