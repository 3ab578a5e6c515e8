"""Where the row-parallel stages run: in this process (`local`, the default) or on Ray (`ray`).

The row-parallel stages are embedding, the LLM judges and reward, generation and the offline taggers. On Ray
they run as Ray Data `map_batches` over an actor pool; the driver alone writes the run (Parquet tables, the
embeddings file, the caches), so the tables, the cache keys and the resume semantics are the engine's
business, not the stage's: a stage run on one engine is up to date on the other.

- `session`: starting or joining Ray (loopback by default), and mapping a table's batches over actors.
- `llm`: the client's requests spread over workers, every answer stored by one writer as it arrives.
- `rows`: taggers and embedders over row batches on actors that each load their model once.
"""

from dataclasses import dataclass

from synthlens.errors import SynthlensError

ENGINES = ("local", "ray")
RAY_HINT = "pip install 'synthlens[ray]'"


@dataclass(frozen=True)
class EngineOptions:
    """local, or ray with an address (None: start a local Ray instance on 127.0.0.1), actors and batch size."""

    kind: str = "local"
    address: str | None = None
    actors: int = 2
    batch_size: int | None = None  # rows per batch; None: each stage's own default
    num_cpus: int | None = None  # CPUs of a Ray instance started here (None: this machine's)

    def __post_init__(self) -> None:
        if self.kind not in ENGINES:
            raise SynthlensError(f"--engine {self.kind!r} is not known; allowed: local, ray; fix: --engine local")
        if self.actors < 1 or (self.batch_size is not None and self.batch_size < 1):
            raise SynthlensError(
                f"--actors {self.actors}, --batch-size {self.batch_size}; allowed: 1 or more; fix: --actors 2"
            )

    @property
    def is_ray(self) -> bool:
        return self.kind == "ray"


LOCAL = EngineOptions()


def on_engine(tagger: object, engine: EngineOptions) -> object:
    """The tagger as it should run on `engine`: unchanged locally; on Ray, its requests or its rows spread
    over workers (the tagger's name, columns and params, and so its stage key, stay the same)."""
    if not engine.is_ray:
        return tagger
    from synthlens.engine.llm import RayLLMClient
    from synthlens.engine.rows import RayTagger
    from synthlens.judge.client import LLMClient

    client = getattr(tagger, "client", None)
    if isinstance(client, LLMClient):
        tagger.client = RayLLMClient(client, engine)  # type: ignore[attr-defined]
        return tagger
    return RayTagger(tagger, engine)
