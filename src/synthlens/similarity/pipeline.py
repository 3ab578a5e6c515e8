"""The similarity pipeline: exact dedup -> embed -> neighbours -> semantic dedup, with a summary table."""

from dataclasses import dataclass

import numpy as np
import polars as pl

from synthlens.embed import Embedder, make_embedder
from synthlens.embed.stage import check_field, embed_run
from synthlens.embed.store import RemoteEncoder
from synthlens.errors import check_range
from synthlens.progress import ProgressFn, silent
from synthlens.similarity.dedup import (
    DEDUP_MODES,
    KEEP_POLICIES,
    check_choice,
    dedup_table,
    groups_from_links,
    keep_order,
    representatives,
    strict_representatives,
    threshold_sweep,
)
from synthlens.similarity.dup_graph import component_labels, same_text_edges
from synthlens.similarity.exact_dedup import exact_dedup_counts, exact_dedup_run, same_text_rows
from synthlens.similarity.knn import INDEX_KINDS
from synthlens.similarity.neighbors import neighbors_run
from synthlens.similarity.overlap import reference_stages, search_text
from synthlens.workspace import Workspace

STAGE = "dedup"
# (option, lowest, highest) of the numeric settings: a similarity of 1.5 or a k of 0 is refused at once.
RANGES = (
    ("--threshold", 0.0, 1.0),
    ("--sweep-floor", 0.0, 1.0),
    ("--minhash-threshold", 0.0, 1.0),
    ("--k", 1, 10_000),
)


@dataclass
class SimilarityOptions:
    """Every setting of the similarity stages; the CLI and the dashboard fill it."""

    model: str | None = None  # sentence-transformers name or folder, or the served model; None = default
    embed_url: str | None = None  # an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1
    embed_api_key: str | None = None
    embed_field: str = "instruction"  # instruction | response | conversation
    k: int = 10
    threshold: float = 0.95  # cosine similarity: repeat_count and near-duplicate groups
    sweep_floor: float = 0.80  # pairs down to this similarity are kept for the threshold sweep
    index: str = "auto"  # auto | flat | ivf | hnsw
    keep: str = "first"  # first | longest_response | highest_quality | highest_reward
    mode: str = "components"  # components | strict | semdedup
    clusters: int | None = None  # semdedup's k-means clusters (default: rows / 1000)
    minhash: bool = False
    minhash_threshold: float = 0.8

    def __post_init__(self) -> None:
        check_choice("dedup mode", self.mode, DEDUP_MODES, "--mode components")
        check_choice("keep policy", self.keep, KEEP_POLICIES, "--keep first")
        check_choice("index kind", self.index, INDEX_KINDS, "--index auto")
        check_field(self.embed_field)
        for option, low, high in RANGES:
            check_range(option, getattr(self, option.removeprefix("--").replace("-", "_")), low, high)

    def embedder(self) -> Embedder:
        """The configured embedder (its model loads only if something has to be embedded)."""
        return make_embedder(self.model, self.embed_url, self.embed_api_key)


def run_neighbors(ws: Workspace, options: SimilarityOptions, progress: ProgressFn = silent) -> pl.DataFrame:
    """The neighbors stage with the options' settings (its floor never above the dedup threshold)."""
    floor = min(options.sweep_floor, options.threshold)
    return neighbors_run(
        ws,
        options.embedder(),
        options.embed_field,
        options.k,
        options.threshold,
        floor,
        options.index,
        progress,
    )


def dedup_run(ws: Workspace, options: SimilarityOptions, progress: ProgressFn = silent) -> pl.DataFrame:
    """Compute (or read) the dedup stage: near-duplicate groups and one representative per group."""
    embedder = options.embedder()
    depends = [stage for stage in (KEEP_POLICIES[options.keep][1],) if stage]
    if options.mode != "semdedup":
        run_neighbors(ws, options, progress)
        depends.append("neighbors")
    params = {"threshold": options.threshold, "keep": options.keep, "mode": options.mode}
    params |= {"model": embedder.name, "field": options.embed_field, "same_text": True}
    if options.mode == "semdedup":
        params["clusters"] = options.clusters

    def compute() -> pl.DataFrame:
        rows = ws.joined() if KEEP_POLICIES[options.keep][1] else ws.rows(["id", "response", "row_index"])
        order = keep_order(rows, options.keep)
        labels = _labels(ws, options, embedder, progress)
        if options.mode == "strict":
            vectors = embed_run(ws, embedder, options.embed_field, progress)
            same_text = same_text_rows(ws, options.embed_field)
            chosen = strict_representatives(vectors, labels, order, options.threshold, same_text)
        else:
            chosen = representatives(labels, order)
        sizes = np.bincount(labels) if len(labels) else np.zeros(1, np.int64)
        ws.record(STAGE, largest_component=int(sizes.max(initial=0)))
        return dedup_table(rows["id"], chosen)

    table = ws.run_stage(STAGE, params, compute, depends_on=depends)
    if options.mode != "semdedup":
        sweep = threshold_sweep(ws.read_stage("neighbors"), min(options.sweep_floor, options.threshold))
        ws.record(STAGE, sweep=sweep.to_dicts())
    return table


def _labels(ws: Workspace, options: SimilarityOptions, embedder: Embedder, progress: ProgressFn) -> np.ndarray:
    if options.mode != "semdedup":
        return groups_from_links(ws.read_stage("neighbors"), options.threshold)
    from synthlens.similarity.semdedup import semdedup_pairs

    vectors = embed_run(ws, embedder, options.embed_field, progress)
    source, target = semdedup_pairs(vectors, options.threshold, options.clusters, progress=progress)
    text_source, text_target = same_text_edges(same_text_rows(ws, options.embed_field))
    return component_labels(len(vectors), np.r_[source, text_source], np.r_[target, text_target])


def run_similarity(
    ws: Workspace, options: SimilarityOptions, progress: ProgressFn = silent, remote: RemoteEncoder | None = None
) -> pl.DataFrame:
    """Exact dedup -> embed -> neighbours -> semantic dedup on a run; returns the summary table.

    remote: where embedding runs when not here (the Ray engine's encoder).
    """
    exact_dedup_run(ws, options.embed_field, options.minhash, options.minhash_threshold, progress)
    embed_run(ws, options.embedder(), options.embed_field, progress, remote)
    dedup_run(ws, options, progress)
    return similarity_summary(ws)


def similarity_summary(ws: Workspace, stage: str | None = None) -> pl.DataFrame:
    """One line per figure a user checks after the similarity stages: (stage, metric, value, seconds).

    stage: only that stage's lines (e.g. "dedup"); all of them by default.
    """
    stages = ws.manifest["stages"]
    lines: list[tuple[str, str, str, float | None]] = [
        ("rows", "rows", f"{ws.manifest['input'].get('rows', 0):,}", None)
    ]
    if ws.has_stage("exact_dedup"):
        seconds = stages["exact_dedup"].get("seconds")
        for method, count in exact_dedup_counts(ws.read_stage("exact_dedup")).items():
            lines.append(("exact_dedup", f"{method} duplicates", f"{count:,}", seconds))
    if "embed" in stages:
        embed = stages["embed"]
        lines.append(("embed", "model", f"{embed['params']['model']} ({embed['params']['dim']}-d)", embed["seconds"]))
    if ws.has_stage("neighbors"):
        lines += _neighbor_lines(ws)
    if ws.has_stage(STAGE):
        lines += _dedup_lines(ws)
    lines += _overlap_lines(ws)
    table = pl.DataFrame(lines, schema=["stage", "metric", "value", "seconds"], orient="row")
    return table.filter(pl.col("stage") == stage) if stage else table


def _neighbor_lines(ws: Workspace) -> list[tuple[str, str, str, float | None]]:
    entry = ws.manifest["stages"]["neighbors"]
    search, params = entry.get("search", {}), entry["params"]
    table = ws.read_stage("neighbors")
    repeated = int((table["repeat_count"] > 0).sum())
    return [
        ("neighbors", "index", _index_text(search, params["k"]), entry["seconds"]),
        ("neighbors", f"rows with a neighbour at cos >= {params['threshold']}", f"{repeated:,}", None),
    ]


def _index_text(search: dict, k: int) -> str:
    """The index and, when approximate, its recall@k and its pair recall at the dedup threshold."""
    recall = search.get("recall_at_k")
    if recall is None:
        return f"{search.get('index')} (exact)"
    text = f"{search['index']}, recall@{k} {recall:.3f}"
    if "pair_recall" in search:
        pairs = search.get("pair_recall_pairs", 0)
        text += f", pair recall at cos {search['pair_recall_threshold']} {search['pair_recall']:.3f} ({pairs:,} pairs)"
    return text


def _overlap_lines(ws: Workspace) -> list[tuple[str, str, str, float | None]]:
    lines = []
    for stage in reference_stages(ws):
        entry = ws.manifest["stages"][stage]
        table = ws.read_stage(stage)
        contaminated = f"{int(table['is_contaminated'].sum()):,} ({int(table['ref_exact_match'].sum()):,} exact text)"
        lines += [
            (stage, "contaminated rows", contaminated, entry.get("seconds")),
            (stage, "search", search_text(entry), None),
        ]
    return lines


def _dedup_lines(ws: Workspace) -> list[tuple[str, str, str, float | None]]:
    entry = ws.manifest["stages"][STAGE]
    params = entry["params"]
    table = ws.read_stage(STAGE)
    groups = table.filter(pl.col("dup_group_size") >= 2)["dup_group"].n_unique()
    removed = int((~table["is_dup_representative"]).sum())
    title = f"near-duplicate groups ({params['mode']}, cos >= {params['threshold']})"
    lines = [
        ("dedup", title, f"{groups:,}", entry["seconds"]),
        ("dedup", f"rows removed (keep {params['keep']})", f"{removed:,}", None),
        ("dedup", "largest group", f"{int(table['dup_group_size'].max() or 0):,}", None),
    ]
    if params["mode"] == "strict":  # the chain that strict mode split, so the user sees what it avoided
        lines.append(("dedup", "largest connected component", f"{entry.get('largest_component', 0):,}", None))
    return lines
