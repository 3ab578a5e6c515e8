"""Nemotron-4-340B-Reward style scores: five attributes from the logprobs, the model card's weighted score."""

import pytest
from judge_rows import canonical_rows
from llm_server import LLMServer, chat_reply

from synthlens.judge.client import Completion
from synthlens.judge.nemotron import ATTRIBUTES, nemotron_tagger, read_attribute_scores, weighted_score

SCORES = {"helpfulness": 3.0, "correctness": 3.2, "coherence": 3.9, "complexity": 1.5, "verbosity": 1.8}
PAIRS = list(SCORES.items())


def test_weighted_score_is_the_model_card_formula() -> None:
    expected = 0.3 * 3.0 + 0.74 * 3.2 + 0.46 * 3.9 + 0.47 * 1.5 - 0.33 * 1.8
    assert weighted_score(SCORES) == pytest.approx(expected)


ANSWERS = {
    "logprobs": (Completion("", logprobs=PAIRS), SCORES),
    "text-fallback": (Completion("helpfulness:3.0,correctness:3.2,coherence:3.9,complexity:1.5,verbosity:1.8"), SCORES),
    "missing-attribute": (Completion("", logprobs=PAIRS[:4]), None),
    "not-scores": (Completion("I cannot score this."), None),
}


@pytest.mark.parametrize(("answer", "expected"), list(ANSWERS.values()), ids=list(ANSWERS))
def test_read_attribute_scores(answer: Completion, expected: dict | None) -> None:
    assert read_attribute_scores(answer) == expected


def test_nemotron_over_http_scores_each_conversation() -> None:
    def handler(request):
        helpful = 4.0 if "Paris" in request.messages[-1]["content"] else 0.5
        pairs = [("helpfulness", helpful)] + PAIRS[1:]
        return chat_reply(",".join(f"{k}:{v}" for k, v in pairs), logprobs=pairs)

    rows = canonical_rows([("Capital of France?", "Paris."), ("Capital of France?", "No idea."), ("Hi", None)])
    with LLMServer(handler) as server:
        tagger = nemotron_tagger(server.url, backoff_base=0.01)
        table = tagger.tag(rows)
    assert table["helpfulness"].to_list() == [4.0, 0.5, None] and server.count() == 2
    assert table["reward_score"][0] - table["reward_score"][1] == pytest.approx(0.3 * 3.5)
    assert table["nemotron_error"].to_list() == [None, None, "not_applicable"]
    assert all(request.messages[-1]["role"] == "assistant" for request in server.requests)
    assert set(ATTRIBUTES) <= set(table.columns) and table["nemotron_generator"][0] == "nvidia/nemotron-4-340b-reward"
