"""Attribute combinations (TinyStories, phi-1): a prompt template whose slots are filled by seeded random
choices from a vocabulary, so the rows cover the product of the attributes rather than what a model likes.

The vocabulary is YAML: `slot: [values]`, or `slot: {pick: 2, values: [...]}` for a slot that takes several
distinct values (joined with "and"). The template names slots as `{slot}`. The values chosen are kept per row
in `gen_attributes`, for stratified analysis or as labels.
"""

import random
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from synthlens.errors import SynthlensError
from synthlens.generate.llm import GenerationLLM, derived_seed
from synthlens.judge.llm_task import prompt_version

BATCH_ROWS = 64
SHIPPED = ("tinystories", "textbook")


@dataclass(frozen=True)
class Slot:
    values: tuple[str, ...]
    pick: int = 1


def shipped_text(name: str, suffix: str) -> str:
    return resources.files("synthlens.generate").joinpath("prompts", "combos", f"{name}{suffix}").read_text("utf-8")


def read_vocabulary(source: str) -> tuple[dict[str, Slot], str]:
    """The slots of a vocabulary file (or a shipped one by name: tinystories, textbook) and where it came from."""
    import yaml

    if source in SHIPPED:
        text, where = shipped_text(source, ".yaml"), source
    else:
        path = Path(source)
        if not path.is_file():
            raise SynthlensError(
                f"--vocab {source}: no such file; allowed: a YAML file or {', '.join(SHIPPED)}; fix: check the path"
            )
        text, where = path.read_text(encoding="utf-8"), str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise SynthlensError(f"{where}: not valid YAML ({str(error).splitlines()[0]}); fix: check the file") from None
    if not isinstance(data, dict) or not data:
        raise SynthlensError(
            f"{where}: the vocabulary is empty; allowed: a mapping slot -> [values]; fix: e.g. `noun: [cat, dog]`"
        )
    return {str(name): _slot(where, str(name), raw) for name, raw in data.items()}, where


def _slot(where: str, name: str, raw: Any) -> Slot:
    pick, values = (raw.get("pick", 1), raw.get("values")) if isinstance(raw, dict) else (1, raw)
    if not isinstance(values, list) or not values:
        raise SynthlensError(
            f"{where}: slot {name!r} has no values; allowed: a non-empty list, or {{pick: N, values: [...]}}; "
            f"fix: give {name} a list of values"
        )
    if not isinstance(pick, int) or not 1 <= pick <= len(values):
        raise SynthlensError(f"{where}: slot {name!r} picks {pick!r}; allowed: 1 to {len(values)}; fix: lower pick")
    return Slot(tuple(str(value) for value in values), pick)


def template_slots(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


@dataclass
class Combos:
    vocabulary: dict[str, Slot]
    template: str
    source: str = "tinystories"
    name: str = "combos"
    stages: dict[str, dict[str, Any]] = field(
        default_factory=lambda: {"response": {"temperature": 0.8, "max_tokens": 1024}}
    )
    dropped: int = 0

    def __post_init__(self) -> None:
        missing = sorted(template_slots(self.template) - set(self.vocabulary))
        if missing:
            raise SynthlensError(
                f"the template uses {{{missing[0]}}}, which {self.source} does not define; allowed: "
                f"{', '.join('{' + name + '}' for name in self.vocabulary)}; fix: add {missing[0]} to the vocabulary"
            )

    def settings(self) -> dict[str, Any]:
        slots = {name: list(slot.values) for name, slot in self.vocabulary.items()}
        return {"vocabulary": self.source, "template": prompt_version(self.template, repr(slots))}

    def choose(self, seed: int, index: int) -> dict[str, str | list[str]]:
        """The attribute values of row `index`: the same for the same seed, whatever else changes."""
        rng = random.Random(derived_seed(seed, "combos", index))
        chosen: dict[str, str | list[str]] = {}
        for name, slot in self.vocabulary.items():
            chosen[name] = rng.choice(slot.values) if slot.pick == 1 else rng.sample(slot.values, slot.pick)
        return chosen

    def prompt(self, attributes: dict[str, str | list[str]]) -> str:
        return self.template.format(**{name: _text(value) for name, value in attributes.items()}).strip()

    def rows(self, llm: GenerationLLM, wanted: int) -> Iterator[list[dict[str, Any]]]:
        for start in range(0, wanted, BATCH_ROWS):
            indices = list(range(start, min(start + BATCH_ROWS, wanted)))
            attributes = [self.choose(llm.seed, index) for index in indices]
            prompts = [self.prompt(chosen) for chosen in attributes]
            answers = llm.chat("response", [[{"role": "user", "content": p}] for p in prompts], indices)
            yield [
                self._row(index, prompt, answer, chosen)
                for index, prompt, answer, chosen in zip(indices, prompts, answers, attributes, strict=True)
                if self._usable(answer)
            ]

    def report(self) -> list[tuple[str, str]]:
        return [("dropped: no response", f"{self.dropped:,}")] if self.dropped else []

    def _usable(self, answer: str | None) -> bool:
        if answer and answer.strip():
            return True
        self.dropped += 1
        return False

    def _row(self, index: int, prompt: str, answer: str | None, chosen: dict[str, Any]) -> dict[str, Any]:
        messages = [{"role": "user", "content": prompt}, {"role": "assistant", "content": (answer or "").strip()}]
        return {"messages": messages, "gen_index": index, "gen_attributes": chosen}


def _text(value: str | list[str]) -> str:
    if isinstance(value, str):
        return value
    return value[0] if len(value) == 1 else ", ".join(value[:-1]) + " and " + value[-1]
