"""Similarity: which rows repeat each other, and which rows repeat a reference set.

The flow, each step a stage of the run:

    exact dedup -> embed -> neighbours -> groups
    (exact_dedup)  (embed/)  (neighbors)  (dedup)

- `exact_dedup`: normalised-text hashes (always) and MinHash-LSH (optional), before any vector exists.
- `knn`: the nearest-neighbour index over unit vectors (exact, HNSW or IVF; scores exact).
- `recall`: how much an approximate index finds of what a stage uses (recall@k, pairs above the dedup
  threshold, outside queries), measured against brute force, and the tuning of its search width.
- `neighbors`: the neighbours stage: per row its top-k, Magpie's distance fields and `repeat_count`.
- `dup_graph`: the similarity graph: components, the spanning forest and the threshold sweep.
- `dedup`: near-duplicate groups and the keep policies that choose one row per group.
- `semdedup`: SemDeDup's per-cluster pair search, for sets too large for a global search.
- `overlap`: cross-dataset overlap (contamination), one table per reference set, exact text first.
- `reference_search`: the nearest reference row per query: exact within a budget, else a tuned index.
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
