"""A local Ray instance for the engine tests: 2 CPUs on 127.0.0.1, started once, stopped at the end."""

import os
from collections.abc import Iterator
from importlib.util import find_spec

import pytest

from synthlens.engine import EngineOptions


@pytest.fixture(scope="session")
def ray_engine() -> Iterator[EngineOptions]:
    if find_spec("ray") is None:
        message = "ray is not installed; fix: pip install -e '.[ray]' (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from synthlens.engine.session import ensure_ray

    engine = EngineOptions("ray", actors=2, num_cpus=2)
    ray = ensure_ray(engine)  # first: it imports Ray with the loopback-only setting
    yield engine
    ray.shutdown()
