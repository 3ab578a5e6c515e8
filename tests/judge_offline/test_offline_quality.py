"""The heuristic quality tagger: labels and explanations a user would agree with on plain cases."""

import polars as pl
import pytest

from synthlens.judge.offline import QualityTagger

CASES = [
    ("empty", "", "very poor", "empty instruction"),
    ("greeting", "hi", "very poor", "greeting"),
    ("single-word", "python", "very poor", "single word"),
    ("keyboard-mash", "asdfgh jkl qwrtz", "very poor", "non-words"),
    ("cut-off-colon", "Rewrite the following paragraph:", "poor", "ends with ':'"),
    ("missing-material", "Proofread this paragraph for me.", "poor", "does not include"),
    ("mid-sentence", "Tell me the history of Rome and the", "poor", "mid-sentence"),
    ("short-plain-question", "What is the capital of France?", "average", "clear question"),
    ("vague-two-words", "fix it", "poor", "too short"),
    ("short-clear-question", "What is DNA?", "average", "clear question"),
    ("short-with-detail", "Simplify 24/36.", "average", "specific detail"),
    ("my-code-is-not-missing-material", "Why does git ignore my file?", "average", "clear question"),
    (
        "specific-request",
        "Write a Python function that returns the 10 largest numbers in a list.",
        "good",
        "specific",
    ),
    (
        "detailed-with-context",
        "I'm planning a 5-day trip to Kyoto in April with my two kids (ages 6 and 9). "
        "We love temples and food. Can you suggest an itinerary including at least one day trip to Nara?",
        "excellent",
        "gives context",
    ),
    (
        "material-attached",
        "Proofread this paragraph: Their going to the store tomorow to by some food.",
        "average",
        "clear question",
    ),
]


@pytest.mark.parametrize(("text", "label", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quality_label_and_explanation(rows_of, text: str, label: str, reason: str) -> None:
    tagged = QualityTagger().tag(rows_of([text]))
    assert tagged["input_quality"][0] == label
    assert reason in tagged["quality_explanation"][0]


def test_quality_columns_and_generator_for_null_instruction(rows_of) -> None:
    tagged = QualityTagger().tag(rows_of([None, "Explain recursion with an example in Python."]))
    assert tagged.columns == ["id", "input_quality", "quality_explanation", "input_quality_generator"]
    assert tagged["input_quality"].to_list()[0] == "very poor"
    assert tagged["input_quality_generator"].to_list() == ["heuristic-v1", "heuristic-v1"]


def test_quality_does_not_penalise_non_latin_scripts_for_form(rows_of) -> None:
    tagged = QualityTagger().tag(rows_of(["请用Python写一个快速排序算法，并解释它的时间复杂度。"]))
    assert tagged["input_quality"][0] in {"average", "good"}
    assert "no clear question" not in tagged["quality_explanation"][0]


def test_quality_ranks_more_specific_requests_higher(rows_of) -> None:
    order = ["very poor", "poor", "average", "good", "excellent"]
    texts = [
        "ok",
        "Summarize this article.",
        "How do tides work?",
        "Explain how tides work and why there are two high tides a day, for a 10-year-old.",
    ]
    labels = QualityTagger().tag(rows_of(texts))["input_quality"].to_list()
    assert [order.index(label) for label in labels] == sorted(order.index(label) for label in labels)
    assert pl.Series(labels).n_unique() == 4
