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


TEXTS_PER_BATCH = 1024


class EmbedWorker:
    """A Ray Data actor that loads the embedder once and encodes batches of texts."""

    def __init__(self, embedder: Any) -> None:
        self.embedder = embedder

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        vectors = np.asarray(self.embedder.encode(batch.column("text").to_pylist()), dtype=np.float32)
        flat = pa.array(vectors.reshape(-1))
        return pa.table(
            {"start": batch.column("start"), "vector": pa.FixedSizeListArray.from_arrays(flat, vectors.shape[1])}
        )


def ray_encoder(engine: EngineOptions) -> Any:
    """A `RemoteEncoder` (synthlens.embed.store) that encodes on an actor pool; None for the local engine."""
    if not engine.is_ray:
        return None

    def encode(embedder: Any, texts: list[str], keep: Any, progress: ProgressFn) -> None:
        import pyarrow as pa

        shipped = embedder.unloaded() if hasattr(embedder, "unloaded") else embedder
        table = pa.table({"start": list(range(len(texts))), "text": texts})
        done = [0]

        def advance(count: int) -> None:
            done[0] += count
            progress("embed", done[0], len(texts))

        def store(piece: Any) -> None:  # every batch is stored by the driver as soon as it is back
            starts = piece.column("start").to_numpy()
            vectors = np.stack(piece.column("vector").to_numpy(zero_copy_only=False)).astype(np.float32)
            breaks = np.flatnonzero(np.diff(starts) != 1) + 1  # contiguous runs (a piece is one batch, in order)
            for run_starts, run_vectors in zip(np.split(starts, breaks), np.split(vectors, breaks), strict=True):
                keep(int(run_starts[0]), run_vectors)
            advance(len(starts))

        map_batches(table, EmbedWorker, {"embedder": shipped}, engine, TEXTS_PER_BATCH, on_piece=store)

    return encode
