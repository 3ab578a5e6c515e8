"""Which rows of two versions are the same, changed, removed or added.

Rows with the same id are the same row (changed when their text differs). Of the rest, a row only in A and a
row only in B that are near-duplicates (cosine >= the threshold) are one changed row: pairs are matched one to
one, most similar first, so a lightly edited row counts as changed rather than removed and added.
"""

import numpy as np
import polars as pl

ROW_SCHEMA = {
    "status": pl.String,  # same | changed | removed | added
    "match": pl.String,  # id | near_duplicate | null
    "id_a": pl.String,
    "id_b": pl.String,
    "similarity": pl.Float32,
}
STATUSES = ("same", "changed", "removed", "added")
CANDIDATES = 5  # nearest rows of the other side considered per row


def content_keys(rows: pl.DataFrame) -> pl.Series:
    """A hash of the system prompt and every turn's content, to tell an edited row from an unchanged one."""
    turns = pl.col("conversation").list.eval(pl.element().struct.field("content")).list.join("\x1f")
    return rows.select(pl.concat_str([pl.col("system").fill_null(""), turns], separator="\x1e").hash()).to_series()


def match_rows(
    rows_a: pl.DataFrame,
    rows_b: pl.DataFrame,
    vectors_a: np.ndarray,
    vectors_b: np.ndarray,
    threshold: float,
) -> pl.DataFrame:
    """One line per row of either version: status, how it was matched, its id in A and in B, the similarity."""
    keyed_a = rows_a.select("id", content_keys(rows_a).alias("key"), pl.int_range(pl.len()).alias("row"))
    keyed_b = rows_b.select("id", content_keys(rows_b).alias("key"), pl.int_range(pl.len()).alias("row"))
    both = keyed_a.join(keyed_b, on="id", suffix="_b")
    by_id = both.select(
        pl.when(pl.col("key") == pl.col("key_b")).then(pl.lit("same")).otherwise(pl.lit("changed")).alias("status"),
        pl.lit("id").alias("match"),
        pl.col("id").alias("id_a"),
        pl.col("id").alias("id_b"),
        pl.lit(None, pl.Float32).alias("similarity"),
    )
    only_a = keyed_a.join(keyed_b, on="id", how="anti")
    only_b = keyed_b.join(keyed_a, on="id", how="anti")
    pairs = near_duplicate_pairs(vectors_a[only_a["row"].to_numpy()], vectors_b[only_b["row"].to_numpy()], threshold)
    matched_a, matched_b = {a for a, _, _ in pairs}, {b for _, b, _ in pairs}
    changed = pl.DataFrame(
        {
            "status": "changed",
            "match": "near_duplicate",
            "id_a": [only_a["id"][a] for a, _, _ in pairs],
            "id_b": [only_b["id"][b] for _, b, _ in pairs],
            "similarity": [similarity for _, _, similarity in pairs],
        },
        schema=ROW_SCHEMA,
    )
    removed = only_a.filter(~pl.int_range(pl.len()).is_in(list(matched_a))).select(
        pl.lit("removed").alias("status"), pl.lit(None, pl.String).alias("match"), pl.col("id").alias("id_a")
    )
    added = only_b.filter(~pl.int_range(pl.len()).is_in(list(matched_b))).select(
        pl.lit("added").alias("status"), pl.lit(None, pl.String).alias("match"), pl.col("id").alias("id_b")
    )
    return pl.concat([by_id, changed, removed, added], how="diagonal_relaxed").select(list(ROW_SCHEMA)).cast(ROW_SCHEMA)


def near_duplicate_pairs(
    vectors_a: np.ndarray, vectors_b: np.ndarray, threshold: float
) -> list[tuple[int, int, float]]:
    """One-to-one (row in A, row in B, similarity) pairs at or above the threshold, most similar first; ties
    go to the lower row numbers, so the matching is deterministic."""
    if not len(vectors_a) or not len(vectors_b):
        return []
    similarities, neighbours = _nearest_in_a(vectors_a, vectors_b, min(CANDIDATES, len(vectors_a)))
    b_rows = np.repeat(np.arange(len(vectors_b)), neighbours.shape[1])
    a_rows, sims = neighbours.ravel(), similarities.ravel()
    keep = (a_rows >= 0) & (sims >= threshold)
    a_rows, b_rows, sims = a_rows[keep], b_rows[keep], sims[keep]
    pairs, used_a, used_b = [], set(), set()
    for at in np.lexsort((a_rows, b_rows, -sims)):
        a, b = int(a_rows[at]), int(b_rows[at])
        if a not in used_a and b not in used_b:
            used_a.add(a)
            used_b.add(b)
            pairs.append((a, b, float(sims[at])))
    return pairs


def _nearest_in_a(vectors_a: np.ndarray, vectors_b: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """For each B row, its k most similar A rows: exact while that is cheap (the overlap search's budget),
    else an index tuned on edited copies of A's rows searched from outside, as overlap does."""
    from synthlens.similarity.knn import search_vectors
    from synthlens.similarity.recall import exact_search, outside_check, tuned_index
    from synthlens.similarity.reference_search import reference_kind

    base = np.ascontiguousarray(vectors_a, dtype=np.float32)
    queries = np.ascontiguousarray(vectors_b, dtype=np.float32)
    if reference_kind(len(queries), len(base), base.shape[1]) == "flat":
        return exact_search(base, queries, k)
    return search_vectors(tuned_index(base, "auto", [outside_check(base)]), base, queries, k)
