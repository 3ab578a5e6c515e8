"""Cross-dataset overlap: how close each row comes to a reference set (a baseline or an evaluation set).

Columns (stage "overlap"): ref_nearest_id and ref_nearest_sim (the most similar reference row and its cosine
similarity), ngram_overlap (how many of the row's word n-grams, 13 by default, appear verbatim in the
reference; a reference text shorter than n words counts once when it appears whole inside the row) and
is_contaminated (ref_nearest_sim >= the contamination threshold, or any n-gram overlap).
"""

import hashlib
import json

import numpy as np
import polars as pl

from synthlens.embed import Embedder, make_embedder
from synthlens.embed.stage import check_field, embed_run, embedding_cache_dir, field_texts
from synthlens.embed.store import embed_texts
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.similarity.exact_dedup import normalize_text
from synthlens.similarity.knn import build_index, search_vectors, tune_recall
from synthlens.workspace import Workspace

STAGE = "overlap"
DEFAULT_NGRAM = 13
DEFAULT_CONTAMINATION = 0.85


def _gram_hashes(words: list[str], size: int) -> list[int]:
    return [hash(tuple(words[i : i + size])) for i in range(len(words) - size + 1)]


class NgramIndex:
    """The word n-grams of a reference set, hashed and sorted, for fast membership tests."""

    def __init__(self, reference_texts: list[str], n: int = DEFAULT_NGRAM) -> None:
        if n < 1:
            raise SynthlensError(f"n-gram size {n} is not allowed; use 1 or more; fix: --ngram 13")
        self.n = n
        grams: list[int] = []
        short: dict[int, list[int]] = {}  # length -> hashes of whole reference texts shorter than n
        for text in reference_texts:
            words = normalize_text(text).split()
            if len(words) >= n:
                grams.extend(_gram_hashes(words, n))
            elif words:
                short.setdefault(len(words), []).append(hash(tuple(words)))
        self.grams = np.unique(np.array(grams, dtype=np.int64))
        self.short = {length: np.unique(np.array(h, dtype=np.int64)) for length, h in short.items()}

    def overlap(self, text: str) -> int:
        """How many of the text's n-grams (and whole short reference texts) occur in the reference."""
        words = normalize_text(text).split()
        found = _count_in(np.array(_gram_hashes(words, self.n), dtype=np.int64), self.grams)
        for length, whole in self.short.items():
            found += _count_in(np.array(_gram_hashes(words, length), dtype=np.int64), whole)
        return found


def _count_in(values: np.ndarray, sorted_set: np.ndarray) -> int:
    if values.size == 0 or sorted_set.size == 0:
        return 0
    positions = np.searchsorted(sorted_set, values).clip(max=sorted_set.size - 1)
    return int((sorted_set[positions] == values).sum())


def nearest_reference(vectors: np.ndarray, reference: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each row, the row number of the most similar reference vector and the similarity (-1, NaN if none)."""
    if len(reference) == 0:
        return np.full(len(vectors), -1, np.int64), np.full(len(vectors), np.nan, np.float32)
    index = tune_recall(build_index(reference), reference, k=1)
    sims, nearest = search_vectors(index, reference, vectors, k=1)
    return nearest[:, 0], sims[:, 0]


def overlap_table(
    ids: pl.Series,
    texts: list[str],
    vectors: np.ndarray,
    reference: pl.DataFrame,
    reference_vectors: np.ndarray,
    threshold: float = DEFAULT_CONTAMINATION,
    ngram: int = DEFAULT_NGRAM,
) -> pl.DataFrame:
    """The overlap columns for rows against a reference (reference columns: id and instruction)."""
    nearest, sims = nearest_reference(vectors, reference_vectors)
    grams = NgramIndex(reference["instruction"].to_list(), ngram)
    overlaps = np.array([grams.overlap(text) for text in texts], dtype=np.int64)
    ref_ids = reference["id"]
    nearest_id = ref_ids.gather(np.maximum(nearest, 0)) if len(ref_ids) else pl.Series([None] * len(ids))
    table = pl.DataFrame(
        {
            "id": ids,
            "ref_nearest_id": pl.select(pl.when(pl.Series(nearest >= 0)).then(nearest_id)).to_series(),
            "ref_nearest_sim": pl.Series(sims, dtype=pl.Float32).fill_nan(None),
            "ngram_overlap": overlaps,
        }
    )
    close = pl.col("ref_nearest_sim").fill_null(-1.0) >= threshold
    return table.with_columns(is_contaminated=close | (pl.col("ngram_overlap") > 0))


def overlap_run(
    ws: Workspace,
    reference: pl.DataFrame,
    reference_name: str,
    embedder: Embedder | None = None,
    field: str = "instruction",
    threshold: float = DEFAULT_CONTAMINATION,
    ngram: int = DEFAULT_NGRAM,
    progress: ProgressFn = silent,
) -> pl.DataFrame:
    """Compute (or read) the overlap stage of a run against reference rows (canonical rows)."""
    check_field(field)
    embedder = embedder or make_embedder()
    reference_texts = reference["instruction"].fill_null("").to_list()
    fingerprint = hashlib.sha256(json.dumps(reference_texts).encode()).hexdigest()[:16]
    params = {"reference": reference_name, "reference_sha": fingerprint, "reference_rows": reference.height}
    params |= {"model": embedder.name, "field": field, "threshold": threshold, "ngram": ngram}

    def compute() -> pl.DataFrame:
        rows = ws.rows(["id", "instruction", "response", "conversation"])
        vectors = embed_run(ws, embedder, field, progress)
        reference_vectors = embed_texts(embedder, reference_texts, embedding_cache_dir(ws), progress)
        texts = field_texts(rows, field)
        return overlap_table(rows["id"], texts, vectors, reference, reference_vectors, threshold, ngram)

    return ws.run_stage(STAGE, params, compute)


def overlap_summary(table: pl.DataFrame, threshold: float) -> pl.DataFrame:
    """Counts a user checks: rows above the threshold, rows sharing n-grams, rows contaminated."""
    return pl.DataFrame(
        {
            "metric": [f"rows with ref_nearest_sim >= {threshold}", "rows sharing an n-gram", "contaminated rows"],
            "rows": [
                int((table["ref_nearest_sim"].fill_null(-1.0) >= threshold).sum()),
                int((table["ngram_overlap"] > 0).sum()),
                int(table["is_contaminated"].sum()),
            ],
        }
    )
