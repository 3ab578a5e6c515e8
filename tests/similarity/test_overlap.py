"""Cross-dataset overlap: exact text first, nearest reference row, contamination, n-grams, several references."""

import hashlib

import numpy as np
import polars as pl
import pytest

from synthlens.errors import SynthlensError
from synthlens.export import analysis_columns
from synthlens.filter import apply, recipe_from_dict
from synthlens.similarity import similarity_summary
from synthlens.similarity.overlap import NgramIndex, combined_table, overlap_run, overlap_summary
from synthlens.similarity.reference_search import EXACT_BUDGET, reference_kind

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
    assert summary["rows"].to_list() == [0, 2, 0, 2]
    assert ws.manifest["stages"]["overlap.evalset"]["params"]["reference"] == "evalset"
    assert ws.manifest["stages"]["overlap.evalset"]["search"]["index"] == "flat"


def test_the_same_text_is_similarity_one_whatever_the_vectors(make_run, fake_embedder):
    # The embedder puts the copy far from its reference row: the text match still finds it.
    vectors = {"Name THREE primary colours!": [0, 1, 0], "name three primary colours": [1, 0, 0], "other": [0, 0, 1]}
    ws = make_run([("Name THREE primary colours!", "a"), ("Something else entirely", "b")])
    reference = pl.DataFrame({"id": ["q1", "q2"], "instruction": ["name three primary colours", "other"]})
    embedder = fake_embedder(vectors=vectors, name="far")
    table = overlap_run(ws, reference, "evalset", embedder, threshold=0.99)
    assert table["ref_exact_match"].to_list() == [True, False]
    assert table["ref_nearest_id"][0] == "q1"
    assert table["ref_nearest_sim"][0] == 1.0
    assert table["is_contaminated"].to_list() == [True, False]
    assert ws.manifest["stages"]["overlap.evalset"]["exact_text_matches"] == 1


def test_rows_all_matched_exactly_embed_nothing(make_run, fake_embedder):
    ws = make_run([("WHAT is  2+2 ?", "4"), ("what is 2+2", "four")])
    reference = pl.DataFrame({"id": ["q1"], "instruction": ["What is 2+2?"]})
    embedder = fake_embedder()
    table = overlap_run(ws, reference, "math", embedder)
    assert table["ref_nearest_sim"].to_list() == [1.0, 1.0]
    assert embedder.encoded == []
    assert "no vector search" in similarity_summary(ws, "overlap.math")["value"].to_list()[1]


class WordsEmbedder:
    """Each word a fixed random vector, a text the sum: texts sharing most words are close, as with sentence
    embedders; words are case-sensitive, so 'Rome' and 'ROME' land apart."""

    name, dim = "words", 48

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.array([sum((self._word(word) for word in text.split()), np.zeros(self.dim)) for text in texts])

    def _word(self, word: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "little")
        return np.random.default_rng(seed).normal(size=self.dim)


def _sentences(rng: np.random.Generator, count: int) -> list[str]:
    """Twelve-word sentences from 40 topics of 30 words plus a shared pool, so topics form clusters."""
    topics = [[f"t{topic}w{word}" for word in range(30)] for topic in range(40)]
    pool = [f"common{word}" for word in range(200)]
    sentences = []
    for _ in range(count):
        topic = topics[rng.integers(40)]
        words = list(rng.choice(topic, 9)) + list(rng.choice(pool, 3))
        sentences.append(" ".join(rng.permutation(words)))
    return sentences


def test_copies_are_found_over_a_forced_hnsw_index(make_run):
    rng = np.random.default_rng(0)
    reference_texts = _sentences(rng, 2000)
    picked = rng.choice(2000, 600, replace=False)
    verbatim = [reference_texts[i] for i in picked[:300]]
    verbatim[::2] = [text.upper() + " ?" for text in verbatim[::2]]  # same text once normalised
    edited = []
    for row in picked[300:]:
        words = reference_texts[row].split()
        words[rng.integers(12)] = f"edit{rng.integers(10_000)}"  # one word of twelve replaced
        edited.append(" ".join(words))
    ws = make_run([(text, "r") for text in verbatim + edited])
    reference = pl.DataFrame({"id": [f"ref{i}" for i in range(2000)], "instruction": reference_texts})
    embedder = WordsEmbedder()
    table = overlap_run(ws, reference, "bench", embedder, threshold=0.85, index_kind="hnsw")
    copies = table.head(300)
    assert copies["ref_nearest_sim"].to_list() == [1.0] * 300
    assert copies["is_contaminated"].all()
    assert copies["ref_nearest_id"].to_list() == [f"ref{i}" for i in picked[:300]]
    queries, base = (_unit(embedder.encode(texts)) for texts in (edited, reference_texts))
    exact = (queries @ base.T).max(axis=1)
    found = table.tail(300)["ref_nearest_sim"].to_numpy()
    assert (np.abs(found - exact) <= 0.01).mean() >= 0.99
    search = ws.manifest["stages"]["overlap.bench"]["search"]
    assert search["index"] == "hnsw" and search["outside_recall_at_1"] >= 0.99


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.mark.parametrize(
    ("queries", "reference_rows", "asked", "chosen"),
    [
        pytest.param(1_000, 52_002, "auto", "flat", id="eval-set-vs-alpaca-is-exact"),
        pytest.param(5_000, 500_000, "auto", "flat", id="5k-prompts-vs-500k-is-exact"),
        pytest.param(52_002, 100_000, "auto", "hnsw", id="past-the-budget-is-approximate"),
        pytest.param(100_000, 1_000_000, "auto", "ivf", id="millions-try-ivf"),
        pytest.param(10, 2_000, "hnsw", "hnsw", id="forced"),
    ],
)
def test_overlap_search_is_chosen_by_queries_times_reference_rows(queries, reference_rows, asked, chosen):
    assert 5_000 * 500_000 * 384 <= EXACT_BUDGET < 52_002 * 100_000 * 384
    assert reference_kind(queries, reference_rows, 384, asked) == chosen


def test_each_reference_keeps_its_own_table_and_is_contaminated_combines_them(make_run, fake_embedder):
    ws = make_run([("alpha question", "a"), ("beta question", "b"), ("gamma question", "c")])
    first = pl.DataFrame({"id": ["m1"], "instruction": ["Alpha question?"]})
    second = pl.DataFrame({"id": ["g1", "g2"], "instruction": ["beta question", "alpha question"]})
    embedder = fake_embedder()
    overlap_run(ws, first, "mmlu", embedder)
    overlap_run(ws, second, "gsm8k", embedder)
    assert ws.read_stage("overlap.mmlu")["is_contaminated"].to_list() == [True, False, False]
    assert ws.read_stage("overlap.gsm8k")["is_contaminated"].to_list() == [True, True, False]
    combined = ws.read_stage("overlap")
    assert combined["contaminated_by"].to_list() == [["gsm8k", "mmlu"], ["gsm8k"], []]
    assert combined["is_contaminated"].to_list() == [True, True, False]
    joined = ws.joined()
    assert joined["contaminated_by"].to_list() == combined["contaminated_by"].to_list()
    assert analysis_columns(ws)["is_contaminated"].to_list() == [True, True, False]
    flags = apply(ws, recipe_from_dict({"name": "clean", "conditions": ["not is_contaminated"]}))
    assert flags["keep"].to_list() == [False, False, True]


def test_the_combined_table_takes_the_nearest_reference_row_over_all():
    ids = pl.Series("id", ["r1", "r2"])
    tables = {
        name: pl.DataFrame(
            {
                "id": ids,
                "ref_exact_match": [False, False],
                "ref_nearest_id": [f"{name}-1", f"{name}-2"],
                "ref_nearest_sim": sims,
                "ngram_overlap": grams,
                "is_contaminated": [sims[0] >= 0.85, sims[1] >= 0.85],
            }
        )
        for name, sims, grams in (("a", [0.9, 0.2], [0, 3]), ("b", [0.7, 0.4], [2, 1]))
    }
    combined = combined_table(tables)
    assert combined["ref_nearest_id"].to_list() == ["a-1", "b-2"]
    assert combined["ref_nearest_reference"].to_list() == ["a", "b"]
    assert combined["ref_nearest_sim"].to_list() == pytest.approx([0.9, 0.4])
    assert combined["ngram_overlap"].to_list() == [2, 3]
    assert combined["contaminated_by"].to_list() == [["a"], []]


def test_a_reference_without_the_compared_field_is_refused(make_run, fake_embedder):
    ws = make_run([("question", "answer")])
    reference = pl.DataFrame({"id": ["q1"], "instruction": ["question"], "response": [None]}, schema_overrides={})
    with pytest.raises(SynthlensError, match="reference 'evalset' has no response text.*fix: --embed-field"):
        overlap_run(ws, reference, "evalset", fake_embedder(), field="response")


def test_a_reference_is_embedded_once_for_all_runs(make_run, fake_embedder):
    reference = pl.DataFrame({"id": ["r1", "r2"], "instruction": ["reference one", "reference two"]})
    embedder = fake_embedder()
    for name in ("first", "second"):
        ws = make_run([(f"{name} question", "a")], name=name)
        overlap_run(ws, reference, "evalset", embedder)
    assert sorted(embedder.encoded) == ["first question", "reference one", "reference two", "second question"]
