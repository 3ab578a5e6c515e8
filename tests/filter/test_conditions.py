"""Each kind of condition, applied to the shared table: which rows it keeps."""

from collections.abc import Callable

import polars as pl
import pytest

from synthlens.errors import SynthlensError
from synthlens.filter import apply, recipe_from_dict

Kept = Callable[[pl.DataFrame, dict], list[str]]

ALL = [f"r{i}" for i in range(8)]

CASES = [
    # numbers
    ("instruct_reward >= -10", ["r0", "r1", "r2", "r4", "r5", "r7"]),
    ("instruct_reward < 0", ["r1", "r2", "r3"]),
    ("helpfulness == 4", ["r0", "r3", "r6"]),
    ("helpfulness != 4", ["r1", "r2", "r4", "r5", "r7"]),
    ("verbosity <= 2.5", ["r0", "r1", "r3", "r4", "r6", "r7"]),
    ("verbosity > 2.5", ["r2", "r5"]),
    # ordered labels: case and spacing do not matter, unknown/null labels fail
    ("input_quality >= average", ["r0", "r1", "r2", "r6", "r7"]),
    ("input_quality > good", ["r0"]),
    ("input_quality < average", ["r3", "r4"]),
    ("input_quality == good", ["r1", "r6"]),
    ("difficulty in [medium, hard, very hard]", ["r2", "r3", "r4", "r5", "r7"]),
    ("difficulty not in [very easy, easy]", ["r2", "r3", "r4", "r5", "r7"]),
    # membership and equality on plain labels
    ("task_category in [Coding, Math]", ["r2", "r3", "r7"]),
    ('task_category not_in ["Information seeking"]', ["r0", "r2", "r3", "r7"]),
    ("language == EN", ["r0", "r1", "r2", "r3", "r6", "r7"]),
    ("helpfulness in [1, 2]", ["r2", "r4"]),
    # booleans
    ("is_safe", ["r0", "r1", "r2", "r4", "r6", "r7"]),
    ("not is_safe", ["r3"]),
    ("is_safe == true", ["r0", "r1", "r2", "r4", "r6", "r7"]),
    ("is_safe is_null", ["r5"]),
    ("response not_null", ["r0", "r1", "r2", "r3", "r5", "r6", "r7"]),
    # text predicates
    ('instruction not_endswith ":"', ["r0", "r2", "r3", "r5", "r6", "r7"]),
    ('instruction endswith ":"', ["r1", "r4"]),
    ("instruction startswith Write", ["r0", "r7"]),
    ("instruction contains the", ["r1", "r4"]),
    ("instruction not_contains the", ["r0", "r2", "r3", "r5", "r6", "r7"]),
    (r"instruction matches ^(What|Sort)\b", ["r2", "r3"]),
    (r"instruction not_matches \d", ["r0", "r1", "r2", "r4", "r5", "r6", "r7"]),
    ("hazard_categories contains S1", ["r3"]),
    ("hazard_categories not_contains S1", ["r0", "r1", "r2", "r4", "r5", "r6", "r7"]),
    # length bounds, on text (characters) and on lists (items); the *_length helpers need no stage
    ("instruction min_length 13", ["r1", "r2", "r4", "r5", "r7"]),
    ("instruction max_length 12", ["r0", "r3", "r6"]),
    ("hazard_categories max_length 0", ["r0", "r1", "r2", "r4", "r6", "r7"]),
    ("instruction_length >= 20", ["r1", "r4", "r7"]),
    ("response_length < 5", ["r1", "r3", "r6"]),
]


@pytest.mark.parametrize(("condition", "expected"), CASES, ids=[case[0] for case in CASES])
def test_condition_keeps_the_rows_that_satisfy_it(
    kept: Kept, table: pl.DataFrame, condition: str, expected: list[str]
) -> None:
    assert kept(table, {"conditions": [condition]}) == expected


def test_mapping_form_matches_the_one_line_form(kept: Kept, table: pl.DataFrame) -> None:
    mapping = {"column": "difficulty", "op": "in", "value": ["medium", "hard", "very hard"]}
    assert kept(table, {"conditions": [mapping]}) == kept(
        table, {"conditions": ["difficulty in [medium, hard, very hard]"]}
    )


def test_keep_null_keeps_rows_whose_column_is_null(kept: Kept, table: pl.DataFrame) -> None:
    assert "r5" not in kept(table, {"conditions": ["input_quality >= average"]})
    assert "r5" in kept(table, {"conditions": [{"when": "input_quality >= average", "keep_null": True}]})


def test_recipe_orders_make_custom_labels_comparable(kept: Kept, table: pl.DataFrame) -> None:
    data = {"conditions": ["language >= EN"], "orders": {"language": ["DE", "EN", "FR"]}}
    assert kept(table, data) == ["r0", "r1", "r2", "r3", "r5", "r6", "r7"]


def test_conditions_all_apply_and_the_first_failure_names_the_reason(table: pl.DataFrame) -> None:
    recipe = recipe_from_dict({"name": "t", "conditions": ["is_safe", "input_quality >= average", "language == EN"]})
    flags = apply(table, recipe)
    reasons = dict(zip(flags["id"], flags["drop_reason"], strict=True))
    assert reasons == {
        "r0": None,
        "r1": None,
        "r2": None,
        "r3": "is_safe_false",  # unsafe and poor: the first condition wins
        "r4": "input_quality_lt_average",
        "r5": "is_safe_false",  # null is_safe fails
        "r6": None,
        "r7": None,
    }
    assert flags["keep"].to_list() == [reason is None for reason in reasons.values()]


@pytest.mark.parametrize(
    ("condition", "reason"),
    [
        ("instruct_reward >= -10", "instruct_reward_lt_neg10"),
        ("verbosity <= 2.5", "verbosity_gt_2_5"),
        ("input_quality >= average", "input_quality_lt_average"),
        ("difficulty in [hard]", "difficulty_not_in_list"),
        ("not is_safe", "is_safe_true"),
        ('instruction not_endswith ":"', "instruction_endswith"),
        ("instruction min_length 5", "instruction_shorter_than_5"),
        ("response not_null", "response_null"),
    ],
)
def test_default_drop_reasons_say_what_the_dropped_rows_have(condition: str, reason: str) -> None:
    assert recipe_from_dict({"name": "t", "conditions": [condition]}).conditions[0].reason == reason


MISSING = [
    (
        "input_quality >= average",
        "stage 'quality'",
        "fix: run synthlens analyze DATA -o RUN (offline) or synthlens tag RUN --endpoint URL --model MODEL first",
    ),
    ("is_dup_representative", "stage 'dedup'", "fix: run synthlens analyze (stage 'dedup') first"),
    ("is_incomplete == false", "stage 'stats'", "fix: run synthlens info RUN or synthlens analyze first"),
    ("is_safe", "stage 'safety'", "synthlens guard RUN --endpoint URL"),
    ("is_contaminated", "stage 'overlap'", "fix: run synthlens overlap RUN --reference EVAL.jsonl first"),
    ("ref_exact_match == false", "stage 'overlap'", "fix: run synthlens overlap RUN --reference EVAL.jsonl first"),
]


@pytest.mark.parametrize(("condition", "stage", "command"), MISSING, ids=[case[1] for case in MISSING])
def test_missing_column_names_the_stage_and_command_that_write_it(condition: str, stage: str, command: str) -> None:
    rows = pl.DataFrame({"id": ["a"], "instruction": ["x"], "response": ["y"]})
    with pytest.raises(SynthlensError) as error:
        apply(rows, recipe_from_dict({"name": "t", "conditions": [condition]}))
    message = str(error.value)
    column = condition.split()[0]
    assert f"column '{column}' is not in this run; it is written by {stage}" in message
    assert command in message
    assert "conditions[0]" in message and "columns present: id, instruction, response" in message


def test_unknown_column_suggests_the_closest_name(kept: Kept, table: pl.DataFrame) -> None:
    with pytest.raises(SynthlensError, match="no stage writes it.*did you mean 'helpfulness'"):
        kept(table, {"conditions": ["helpfullness >= 3"]})


TYPE_ERRORS = [
    ("language >= EN", "column 'language' holds labels with no known order"),
    ("language == 3", "column 'language' is text, the value 3 is number"),
    ("helpfulness == high", "column 'helpfulness' is number, the value 'high' is text"),
    (
        "input_quality >= great",
        "'great' is not a input_quality label; allowed: very poor, poor, average, good, excellent",
    ),
    ("difficulty in [medium, very_hard]", "'very_hard' is not a difficulty label"),
    ("helpfulness", "'is_true' needs a true/false column, 'helpfulness' is number"),
    ("helpfulness startswith 3", "'startswith' needs a text column, 'helpfulness' is number"),
    ("is_safe min_length 2", "'min_length' needs a text or list column, 'is_safe' is boolean"),
]


@pytest.mark.parametrize(("condition", "message"), TYPE_ERRORS, ids=[case[0] for case in TYPE_ERRORS])
def test_condition_that_does_not_fit_its_column_is_refused(
    kept: Kept, table: pl.DataFrame, condition: str, message: str
) -> None:
    with pytest.raises(SynthlensError) as error:
        kept(table, {"conditions": [condition]})
    assert message in str(error.value)
    assert f"conditions[0] ({condition}" in str(error.value) or "conditions[0]" in str(error.value)


def test_recipe_cannot_filter_on_the_filters_own_columns(kept: Kept, table: pl.DataFrame) -> None:
    with pytest.raises(SynthlensError, match="column 'keep' is written by the filter itself"):
        kept(table.with_columns(keep=pl.lit(True)), {"conditions": ["keep"]})
