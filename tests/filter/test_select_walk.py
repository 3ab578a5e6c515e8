"""The selection walk on a handful of 3-d vectors whose similarities are known: what it takes, what it skips
as too similar, where the budget stops it, and how floors and caps change that."""

import numpy as np
import pytest

from synthlens.filter.select import walk as walk_module
from synthlens.filter.select.walk import OUTCOMES, WalkPlan, walk


def unit(*rows: list[float]) -> np.ndarray:
    array = np.asarray(rows, dtype=np.float32)
    return array / np.linalg.norm(array, axis=1, keepdims=True)


# Rows 0-2 point one way (row 1 at cos 0.995 to row 0, row 2 at cos 0.8), rows 3-4 another, row 5 a third.
VECTORS = unit([1, 0, 0], [1, 0.1, 0], [1, 0.75, 0], [0, 1, 0], [0.05, 1, 0], [0, 0, 1])
TOKENS = np.array([10, 10, 10, 10, 10, 10])
RANKING = np.array([0, 1, 2, 3, 4, 5])  # best first


def outcome_names(outcome: np.ndarray) -> list[str]:
    return [OUTCOMES[code] for code in outcome]


CASES = [
    ("no limits take all", WalkPlan(None, budget_rows=6), ["taken"] * 6),
    (
        "near-copies skipped",
        WalkPlan(0.9, budget_rows=6),
        ["taken", "too_similar", "taken", "taken", "too_similar", "taken"],
    ),
    (
        "a lower limit skips more",
        WalkPlan(0.7, budget_rows=6),
        ["taken", "too_similar", "too_similar", "taken", "too_similar", "taken"],
    ),
    (
        "row budget stops the walk",
        WalkPlan(0.9, budget_rows=2),
        ["taken", "too_similar", "taken", "over_budget", "over_budget", "over_budget"],
    ),
    (
        "token budget stops at the first row that does not fit",
        WalkPlan(0.9, budget_tokens=25),
        ["taken", "too_similar", "taken", "over_budget", "over_budget", "over_budget"],
    ),
]


@pytest.mark.parametrize(("plan", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_the_walk_takes_rows_in_ranking_order(plan: WalkPlan, expected: list[str]) -> None:
    assert outcome_names(walk(VECTORS, RANKING, TOKENS, None, plan)) == expected


def test_a_row_similar_to_a_row_taken_in_an_earlier_block_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(walk_module, "BLOCK_ROWS", 2)  # rows 0 and 4 meet only through the index
    assert outcome_names(walk(VECTORS, np.array([0, 3, 1, 4]), TOKENS, None, WalkPlan(0.9, budget_rows=6))) == [
        "taken",
        "taken",
        "too_similar",
        "too_similar",
    ]


def test_a_floor_takes_a_small_category_first_and_a_cap_stops_a_large_one() -> None:
    categories = np.array([0, 0, 0, 0, 0, 1])  # category 1 (row 5) ranks last
    plan = WalkPlan(None, budget_rows=3, floors=np.array([-1, 1]), caps=np.array([-1, -1]))
    assert outcome_names(walk(VECTORS, RANKING, TOKENS, categories, plan)) == [
        "taken",
        "taken",
        "over_budget",
        "over_budget",
        "over_budget",
        "taken",
    ]
    capped = WalkPlan(None, budget_rows=6, caps=np.array([2, -1]))
    assert outcome_names(walk(VECTORS, RANKING, TOKENS, categories, capped)) == [
        "taken",
        "taken",
        "over_cap",
        "over_cap",
        "over_cap",
        "taken",
    ]


def test_the_approximate_index_gives_the_exact_walk_on_clustered_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(40, 32))
    vectors = centres[rng.integers(0, 40, 3000)] + 0.35 * rng.normal(size=(3000, 32))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    ranking = rng.permutation(3000)
    tokens = rng.integers(5, 50, 3000)
    plan = WalkPlan(0.9, budget_rows=1500)
    exact = walk(vectors, ranking, tokens, None, plan)
    monkeypatch.setattr(walk_module, "EXACT_MAX_ROWS", 100)
    approximate = walk(vectors, ranking, tokens, None, plan)
    assert (exact == walk_module.TOO_SIMILAR).sum() > 100  # the limit does bite on these rows
    assert (approximate != exact).mean() < 0.01
