"""The `select:` step in a recipe: its plain form, its checks, and the score it ranks by."""

import polars as pl
import pytest

from synthlens.errors import SynthlensError
from synthlens.filter import Recipe, Select, recipe_from_dict, validate
from synthlens.filter.select.score import score_expr


def test_a_selection_round_trips_through_its_plain_form() -> None:
    select = Select(
        score="instruct_reward + 0.5 * input_quality",
        budget_tokens=5_000_000,
        max_similarity=0.85,
        tokenizer="/models/llama3",
        category="task_category",
        min_per_value=100,
        max=(("Information seeking", 20_000),),
    )
    recipe = Recipe(name="budget", conditions=(), select=select)
    assert recipe_from_dict(recipe.to_dict()) == recipe


@pytest.mark.parametrize(
    ("written", "count"),
    [("5M", 5_000_000), ("300K", 300_000), ("1.5B", 1_500_000_000), (300000, 300_000), ("2_000", 2_000)],
    ids=["5M", "300K", "1.5B", "int", "underscores"],
)
def test_budgets_read_short_counts(written: object, count: int) -> None:
    recipe = recipe_from_dict({"name": "t", "select": {"score": "x", "budget_tokens": written}})
    assert recipe.select is not None and recipe.select.budget_tokens == count


BAD = [
    (
        "top and select",
        {"top": {"n": 3, "by": "x"}, "select": {"score": "x", "budget_rows": 3}},
        "recipe 't': it holds both 'top' and 'select'; allowed: one of top or select",
    ),
    ("no budget", {"select": {"score": "x"}}, "recipe 't' select: no budget; allowed: budget_tokens, budget_rows"),
    ("bad count", {"select": {"score": "x", "budget_rows": "lots"}}, "budget_rows: 'lots' is not a count"),
    ("zero count", {"select": {"score": "x", "budget_rows": 0}}, "budget_rows: 0 is not a count"),
    (
        "similarity out of range",
        {"select": {"score": "x", "budget_rows": 3, "max_similarity": 1.5}},
        "max_similarity: 1.5 is not a cosine similarity limit; allowed: above 0, at most 1, or null",
    ),
    ("unknown key", {"select": {"score": "x", "budget_rows": 3, "budget": 4}}, "unknown key 'budget' in select"),
    (
        "reason taken",
        {"conditions": [{"when": "x > 1", "name": "select_budget"}], "select": {"score": "x", "budget_rows": 3}},
        "two steps share the drop reason 'select_budget'",
    ),
]


@pytest.mark.parametrize(("data", "message"), [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_selections_get_an_error_naming_the_problem(data: dict, message: str) -> None:
    with pytest.raises(SynthlensError, match="fix: ") as error:
        recipe_from_dict({"name": "t", **data})
    assert message in str(error.value)


def score_of(table: pl.DataFrame, text: str) -> list[float | None]:
    recipe = Recipe(name="t")
    return table.select(score_expr(text, recipe, table.schema, "select")).to_series().to_list()


def test_a_score_combines_columns_labels_and_flags(table: pl.DataFrame) -> None:
    scores = score_of(table, "instruct_reward + 0.5 * input_quality - (is_safe * 1)")
    # r0: 2.5 + 0.5 * 4 (excellent) - 1; r5: input_quality null -> null; r6: instruct_reward null -> null
    assert scores[0] == pytest.approx(3.5)
    assert scores[3] == pytest.approx(-10.5 + 0.5 * 1 - 0)
    assert scores[5] is None and scores[6] is None
    assert score_of(table, "-response_length")[:2] == [-13.0, -4.0]  # a derived column, negated


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("__import__('os')", "uses Call"),
        ("instruct_reward ** 2", "score part 'instruct_reward ** 2' is not allowed"),
        ("instruct_reward +", "cannot read score"),
        ("language", "cannot score rows by 'language' (text)"),
        ("instruct_rewrd", "did you mean 'instruct_reward'?"),
        ("reward_score", "it is written by stage 'nemotron'"),
    ],
    ids=["call", "power", "syntax", "unordered labels", "typo", "missing stage"],
)
def test_a_bad_score_is_refused(table: pl.DataFrame, text: str, message: str) -> None:
    recipe = recipe_from_dict({"name": "t", "select": {"score": text, "budget_rows": 2}})
    with pytest.raises(SynthlensError, match="fix: ") as error:
        validate(recipe, table.schema)
    assert message in str(error.value)
