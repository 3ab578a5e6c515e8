"""The heuristic difficulty tagger: level ordering on plain cases, template intent and knowledge."""

import pytest

from synthlens.judge.labels import DIFFICULTIES
from synthlens.judge.offline import DifficultyTagger
from synthlens.judge.offline.difficulty import intent_of

LEVELS = [
    ("greeting", "hello there", "very easy"),
    ("plain-fact", "What is the capital of France?", "very easy"),
    ("short-code", "Write a Python function that reverses a string.", "easy"),
    (
        "proof",
        "Prove that there are infinitely many prime numbers.",
        "medium",
    ),
    (
        "system-design",
        "Design a distributed, fault-tolerant rate limiter for a multi-region API gateway "
        "serving 1M requests per second. Compare token bucket and sliding window approaches, analyze the "
        "trade-offs in consistency and latency, and implement the core algorithm in Go with tests.",
        "very hard",
    ),
]


@pytest.mark.parametrize(("text", "level"), [c[1:] for c in LEVELS], ids=[c[0] for c in LEVELS])
def test_difficulty_level(rows_of, text: str, level: str) -> None:
    assert DifficultyTagger().tag(rows_of([text]))["difficulty"][0] == level


def test_difficulty_grows_with_technical_depth(rows_of) -> None:
    texts = [c[1] for c in LEVELS]
    levels = DifficultyTagger().tag(rows_of(texts))["difficulty"].to_list()
    ranks = [DIFFICULTIES.index(level) for level in levels]
    assert ranks == sorted(ranks)


INTENTS = [
    (
        "imperative",
        "Write a haiku about autumn leaves.",
        "The user asks the assistant to write a haiku about autumn leaves",
    ),
    (
        "polite-imperative",
        "Can you explain how vaccines work?",
        "The user asks the assistant to explain how vaccines work",
    ),
    ("acronym-kept", "SQL: count orders per month", None),
    ("wants", "I want to learn Spanish in a year.", "The user wants to learn Spanish in a year"),
    ("help-me", "Help me plan a trip to Rome.", "The user wants help to plan a trip to Rome"),
    ("question", "Why is the sky blue?", "The user asks: Why is the sky blue?"),
    ("no-form", "The weather in Paris", None),
    ("empty", "", None),
]


@pytest.mark.parametrize(("text", "intent"), [c[1:] for c in INTENTS], ids=[c[0] for c in INTENTS])
def test_intent_template(text: str, intent: str | None) -> None:
    assert intent_of(text) == intent


def test_knowledge_names_subject_areas_or_is_null(rows_of) -> None:
    texts = ["Fix the segfault in my C++ code that inverts a matrix.", "hello"]
    tagged = DifficultyTagger().tag(rows_of(texts))
    assert tagged.columns == ["id", "difficulty", "intent", "knowledge", "difficulty_generator"]
    assert tagged["knowledge"][0].startswith("The models need to know about programming")
    assert "mathematics" in tagged["knowledge"][0]
    assert tagged["knowledge"][1] is None
    assert set(tagged["difficulty_generator"]) == {"heuristic-v1"}
