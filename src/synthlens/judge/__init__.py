"""Judges: taggers that add labelled columns to every row (category, quality, difficulty, language,
safety, reward), backed by an LLM endpoint or by offline heuristics."""

from typing import Protocol

import polars as pl

from synthlens.progress import ProgressFn, silent
from synthlens.workspace import Workspace


class Tagger(Protocol):
    """What every tagger provides. `tag` gets canonical rows and returns `id` plus `columns`."""

    name: str  # the stage it writes, e.g. "category"; LLM and offline taggers of a kind share it
    generator: str  # who made the labels: a model id or e.g. "heuristic-v1"; stored in *_generator
    columns: list[str]

    def params(self) -> dict:
        """Everything that changes the output (model, prompt version, thresholds): the cache key."""
        ...

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame: ...


def run_tagger(workspace: Workspace, tagger: Tagger, progress: ProgressFn = silent) -> pl.DataFrame:
    """Run one tagger as a workspace stage named after it (recomputed only when its params change)."""
    params = {"generator": tagger.generator, **tagger.params()}
    table = workspace.run_stage(tagger.name, params, lambda: tagger.tag(workspace.rows(), progress))
    _record_usage(workspace, tagger)
    workspace.record(tagger.name, provenance=provenance_of(tagger))
    return table


def provenance_of(tagger: Tagger) -> dict:
    """Who made a stage's labels, for the dashboard and the dataset card: kind, generator, measured figures.

    Offline taggers describe themselves through `provenance()`; any other tagger asks a model server.
    """
    describe = getattr(tagger, "provenance", None)
    if callable(describe):
        return describe()
    return {"kind": "LLM judge", "generator": tagger.generator}


def _record_usage(workspace: Workspace, tagger: Tagger) -> None:
    """Record what a tagger that calls a service reports (requests, tokens) through an optional `usage()`.

    A run in which requests failed is written (its rows are usable) but not marked done, so the next run
    computes the stage again; the response cache then sends only the requests that failed.
    """
    usage = getattr(tagger, "usage", None)
    facts = usage() if callable(usage) else None
    if not facts:
        return
    if facts.get("failed"):
        facts["key"] = None
    workspace.record(tagger.name, **facts)
