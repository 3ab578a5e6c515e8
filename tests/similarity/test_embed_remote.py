"""The OpenAI-compatible embedder against a real HTTP server on 127.0.0.1 that fails once, then answers."""

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from synthlens.embed import make_embedder
from synthlens.embed.remote import OpenAIEmbedder
from synthlens.embed.store import embed_texts
from synthlens.errors import SynthlensError


class EmbeddingServer(ThreadingHTTPServer):
    """Answers /v1/embeddings with [len(text), 1, 0] per input, in reverse order; fails the first `failures`."""

    def __init__(self, failures: int = 0) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.failures = failures
        self.requests: list[dict] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 (the http.server API)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append(body)
        if self.server.failures > 0:
            self.server.failures -= 1
            return self._reply(503, {"error": {"message": "warming up"}})
        data = [
            {"object": "embedding", "index": i, "embedding": [float(len(text)), 1.0, 0.0]}
            for i, text in enumerate(body["input"])
        ]
        self._reply(200, {"object": "list", "data": data[::-1], "model": body["model"], "usage": {}})

    def _reply(self, status: int, payload: dict) -> None:
        raw = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server(request) -> Iterator[EmbeddingServer]:
    instance = EmbeddingServer(failures=getattr(request, "param", 0))
    thread = threading.Thread(target=instance.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield instance
    instance.shutdown()
    instance.server_close()


@pytest.mark.parametrize("server", [1], indirect=True)
def test_retries_then_returns_unit_rows_in_input_order(server, tmp_path):
    embedder = OpenAIEmbedder("test-embed", base_url=server.url, batch_size=2)
    assert embedder.dim == 3
    vectors = embed_texts(embedder, ["a", "bbb", "cc"], tmp_path)
    expected = np.array([[1, 1, 0], [3, 1, 0], [2, 1, 0]], np.float32)
    np.testing.assert_allclose(vectors, expected / np.linalg.norm(expected, axis=1, keepdims=True), rtol=1e-6)
    batches = [request["input"] for request in server.requests[2:]]  # after the failure and the probe
    assert batches == [["bbb", "cc"], ["a"]]
    assert all(request["model"] == "test-embed" for request in server.requests)


def test_factory_loads_the_server_model_lazily(server):
    embedder = make_embedder("test-embed", base_url=server.url)
    assert embedder.name == "test-embed" and server.requests == []
    assert embedder.encode(["x"]).shape == (1, 3)


@pytest.mark.parametrize("server", [10], indirect=True)
def test_a_server_that_keeps_failing_is_a_clear_error(server):
    with pytest.raises(SynthlensError, match="embedding request to http://127.0.0.1.*fix: check --embed-url"):
        OpenAIEmbedder("test-embed", base_url=server.url, max_retries=1)


def test_a_server_needs_a_model_name():
    with pytest.raises(SynthlensError, match="--embed-model"):
        make_embedder(None, base_url="http://127.0.0.1:9/v1")
