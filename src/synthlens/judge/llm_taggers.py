"""Magpie-compatible LLM taggers: task category, input quality and difficulty of each instruction, with the
same column names and label sets as the published Magpie datasets."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.judge.client import Completion, LLMClient
from synthlens.judge.labels import DIFFICULTIES, INPUT_QUALITIES, TASK_CATEGORIES
from synthlens.judge.llm_task import LLMTagger, delimit_row, fill_template, load_prompt, prompt_version
from synthlens.judge.parsing import (
    json_schema_format,
    match_label,
    match_labels,
    parse_json_object,
    text_field,
)
from synthlens.judge.settings import ClientSettings, client_settings

DEFAULT_TASKS = ("category", "quality", "difficulty")
MAX_ROW_CHARS = 8000  # long enough for any real instruction; keeps a pathological row inside the context
_STRING = {"type": "string"}


@dataclass
class MagpieTask:
    """One of the three instruction-judging tasks; the template decides what is asked."""

    name: str
    prefix: str
    template: str
    columns: dict[str, pl.DataType]
    response_schema: dict[str, Any]
    max_row_chars: int = MAX_ROW_CHARS

    def __post_init__(self) -> None:
        self.system = load_prompt("system.txt")
        self.prompt = load_prompt(self.template)
        self.request_params = {
            "temperature": 0.0,
            "max_tokens": 512,
            "response_format": json_schema_format(self.prefix, self.response_schema),
        }

    def params(self) -> dict[str, Any]:
        return {"prompt": prompt_version(self.system, self.prompt), "max_row_chars": self.max_row_chars}

    def format_input(self, row: dict[str, Any]) -> list[dict[str, str]]:
        user = fill_template(self.prompt, row=delimit_row(row["instruction"] or "", self.max_row_chars))
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def parse_output(self, answer: Completion) -> dict[str, Any] | None:
        fields = parse_json_object(answer.text, ANSWER_KEYS[self.name])
        return None if fields is None else READERS[self.name](fields)


def _read_category(fields: dict[str, Any]) -> dict[str, Any] | None:
    primary = match_label(fields.get("task_category") or fields.get("primary_tag"), TASK_CATEGORIES)
    if primary is None:
        return None
    others = fields.get("other_task_category", fields.get("other_tags"))
    return {"task_category": primary, "other_task_category": match_labels(others, TASK_CATEGORIES, primary)}


def _read_quality(fields: dict[str, Any]) -> dict[str, Any] | None:
    quality = match_label(fields.get("input_quality"), INPUT_QUALITIES)
    if quality is None:
        return None
    explanation = text_field(fields.get("quality_explanation") or fields.get("explanation"))
    return {"input_quality": quality, "quality_explanation": explanation}


def _read_difficulty(fields: dict[str, Any]) -> dict[str, Any] | None:
    difficulty = match_label(fields.get("difficulty"), DIFFICULTIES)
    if difficulty is None:
        return None
    return {
        "difficulty": difficulty,
        "intent": text_field(fields.get("intent")),
        "knowledge": text_field(fields.get("knowledge")),
    }


READERS = {"category": _read_category, "quality": _read_quality, "difficulty": _read_difficulty}
# The fields that make an object in the answer the judge's rating rather than text it quotes.
ANSWER_KEYS = {
    "category": ("task_category", "primary_tag"),
    "quality": ("input_quality",),
    "difficulty": ("difficulty",),
}


def category_task() -> MagpieTask:
    return MagpieTask(
        "category",
        "task_category",
        "category.txt",
        {"task_category": pl.String(), "other_task_category": pl.List(pl.String())},
        {
            "task_category": {"type": "string", "enum": list(TASK_CATEGORIES)},
            "other_task_category": {
                "type": "array",
                "items": {"type": "string", "enum": list(TASK_CATEGORIES)},
            },
        },
    )


def quality_task() -> MagpieTask:
    return MagpieTask(
        "quality",
        "input_quality",
        "quality.txt",
        {"input_quality": pl.String(), "quality_explanation": pl.String()},
        {"quality_explanation": _STRING, "input_quality": {"type": "string", "enum": list(INPUT_QUALITIES)}},
    )


def difficulty_task() -> MagpieTask:
    return MagpieTask(
        "difficulty",
        "difficulty",
        "difficulty.txt",
        {"difficulty": pl.String(), "intent": pl.String(), "knowledge": pl.String()},
        {
            "intent": _STRING,
            "knowledge": _STRING,
            "difficulty": {"type": "string", "enum": list(DIFFICULTIES)},
        },
    )


TASKS = {"category": category_task, "quality": quality_task, "difficulty": difficulty_task}


def parse_tasks(tasks: str | Sequence[str]) -> list[str]:
    """Task names from a list or a comma-separated string, checked against the known tasks."""
    names = [name.strip() for name in (tasks.split(",") if isinstance(tasks, str) else tasks) if name.strip()]
    unknown = [name for name in names if name not in TASKS]
    if unknown or not names:
        raise SynthlensError(
            f"--tasks: unknown task {', '.join(unknown) or '(none given)'}; allowed: {', '.join(TASKS)}; "
            "fix: e.g. --tasks category,quality,difficulty"
        )
    return list(dict.fromkeys(names))


def llm_taggers(
    endpoint: str | ClientSettings,
    model: str | None = None,
    tasks: str | Sequence[str] = DEFAULT_TASKS,
    *,
    cache_path: Path | None = None,
    **client_options: Any,
) -> list[LLMTagger]:
    """One tagger per task (stages category, quality, difficulty) against an OpenAI-compatible endpoint.

    `cache_path` is the run's `workspace.cache_path`; `client_options` are `ClientSettings` fields
    (api_key_env, max_concurrency, timeout, max_retries, ...).
    """
    settings = endpoint if isinstance(endpoint, ClientSettings) else client_settings(endpoint, model, **client_options)
    return [LLMTagger(TASKS[name](), LLMClient(settings, cache_path)) for name in parse_tasks(tasks)]
