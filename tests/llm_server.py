"""A scripted OpenAI-compatible HTTP server for tests and benchmarks, on 127.0.0.1 and a free port.

A test gives it a handler `(ScriptedRequest) -> Reply` (sync or async); the server records every request,
answers with the reply, and can inject faults: any status with any headers (429 + Retry-After, 500), a delay
past the client's timeout, a dropped connection, or a body that is not JSON. It is a small HTTP/1.1 server
on asyncio streams (keep-alive, Content-Length bodies), fast enough for the client benchmark.

Run it alone for a benchmark: `python tests/llm_server.py` prints its base URL and serves until killed.
"""

import asyncio
import inspect
import json
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests"}
_REASONS |= {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


@dataclass
class ScriptedRequest:
    """One request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any  # parsed JSON, or None
    number: int  # arrival order, from 0
    received_at: float = field(default_factory=time.monotonic)

    @property
    def messages(self) -> list[dict[str, str]]:
        return (self.body or {}).get("messages", [])

    @property
    def prompt_text(self) -> str:
        """All message contents joined (or a raw completion's prompt), for handlers that decide by content."""
        if isinstance((self.body or {}).get("prompt"), str):
            return self.body["prompt"]
        return "\n".join(message.get("content") or "" for message in self.messages)

    @property
    def is_raw_completion(self) -> bool:
        return self.path.endswith("/completions") and not self.path.endswith("/chat/completions")


@dataclass
class Reply:
    """What the server sends back; `drop` closes the connection without answering."""

    status: int = 200
    body: Any = None  # dict/list -> JSON; bytes -> sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False


Handler = Callable[[ScriptedRequest], Reply | Awaitable[Reply]]


def chat_reply(
    content: str,
    *,
    model: str = "test-model",
    logprobs: list[tuple[str, float]] | None = None,
    usage: tuple[int, int] = (10, 5),
) -> Reply:
    """A chat completion with one choice, optional token logprobs and token usage."""
    choice: dict[str, Any] = {
        "index": 0,
        "message": {"role": "assistant", "content": content},
        "finish_reason": "stop",
        "logprobs": None,
    }
    if logprobs is not None:
        tokens = [{"token": token, "logprob": value, "bytes": None, "top_logprobs": []} for token, value in logprobs]
        choice["logprobs"] = {"content": tokens}
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)},
    }
    return Reply(body=body)


def text_reply(text: str, *, model: str = "test-model", usage: tuple[int, int] = (10, 5)) -> Reply:
    """A raw text completion (the /completions endpoint) with one choice."""
    choice = {"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}
    body = {
        "id": "cmpl-test",
        "object": "text_completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)},
    }
    return Reply(body=body)


def models_reply(*names: str) -> Reply:
    """The /models listing of a server that serves these models."""
    return Reply(body={"object": "list", "data": [{"id": name, "object": "model"} for name in names]})


def embeddings_reply(vectors: list[list[float]], model: str = "test-embedder") -> Reply:
    """An embeddings answer with one vector per input."""
    data = [{"object": "embedding", "index": i, "embedding": vector} for i, vector in enumerate(vectors)]
    usage = {"prompt_tokens": len(vectors), "total_tokens": len(vectors)}
    return Reply(body={"object": "list", "data": data, "model": model, "usage": usage})


def json_reply(answer: dict[str, Any], **options: Any) -> Reply:
    """A chat completion whose text is the given object as JSON (what a structured-output server sends)."""
    return chat_reply(json.dumps(answer), **options)


def rate_limited(retry_after: float = 0.05) -> Reply:
    return Reply(status=429, body={"error": {"message": "slow down"}}, headers={"Retry-After": f"{retry_after}"})


def server_error() -> Reply:
    return Reply(status=500, body={"error": {"message": "boom"}})


def malformed() -> Reply:
    return Reply(body=b'{"id": "chatcmpl-broken", "choices": [')


def dropped() -> Reply:
    return Reply(drop=True)


def slow(reply: Reply, seconds: float) -> Reply:
    reply.delay = seconds
    return reply


def default_handler(request: ScriptedRequest) -> Reply:
    """Answer chat with a fixed JSON object and embeddings with unit vectors."""
    if request.path.endswith("/embeddings"):
        inputs = request.body.get("input", [])
        return embeddings_reply([[1.0, 0.0] for _ in (inputs if isinstance(inputs, list) else [inputs])])
    return chat_reply('{"answer": "ok"}')


class LLMServer:
    """The server, run on its own event loop in a background thread; use as a context manager."""

    def __init__(self, handler: Handler = default_handler) -> None:
        self.handler = handler
        self.requests: list[ScriptedRequest] = []
        self.handler_errors: list[Exception] = []
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def count(self, path_suffix: str = "/chat/completions") -> int:
        """How many requests arrived at paths ending with `path_suffix` ("/v1/completions" for raw ones)."""
        return sum(1 for request in list(self.requests) if request.path.endswith(path_suffix))

    def posts(self) -> list[ScriptedRequest]:
        """The completion requests (chat and raw), without the /models checks."""
        return [request for request in list(self.requests) if request.method == "POST"]

    def __enter__(self) -> "LLMServer":
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self) -> None:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(timeout=10):
            raise RuntimeError("test server did not start within 10 s")

    def stop(self) -> None:
        if self._loop is None or self._thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
        self._loop = None

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._accept, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        ready.set()
        self._loop.run_forever()

    async def _shutdown(self) -> None:
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        self._connections.add(task)
        try:
            await self._serve(reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Answer requests on one keep-alive connection until the client closes it."""
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            method, path, headers = _parse_head(head)
            raw = await reader.readexactly(int(headers.get("content-length", "0")))
            request = ScriptedRequest(method, path, headers, json.loads(raw) if raw else None, len(self.requests))
            self.requests.append(request)
            try:
                reply = self.handler(request)
                if inspect.isawaitable(reply):
                    reply = await reply
            except Exception as error:  # a bug in a test's handler: keep it for the test to show
                self.handler_errors.append(error)
                writer.transport.abort()
                return
            if reply.delay:
                await asyncio.sleep(reply.delay)
            if reply.drop:
                writer.transport.abort()
                return
            writer.write(_encode(reply))
            await writer.drain()


def free_port() -> int:
    """A loopback port free at this moment: for a server to start on, or as an address nobody answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return method, path, headers


def _encode(reply: Reply) -> bytes:
    body = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
    lines = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Status')}"]
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body))} | reply.headers
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


if __name__ == "__main__":
    with LLMServer() as server:
        print(server.url, flush=True)
        threading.Event().wait()
