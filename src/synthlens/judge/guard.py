"""Safety with Llama Guard (3 by default, 2 selectable) through the chat endpoint.

The conversation goes as plain chat messages; the model's chat template wraps it in the guard prompt. The
answer is `safe`, or `unsafe` and a line of comma-separated category codes (S1, S10, ...).
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.judge.client import Completion, LLMClient
from synthlens.judge.labels import LLAMA_GUARD_2, LLAMA_GUARD_3
from synthlens.judge.llm_task import LLMTagger, neutralised_turns
from synthlens.judge.settings import client_settings

HAZARDS = {2: LLAMA_GUARD_2, 3: LLAMA_GUARD_3}
TARGETS = ("prompt", "response")
DEFAULT_GUARD_MODEL = "meta-llama/Llama-Guard-3-8B"
_CODE = re.compile(r"^S\d{1,2}$")


def guard_version(model: str, version: int | str | None = None) -> int:
    """2 or 3: as given, else from the model name (Llama-Guard-2 / Meta-Llama-Guard-2), else 3."""
    if version in (None, "auto"):
        return 2 if re.search(r"guard[-_ ]?2", model, re.IGNORECASE) else 3
    if str(version) not in ("2", "3"):
        raise SynthlensError(
            f"--guard-version {version!r} is not supported; allowed: 2, 3 or auto; fix: --guard-version 3"
        )
    return int(version)


def parse_guard_answer(text: str, hazards: dict[str, str]) -> dict[str, Any] | None:
    """is_safe, hazard codes and names from a Llama Guard answer; None if it is neither safe nor unsafe."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or lines[0].lower() not in ("safe", "unsafe"):
        return None
    if lines[0].lower() == "safe":
        return {"is_safe": True, "hazard_categories": [], "hazard_names": []}
    codes = [code.strip().upper() for line in lines[1:] for code in line.split(",") if code.strip()]
    if any(not _CODE.match(code) or code not in hazards for code in codes):
        return None  # a category this Llama Guard version does not have: the answer is not trustworthy
    codes = list(dict.fromkeys(codes))
    return {"is_safe": False, "hazard_categories": codes, "hazard_names": [hazards[code] for code in codes]}


@dataclass
class GuardTask:
    """Judge a row's prompt alone, or its conversation with the response, with Llama Guard."""

    version: int = 3
    target: str = "prompt"
    name: str = "safety"
    prefix: str = "safety"
    columns: dict[str, pl.DataType] = field(
        default_factory=lambda: {
            "is_safe": pl.Boolean(),
            "hazard_categories": pl.List(pl.String()),
            "hazard_names": pl.List(pl.String()),
        }
    )
    request_params: dict[str, Any] = field(default_factory=lambda: {"temperature": 0.0, "max_tokens": 24})

    def __post_init__(self) -> None:
        if self.target not in TARGETS:
            raise SynthlensError(
                f"--guard-target {self.target!r} is not known; allowed: prompt, response; fix: --guard-target prompt"
            )

    def params(self) -> dict[str, Any]:
        return {"guard_version": self.version, "target": self.target}

    def format_input(self, row: dict[str, Any]) -> list[dict[str, str]]:
        """The first user turn (target prompt) or every turn (target response; a row with no response is
        judged on what it has)."""
        turns = [{"role": t["role"], "content": t["content"]} for t in row.get("conversation") or []]
        if not turns:
            turns = [{"role": "user", "content": row.get("instruction") or ""}]
            if row.get("response") is not None:
                turns.append({"role": "assistant", "content": row["response"]})
        return neutralised_turns(turns[:1] if self.target == "prompt" else turns)

    def parse_output(self, answer: Completion) -> dict[str, Any] | None:
        return parse_guard_answer(answer.text, HAZARDS[self.version])


def guard_tagger(
    endpoint: str,
    model: str = DEFAULT_GUARD_MODEL,
    *,
    version: int | str | None = None,
    target: str = "prompt",
    cache_path: Path | None = None,
    **client_options: Any,
) -> LLMTagger:
    """The `safety` stage: is_safe, hazard_categories, hazard_names, safety_generator."""
    task = GuardTask(version=guard_version(model, version), target=target)
    return LLMTagger(task, LLMClient(client_settings(endpoint, model, **client_options), cache_path))
