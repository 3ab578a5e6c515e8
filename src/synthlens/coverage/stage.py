"""The coverage stage: embed the dataset and its baselines, map and cluster them jointly, measure, plot.

The dataset's rows are ordered by id before any sampling, so a shuffled copy of a dataset gets the same map,
clusters and metrics. Baseline rows and their embeddings are cached per user, so a second run is quick.
"""

from collections.abc import Sequence
from dataclasses import asdict, replace

import numpy as np
import polars as pl

from synthlens.coverage import outputs
from synthlens.coverage.analysis import CoverageParams, Source, analyze, check_params
from synthlens.coverage.baselines import Baseline, load_baseline, resolve_baseline
from synthlens.embed import Embedder, make_embedder
from synthlens.embed.derived import shared_embeddings_dir
from synthlens.progress import ProgressFn, silent
from synthlens.workspace import Workspace

LENGTHS = [
    pl.col("instruction").str.len_chars().alias("instruction_chars"),
    pl.col("response").str.len_chars().alias("response_chars"),
]


def run_coverage(
    ws: Workspace,
    baselines: Sequence[str],
    params: CoverageParams = CoverageParams(),
    progress: ProgressFn = silent,
    embedder: Embedder | None = None,
) -> pl.DataFrame:
    """Run the coverage stage against the named baselines (cached) and return its metrics table."""
    run(ws, replace(params, baselines=tuple(baselines)), progress, embedder)
    return outputs.read_metrics(ws)


def run(
    ws: Workspace, params: CoverageParams, progress: ProgressFn = silent, embedder: Embedder | None = None
) -> pl.DataFrame:
    """The stage table (id, x, y, cluster, cluster_label), recomputed only when an input or parameter changed."""
    check_params(params)
    resolved = _unique_names([resolve_baseline(spec) for spec in params.baselines])
    embedder = embedder or make_embedder()  # lazy: the model loads only if there is work left
    key_params = {
        **asdict(params),
        "baselines": [[b.name, b.location, b.split, b.fingerprint()] for b in resolved],
        "model": embedder.name,
    }
    if not outputs.side_files_exist(ws):
        # The stage table alone is not a result: forget its cache key so that everything is written again.
        ws.forget(outputs.STAGE)
    return ws.run_stage(outputs.STAGE, key_params, lambda: _compute(ws, params, resolved, embedder, progress))


def _compute(
    ws: Workspace,
    params: CoverageParams,
    baselines: list[Baseline],
    embedder: Embedder,
    progress: ProgressFn,
) -> pl.DataFrame:
    from synthlens.embed.stage import embed_run
    from synthlens.embed.store import embed_texts

    rows = ws.rows(["id", "instruction", "response"])
    vectors = np.asarray(embed_run(ws, embedder, "instruction", _named(progress, "dataset")))
    order = np.argsort(rows["id"].to_numpy(), kind="stable")
    sources = [Source(outputs.DATASET, vectors[order], rows["instruction"].fill_null("")[order].to_list())]
    tables = {}
    for baseline in baselines:
        table = load_baseline(baseline, params.baseline_sample, params.seed).sort("id")
        texts = table["instruction"].to_list()
        embedded = embed_texts(embedder, texts, shared_embeddings_dir(), _named(progress, baseline.name))
        sources.append(Source(baseline.name, embedded, texts))
        # The cached rows may carry another name (two files with one stem): label them with this run's name.
        tables[baseline.name] = table.select(pl.lit(baseline.name).alias("source"), "id", "instruction", *LENGTHS)
    result = analyze(sources, params, progress)
    dataset = outputs.points_table(result, outputs.DATASET, rows.select("id"), order)
    points = {name: outputs.points_table(result, name, table) for name, table in tables.items()}
    outputs.write_tables(ws, result, points)
    dataset_points = rows.select(pl.lit(outputs.DATASET).alias("source"), "id", "instruction", *LENGTHS)
    all_points = pl.concat([outputs.points_table(result, outputs.DATASET, dataset_points, order), *points.values()])
    written = outputs.write_plots(ws, all_points, result.cluster_table, params.seed)
    described = [{"name": b.name, "location": b.location, "split": b.split} for b in baselines]
    ws.record(outputs.STAGE, baselines=described, metrics=result.metrics.to_dicts(), plots=written)
    return dataset


def _unique_names(baselines: list[Baseline]) -> list[Baseline]:
    """Give every baseline its own name, never the dataset's (two files called data.json: data, data-2)."""
    seen: set[str] = {outputs.DATASET}
    unique = []
    for baseline in baselines:
        name, count = baseline.name, 1
        while name in seen:
            count += 1
            name = f"{baseline.name}-{count}"
        seen.add(name)
        unique.append(replace(baseline, name=name))
    return unique


def _named(progress: ProgressFn, name: str) -> ProgressFn:
    """The same progress callback with the source's name in the task, so each gets its own bar."""
    return lambda task, done, total: progress(f"{task} {name}", done, total)
