"""Row batches on Ray: a tagger (offline model, local reward model) or an embedder on actors that each load
their model once; the driver puts the pieces back in row order and writes them.

Offline taggers read the rows' vectors: the driver reads them once from the run and sends each batch its
own vectors in a column, so no worker needs the run folder.
"""

from typing import Any

import numpy as np
import polars as pl

from synthlens.engine import EngineOptions
from synthlens.engine.session import map_batches
from synthlens.progress import ProgressFn, silent

ROWS_PER_BATCH = 4096
VECTORS = "__row_vector"


class TaggerWorker:
    """A Ray Data actor holding one copy of the tagger."""

    def __init__(self, tagger: Any) -> None:
        self.tagger = tagger

    def __call__(self, batch: Any) -> Any:
        rows = pl.from_arrow(batch)
        if VECTORS in rows.columns:
            self.tagger.vectors = self.tagger.vectors.given(np.stack(rows[VECTORS].to_numpy()).astype(np.float32))
            rows = rows.drop(VECTORS)
        return self.tagger.tag(rows).to_arrow()


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

        shipped, rows_in = self._shipped(rows)
        worker = {"tagger": shipped}
        table = map_batches(rows_in.to_arrow(), TaggerWorker, worker, self.engine, ROWS_PER_BATCH, advance)
        if table is None:  # no rows: nothing to spread
            return self.tagger.tag(rows, progress)
        return pl.from_arrow(table)

    def _shipped(self, rows: pl.DataFrame) -> tuple[Any, pl.DataFrame]:
        """The tagger as it travels to the workers, and the rows it gets: with their vectors in a column
        when it reads vectors (computed here once, not on every worker)."""
        vectors = getattr(self.tagger, "vectors", None)
        if vectors is None:
            return self.tagger, rows
        import copy

        from synthlens.embed import make_embedder

        row_vectors = vectors.rows(rows)
        shipped = copy.copy(self.tagger)
        shipped.vectors = type(vectors)(embedder=make_embedder(vectors.model_name))  # unloaded: loads on demand
        return shipped, rows.with_columns(pl.Series(VECTORS, row_vectors))

    def __getattr__(self, name: str) -> Any:  # usage(), extra facts: the wrapped tagger's own
        return getattr(self.tagger, name)
