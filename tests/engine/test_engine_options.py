"""Choosing the engine: bad settings, a Ray address that does not answer, Ray not installed: one line each."""

import time

import pytest
from llm_server import free_port

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
    port = free_port()
    started = time.monotonic()
    with pytest.raises(SynthlensError, match=f"--ray-address 127.0.0.1:{port}: no Ray cluster answers there"):
        session._check_reachable(f"127.0.0.1:{port}")
    assert time.monotonic() - started < 30


def test_without_ray_installed_the_line_says_how_to_install_it(monkeypatch) -> None:
    import synthlens.engine.session as session

    monkeypatch.setattr(session, "find_spec", lambda name: None)
    with pytest.raises(SynthlensError, match=r"pip install 'synthlens\[ray\]'"):
        ensure_ray(EngineOptions("ray"))


def test_the_cli_names_an_unreachable_ray_address_in_one_line(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).parents[2] / "src"
    data = tmp_path / "d.jsonl"
    data.write_text('{"instruction": "Hi there", "input": "", "output": "Hello"}\n')
    env = os.environ | {"PYTHONPATH": str(src)}
    run = tmp_path / "run"
    subprocess.run(
        [sys.executable, "-m", "synthlens", "ingest", str(data), "-o", str(run)],
        env=env,
        check=True,
        capture_output=True,
    )
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "synthlens",
        "tag",
        str(run),
        "--endpoint",
        "http://127.0.0.1:9/v1",
        "--model",
        "m",
    ]
    started = time.monotonic()
    done = subprocess.run(
        [*command, "--engine", "ray", "--ray-address", f"127.0.0.1:{port}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and time.monotonic() - started < 30
    assert done.stderr.strip().splitlines()[-1].startswith(f"error: --ray-address 127.0.0.1:{port}: no Ray cluster")


def test_a_local_ray_instance_listens_on_loopback_only(ray_engine) -> None:
    import ray

    assert {node["NodeManagerAddress"] for node in ray.nodes()} == {"127.0.0.1"}
