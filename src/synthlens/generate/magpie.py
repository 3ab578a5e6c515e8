"""Magpie: an aligned model writes the user query itself when given only its chat template's pre-query text.

Per row: the pre-query template goes to the raw `/completions` endpoint (the query), then the query goes
through the chat endpoint (the response); with `turns > 1` the conversation so far, cut before the next user
message, asks for the next query. A system prompt steers the queries toward a domain (Magpie's
domain-specific mode). Sampling follows Magpie: temperature 1.0 and top_p 1.0 for queries, greedy responses.
Empty and degenerate queries are dropped and counted by reason.
"""

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from synthlens.generate.llm import GenerationLLM
from synthlens.generate.templates import ChatFormat

BATCH_ROWS = 64
ATTEMPTS_PER_ROW = 4  # at most this many tries per wanted row, so a model that only babbles still stops
_CONTROL = re.compile(r"<\|[A-Za-z0-9_]{1,32}\|>|\[/?INST\]|<(?:start|end)_of_turn>|^(?:user|assistant|system)\s*\n")
_RESPONSE_OPENER = re.compile(
    r"^(?:sure\b|certainly\b|of course\b|absolutely\b|great question|i'?m sorry|i apologi[sz]e|as an ai\b"
    r"|here (?:is|are)\b|hello!?\s*how can i|i'?d be (?:happy|glad)|thank you for)",
    re.IGNORECASE,
)


def query_problem(text: str) -> str | None:
    """Why a generated query is not a usable user message, or None when it is."""
    words = text.split()
    if not words:
        return "empty_query"
    if _CONTROL.search(text):
        return "template_tokens"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if (len(words) >= 8 and len(set(words)) / len(words) < 0.3) or max(Counter(lines).values()) >= 3:
        return "repetitive"
    if _RESPONSE_OPENER.match(text.strip()):
        return "looks_like_a_response"
    if len(words) < 3:
        return "too_short"
    return None


@dataclass
class Magpie:
    chat_format: ChatFormat
    turns: int = 1
    system: str | None = None
    name: str = "magpie"
    stages: dict[str, dict[str, Any]] = field(init=False)
    dropped: Counter = field(default_factory=Counter)
    attempts: int = 0

    def __post_init__(self) -> None:
        query = {"temperature": 1.0, "top_p": 1.0, "max_tokens": 256}
        if stop := self.chat_format.stop_sequences():
            query["stop"] = stop
        self.stages = {"query": query, "response": {"temperature": 0.0, "top_p": 1.0, "max_tokens": 1024}}

    def settings(self) -> dict[str, Any]:
        return {"template": self.chat_format.name, "turns": self.turns, "system": self.system}

    def rows(self, llm: GenerationLLM, wanted: int) -> Iterator[list[dict[str, Any]]]:
        kept, start, budget = 0, 0, wanted * ATTEMPTS_PER_ROW
        while kept < wanted and start < budget:
            # As many tries as rows still missing: a dropped query is replaced in the next batch.
            indices = range(start, start + min(BATCH_ROWS, wanted - kept, budget - start))
            self.attempts += len(indices)
            batch = self._batch(llm, list(indices))
            kept, start = kept + len(batch), indices.stop
            yield batch

    def report(self) -> list[tuple[str, str]]:
        lines = [("rows attempted", f"{self.attempts:,}")]
        return lines + [(f"dropped: {reason}", f"{count:,}") for reason, count in self.dropped.most_common()]

    def _batch(self, llm: GenerationLLM, indices: list[int]) -> list[dict[str, Any]]:
        opening = [{"role": "system", "content": self.system}] if self.system else []
        conversations = {index: list(opening) for index in indices}
        for turn in range(1, self.turns + 1):
            self._add_queries(llm, conversations, turn)
            self._add_responses(llm, conversations, turn)
        return [
            {"messages": turns, "gen_index": index, "gen_turns": self.turns, "gen_template": self.chat_format.name}
            for index, turns in conversations.items()
        ]

    def _add_queries(self, llm: GenerationLLM, conversations: dict[int, list[dict[str, str]]], turn: int) -> None:
        indices = list(conversations)
        prompts = [self.chat_format.pre_query(conversations[index]) for index in indices]
        answers = llm.complete("query", prompts, [f"{index}.{turn}" for index in indices])
        for index, answer in zip(indices, answers, strict=True):
            problem = "request_failed" if answer is None else query_problem(answer)
            if problem:
                self.dropped[problem] += 1
                del conversations[index]
            else:
                conversations[index].append({"role": "user", "content": answer.strip()})

    def _add_responses(self, llm: GenerationLLM, conversations: dict[int, list[dict[str, str]]], turn: int) -> None:
        indices = list(conversations)
        answers = llm.chat("response", [conversations[index] for index in indices], [f"{i}.{turn}" for i in indices])
        for index, answer in zip(indices, answers, strict=True):
            if answer is None or not answer.strip():
                self.dropped["request_failed" if answer is None else "empty_response"] += 1
                del conversations[index]
            else:
                conversations[index].append({"role": "assistant", "content": answer.strip()})
