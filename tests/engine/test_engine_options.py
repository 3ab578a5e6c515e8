"""Choosing the engine: bad settings, a Ray address that does not answer, Ray not installed: one line each."""

import socket
import time

import pytest

from synthlens.engine import EngineOptions
from synthlens.engine.session import ensure_ray
from synthlens.errors import SynthlensError


def test_an_unknown_engine_and_bad_counts() -> None:
    with pytest.raises(SynthlensError, match="allowed: local, ray"):
        EngineOptions("spark")
    with pytest.raises(SynthlensError, match="allowed: 1 or more"):
        EngineOptions("ray", actors=0)


def test_a_ray_address_that_does_not_answer_is_one_line_within_30_seconds(monkeypatch) -> None:
    import synthlens.engine.session as session

    monkeypatch.setattr(session, "find_spec", lambda name: object())  # as if Ray were installed
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(SynthlensError, match=f"--ray-address 127.0.0.1:{port}: no Ray cluster answers there"):
        session._check_reachable(f"127.0.0.1:{port}")
    assert time.monotonic() - started < 30


def test_without_ray_installed_the_line_says_how_to_install_it(monkeypatch) -> None:
    import synthlens.engine.session as session

    monkeypatch.setattr(session, "find_spec", lambda name: None)
    with pytest.raises(SynthlensError, match=r"pip install 'synthlens\[ray\]'"):
        ensure_ray(EngineOptions("ray"))
