"""Similarity: which rows repeat each other, and which rows repeat a reference set.

The flow, each step a stage of the run:

    exact dedup -> embed -> neighbours -> groups
    (exact_dedup)  (embed/)  (neighbors)  (dedup)

- `exact_dedup`: normalised-text hashes (always) and MinHash-LSH (optional), before any vector exists.
- `knn`: the nearest-neighbour index over unit vectors (exact, HNSW or IVF; recall tuned, scores exact).
- `neighbors`: the neighbours stage: per row its top-k, Magpie's distance fields and `repeat_count`.
- `dup_graph`: the similarity graph: components, the spanning forest and the threshold sweep.
- `dedup`: near-duplicate groups and the keep policies that choose one row per group.
- `semdedup`: SemDeDup's per-cluster pair search, for sets too large for a global search.
- `overlap`: cross-dataset overlap (contamination) against a reference or evaluation set.
- `pipeline`: the options and the functions that run the steps in order, with a summary table.
"""

from synthlens.similarity.pipeline import (
    SimilarityOptions,
    dedup_run,
    run_neighbors,
    run_similarity,
    similarity_summary,
)

__all__ = ["SimilarityOptions", "dedup_run", "run_neighbors", "run_similarity", "similarity_summary"]
