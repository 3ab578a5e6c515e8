"""Exact and near-exact dedup before embedding: a normalised-text hash, and MinHash-LSH as an option.

Columns (stage "exact_dedup"): norm_hash (hash of the text with case, whitespace and punctuation
normalised away), is_norm_dup (an earlier row has the same norm_hash), minhash_group (rows whose estimated
Jaccard similarity of character 5-grams is >= the threshold share a group; null when MinHash is off) and
is_minhash_dup (an earlier row is in the same group).
"""

import hashlib
import re
import unicodedata

import numpy as np
import polars as pl

from synthlens.embed.stage import check_field, field_texts
from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent
from synthlens.similarity.dup_graph import component_labels
from synthlens.workspace import Workspace

STAGE = "exact_dedup"
SHINGLE_CHARS = 5
NUM_PERM = 128
_SPACES = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Lower case, punctuation dropped, whitespace collapsed, Unicode compatibility-folded."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(" " if unicodedata.category(char)[0] in "PZC" else char for char in folded)
    return _SPACES.sub(" ", kept).strip()


def norm_hash(text: str) -> str:
    """A 16-hex-digit hash of the normalised text."""
    return hashlib.blake2b(normalize_text(text).encode(), digest_size=8).hexdigest()


def shingles(text: str, size: int = SHINGLE_CHARS) -> set[bytes]:
    """Character n-grams of the normalised text (the whole text when it is shorter)."""
    normal = normalize_text(text)
    if len(normal) <= size:
        return {normal.encode()}
    return {normal[i : i + size].encode() for i in range(len(normal) - size + 1)}


def minhash_labels(
    texts: list[str], threshold: float = 0.8, num_perm: int = NUM_PERM, progress: ProgressFn = silent
) -> np.ndarray:
    """Group label per text: components of the pairs MinHash-LSH finds with estimated Jaccard >= threshold."""
    from datasketch import MinHash, MinHashLSH

    if not 0.0 < threshold <= 1.0:
        raise SynthlensError(f"MinHash threshold {threshold} is not a Jaccard similarity; allowed: (0, 1]; fix: 0.8")
    signatures = MinHash.bulk([shingles(text) for text in texts], num_perm=num_perm)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sources: list[int] = []
    targets: list[int] = []
    for row, signature in enumerate(signatures):
        for other in lsh.query(signature):
            if signature.jaccard(signatures[other]) >= threshold:
                sources.append(row)
                targets.append(other)
        lsh.insert(row, signature)
        if row % 1000 == 999 or row == len(texts) - 1:
            progress("minhash", row + 1, len(texts))
    return component_labels(len(texts), np.array(sources, np.int64), np.array(targets, np.int64))


def exact_dedup_table(
    rows: pl.DataFrame,
    field: str = "instruction",
    minhash: bool = False,
    minhash_threshold: float = 0.8,
    progress: ProgressFn = silent,
) -> pl.DataFrame:
    """The exact_dedup columns for canonical rows (row order decides which copy is the first)."""
    texts = field_texts(rows, check_field(field))
    table = pl.DataFrame({"id": rows["id"], "norm_hash": [norm_hash(text) for text in texts]})
    table = table.with_columns(is_norm_dup=pl.int_range(pl.len()).over("norm_hash") > 0)
    if not minhash:
        return table.with_columns(minhash_group=pl.lit(None, pl.Int64), is_minhash_dup=pl.lit(None, pl.Boolean))
    labels = minhash_labels(texts, minhash_threshold, progress=progress)
    table = table.with_columns(minhash_group=pl.Series(labels, dtype=pl.Int64))
    return table.with_columns(is_minhash_dup=pl.int_range(pl.len()).over("minhash_group") > 0)


def exact_dedup_run(
    ws: Workspace,
    field: str = "instruction",
    minhash: bool = False,
    minhash_threshold: float = 0.8,
    progress: ProgressFn = silent,
) -> pl.DataFrame:
    """Compute (or read) the exact_dedup stage of a run."""
    params = {"field": field, "minhash": minhash, "minhash_threshold": minhash_threshold if minhash else None}
    columns = ["id", "instruction", "response", "conversation"]
    return ws.run_stage(
        STAGE,
        params,
        lambda: exact_dedup_table(ws.rows(columns), field, minhash, minhash_threshold, progress),
    )


def first_same_text(hashes: pl.Series) -> np.ndarray:
    """For each row, the first row with the same norm_hash; the row itself when its normalised text is unique
    or empty (a text of only punctuation or spaces is not a duplicate of another such text)."""
    frame = pl.DataFrame({"hash": hashes}).with_row_index("row")
    first = frame.select(pl.col("row").min().over("hash").cast(pl.Int64)).to_series().to_numpy()
    rows = np.arange(len(first), dtype=np.int64)
    return np.where(hashes.to_numpy() == norm_hash(""), rows, first)


def same_text_rows(ws: Workspace, field: str = "instruction") -> np.ndarray:
    """`first_same_text` for a run's field, from the exact_dedup stage when it hashed that field."""
    entry = ws.manifest["stages"].get(STAGE, {})
    if ws.has_stage(STAGE) and entry.get("params", {}).get("field") == field:
        return first_same_text(ws.read_stage(STAGE)["norm_hash"])
    texts = field_texts(ws.rows(["instruction", "response", "conversation"]), check_field(field))
    return first_same_text(pl.Series([norm_hash(text) for text in texts], dtype=pl.String))


def exact_dedup_counts(table: pl.DataFrame) -> dict[str, int]:
    """Rows flagged per method."""
    counts = {"normalized_hash": int(table["is_norm_dup"].sum())}
    if table["is_minhash_dup"].null_count() < table.height:
        counts["minhash"] = int(table["is_minhash_dup"].sum())
    return counts
