"""Nemotron-4-340B-Reward style scores over an OpenAI-compatible API (NVIDIA NIM and compatible servers).

The model reads a user/assistant conversation and returns five HelpSteer2 attribute scores as
`choices[0].logprobs.content`, one {token: attribute, logprob: score} pair each (the message text repeats
them as "helpfulness:1.6,correctness:..."). The single score is the model card's weighted sum.
"""

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from synthlens.judge.client import Completion, LLMClient
from synthlens.judge.llm_task import LLMTagger, neutralised_turns
from synthlens.judge.settings import client_settings

ATTRIBUTES = ("helpfulness", "correctness", "coherence", "complexity", "verbosity")
# The model card's weights for one scalar reward (it penalises verbosity).
SCORE_WEIGHTS = {
    "helpfulness": 0.3,
    "correctness": 0.74,
    "coherence": 0.46,
    "complexity": 0.47,
    "verbosity": -0.33,
}
DEFAULT_NEMOTRON_MODEL = "nvidia/nemotron-4-340b-reward"
_PAIR = re.compile(r"([a-z_]+)\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)")


def weighted_score(scores: dict[str, float]) -> float:
    """The model card's single reward from the five attribute scores."""
    return sum(SCORE_WEIGHTS[name] * scores[name] for name in ATTRIBUTES)


def read_attribute_scores(answer: Completion) -> dict[str, float] | None:
    """The five scores from the token logprobs, else from the "name:value" text; None if any is missing."""
    pairs = list(answer.logprobs or [])
    if not pairs:
        pairs = [(name, float(value)) for name, value in _PAIR.findall(answer.text.lower())]
    scores = {token.strip().lower(): value for token, value in pairs}
    if not all(isinstance(scores.get(name), int | float) and math.isfinite(scores[name]) for name in ATTRIBUTES):
        return None
    return {name: float(scores[name]) for name in ATTRIBUTES}


@dataclass
class NemotronTask:
    """Score each row's conversation (the assistant turns are what gets scored)."""

    name: str = "nemotron"
    prefix: str = "nemotron"
    columns: dict[str, pl.DataType] = field(
        default_factory=lambda: {name: pl.Float64() for name in (*ATTRIBUTES, "reward_score")}
    )
    request_params: dict[str, Any] = field(default_factory=dict)

    def params(self) -> dict[str, Any]:
        return {"weights": SCORE_WEIGHTS}

    def format_input(self, row: dict[str, Any]) -> list[dict[str, str]] | None:
        """Every turn up to the last assistant turn; None for a row without a response (nothing to score)."""
        turns = [{"role": t["role"], "content": t["content"]} for t in row.get("conversation") or []]
        if not turns and row.get("response") is not None:
            turns = [{"role": "user", "content": row.get("instruction") or ""}]
            turns.append({"role": "assistant", "content": row["response"]})
        while turns and turns[-1]["role"] != "assistant":
            turns.pop()
        return neutralised_turns(turns) or None

    def parse_output(self, answer: Completion) -> dict[str, Any] | None:
        scores = read_attribute_scores(answer)
        return None if scores is None else {**scores, "reward_score": weighted_score(scores)}


def nemotron_tagger(
    endpoint: str,
    model: str = DEFAULT_NEMOTRON_MODEL,
    *,
    cache_path: Path | None = None,
    **client_options: Any,
) -> LLMTagger:
    """The `nemotron` stage: helpfulness, correctness, coherence, complexity, verbosity, reward_score."""
    return LLMTagger(NemotronTask(), LLMClient(client_settings(endpoint, model, **client_options), cache_path))
