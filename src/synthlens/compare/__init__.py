"""Two runs side by side: two versions of a dataset, or a dataset and a baseline run.

comparison = compare_runs(Workspace.open("runs/v1"), Workspace.open("runs/v2"))
comparison.counts        # rows same / changed / removed / added
write_comparison(comparison, "compare/")   # summary.json and one Parquet file per table

- `matching`: rows matched by id, then by near-duplicate match (a lightly edited row is "changed").
- `shifts`: every tag's distribution (chi-square) and every length's (Kolmogorov-Smirnov).
- `space`: one k-means over both runs (clusters that grew or shrank), diversity and coverage side by side.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from synthlens import atomic
from synthlens.compare import matching, shifts, space
from synthlens.errors import SynthlensError
from synthlens.workspace import Workspace

CHANGED_THRESHOLD = 0.90  # cosine at which a row only in A and a row only in B are one edited row
TABLES = ("rows", "tags", "tests", "lengths", "side_by_side", "clusters")


@dataclass(frozen=True)
class CompareOptions:
    threshold: float = CHANGED_THRESHOLD
    clusters: int = 20
    baselines: tuple[str, ...] = ()  # coverage of each, measured for both runs at one radius
    seed: int = 0


@dataclass(frozen=True)
class Comparison:
    """Everything `synthlens compare` reports; each table is also written as Parquet."""

    run_a: str
    run_b: str
    model: str
    counts: dict[str, int]
    rows: pl.DataFrame
    tags: pl.DataFrame
    tests: pl.DataFrame
    lengths: pl.DataFrame
    side_by_side: pl.DataFrame
    clusters: pl.DataFrame
    options: dict[str, Any] = field(default_factory=dict)


def compare_runs(ws_a: Workspace, ws_b: Workspace, options: CompareOptions = CompareOptions()) -> Comparison:
    """Compare two runs embedded with the same model (one line naming both models otherwise)."""
    from synthlens.embed import vector_space
    from synthlens.embed.stage import stored_embeddings

    (model_a, vectors_a), (model_b, vectors_b) = stored_embeddings(ws_a), stored_embeddings(ws_b)
    if vector_space(model_a) != vector_space(model_b) or vectors_a.shape[1] != vectors_b.shape[1]:
        raise SynthlensError(
            f"{ws_a.root} was embedded with {model_a}, {ws_b.root} with {model_b}; compare needs one embedder;"
            f" fix: synthlens embed {ws_b.root} --model {model_a}"
        )
    table_a, table_b = ws_a.joined(), ws_b.joined()
    rows = matching.match_rows(table_a, table_b, vectors_a, vectors_b, options.threshold)
    tags = shifts.tag_counts(table_a, table_b)
    n_clusters = max(1, min(options.clusters, (len(vectors_a) + len(vectors_b)) // 20))
    labels_a, labels_b = space.joint_clusters(vectors_a, vectors_b, n_clusters, options.seed)
    texts = [table["instruction"].fill_null("").to_list() for table in (table_a, table_b)]
    side = _side_by_side(ws_a, ws_b, (vectors_a, vectors_b), (labels_a, labels_b), n_clusters)
    if options.baselines:
        from synthlens.embed import make_embedder

        side += space.coverage_lines(vectors_a, vectors_b, options.baselines, make_embedder(model_a))
    return Comparison(
        run_a=str(ws_a.root),
        run_b=str(ws_b.root),
        model=model_a,
        counts=row_counts(rows, table_a.height, table_b.height),
        rows=rows,
        tags=tags,
        tests=shifts.tests(table_a, table_b, tags),
        lengths=shifts.quantiles(table_a, table_b),
        side_by_side=pl.DataFrame(side, schema=space.SIDE_SCHEMA, orient="row"),
        clusters=space.cluster_changes(labels_a, labels_b, *texts, seed=options.seed),
        options={"threshold": options.threshold, "clusters": n_clusters, "baselines": list(options.baselines)},
    )


def row_counts(rows: pl.DataFrame, rows_a: int, rows_b: int) -> dict[str, int]:
    """Rows in each run, and how many are the same, changed (by id, by near-duplicate match), removed, added."""
    counts = {"rows_a": rows_a, "rows_b": rows_b}
    counts |= {status: int((rows["status"] == status).sum()) for status in matching.STATUSES}
    changed = rows.filter(pl.col("status") == "changed")
    counts["changed_same_id"] = int((changed["match"] == "id").sum())
    counts["changed_near_duplicate"] = int((changed["match"] == "near_duplicate").sum())
    return counts


def _side_by_side(
    ws_a: Workspace,
    ws_b: Workspace,
    vectors: tuple[np.ndarray, np.ndarray],
    labels: tuple[np.ndarray, np.ndarray],
    n_clusters: int,
) -> list[tuple[str, float, float]]:
    return _duplicate_lines(ws_a, ws_b) + space.diversity_lines(*vectors, *labels, n_clusters)


def _duplicate_lines(ws_a: Workspace, ws_b: Workspace) -> list[tuple[str, float, float]]:
    """Exact and near-duplicate shares, where both runs have the stage that finds them."""
    lines = []
    for stage, column, name in (
        ("stats", "is_exact_dup", "exact duplicate rows (share)"),
        ("dedup", "is_dup_representative", "near-duplicate rows beyond one per group (share)"),
    ):
        if ws_a.has_stage(stage) and ws_b.has_stage(stage):
            shares = []
            for ws in (ws_a, ws_b):
                values = ws.read_stage(stage)[column].fill_null(column == "is_dup_representative")
                shares.append(float((~values if column == "is_dup_representative" else values).mean()))
            lines.append((name, *shares))
    return lines


def changed_examples(comparison: Comparison, table_a: pl.DataFrame, table_b: pl.DataFrame) -> pl.DataFrame:
    """The changed rows with their instruction in A and in B, least similar first (the biggest edits)."""
    changed = comparison.rows.filter(pl.col("status") == "changed").sort("similarity", nulls_last=True)
    texts_a = table_a.select(pl.col("id").alias("id_a"), pl.col("instruction").alias("instruction_a"))
    texts_b = table_b.select(pl.col("id").alias("id_b"), pl.col("instruction").alias("instruction_b"))
    joined = changed.join(texts_a, on="id_a", how="left").join(texts_b, on="id_b", how="left")
    return joined.select("match", "similarity", "id_a", "id_b", "instruction_a", "instruction_b")


def summary(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain data for summary.json (the per-row table stays in Parquet)."""
    return {
        "run_a": comparison.run_a,
        "run_b": comparison.run_b,
        "model": comparison.model,
        "options": comparison.options,
        "counts": comparison.counts,
        **{name: getattr(comparison, name).to_dicts() for name in TABLES if name != "rows"},
    }


def write_comparison(comparison: Comparison, out: str | Path) -> list[Path]:
    """summary.json and one Parquet file per table in `out`, written atomically; returns the paths."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise SynthlensError(f"output {folder} is a file; allowed: a folder; fix: choose a folder path with -o")
    written = [folder / "summary.json"]
    atomic.write_json(summary(comparison), written[0])
    for name in TABLES:
        written.append(folder / f"{name}.parquet")
        atomic.write_parquet(getattr(comparison, name), written[-1])
    return written
