"""Recipe structure: the one-line condition grammar, the plain dict form, and an error for each bad recipe
that names the place, the bad key or value and what is allowed."""

import pytest

from synthlens.errors import SynthlensError
from synthlens.filter import Condition, Quota, Recipe, Top, recipe_from_dict
from synthlens.filter.shorthand import parse_condition_text

SHORTHAND = [
    ("is_safe", {"column": "is_safe", "op": "is_true"}),
    ("not is_incomplete", {"column": "is_incomplete", "op": "is_false"}),
    ("input_quality >= average", {"column": "input_quality", "op": ">=", "value": "average"}),
    ("instruct_reward>=-10", {"column": "instruct_reward", "op": ">=", "value": -10}),
    ("verbosity <= 2.5", {"column": "verbosity", "op": "<=", "value": 2.5}),
    ("language == EN", {"column": "language", "op": "==", "value": "EN"}),
    ("language == NO", {"column": "language", "op": "==", "value": "NO"}),  # Norwegian, not a YAML false
    ("is_safe != false", {"column": "is_safe", "op": "!=", "value": False}),
    (
        "difficulty in [medium, hard, very hard]",
        {"column": "difficulty", "op": "in", "value": ["medium", "hard", "very hard"]},
    ),
    (
        'task_category not in ["Coding, debugging", Math]',
        {"column": "task_category", "op": "not_in", "value": ["Coding, debugging", "Math"]},
    ),
    ('instruction not_endswith ":"', {"column": "instruction", "op": "not_endswith", "value": ":"}),
    ("instruction startswith 1.50", {"column": "instruction", "op": "startswith", "value": "1.50"}),
    (r"instruction matches ^\d+\.", {"column": "instruction", "op": "matches", "value": r"^\d+\."}),
    ("response min_length 10", {"column": "response", "op": "min_length", "value": 10}),
    ("response is_null", {"column": "response", "op": "is_null"}),
]


@pytest.mark.parametrize(("text", "expected"), SHORTHAND, ids=[case[0] for case in SHORTHAND])
def test_one_line_conditions_parse(text: str, expected: dict) -> None:
    assert parse_condition_text(text) == expected


def test_a_recipe_round_trips_through_its_plain_form() -> None:
    recipe = Recipe(
        name="mine",
        description="all parts",
        conditions=(
            Condition("input_quality", ">=", "average", name="low_quality"),
            Condition("difficulty", "in", ("medium", "hard")),
            Condition("instruction", "not_endswith", ":"),
            Condition("is_safe", "is_true", keep_null=True),
        ),
        drop_ids=("a", "b"),
        keep_ids=("c",),
        quotas=(Quota("task_category", max_per_value=10, max=(("Information seeking", 3),), by="instruct_reward"),),
        top=Top(100, "response_length"),
        orders=(("tone", ("dry", "warm")),),
        seed=7,
    )
    assert recipe_from_dict(recipe.to_dict()) == recipe


def test_conditions_describe_themselves_in_the_one_line_form() -> None:
    recipe = recipe_from_dict(
        {
            "name": "t",
            "conditions": [
                "difficulty in [medium, very hard]",
                "not is_safe",
                'instruction endswith ":"',
                'language == "3"',
            ],
        }
    )
    texts = [condition.describe() for condition in recipe.conditions]
    assert texts == ["difficulty in [medium, very hard]", "not is_safe", 'instruction endswith ":"', 'language == "3"']
    assert [recipe_from_dict({"name": "t", "conditions": texts}).conditions] == [recipe.conditions]


BAD = [
    (
        "top-level key",
        {"name": "x", "condition": []},
        "unknown key 'condition' in top level; allowed: name, description, conditions, drop_ids, keep_ids, quotas,"
        " top, select, orders, seed",
    ),
    ("not a mapping", ["a"], "a recipe must be a mapping, got list"),
    ("conditions not a list", {"name": "x", "conditions": "is_safe"}, "recipe 'x' conditions: must be a list, got str"),
    (
        "condition key",
        {"name": "x", "conditions": [{"column": "a", "op": "==", "value": 1, "label": "y"}]},
        "recipe 'x' conditions[0]: unknown key 'label' in condition; allowed: column, op, value, when, name, keep_null",
    ),
    (
        "unknown op",
        {"name": "x", "conditions": [{"column": "a", "op": "=>", "value": 1}]},
        "unknown op '=>'; allowed: ==, !=, <, <=, >, >=, in, not_in, is_true",
    ),
    (
        "unreadable line",
        {"name": "x", "conditions": ["quality is great"]},
        "conditions[0]: cannot read condition 'quality is great'",
    ),
    ("missing column", {"name": "x", "conditions": [{"op": "==", "value": 1}]}, "conditions[0]: missing 'column'"),
    (
        "when and column",
        {"name": "x", "conditions": [{"when": "a == 1", "column": "a"}]},
        "'when' given together with column",
    ),
    ("in needs list", {"name": "x", "conditions": ["difficulty in hard"]}, "'in' needs a non-empty list, got 'hard'"),
    (
        "flag with value",
        {"name": "x", "conditions": [{"column": "is_safe", "op": "is_true", "value": True}]},
        "'is_true' takes no value, got True",
    ),
    (
        "comparison with list",
        {"name": "x", "conditions": [{"column": "a", "op": "==", "value": [1]}]},
        "'==' needs one number, string or boolean, got [1]; allowed: a single value; fix: use 'in' for a list",
    ),
    (
        "bad regex",
        {"name": "x", "conditions": ["instruction matches (unclosed"]},
        "invalid regular expression '(unclosed'",
    ),
    ("negative length", {"name": "x", "conditions": ["instruction min_length -1"]}, "must be an integer >= 0, got -1"),
    (
        "bad reason name",
        {"name": "x", "conditions": [{"when": "is_safe", "name": "Not Safe"}]},
        "name 'Not Safe' is not a snake_case drop reason",
    ),
    (
        "duplicate reasons",
        {"name": "x", "conditions": ["is_safe", "is_safe == true"]},
        "two steps share the drop reason 'is_safe_false'; allowed: unique drop reasons;"
        " fix: give one of them its own 'name'",
    ),
    (
        "top without by",
        {"name": "x", "top": {"n": 10}},
        "recipe 'x' top: missing 'by'; allowed: n, by, descending, name",
    ),
    ("top zero", {"name": "x", "top": {"n": 0, "by": "response_length"}}, "top n: must be an integer >= 1, got 0"),
    (
        "top key",
        {"name": "x", "top": {"n": 1, "by": "a", "order": "desc"}},
        "unknown key 'order' in top; allowed: n, by, descending, name",
    ),
    (
        "quota without cap",
        {"name": "x", "quotas": [{"column": "task_category"}]},
        "a quota needs 'max_per_value' or 'max'",
    ),
    ("quota caps", {"name": "x", "quotas": [{"column": "c", "max": [1]}]}, "'max' must map labels to counts, got [1]"),
    (
        "descending not bool",
        {"name": "x", "top": {"n": 1, "by": "a", "descending": "yes"}},
        "descending: must be true or false, got 'yes'",
    ),
    ("ids", {"name": "x", "drop_ids": "abc"}, "recipe 'x' drop_ids: must be a list of row ids, got 'abc'"),
    ("orders", {"name": "x", "orders": {"tone": ["only"]}}, "orders.tone: needs a list of at least two labels"),
]


@pytest.mark.parametrize(("data", "message"), [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_recipes_get_an_error_naming_the_problem(data: object, message: str) -> None:
    with pytest.raises(SynthlensError) as error:
        recipe_from_dict(data)
    assert message in str(error.value)
    assert "fix: " in str(error.value) and "\n" not in str(error.value)
