"""Near-duplicate groups and nearest neighbours, read from the stored neighbour lists (nn_ids, nn_sims)."""

import numpy as np
import polars as pl


def duplicate_groups(table: pl.DataFrame, groups: pl.DataFrame | None = None) -> pl.DataFrame:
    """Groups of two or more rows, largest first: dup_group, size, ids (the representative first).

    groups: an (id, dup_group[, is_dup_representative]) table to use instead of the run's stored dedup stage,
    e.g. the groups re-computed at another threshold.
    """
    source = table if groups is None else groups
    if "is_dup_representative" not in source.columns:
        first = pl.int_range(pl.len()).over("dup_group") == 0
        source = source.with_columns(first.alias("is_dup_representative"))
    members = source.filter(pl.col("dup_group").is_not_null()).select(
        "id", "dup_group", pl.col("is_dup_representative").fill_null(False)
    )
    grouped = (
        members.sort("is_dup_representative", descending=True, maintain_order=True)
        .group_by("dup_group", maintain_order=True)
        .agg(pl.len().alias("size"), pl.col("id").alias("ids"))
    )
    return grouped.filter(pl.col("size") > 1).sort(["size", "dup_group"], descending=[True, False])


def pair_similarities(table: pl.DataFrame, anchor: str, others: list[str]) -> dict[str, float]:
    """Cosine similarity of `anchor` to each of `others`, as far as either row's neighbour list records it."""
    if "nn_ids" not in table.columns:
        return {}
    rows = table.filter(pl.col("id").is_in([anchor, *others])).select("id", "nn_ids", "nn_sims")
    pairs = rows.explode(["nn_ids", "nn_sims"]).drop_nulls("nn_ids")
    found: dict[str, float] = {}
    for row_id, other, similarity in pairs.iter_rows():
        partner = other if row_id == anchor else row_id if other == anchor else None
        if partner is not None and partner in others:
            found[partner] = max(found.get(partner, -1.0), float(similarity))
    return found


def neighbours(table: pl.DataFrame, row_id: str) -> pl.DataFrame:
    """The row's stored nearest neighbours in the dataset: rank, id, similarity, instruction."""
    row = table.filter(pl.col("id") == row_id).select("nn_ids", "nn_sims")
    if row.is_empty():
        return pl.DataFrame(schema={"rank": pl.Int64, "id": pl.String, "similarity": pl.Float64})
    listed = row.explode(["nn_ids", "nn_sims"]).drop_nulls("nn_ids")
    listed = listed.with_row_index("rank", offset=1).rename({"nn_ids": "id", "nn_sims": "similarity"})
    texts = table.select("id", "instruction")
    return listed.join(texts, on="id", how="left", maintain_order="left").select(
        pl.col("rank").cast(pl.Int64), "id", pl.col("similarity").cast(pl.Float64), "instruction"
    )


def dedup_settings(manifest: dict) -> tuple[float, float, str]:
    """(sweep floor, threshold, keep policy) the run's neighbors and dedup stages were computed with."""
    stages = manifest.get("stages", {})
    floor = float(stages.get("neighbors", {}).get("params", {}).get("floor", 0.8))
    dedup_params = stages.get("dedup", {}).get("params", {})
    threshold = float(
        dedup_params.get("threshold", stages.get("neighbors", {}).get("params", {}).get("threshold", 0.95))
    )
    return floor, max(threshold, floor), str(dedup_params.get("keep", "first"))


def regroup(table: pl.DataFrame, threshold: float, keep: str = "first") -> pl.DataFrame:
    """The dedup stage's columns at another threshold, from the stored spanning-forest links (no search).

    The same library calls as `synthlens dedup --mode components`: groups from the links, one
    representative per group chosen by the keep policy.
    """
    from synthlens.similarity import dedup

    labels = dedup.groups_from_links(table.select("id", "dup_link_id", "dup_link_sim"), threshold)
    order = dedup.keep_order(table, keep)
    return dedup.dedup_table(table["id"], dedup.representatives(labels, order))


def sweep(table: pl.DataFrame, floor: float) -> pl.DataFrame:
    """Rows removed at each threshold from the floor up (the table `synthlens dedup --sweep` prints)."""
    from synthlens.similarity import dedup

    return dedup.threshold_sweep(table.select("id", "dup_link_id", "dup_link_sim"), floor)


def embedding_model(manifest: dict) -> str | None:
    """The model the coverage stage embedded the dataset and its baselines with (None: no coverage stage)."""
    return manifest.get("stages", {}).get("coverage", {}).get("params", {}).get("model")


def baseline_vectors(baselines: pl.DataFrame, embedder) -> dict[str, np.ndarray]:  # embedder: synthlens Embedder
    """Each baseline's instruction vectors, read from the embedding cache the coverage stage filled
    (only texts missing from it are encoded)."""
    from synthlens.embed.derived import shared_embeddings_dir
    from synthlens.embed.store import embed_texts

    vectors = {}
    for (source,), part in baselines.group_by("source", maintain_order=True):
        vectors[str(source)] = embed_texts(embedder, part["instruction"].to_list(), shared_embeddings_dir())
    return vectors


def nearest_baseline_rows(
    query: np.ndarray, baselines: pl.DataFrame, vectors: dict[str, np.ndarray], k: int = 5
) -> pl.DataFrame:
    """The k baseline rows most similar to one unit vector, per baseline: source, rank, id, similarity, text."""
    parts = []
    for source, matrix in vectors.items():
        rows = baselines.filter(pl.col("source") == source)
        similarity = matrix @ query.astype(np.float32)
        best = np.argsort(-similarity, kind="stable")[:k]
        parts.append(
            rows[best]
            .select("source", "id", "instruction")
            .with_columns(
                pl.Series("rank", np.arange(1, len(best) + 1)), pl.Series("similarity", similarity[best].astype(float))
            )
        )
    schema = {
        "source": pl.String,
        "id": pl.String,
        "instruction": pl.String,
        "rank": pl.Int64,
        "similarity": pl.Float64,
    }
    frame = pl.concat(parts) if parts else pl.DataFrame(schema=schema)
    return frame.select("source", "rank", "id", "similarity", "instruction")


def row_vector(root, model: str, table: pl.DataFrame, row_id: str) -> np.ndarray | None:
    """One row's stored instruction embedding (embeddings/<model>.npy, row order = rows.parquet), or None."""
    from synthlens.workspace import Workspace

    path = Workspace(root).embeddings_path(model)
    position = table.select(pl.arg_where(pl.col("id") == row_id)).to_series()
    if not path.exists() or position.is_empty():
        return None
    return np.asarray(np.load(path, mmap_mode="r")[int(position[0])], dtype=np.float32)
