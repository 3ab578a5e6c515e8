"""Cross-dataset overlap: how close each row comes to reference sets (baselines or evaluation sets).

Each reference gets its own stage, `overlap.<name>`, so a run can be checked against several benchmarks:
- ref_exact_match: the row's text equals a reference text after the exact-dedup normalisation (case,
  punctuation, whitespace, Unicode forms); such a row is at similarity 1.0 with that reference row, whatever
  the embeddings say, and contaminated;
- ref_nearest_id, ref_nearest_sim: the most similar reference row and its cosine similarity (1.0 for an
  exact text match);
- ngram_overlap: how many of the row's word n-grams (13 by default) appear verbatim in the reference; a
  reference text shorter than n words counts once when it appears whole inside the row;
- is_contaminated: an exact text match, ref_nearest_sim >= the contamination threshold, or any n-gram overlap.
The stage `overlap` combines every reference's table (see `combined_table`); recipes and the dashboard read it.
"""

import hashlib
import json
from typing import Any

import numpy as np
import polars as pl

from synthlens.embed import Embedder, make_embedder
from synthlens.embed.derived import shared_embeddings_dir
from synthlens.embed.stage import check_field, embed_run, field_texts
from synthlens.embed.store import embed_texts
from synthlens.errors import SynthlensError, check_range
from synthlens.progress import ProgressFn, silent
from synthlens.similarity.exact_dedup import normalize_text
from synthlens.similarity.knn import choose_kind
from synthlens.similarity.reference_search import nearest_reference
from synthlens.workspace import Workspace, safe_name

STAGE = "overlap"
DEFAULT_NGRAM = 13
DEFAULT_CONTAMINATION = 0.85


def reference_stage(name: str) -> str:
    """The stage holding one reference's table: `overlap.<name>`."""
    return f"{STAGE}.{safe_name(name)}"


def reference_stages(ws: Workspace) -> list[str]:
    """The per-reference overlap stages a run holds, in the order they were first run."""
    return [stage for stage in ws.stages() if stage.startswith(f"{STAGE}.")]


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


def exact_text_matches(texts: list[str], reference_texts: list[str]) -> np.ndarray:
    """For each text, the first reference row with the same normalised text; -1 when none (or when empty)."""
    first: dict[str, int] = {}
    for row, text in enumerate(reference_texts):
        normal = normalize_text(text)
        if normal:  # a text of only punctuation or spaces says nothing about contamination
            first.setdefault(normal, row)
    return np.array([first.get(normalize_text(text), -1) for text in texts], dtype=np.int64)


def overlap_table(
    ids: pl.Series,
    texts: list[str],
    reference_ids: pl.Series,
    reference_texts: list[str],
    nearest: tuple[np.ndarray, np.ndarray, np.ndarray],
    threshold: float = DEFAULT_CONTAMINATION,
    ngram: int = DEFAULT_NGRAM,
) -> pl.DataFrame:
    """One reference's overlap columns; nearest = (reference row or -1, similarity or NaN, exact text match)."""
    rows, sims, exact = nearest
    grams = NgramIndex(reference_texts, ngram)
    overlaps = np.array([grams.overlap(text) for text in texts], dtype=np.int64)
    nearest_id = reference_ids.gather(np.maximum(rows, 0)) if len(reference_ids) else pl.Series([None] * len(ids))
    table = pl.DataFrame(
        {
            "id": ids,
            "ref_exact_match": pl.Series(exact, dtype=pl.Boolean),
            "ref_nearest_id": pl.select(pl.when(pl.Series(rows >= 0)).then(nearest_id)).to_series(),
            "ref_nearest_sim": pl.Series(sims, dtype=pl.Float32).fill_nan(None),
            "ngram_overlap": overlaps,
        }
    )
    close = pl.col("ref_nearest_sim").fill_null(-1.0) >= threshold
    return table.with_columns(is_contaminated=pl.col("ref_exact_match") | close | (pl.col("ngram_overlap") > 0))


def reference_vectors(embedder: Embedder, texts: list[str], progress: ProgressFn) -> np.ndarray:
    """The reference texts' vectors, from the user's cache shared by every run (a reference is embedded once)."""
    return embed_texts(embedder, texts, shared_embeddings_dir(), progress)


def overlap_run(
    ws: Workspace,
    reference: pl.DataFrame,
    reference_name: str,
    embedder: Embedder | None = None,
    field: str = "instruction",
    threshold: float = DEFAULT_CONTAMINATION,
    ngram: int = DEFAULT_NGRAM,
    progress: ProgressFn = silent,
    index_kind: str = "auto",
) -> pl.DataFrame:
    """Compute (or read) a run's overlap with one reference (canonical rows): stage `overlap.<name>`, then
    the combined `overlap` stage across every reference the run was checked against."""
    check_field(field)
    check_range("--threshold", threshold, 0.0, 1.0)
    check_range("--ngram", ngram, 1, 1000)
    choose_kind(reference.height, index_kind)  # refuses an unknown kind before any work
    embedder = embedder or make_embedder()
    reference_texts = _reference_texts(reference, reference_name, field)
    fingerprint = hashlib.sha256(json.dumps(reference_texts).encode()).hexdigest()[:16]
    params = {"reference": reference_name, "reference_sha": fingerprint, "reference_rows": reference.height}
    params |= {"model": embedder.name, "field": field, "threshold": threshold, "ngram": ngram, "index": index_kind}
    stage = reference_stage(reference_name)

    def compute() -> pl.DataFrame:
        rows = ws.rows(["id", "instruction", "response", "conversation"])
        texts = field_texts(rows, field)
        exact = exact_text_matches(texts, reference_texts)
        searched = np.flatnonzero(exact < 0)  # an exact text match needs no vector search
        nearest, sims = exact.copy(), np.where(exact >= 0, 1.0, np.nan).astype(np.float32)
        facts: dict[str, Any] = {"exact_text_matches": int(len(texts) - len(searched)), "searched_rows": len(searched)}
        if len(searched) and reference.height:
            vectors = np.asarray(embed_run(ws, embedder, field, progress))[searched]
            reference_matrix = reference_vectors(embedder, reference_texts, progress)
            found = nearest_reference(vectors, reference_matrix, index_kind, progress)
            nearest[searched], sims[searched], facts["search"] = found
        ws.record(stage, **facts)
        found_rows = (nearest, sims, exact >= 0)
        return overlap_table(rows["id"], texts, reference["id"], reference_texts, found_rows, threshold, ngram)

    table = ws.run_stage(stage, params, compute)
    combine_references(ws)
    return table


def _reference_texts(reference: pl.DataFrame, name: str, field: str) -> list[str]:
    """The reference's texts in the field compared; a reference without that field is refused."""
    if reference.height and (field not in reference.columns or reference[field].null_count() == reference.height):
        raise SynthlensError(
            f"reference '{name}' has no {field} text to compare with the run's {field}s;"
            f" allowed: a reference holding that field; fix: --embed-field instruction"
        )
    return field_texts(reference, field) if reference.height else []


def combine_references(ws: Workspace) -> pl.DataFrame | None:
    """Compute (or read) the `overlap` stage from every `overlap.<name>` stage of the run."""
    stages = reference_stages(ws)
    if not stages:
        return None
    names = {stage: ws.manifest["stages"][stage]["params"]["reference"] for stage in stages}
    return ws.run_stage(
        STAGE,
        {"references": sorted(names.values())},
        lambda: combined_table({names[stage]: ws.read_stage(stage) for stage in stages}),
        depends_on=stages,
    )


def combined_table(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Every reference's overlap in one table: the nearest reference row over all of them (and which reference
    it is in), an exact match or contamination by any (contaminated_by lists them), the most n-grams shared."""
    long = pl.concat([table.with_columns(reference=pl.lit(name)) for name, table in sorted(tables.items())])
    best_first = {"by": ["ref_nearest_sim", "reference"], "descending": [True, False], "nulls_last": True}
    combined = long.group_by("id").agg(
        pl.col("ref_exact_match").any(),
        pl.col("ref_nearest_id").sort_by(**best_first).first(),
        pl.col("ref_nearest_sim").max(),
        pl.col("reference").sort_by(**best_first).first().alias("ref_nearest_reference"),
        pl.col("ngram_overlap").max(),
        pl.col("is_contaminated").any(),
        pl.col("reference").filter(pl.col("is_contaminated")).sort().alias("contaminated_by"),
    )
    ids = next(iter(tables.values())).select("id")
    return ids.join(combined, on="id", how="left", maintain_order="left")


def overlap_summary(table: pl.DataFrame, threshold: float) -> pl.DataFrame:
    """Counts a user checks: exact text matches, rows above the threshold, rows sharing n-grams, contaminated."""
    return pl.DataFrame(
        {
            "metric": [
                "rows with a reference's exact text",
                f"rows with ref_nearest_sim >= {threshold}",
                "rows sharing an n-gram",
                "contaminated rows",
            ],
            "rows": [
                int(table["ref_exact_match"].sum()),
                int((table["ref_nearest_sim"].fill_null(-1.0) >= threshold).sum()),
                int((table["ngram_overlap"] > 0).sum()),
                int(table["is_contaminated"].sum()),
            ],
        }
    )


def search_text(facts: dict[str, Any]) -> str:
    """How a reference was searched, in words (for the summaries)."""
    search = facts.get("search")
    if search is None:
        return "no vector search: every row matched a reference text exactly or the reference was empty"
    if search.get("index") == "flat":
        return f"exact ({search['compared_pairs']:,} pairs compared)" if "compared_pairs" in search else "exact"
    width = {key: search[key] for key in ("efSearch", "nprobe") if key in search}
    settings = ", ".join(f"{key} {value}" for key, value in width.items())
    return f"{search['index']} ({settings}), recall@1 of edited copies {search.get('outside_recall_at_1', 0):.3f}"
