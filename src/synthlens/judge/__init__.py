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


def run_tagger(
    workspace: Workspace, tagger: Tagger, progress: ProgressFn = silent, retry_failed: bool = False
) -> pl.DataFrame:
    """Run one tagger as a workspace stage named after it (recomputed only when its params change).

    retry_failed: send again the rows the server rejected last time (their error is `request_rejected`);
    answers already cached are not asked for again.
    """
    params = {"generator": tagger.generator, **tagger.params()}
    if retry_failed and _has_rejected_rows(workspace, tagger.name):
        workspace.record(tagger.name, key=None)
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


def _has_rejected_rows(workspace: Workspace, stage: str) -> bool:
    if not workspace.has_stage(stage):
        return False
    table = workspace.read_stage(stage)
    errors = [name for name in table.columns if name.endswith("_error")]
    return any((table[name] == "request_rejected").any() for name in errors)


def _record_usage(workspace: Workspace, tagger: Tagger) -> None:
    """Record what a tagger that calls a service reports (requests, tokens) through an optional `usage()`.

    A run in which requests failed for a transient reason (retries ran out) is written (its rows are usable)
    but not marked done, so the next run computes the stage again; the response cache then sends only the
    requests that failed. Rows the server rejected are final: they keep `request_rejected` and the stage is
    done (`retry_failed` sends them again on purpose).
    """
    usage = getattr(tagger, "usage", None)
    facts = usage() if callable(usage) else None
    if not facts:
        return
    if facts.get("failed"):
        facts["key"] = None
    workspace.record(tagger.name, **facts)
