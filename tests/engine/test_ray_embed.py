"""Embedding on Ray: the same vectors as the local engine; an actor killed mid-stage loses no finished batch."""

import os
import signal
from collections import Counter
from pathlib import Path

import numpy as np

from synthlens.embed import make_embedder
from synthlens.embed.stage import embed_run
from synthlens.embed.store import embed_texts
from synthlens.engine import EngineOptions
from synthlens.engine.rows import ray_encoder

TEXTS = [f"How do I sort list number {i} in Python, step {i % 7}?" for i in range(300)]


def test_the_embed_stage_is_the_same_on_both_engines(ray_engine: EngineOptions, make_run) -> None:
    local_run, ray_run = make_run([(t, None) for t in TEXTS], "a"), make_run([(t, None) for t in TEXTS], "b")
    embedder = make_embedder()
    engine = EngineOptions("ray", actors=2, num_cpus=2, batch_size=64)
    expected = np.asarray(embed_run(local_run, embedder))
    got = np.asarray(embed_run(ray_run, make_embedder(), remote=ray_encoder(engine)))
    assert got.shape == expected.shape and np.abs(got - expected).max() < 1e-5
    entry = lambda ws: ws.manifest["stages"]["embed"]["params"]  # noqa: E731
    assert entry(ray_run) == entry(local_run)  # the same stage whatever the engine
    assert embed_run(ray_run, make_embedder()) is not None  # and up to date for the local engine


class DyingEmbedder:
    """Writes every text it encodes to a log, and kills its own process the first time it sees `fatal`."""

    name, dim = "test-dying", 4

    def __init__(self, log: Path, fatal: str) -> None:
        self.log, self.fatal = log, fatal

    def encode(self, texts: list[str]) -> np.ndarray:
        if self.fatal in texts and not (self.log.parent / "died").exists():
            (self.log.parent / "died").touch()
            os.kill(os.getpid(), signal.SIGKILL)
        with self.log.open("a") as stream:
            stream.write("".join(text + "\n" for text in texts))
        return np.array([[len(t), sum(map(ord, t)) % 97, 1.0, 2.0] for t in texts], dtype=np.float32)


def test_a_killed_actor_loses_no_finished_batch(ray_engine: EngineOptions, tmp_path: Path) -> None:
    import sys

    from ray import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import a test module
    texts = [f"text {i:03d}" for i in range(200)]
    log = tmp_path / "encoded.txt"
    engine = EngineOptions("ray", actors=1, num_cpus=2, batch_size=50)
    vectors = embed_texts(DyingEmbedder(log, texts[120]), texts, tmp_path / "cache", remote=ray_encoder(engine))
    times = Counter(log.read_text().splitlines())
    assert (tmp_path / "died").exists() and set(times) == set(texts)  # every text encoded, the dying batch again
    # Batches the driver received before the kill are kept; at most the batch the actor had finished but not
    # yet handed back when it died is encoded a second time (an encoding costs nothing; LLM requests, which
    # do, are looked up in the run's cache before they are sent: test_ray_llm).
    assert max(times.values()) <= 2 and sum(count - 1 for count in times.values()) <= engine.batch_size
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    again = embed_texts(DyingEmbedder(tmp_path / "second.txt", "never"), texts, tmp_path / "cache")
    assert np.allclose(again, vectors) and not (tmp_path / "second.txt").exists()  # all in the cache
