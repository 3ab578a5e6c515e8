"""Persona questions from documents (a retrieval-evaluation set): every question keeps the chunk it was asked
about as ground truth.

Per chunk and persona: points of interest are extracted, de-duplicated semantically across personas with the
project's embedder, given a question type, turned into a question, judged answerable from the chunk alone
(the rest are dropped) and rewritten in the persona's writing style.
"""

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from synthlens.errors import SynthlensError
from synthlens.generate.documents import Chunk
from synthlens.generate.lists import parse_list
from synthlens.generate.llm import GenerationLLM, derived_seed
from synthlens.generate.recipe import fill, load_prompts
from synthlens.judge.llm_task import neutralise_control_tokens, prompt_version
from synthlens.judge.parsing import json_schema_format, parse_json_object

PROMPTS = ["points", "question", "answerable", "rewrite"]
QUESTION_TYPES = ("extractive", "abstractive", "comparative", "procedural", "yes/no")
SAME_POINT = 0.9  # cosine similarity at which two points of one chunk are the same point
CHUNKS_PER_BATCH = 8


@dataclass(frozen=True)
class Persona:
    name: str
    description: str
    style: str


def read_personas(path: Path | None) -> list[Persona]:
    """Personas from a YAML list of {name, description, style}; the shipped three without a path."""
    import yaml

    if path is None:
        text, where = (
            resources.files("synthlens.generate").joinpath("prompts/personas/personas.yaml").read_text("utf-8"),
            "shipped",
        )
    elif not path.is_file():
        raise SynthlensError(f"--personas {path}: no such file; allowed: a YAML list of personas; fix: check the path")
    else:
        text, where = path.read_text(encoding="utf-8"), str(path)
    data = yaml.safe_load(text)
    if not isinstance(data, list) or not data:
        raise SynthlensError(
            f"{where}: no personas; allowed: a YAML list of {{name, description, style}}; fix: add one"
        )
    personas = []
    for number, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(key), str) for key in ("name", "description")):
            raise SynthlensError(f"{where}: persona {number} needs text fields name and description; fix: add them")
        personas.append(Persona(entry["name"], entry["description"], str(entry.get("style") or "plain")))
    return personas


@dataclass
class Candidate:
    chunk: Chunk
    persona: Persona
    point: str
    question_type: str
    key: str
    question: str = ""
    answer: str = ""
    original_question: str = ""  # before the rewrite in the persona's style


@dataclass
class Personas:
    chunks: list[Chunk]
    personas: list[Persona]
    embedder: Any  # synthlens.embed.Embedder: for the semantic dedup of points
    points_per_chunk: int = 3
    prompt_dir: Path | None = None
    name: str = "personas"
    stages: dict[str, dict[str, Any]] = field(
        default_factory=lambda: {
            "points": {"temperature": 0.7, "max_tokens": 512},
            "question": {"temperature": 0.7, "max_tokens": 160},
            "answerable": {
                "temperature": 0.0,
                "max_tokens": 300,
                "response_format": json_schema_format(
                    "answerability", {"answerable": {"type": "boolean"}, "answer": {"type": "string"}}
                ),
            },
            "rewrite": {"temperature": 0.7, "max_tokens": 160},
        }
    )
    dropped: Counter = field(default_factory=Counter)
    candidates: int = 0
    unrewritten: int = 0

    def __post_init__(self) -> None:
        self.prompts = load_prompts("personas", PROMPTS, self.prompt_dir)

    def settings(self) -> dict[str, Any]:
        texts = [self.prompts[name].template for name in PROMPTS]
        return {
            "personas": [persona.name for persona in self.personas],
            "points_per_chunk": self.points_per_chunk,
            "chunks": len(self.chunks),
            "prompts": prompt_version(*texts),
        }

    def rows(self, llm: GenerationLLM, wanted: int) -> Iterator[list[dict[str, Any]]]:
        kept = 0
        for start in range(0, len(self.chunks), CHUNKS_PER_BATCH):
            if kept >= wanted:
                return
            batch = self._batch(llm, self.chunks[start : start + CHUNKS_PER_BATCH], kept)[: wanted - kept]
            kept += len(batch)
            yield batch

    def report(self) -> list[tuple[str, str]]:
        lines = [("chunks", f"{len(self.chunks):,}"), ("questions considered", f"{self.candidates:,}")]
        if self.unrewritten:
            lines.append(("kept without the persona rewrite (request failed)", f"{self.unrewritten:,}"))
        return lines + [(f"dropped: {reason}", f"{count:,}") for reason, count in self.dropped.most_common()]

    def _batch(self, llm: GenerationLLM, chunks: list[Chunk], first_index: int) -> list[dict[str, Any]]:
        candidates = self._points(llm, chunks)
        self.candidates += len(candidates)
        candidates = self._questions(llm, candidates)
        candidates = self._answerable(llm, candidates)
        candidates = self._rewritten(llm, candidates)
        return [self._row(candidate, first_index + offset) for offset, candidate in enumerate(candidates)]

    def _points(self, llm: GenerationLLM, chunks: list[Chunk]) -> list[Candidate]:
        pairs = [(chunk, persona) for chunk in chunks for persona in self.personas]
        prompts = [
            self._prompt("points", chunk, persona=persona, count=self.points_per_chunk) for chunk, persona in pairs
        ]
        answers = llm.chat("points", _as_user(prompts), [f"{c.chunk_id}.{p.name}" for c, p in pairs])
        candidates = []
        for (chunk, persona), answer in zip(pairs, answers, strict=True):
            for number, point in enumerate(parse_list(answer or "")[: self.points_per_chunk]):
                key = f"{chunk.chunk_id}.{persona.name}.{number}"
                kind = random.Random(derived_seed(llm.seed, "type", key)).choice(QUESTION_TYPES)
                candidates.append(Candidate(chunk, persona, point, kind, key))
        return self._distinct_points(candidates)

    def _distinct_points(self, candidates: list[Candidate]) -> list[Candidate]:
        """Drop a point when an earlier point of the same chunk says the same (cos >= SAME_POINT)."""
        if not candidates:
            return []
        vectors = self.embedder.encode([candidate.point for candidate in candidates])
        kept: list[int] = []
        for index, candidate in enumerate(candidates):
            same_chunk = [k for k in kept if candidates[k].chunk.chunk_id == candidate.chunk.chunk_id]
            if same_chunk and float((vectors[same_chunk] @ vectors[index]).max()) >= SAME_POINT:
                self.dropped["duplicate_point"] += 1
            else:
                kept.append(index)
        return [candidates[index] for index in kept]

    def _questions(self, llm: GenerationLLM, candidates: list[Candidate]) -> list[Candidate]:
        prompts = [self._prompt("question", c.chunk, point=c.point, question_type=c.question_type) for c in candidates]
        answers = llm.chat("question", _as_user(prompts), [c.key for c in candidates])
        return self._keep(candidates, answers, "question", "no_question")

    def _answerable(self, llm: GenerationLLM, candidates: list[Candidate]) -> list[Candidate]:
        prompts = [self._prompt("answerable", c.chunk, question=c.question) for c in candidates]
        answers = llm.chat("answerable", _as_user(prompts), [c.key for c in candidates])
        kept = []
        for candidate, answer in zip(candidates, answers, strict=True):
            verdict = parse_json_object(answer or "", ("answerable",))
            if verdict is None:
                self.dropped["unreadable_judgement"] += 1
            elif not _is_yes(verdict.get("answerable")) or not str(verdict.get("answer") or "").strip():
                self.dropped["not_answerable"] += 1
            else:
                candidate.answer = str(verdict["answer"]).strip()
                kept.append(candidate)
        return kept

    def _rewritten(self, llm: GenerationLLM, candidates: list[Candidate]) -> list[Candidate]:
        prompts = [
            fill(
                self.prompts["rewrite"],
                persona_name=c.persona.name,
                persona_description=c.persona.description,
                persona_style=c.persona.style,
                question=c.question,
            )
            for c in candidates
        ]
        answers = llm.chat("rewrite", _as_user(prompts), [c.key for c in candidates])
        for candidate, answer in zip(candidates, answers, strict=True):
            candidate.original_question = candidate.question
            if answer and answer.strip():
                candidate.question = answer.strip()
            else:
                self.unrewritten += 1  # the question stays as first written
        return candidates

    def _keep(
        self, candidates: list[Candidate], answers: list[str | None], attribute: str, reason: str
    ) -> list[Candidate]:
        kept = []
        for candidate, answer in zip(candidates, answers, strict=True):
            if answer and answer.strip():
                setattr(candidate, attribute, answer.strip())
                kept.append(candidate)
            else:
                self.dropped[reason] += 1
        return kept

    def _prompt(self, name: str, chunk: Chunk, **values: Any) -> str:
        persona = values.pop("persona", None)
        if persona is not None:
            values |= {"persona_name": persona.name, "persona_description": persona.description}
        return fill(
            self.prompts[name], chunk=neutralise_control_tokens(chunk.text), source_doc=chunk.source_doc, **values
        )

    def _row(self, candidate: Candidate, index: int) -> dict[str, Any]:
        messages = [{"role": "user", "content": candidate.question}, {"role": "assistant", "content": candidate.answer}]
        return {
            "messages": messages,
            "gen_index": index,
            "source_doc": candidate.chunk.source_doc,
            "chunk_id": candidate.chunk.chunk_id,
            "chunk_text": candidate.chunk.text,
            "gen_persona": candidate.persona.name,
            "gen_question_type": candidate.question_type,
            "gen_point": candidate.point,
            "gen_question": candidate.original_question,
        }


def _as_user(prompts: list[str]) -> list[list[dict[str, str]]]:
    return [[{"role": "user", "content": prompt}] for prompt in prompts]


def _is_yes(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in ("true", "yes"))
