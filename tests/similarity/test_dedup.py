"""Semantic dedup: order-independent groups, chains, strict mode, keep policies, the threshold sweep."""

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synthlens.errors import SynthlensError
from synthlens.similarity import SimilarityOptions, dedup_run
from synthlens.similarity.dedup import (
    dedup_table,
    groups_from_links,
    keep_order,
    representatives,
    strict_representatives,
    threshold_sweep,
)
from synthlens.similarity.dup_graph import component_labels, forest_labels, spanning_forest
from synthlens.similarity.exact_dedup import first_same_text, norm_hash
from synthlens.similarity.neighbors import find_neighbors, neighbor_table
from synthlens.similarity.semdedup import semdedup_pairs

# A ~ B (cos 0.96) and B ~ C (cos 0.96) but A, C at cos 0.84: a chain. D stands alone.
ANGLES = [0.0, 0.2838, 0.5676, 1.5]


def _chain(unit):
    return unit([[np.cos(a), np.sin(a)] for a in ANGLES])


def _rows(ids, responses=None):
    responses = responses or ["x"] * len(ids)
    return pl.DataFrame({"id": ids, "response": responses, "row_index": range(len(ids))})


def _groups(ids, representative):
    """Groups as a set of frozensets of ids, which does not depend on numbering or order."""
    members: dict[int, set[str]] = {}
    for row_id, rep in zip(ids, representative, strict=True):
        members.setdefault(int(rep), set()).add(row_id)
    return {frozenset(group) for group in members.values()}


def _neighbors(vectors, ids, threshold=0.95, floor=0.8, k=2):
    return neighbor_table(pl.Series("id", ids), find_neighbors(vectors, k=k, floor=floor), threshold)


def test_components_follow_chains_and_strict_mode_breaks_them(unit):
    vectors, ids = _chain(unit), ["A", "B", "C", "D"]
    labels = groups_from_links(_neighbors(vectors, ids), 0.95)
    order = keep_order(_rows(ids), "first")
    assert _groups(ids, representatives(labels, order)) == {frozenset("ABC"), frozenset("D")}
    strict = strict_representatives(vectors, labels, order, 0.95)
    assert _groups(ids, strict) == {frozenset("AB"), frozenset("C"), frozenset("D")}
    for row, rep in enumerate(strict):
        assert vectors[row] @ vectors[rep] >= 0.95


def test_groups_do_not_depend_on_row_order(unit):
    rng = np.random.default_rng(3)
    base = rng.normal(size=(40, 6))
    rows = np.r_[base, base[:15] + 0.02 * rng.normal(size=(15, 6)), base[:5] + 0.03 * rng.normal(size=(5, 6))]
    ids = [f"r{i:02d}" for i in range(len(rows))]
    responses = [f"{'y' * (i % 7)}{i}" for i in range(len(rows))]
    results = []
    for permutation in (np.arange(len(rows)), rng.permutation(len(rows)), rng.permutation(len(rows))):
        vectors = unit(rows[permutation].tolist())
        shuffled_ids = [ids[i] for i in permutation]
        labels = groups_from_links(_neighbors(vectors, shuffled_ids, 0.97, k=3), 0.97)
        order = keep_order(_rows(shuffled_ids, [responses[i] for i in permutation]), "longest_response")
        chosen = {
            "components": representatives(labels, order),
            "strict": strict_representatives(vectors, labels, order, 0.97),
        }
        results.append(
            {mode: (_groups(shuffled_ids, rep), {shuffled_ids[r] for r in rep}) for mode, rep in chosen.items()}
        )
    assert results[0] == results[1] == results[2]
    assert len(results[0]["components"][0]) < len(rows)  # the planted duplicates were grouped


def test_identical_vectors_form_one_group_with_one_representative(unit):
    vectors, ids = unit([[1, 0]] * 12 + [[0, 1]]), [f"r{i}" for i in range(13)]
    table = dedup_table(
        pl.Series(ids), representatives(groups_from_links(_neighbors(vectors, ids, k=3), 0.99), np.arange(13))
    )
    assert table["dup_group_size"].to_list() == [12] * 12 + [1]
    assert table["is_dup_representative"].to_list() == [True] + [False] * 11 + [True]
    assert table["min_similar_uuid"].to_list() == ["r0"] * 12 + [None]


@pytest.mark.parametrize(
    ("policy", "columns", "kept"),
    [
        pytest.param("first", {}, "a", id="first"),
        pytest.param("longest_response", {"response": ["hi", "a longer answer", "mid one"]}, "b", id="longest"),
        pytest.param("highest_quality", {"input_quality": ["poor", "good", "excellent"]}, "c", id="quality"),
        pytest.param("highest_reward", {"instruct_reward": [1.5, None, -2.0]}, "a", id="reward-nulls-last"),
    ],
)
def test_keep_policy_picks_the_representative(policy, columns, kept):
    rows = _rows(["a", "b", "c"]).with_columns(**{name: pl.Series(values) for name, values in columns.items()})
    representative = representatives(np.zeros(3, np.int64), keep_order(rows, policy))
    assert {"abc"[r] for r in representative} == {kept}


def test_policy_without_its_column_names_the_missing_stage():
    with pytest.raises(SynthlensError, match="'input_quality' from the 'quality' stage"):
        keep_order(_rows(["a"]), "highest_quality")


def test_sweep_is_monotone_and_matches_dedup_at_each_threshold(unit, clustered):
    vectors = clustered(400, dim=16, centres=30, spread=0.15)
    ids = [f"r{i}" for i in range(400)]
    table = _neighbors(vectors, ids, 0.95, floor=0.85, k=5)
    sweep = threshold_sweep(table, floor=0.85)
    assert sweep["threshold"].to_list() == pytest.approx([0.85 + 0.01 * i for i in range(15)])
    assert (sweep["rows_removed"].diff().drop_nulls() <= 0).all()
    for threshold, removed in zip(sweep["threshold"], sweep["rows_removed"], strict=True):
        labels = groups_from_links(table, threshold)
        assert removed == 400 - len(np.unique(labels))


def test_sweep_below_the_floor_is_refused(unit):
    table = _neighbors(_chain(unit), list("ABCD"), floor=0.9)
    with pytest.raises(SynthlensError, match="--sweep-floor 0.85"):
        threshold_sweep(table, floor=0.9, thresholds=[0.85, 0.95])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 14), st.integers(0, 14), st.floats(0.5, 1.0)), max_size=40))
def test_spanning_forest_keeps_the_components_of_every_threshold(edges):
    source = np.array([e[0] for e in edges], np.int64)
    target = np.array([e[1] for e in edges], np.int64)
    sim = np.array([e[2] for e in edges], np.float32)
    parent, parent_sim = spanning_forest(15, source, target, sim)
    for threshold in (0.5, 0.7, 0.9, 1.0):
        close = sim >= threshold - 1e-6
        full = component_labels(15, source[close], target[close])
        forest = forest_labels(parent, parent_sim, threshold)
        assert _partition(full) == _partition(forest)


def _partition(labels):
    return {frozenset(np.flatnonzero(labels == label).tolist()) for label in np.unique(labels)}


def test_semdedup_finds_the_planted_duplicates(unit, clustered):
    vectors = clustered(300, dim=16, centres=6, spread=0.4, seed=1)
    copies = unit((vectors[:20] + 0.001).tolist())
    everything = np.r_[vectors, copies]
    source, target = semdedup_pairs(everything, 0.99, clusters=6)
    labels = component_labels(len(everything), source, target)
    assert all(labels[i] == labels[300 + i] for i in range(20))


@pytest.mark.parametrize("rows", [pytest.param(0, id="no-rows"), pytest.param(1, id="one-row")])
def test_dedup_of_tiny_sets(rows):
    ids = pl.Series("id", [f"r{i}" for i in range(rows)], dtype=pl.String)
    table = dedup_table(ids, representatives(np.arange(rows), np.arange(rows)))
    assert table.height == rows
    assert table["is_dup_representative"].to_list() == [True] * rows


@pytest.mark.parametrize(
    "order", [pytest.param(["b", "a", "c"], id="b-first"), pytest.param(["c", "a", "b"], id="c-first")]
)
def test_ties_go_to_the_smaller_id_whatever_the_order(order):
    rows = _rows(order, ["same length"] * 3)
    representative = representatives(np.zeros(3, np.int64), keep_order(rows, "longest_response"))
    assert {order[r] for r in representative} == {"a"}


# Rows 0, 2 and 4 have the same text once normalised, but the embedder puts them far apart.
SAME_TEXT_ROWS = [
    ("Write a haiku about rain.", "a"),
    ("Summarise this article", "b"),
    ("write a HAIKU about rain", "c"),
    ("!!!", "d"),
    ("Write a haiku - about rain", "e"),
    ("...", "f"),
]
FAR_APART = {
    "Write a haiku about rain.": [1, 0, 0, 0],
    "Summarise this article": [0, 1, 0, 0],
    "write a HAIKU about rain": [0, 0, 1, 0],
    "!!!": [0, 0, 0, 1],
    "Write a haiku - about rain": [0.6, 0, 0, 0.8],
    "...": [0, 0.6, 0.8, 0],
}


@pytest.mark.parametrize("mode", ["components", "strict", "semdedup"])
def test_rows_of_the_same_text_are_always_one_group(monkeypatch, make_run, fake_embedder, mode):
    ws = make_run(SAME_TEXT_ROWS)
    monkeypatch.setattr(SimilarityOptions, "embedder", lambda _: fake_embedder(vectors=FAR_APART))
    table = dedup_run(ws, SimilarityOptions(threshold=0.95, mode=mode, clusters=2))
    groups = table["dup_group"].to_list()
    assert groups[0] == groups[2] == groups[4]
    assert len(set(groups)) == 4  # the two texts of only punctuation are not duplicates of each other
    assert table["is_dup_representative"].to_list() == [True, True, False, True, False, True]


def test_the_sweep_keeps_rows_of_the_same_text_together_at_every_threshold(unit):
    vectors, ids = unit([[1, 0], [0, 1], [-1, 0]]), ["a", "b", "c"]
    found = find_neighbors(vectors, k=2, floor=0.8)
    table = neighbor_table(pl.Series("id", ids), found, 0.95, same_text=np.array([0, 1, 0]))
    assert threshold_sweep(table, floor=0.8)["rows_removed"].to_list() == [1] * 20


@pytest.mark.parametrize(
    ("texts", "first"),
    [
        pytest.param(["A b", "c", "a  B!", "a b"], [0, 1, 0, 0], id="case-punctuation-spaces"),
        pytest.param(["", "?!", "", "x"], [0, 1, 2, 3], id="empty-texts-are-not-duplicates"),
    ],
)
def test_first_row_of_the_same_text(texts, first):
    hashes = pl.Series([norm_hash(text) for text in texts], dtype=pl.String)
    assert first_same_text(hashes).tolist() == first
