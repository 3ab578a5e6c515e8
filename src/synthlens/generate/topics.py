"""Topic trees: N subtopics of a topic, M instructions per subtopic, then a concise response to each.

Lists come back in every form and usually short (models often give fewer items than asked), so they are
parsed tolerantly, instructions are de-duplicated across subtopics, and the summary reports asked against
obtained per subtopic. An optional reward pass scores each pair with the Nemotron reward judge and keeps
the pairs above the helpfulness floor and under the verbosity ceiling.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthlens.generate.lists import normalise, parse_list
from synthlens.generate.llm import GenerationLLM
from synthlens.generate.recipe import fill, load_prompts
from synthlens.judge.llm_task import prompt_version

BATCH_ROWS = 64
PROMPTS = ["subtopics", "instructions", "response"]


@dataclass
class RewardFilter:
    """Score pairs with a Nemotron-style reward endpoint; keep helpfulness >= floor and verbosity <= ceiling."""

    endpoint: str
    model: str
    api_key_env: str = "OPENAI_API_KEY"
    min_helpfulness: float = 3.0
    max_verbosity: float = 2.5


@dataclass
class Topics:
    topic: str
    subtopics: int = 5
    per_subtopic: int = 10
    prompt_dir: Path | None = None
    reward: RewardFilter | None = None
    name: str = "topics"
    stages: dict[str, dict[str, Any]] = field(
        default_factory=lambda: {
            "subtopics": {"temperature": 0.7, "max_tokens": 512},
            "instructions": {"temperature": 0.9, "max_tokens": 1024},
            "response": {"temperature": 0.2, "max_tokens": 1024},
        }
    )
    obtained: dict[str, int] = field(default_factory=dict)  # subtopic -> instructions kept
    dropped: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.prompts = load_prompts("topics", PROMPTS, self.prompt_dir)

    def settings(self) -> dict[str, Any]:
        texts = [self.prompts[name].template for name in PROMPTS]
        reward = (
            None
            if self.reward is None
            else {
                "model": self.reward.model,
                "min_helpfulness": self.reward.min_helpfulness,
                "max_verbosity": self.reward.max_verbosity,
            }
        )
        return {
            "topic": self.topic,
            "subtopics": self.subtopics,
            "per_subtopic": self.per_subtopic,
            "prompts": prompt_version(*texts),
            "reward": reward,
        }

    def rows(self, llm: GenerationLLM, wanted: int) -> Iterator[list[dict[str, Any]]]:
        pairs = self._instructions(llm, self._subtopics(llm))[:wanted]
        for start in range(0, len(pairs), BATCH_ROWS):
            yield self._answered(llm, pairs[start : start + BATCH_ROWS], start)

    def report(self) -> list[tuple[str, str]]:
        lines = [(f"subtopic: {name}", f"{count} of {self.per_subtopic}") for name, count in self.obtained.items()]
        asked = self.subtopics * self.per_subtopic
        lines.append(("instructions obtained", f"{sum(self.obtained.values()):,} of {asked:,} asked"))
        return lines + [(f"dropped: {reason}", f"{count:,}") for reason, count in self.dropped.items()]

    def _subtopics(self, llm: GenerationLLM) -> list[str]:
        prompt = fill(self.prompts["subtopics"], topic=self.topic, count=self.subtopics)
        [answer] = llm.chat("subtopics", [[{"role": "user", "content": prompt}]], ["topic"])
        found = parse_list(answer or "")[: self.subtopics]
        self.obtained = dict.fromkeys(found, 0)
        return found

    def _instructions(self, llm: GenerationLLM, subtopics: list[str]) -> list[tuple[str, str]]:
        prompts = [
            fill(self.prompts["instructions"], topic=self.topic, subtopic=s, count=self.per_subtopic) for s in subtopics
        ]
        answers = llm.chat("instructions", [[{"role": "user", "content": p}] for p in prompts], subtopics)
        pairs, seen = [], set()
        for subtopic, answer in zip(subtopics, answers, strict=True):
            for instruction in parse_list(answer or "")[: self.per_subtopic]:
                if normalise(instruction) in seen:
                    self._drop("duplicate_instruction")
                    continue
                seen.add(normalise(instruction))
                pairs.append((subtopic, instruction))
                self.obtained[subtopic] += 1
        return pairs

    def _answered(self, llm: GenerationLLM, pairs: list[tuple[str, str]], start: int) -> list[dict[str, Any]]:
        prompts = [fill(self.prompts["response"], topic=self.topic, instruction=text) for _, text in pairs]
        indices = range(start, start + len(pairs))
        answers = llm.chat("response", [[{"role": "user", "content": p}] for p in prompts], list(indices))
        rows = []
        for index, (subtopic, instruction), answer in zip(indices, pairs, answers, strict=True):
            if not answer or not answer.strip():
                self._drop("request_failed" if answer is None else "empty_response")
                continue
            messages = [{"role": "user", "content": instruction}, {"role": "assistant", "content": answer.strip()}]
            rows.append({"messages": messages, "gen_index": index, "gen_topic": self.topic, "gen_subtopic": subtopic})
        return self._rewarded(llm, rows) if self.reward else rows

    def _rewarded(self, llm: GenerationLLM, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        from synthlens.generate.reward import score_pairs

        assert self.reward is not None
        scores = score_pairs(self.reward, [row["messages"] for row in rows], llm.client.cache_path, llm.usage)
        kept = []
        for row, score in zip(rows, scores, strict=True):
            if score is None:
                self._drop("reward_failed")
            elif score["helpfulness"] < self.reward.min_helpfulness or score["verbosity"] > self.reward.max_verbosity:
                self._drop("reward_filter")
            else:
                kept.append(row | score)
        return kept

    def _drop(self, reason: str) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
