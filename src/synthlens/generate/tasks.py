"""Bonito-style tasks: turn passages into input/output training pairs of a chosen task type.

With the Bonito model (a completion model) the request is its own format, sent raw: the task type, the
passage and the markers `<|tasktype|>`, `<|context|>`, `<|task|>`; it answers `input<|pipe|>output`, with
`{{context}}` standing for the passage. With any other instruct model a prompt per task type asks for the
pair as JSON; either answer form is read.
"""

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthlens.errors import SynthlensError
from synthlens.generate.documents import Chunk
from synthlens.generate.llm import GenerationLLM
from synthlens.generate.recipe import fill, load_prompts
from synthlens.judge.llm_task import neutralise_control_tokens, prompt_version
from synthlens.judge.parsing import json_schema_format, parse_json_object

# our name -> the task type as Bonito was trained on it
TASK_TYPES = {
    "yesno_qa": "yes-no question answering",
    "extractive_qa": "extractive question answering",
    "mcq": "multiple-choice question answering",
    "nli": "natural language inference",
    "topic_classification": "topic classification",
    "summarization": "summarization",
    "paraphrase": "paraphrase generation",
    "sentiment": "sentiment",
}
PIPE = "<|pipe|>"
BATCH_ROWS = 64


def check_task_type(task_type: str) -> str:
    if task_type not in TASK_TYPES:
        raise SynthlensError(
            f"--task-type {task_type!r} is not known; allowed: {', '.join(TASK_TYPES)}; "
            "fix: e.g. --task-type extractive_qa"
        )
    return task_type


def bonito_prompt(task_type: str, passage: str) -> str:
    return f"<|tasktype|>\n{TASK_TYPES[task_type]}\n<|context|>\n{passage}\n<|task|>\n"


def read_pair(text: str, passage: str) -> tuple[str, str] | None:
    """(input, output) from a JSON answer or a Bonito `input<|pipe|>output` answer; None when neither."""
    fields = parse_json_object(text, ("input", "output"))
    if fields is not None:
        task_input, task_output = fields.get("input"), fields.get("output")
    elif PIPE in text:
        task_input, _, task_output = text.partition(PIPE)
    else:
        return None
    if not isinstance(task_input, str) or not isinstance(task_output, str | int | float | bool):
        return None
    task_input, task_output = task_input.replace("{{context}}", passage).strip(), str(task_output).strip()
    return (task_input, task_output) if task_input and task_output else None


@dataclass
class Tasks:
    passages: list[Chunk]
    task_type: str
    bonito: bool = False
    prompt_dir: Path | None = None
    name: str = "tasks"
    stages: dict[str, dict[str, Any]] = field(init=False)
    dropped: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        check_task_type(self.task_type)
        if not self.passages:
            raise SynthlensError(
                "--passages holds no passage; allowed: txt, md or jsonl with a text field; fix: add text"
            )
        if self.bonito:  # Bonito's published sampling
            self.stages = {"task": {"temperature": 0.5, "top_p": 0.95, "max_tokens": 256}}
            self.prompt = None
        else:
            schema = json_schema_format("task_pair", {"input": {"type": "string"}, "output": {"type": "string"}})
            self.stages = {"task": {"temperature": 0.7, "max_tokens": 512, "response_format": schema}}
            self.prompt = load_prompts("tasks", [self.task_type], self.prompt_dir)[self.task_type]

    def settings(self) -> dict[str, Any]:
        version = prompt_version(self.prompt.template) if self.prompt else "bonito"
        return {"task_type": self.task_type, "bonito": self.bonito, "passages": len(self.passages), "prompt": version}

    def rows(self, llm: GenerationLLM, wanted: int) -> Iterator[list[dict[str, Any]]]:
        for start in range(0, wanted, BATCH_ROWS):
            indices = list(range(start, min(start + BATCH_ROWS, wanted)))
            chosen = [self.passages[index % len(self.passages)] for index in indices]
            texts = [neutralise_control_tokens(chunk.text) for chunk in chosen]
            if self.bonito:
                answers = llm.complete("task", [bonito_prompt(self.task_type, text) for text in texts], indices)
            else:
                prompts = [[{"role": "user", "content": fill(self.prompt, passage=text)}] for text in texts]
                answers = llm.chat("task", prompts, indices)
            yield [row for row in map(self._row, indices, chosen, answers) if row is not None]

    def report(self) -> list[tuple[str, str]]:
        return [(f"dropped: {reason}", f"{count:,}") for reason, count in self.dropped.most_common()]

    def _row(self, index: int, chunk: Chunk, answer: str | None) -> dict[str, Any] | None:
        pair = None if answer is None else read_pair(answer, chunk.text)
        if pair is None:
            self.dropped["request_failed" if answer is None else "unreadable_pair"] += 1
            return None
        messages = [{"role": "user", "content": pair[0]}, {"role": "assistant", "content": pair[1]}]
        return {
            "messages": messages,
            "gen_index": index,
            "gen_task_type": self.task_type,
            "passage_id": chunk.chunk_id,
            "passage": chunk.text,
            "source_doc": chunk.source_doc,
        }
