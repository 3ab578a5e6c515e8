"""Cross-dataset overlap: nearest reference row, contamination threshold, exact n-gram overlap."""

import polars as pl
import pytest

from synthlens.similarity.overlap import NgramIndex, overlap_run, overlap_summary

# 19 words, so 7 word 13-grams
BENCHMARK = "Imagine you are a time traveller visiting ancient Rome for one day and describe what you would do first"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Please answer: " + BENCHMARK.upper() + "!", 7, id="copied-with-noise"),
        pytest.param("Describe a day in ancient Rome.", 0, id="paraphrase-shares-no-13-gram"),
        pytest.param("Quick one: what is the capital of France? Thanks", 1, id="short-reference-inside"),
        pytest.param("", 0, id="empty"),
    ],
)
def test_ngram_overlap(text, expected):
    index = NgramIndex([BENCHMARK, "What is the capital of France?"], n=13)
    assert index.overlap(text) == expected


def test_overlap_stage_flags_rows_close_to_the_reference(make_run, fake_embedder):
    vectors = {
        "copied prompt": [1, 0, 0],
        "near copy": [0.95, 0.31, 0],
        "unrelated": [0, 0, 1],
        "ref one": [1, 0, 0],
        "ref two": [0, 1, 0],
    }
    ws = make_run([("copied prompt", "a"), ("near copy", "b"), ("unrelated", "c")])
    reference = pl.DataFrame({"id": ["eval-1", "eval-2"], "instruction": ["ref one", "ref two"]})
    table = overlap_run(ws, reference, "evalset", fake_embedder(vectors=vectors), threshold=0.9)
    assert table["ref_nearest_id"].to_list() == ["eval-1", "eval-1", "eval-1"]
    assert table["ref_nearest_sim"].to_list() == pytest.approx([1.0, 0.95, 0.0], abs=1e-2)
    assert table["is_contaminated"].to_list() == [True, True, False]
    summary = overlap_summary(table, 0.9)
    assert summary["rows"].to_list() == [2, 0, 2]
    assert ws.manifest["stages"]["overlap"]["params"]["reference"] == "evalset"
