"""The model as the recipes see it: chat and raw completions through the judge client, one seed per request.

Every request carries a seed derived from the run's `--seed`, the recipe stage and the row, in the request
and therefore in the cache key: a thousand identical Magpie pre-query prompts are a thousand different
requests (each a different row), while the same run started again finds every answer in the cache.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from synthlens.judge.chat import ChatRequest, Completion, RunStats, TextRequest
from synthlens.judge.client import LLMClient
from synthlens.progress import ProgressFn, silent


def derived_seed(*parts: object) -> int:
    """A 31-bit seed from the run seed and the names of a request (stage, row), stable across runs."""
    digest = hashlib.sha256(":".join(str(part) for part in parts).encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


@dataclass
class Usage:
    """What the run cost: requests sent and answered from the cache, failures, tokens."""

    sent: int = 0
    cached: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, stats: RunStats) -> None:
        self.sent += stats.sent
        self.cached += stats.cached
        self.failed += stats.failed + stats.rejected
        self.prompt_tokens += stats.prompt_tokens
        self.completion_tokens += stats.completion_tokens


@dataclass
class GenerationLLM:
    """Sends a recipe stage's requests; `sampling` holds each stage's parameters (defaults + overrides)."""

    client: LLMClient
    seed: int
    sampling: dict[str, dict[str, Any]]
    progress: ProgressFn = silent
    usage: Usage = field(default_factory=Usage)

    def chat(
        self, stage: str, conversations: Sequence[list[dict[str, str]]], rows: Sequence[object]
    ) -> list[str | None]:
        """One chat answer per conversation (None when the request failed); `rows` name each request's row."""
        requests = [
            ChatRequest(turns, self._params(stage, row)) for turns, row in zip(conversations, rows, strict=True)
        ]
        return self._send(stage, requests)

    def complete(self, stage: str, prompts: Sequence[str], rows: Sequence[object]) -> list[str | None]:
        """One raw completion per prompt, no chat template applied (Magpie's pre-query, Bonito's format)."""
        requests = [TextRequest(prompt, self._params(stage, row)) for prompt, row in zip(prompts, rows, strict=True)]
        return self._send(stage, requests)

    def stage_params(self, stage: str) -> dict[str, Any]:
        return dict(self.sampling[stage])

    def _params(self, stage: str, row: object) -> dict[str, Any]:
        return {**self.sampling[stage], "seed": derived_seed(self.seed, stage, row)}

    def _send(self, stage: str, requests: list[ChatRequest] | list[TextRequest]) -> list[str | None]:
        if not requests:
            return []
        stats = RunStats(total=len(requests))
        answers = self.client.complete_all(requests, self.progress, stage, stats)
        self.usage.add(stats)
        return [answer.text if isinstance(answer, Completion) else None for answer in answers]
