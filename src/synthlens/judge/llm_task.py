"""An LLM task (`format_input(row) -> messages`, `parse_output(answer) -> dict | None`) and the tagger that
runs it over every row through the client: a bad answer or a failed request gives nulls, never an exception."""

import hashlib
import json
import re
from importlib import resources
from string import Template
from typing import Any, Protocol

import polars as pl

from synthlens.judge.chat import ChatRequest, Completion, RequestFailure, RunStats
from synthlens.judge.client import LLMClient
from synthlens.progress import ProgressFn, silent

ROW_FIELDS = ["id", "instruction", "response", "conversation", "system"]
CHUNK_ROWS = 20_000
# Chat-control tokens of the common templates (<|eot_id|>, <|im_end|>, [INST], <s>, <start_of_turn>, ...).
_CONTROL_TOKEN = re.compile(
    r"<\|[A-Za-z0-9_]{1,32}\|>|\[/?INST\]|<</?SYS>>|</?s>|<(?:start|end)_of_turn>", re.IGNORECASE
)
ZERO_WIDTH_SPACE = "\u200b"


class LLMTask(Protocol):
    """One judging task: how to ask about a row and how to read the answer."""

    name: str  # the stage it writes
    prefix: str  # column prefix of <prefix>_generator, <prefix>_raw (unreadable answer), <prefix>_error
    columns: dict[str, pl.DataType]  # the label columns and their types
    request_params: dict[str, Any]  # temperature, max_tokens, response_format, ...

    def params(self) -> dict[str, Any]:
        """What changes the answers besides the model (prompt version, options): part of the stage key."""
        ...

    def format_input(self, row: dict[str, Any]) -> list[dict[str, str]] | None:
        """The chat messages to send, or None when the task does not apply to the row (nothing is sent)."""
        ...

    def parse_output(self, answer: Completion) -> dict[str, Any] | None:
        """The label columns, or None when the answer cannot be read or names a label outside the set."""
        ...


def load_prompt(name: str) -> str:
    """A prompt template shipped in synthlens/judge/prompts/."""
    return resources.files("synthlens.judge").joinpath("prompts", name).read_text(encoding="utf-8")


def prompt_version(*templates: str) -> str:
    """A short hash of the prompt texts, so editing a prompt re-runs the stage."""
    return hashlib.sha256("\n".join(templates).encode()).hexdigest()[:12]


def neutralise_control_tokens(text: str) -> str:
    """Row text with every chat-control token broken by a zero-width space after its first character.

    A row that contains `<|eot_id|>` or `[INST]` would otherwise end the judge's turn or open a new one once
    the server's template tokenises the prompt; broken, the token is plain text and reads the same.
    """
    return _CONTROL_TOKEN.sub(lambda found: found[0][0] + ZERO_WIDTH_SPACE + found[0][1:], text)


def neutralised_turns(turns: list[dict[str, str]]) -> list[dict[str, str]]:
    """Chat turns with control tokens broken in every content."""
    return [{"role": turn["role"], "content": neutralise_control_tokens(turn["content"] or "")} for turn in turns]


def delimit_row(text: str, max_chars: int) -> str:
    """The row text between marker lines it cannot forge: the markers carry a hash of the text itself."""
    if len(text) > max_chars:
        text = text[:max_chars] + " [...truncated]"
    text = neutralise_control_tokens(text)
    tag = hashlib.sha256(text.encode()).hexdigest()[:12].upper()
    return f"ROW-BEGIN-{tag}\n{text}\nROW-END-{tag}"


def fill_template(template: str, **values: str) -> str:
    """Substitute $names in a template; row text is inserted once and never re-expanded."""
    return Template(template).safe_substitute(values)


class LLMTagger:
    """A `Tagger` that asks an LLM endpoint one question per row (duplicates asked once) and reads answers."""

    def __init__(self, task: LLMTask, client: LLMClient) -> None:
        self.task = task
        self.client = client
        self.name = task.name
        self.generator = client.settings.model
        self.extra_columns = [f"{task.prefix}_generator", f"{task.prefix}_raw", f"{task.prefix}_error"]
        self.columns = [*task.columns, *self.extra_columns]
        self.bad_answers = 0
        self._ran = False

    def params(self) -> dict[str, Any]:
        request = json.dumps(self.task.request_params, sort_keys=True)  # temperature, max_tokens, JSON schema
        return {"task": self.task.name, **self.task.params(), "request": prompt_version(request)}

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        stats = RunStats(total=rows.height)
        self.client.stats, self.bad_answers, self._ran = stats, 0, True
        # In chunks, so a million-row run never holds a million prompts in memory at once.
        starts = range(0, max(rows.height, 1), CHUNK_ROWS)
        return pl.concat([self._tag_chunk(rows.slice(start, CHUNK_ROWS), stats, progress) for start in starts])

    def _tag_chunk(self, rows: pl.DataFrame, stats: RunStats, progress: ProgressFn) -> pl.DataFrame:
        records = rows.select([c for c in ROW_FIELDS if c in rows.columns]).to_dicts()
        messages = [self.task.format_input(row) for row in records]
        asked = [index for index, turns in enumerate(messages) if turns is not None]
        stats.done += len(records) - len(asked)  # rows the task does not apply to are done at once
        requests = [ChatRequest(messages[index], self.task.request_params) for index in asked]
        answered = self.client.complete_all(requests, progress, self.name, stats)
        answers = dict(zip(asked, answered, strict=True))
        table = [self._row(answers[index]) if index in answers else self._skipped() for index in range(rows.height)]
        schema = {"id": pl.String(), **self.task.columns, **dict.fromkeys(self.extra_columns, pl.String())}
        columns = {name: [row.get(name) for row in table] for name in schema if name != "id"}
        return pl.DataFrame({"id": rows["id"], **columns}, schema=schema)

    def _skipped(self) -> dict[str, Any]:
        return {f"{self.task.prefix}_error": "not_applicable"}

    def _row(self, answer: Completion | RequestFailure) -> dict[str, Any]:
        prefix = self.task.prefix
        if isinstance(answer, RequestFailure):
            return {f"{prefix}_error": answer.reason}
        labels = self.task.parse_output(answer)
        if labels is None:
            self.bad_answers += 1
            return {f"{prefix}_raw": answer.text, f"{prefix}_error": "bad_answer"}
        return {**labels, f"{prefix}_generator": self.generator}

    def usage(self) -> dict[str, Any]:
        """Request counts and token usage of the last `tag` call, for the manifest ({} if it did not run)."""
        if not self._ran:
            return {}
        settings = self.client.settings
        endpoint = {
            "endpoint": settings.public_url,
            "model": settings.model,
            "api_key_env": settings.api_key_env,
        }
        return {**endpoint, **self.client.stats.facts(), "bad_answers": self.bad_answers}
