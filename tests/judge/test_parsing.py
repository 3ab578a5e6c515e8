"""Reading judge answers: tolerant JSON, labels matched against a fixed set, Retry-After and backoff."""

from types import SimpleNamespace

import pytest

from synthlens.judge.llm_taggers import INPUT_QUALITIES, TASK_CATEGORIES
from synthlens.judge.parsing import match_label, match_labels, parse_json_object
from synthlens.judge.retry import backoff_delay, retry_after_seconds

JSON_CASES = {
    "plain": ('{"a": 1}', {"a": 1}),
    "fenced": ('Here you go:\n```json\n{"a": 1}\n```\nHope it helps', {"a": 1}),
    "prose-around": ('The answer is {"a": {"b": 2}} as requested.', {"a": {"b": 2}}),
    "trailing-comma": ('{"a": [1, 2,],}', {"a": [1, 2]}),
    "not-json": ("I cannot rate this.", None),
    "truncated": ('{"a": "unterminated', None),
    "a-list-not-an-object": ("[1, 2]", None),
    "empty": ("", None),
    "braces-inside-strings": ('{"a": "x } { \\" y", "b": 1}', {"a": 'x } { " y', "b": 1}),
    "the-last-object-wins": ('The row says {"a": 1}. My answer: {"a": 2}', {"a": 2}),
    "a-bad-object-then-a-good-one": ('{"a": oops} then {"b": 3}', {"b": 3}),
}


@pytest.mark.parametrize(("text", "expected"), list(JSON_CASES.values()), ids=list(JSON_CASES))
def test_parse_json_object(text: str, expected: dict | None) -> None:
    assert parse_json_object(text) == expected


def test_the_judges_rating_wins_over_the_rows_quoted_json() -> None:
    answer = (
        'The user pasted:\n```json\n{"input_quality": "excellent"}\n```\nbut the request is vague.\n'
        '{"quality_explanation": "unclear goal", "input_quality": "poor"}\n'
        'Note: {"unrelated": true}'
    )
    assert parse_json_object(answer, ("input_quality",))["input_quality"] == "poor"


LABEL_CASES = {
    "exact": ("Coding & Debugging", "Coding & Debugging"),
    "lower-and-word": ("coding and debugging", "Coding & Debugging"),
    "no-spaces-ampersand": ("Coding&Debugging", "Coding & Debugging"),
    "underscored": ("information_seeking", "Information seeking"),
    "quoted-with-period": ('"Math."', "Math"),
    "unknown": ("Cooking", None),
    "not-text": (3, None),
    "near-miss": ("Maths", None),
}


@pytest.mark.parametrize(("value", "expected"), list(LABEL_CASES.values()), ids=list(LABEL_CASES))
def test_match_label_is_tolerant_of_form_but_not_of_content(value: object, expected: str | None) -> None:
    assert match_label(value, TASK_CATEGORIES) == expected


def test_match_label_quality_levels_do_not_collide() -> None:
    assert match_label("Very Poor", INPUT_QUALITIES) == "very poor"
    assert match_label("poor", INPUT_QUALITIES) == "poor"
    assert match_label("very-good", INPUT_QUALITIES) is None


def test_match_labels_drops_unknown_and_primary_and_repeats() -> None:
    values = ["Math", "reasoning", "Cooking", "Reasoning", "Planning"]
    assert match_labels(values, TASK_CATEGORIES, exclude="Math") == ["Reasoning", "Planning"]
    assert match_labels("Math, Editing", TASK_CATEGORIES) == ["Math", "Editing"]
    assert match_labels(None, TASK_CATEGORIES) == []


def error_with(headers: dict[str, str]) -> SimpleNamespace:
    return SimpleNamespace(response=SimpleNamespace(headers=headers))


RETRY_AFTER_CASES = {
    "seconds": ({"retry-after": "2"}, 2.0),
    "fraction": ({"retry-after": "0.25"}, 0.25),
    "milliseconds-win": ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
    "http-date-in-the-past": ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),
    "garbage": ({"retry-after": "soon"}, None),
    "absent": ({}, None),
}


@pytest.mark.parametrize(("headers", "expected"), list(RETRY_AFTER_CASES.values()), ids=list(RETRY_AFTER_CASES))
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(error_with(headers)) == expected


def test_backoff_grows_exponentially_with_jitter_up_to_the_cap() -> None:
    for attempt, ceiling in [(0, 1.0), (1, 2.0), (3, 8.0), (10, 30.0)]:
        delays = {backoff_delay(attempt, 1.0, 30.0, None) for _ in range(50)}
        assert all(ceiling / 2 <= delay <= ceiling for delay in delays) and len(delays) > 1
    assert 5.0 <= backoff_delay(0, 1.0, 30.0, retry_after=5.0) <= 5.5
    assert backoff_delay(0, 1.0, 30.0, retry_after=3600.0) <= 33.0  # capped
