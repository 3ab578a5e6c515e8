"""The notes under the Judgments charts: who made each tag, how it measured, how many rows it left out."""

from collections.abc import Callable

import polars as pl

from synthlens.dashboard import summary
from synthlens.dashboard.data import load_run
from synthlens.judge import run_tagger
from synthlens.judge.offline import QualityTagger
from synthlens.workspace import Workspace

PAIRS = [("Write a haiku about rain", "Rain taps"), ("hi", "hello"), ("Explain recursion", "A function...")]


class _UnsureCategoryJudge:
    """An LLM-style category judge that leaves one row untagged, with a confidence column."""

    name, generator, columns = "category", "some-llm", ["task_category", "task_category_confidence"]

    def params(self) -> dict:
        return {}

    def tag(self, rows: pl.DataFrame, progress=None) -> pl.DataFrame:
        labels = ["Creative writing", None, "Information seeking"]
        return rows.select("id").with_columns(
            pl.Series("task_category", labels, dtype=pl.String), pl.lit(0.9).alias("task_category_confidence")
        )


def test_notes_say_offline_rules_or_llm_judge_and_count_untagged_rows(make_run: Callable[..., Workspace]) -> None:
    workspace = make_run(PAIRS)
    run_tagger(workspace, QualityTagger())
    run_tagger(workspace, _UnsureCategoryJudge())
    data = load_run(workspace.root)
    quality = summary.tag_note(data, "input_quality")
    assert quality.startswith("Made by offline rules (no LLM), heuristic-v1: rules over length")
    category = summary.tag_note(data, "task_category")
    assert category.startswith("Made by LLM judge, some-llm") and "1 rows left untagged" in category
    assert summary.tag_note(data, "language") is None
    table = summary.who_tagged(data)
    assert table.select("stage", "made by").rows() == [("category", "LLM judge"), ("quality", "offline rules (no LLM)")]
