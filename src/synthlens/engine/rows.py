"""Row batches on Ray: a tagger (offline model, local reward model) or an embedder on actors that each load
their model once; the driver puts the pieces back in row order and writes them."""

from typing import Any

import polars as pl

from synthlens.engine import EngineOptions
from synthlens.engine.session import map_batches
from synthlens.progress import ProgressFn, silent

ROWS_PER_BATCH = 4096


class TaggerWorker:
    """A Ray Data actor holding one copy of the tagger."""

    def __init__(self, tagger: Any) -> None:
        self.tagger = tagger

    def __call__(self, batch: Any) -> Any:
        return self.tagger.tag(pl.from_arrow(batch)).to_arrow()


class RayTagger:
    """A tagger whose rows are split into batches over Ray actors; name, columns and params are the
    tagger's own, so its stage and cache key do not depend on the engine."""

    def __init__(self, tagger: Any, engine: EngineOptions) -> None:
        self.tagger = tagger
        self.engine = engine
        self.name, self.generator, self.columns = tagger.name, tagger.generator, tagger.columns

    def params(self) -> dict[str, Any]:
        return self.tagger.params()

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        done = [0]

        def advance(count: int) -> None:
            done[0] += count
            progress(self.name, done[0], rows.height)

        table = map_batches(
            rows.to_arrow(), TaggerWorker, {"tagger": self.tagger}, self.engine, ROWS_PER_BATCH, advance
        )
        if table is None:
            return self.tagger.tag(rows.head(0))
        local_schema = self.tagger.tag(rows.head(0)).schema  # the exact column types the local engine writes
        return pl.from_arrow(table).cast(dict(local_schema))

    def __getattr__(self, name: str) -> Any:  # usage(), extra facts: the wrapped tagger's own
        return getattr(self.tagger, name)
