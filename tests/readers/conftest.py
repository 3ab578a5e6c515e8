"""Reader fixtures: JSONL read in parsed chunks (the default) and line by line must behave the same."""

import pytest

from synthlens.readers import jsonl_batches


@pytest.fixture(params=["batched", "per-line"])
def jsonl_reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test once with JSONL read a chunk at a time and once line by line."""
    monkeypatch.setattr(jsonl_batches, "ENABLED", request.param == "batched")
    return request.param
