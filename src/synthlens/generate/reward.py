"""Scoring generated pairs with the Nemotron reward judge (the seed pipeline's filter), through the same client."""

from pathlib import Path
from typing import Any

from synthlens.generate.llm import Usage
from synthlens.judge.chat import ChatRequest, Completion, RunStats
from synthlens.judge.client import LLMClient
from synthlens.judge.nemotron import ATTRIBUTES, NemotronTask
from synthlens.judge.settings import client_settings


def score_pairs(
    reward: Any, conversations: list[list[dict[str, str]]], cache_path: Path | None, usage: Usage
) -> list[dict[str, float] | None]:
    """The five attribute scores and the weighted reward per conversation (None when it could not be read).

    reward: a topics.RewardFilter (endpoint, model, api_key_env).
    """
    task = NemotronTask()
    settings = client_settings(reward.endpoint, reward.model, api_key_env=reward.api_key_env)
    requests = [
        ChatRequest(task.format_input({"conversation": turns}) or [], task.request_params) for turns in conversations
    ]
    stats = RunStats(total=len(requests))
    answers = LLMClient(settings, cache_path).complete_all(requests, task="reward", stats=stats)
    usage.add(stats)
    scores: list[dict[str, float] | None] = []
    for answer in answers:
        parsed = task.parse_output(answer) if isinstance(answer, Completion) else None
        scores.append(None if parsed is None else {name: parsed[name] for name in (*ATTRIBUTES, "reward_score")})
    return scores
