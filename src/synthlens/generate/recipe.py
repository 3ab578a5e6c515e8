"""What every generation recipe provides, and the prompt files recipes read.

A recipe yields its rows in batches (so finished rows reach the disk while later ones are being made);
each row is `{"messages": [...], "gen_index": int, ...its own fields}` and the runner adds the id and the
provenance columns. Stages are the recipe's kinds of request ("query", "response", ...): each has default
request parameters that `--param STAGE.NAME=VALUE` overrides, and prompt stages read `prompts/<recipe>/<stage>.txt`
unless `--prompt-dir` holds a file of that name.
"""

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any, Protocol

from synthlens.errors import SynthlensError
from synthlens.generate.llm import GenerationLLM


class Recipe(Protocol):
    name: str
    stages: dict[str, dict[str, Any]]  # stage -> default request parameters (temperature, max_tokens, ...)

    def settings(self) -> dict[str, Any]:
        """The recipe's own choices (topic, counts, task type, prompt versions): recorded in gen_params."""
        ...

    def rows(self, llm: GenerationLLM, wanted: int) -> Iterator[list[dict[str, Any]]]:
        """Up to `wanted` rows, in batches."""
        ...

    def report(self) -> list[tuple[str, str]]:
        """(what, figure) lines for the summary: rows dropped by reason, asked against obtained, ..."""
        ...


def load_prompts(recipe: str, names: list[str], prompt_dir: Path | None = None) -> dict[str, Template]:
    """The recipe's prompt templates by name; a file `<name>.txt` in `prompt_dir` replaces the shipped one."""
    if prompt_dir is not None:
        _check_prompt_dir(prompt_dir, names)
    prompts = {}
    for name in names:
        override = prompt_dir / f"{name}.txt" if prompt_dir else None
        if override is not None and override.is_file():
            text = override.read_text(encoding="utf-8")
        else:
            text = resources.files("synthlens.generate").joinpath("prompts", recipe, f"{name}.txt").read_text("utf-8")
        prompts[name] = Template(text)
    return prompts


def _check_prompt_dir(prompt_dir: Path, names: list[str]) -> None:
    if not prompt_dir.is_dir():
        raise SynthlensError(f"--prompt-dir {prompt_dir}: no such folder; fix: pass a folder of <stage>.txt files")
    unknown = sorted(path.name for path in prompt_dir.glob("*.txt") if path.stem not in names)
    if unknown:
        raise SynthlensError(
            f"--prompt-dir {prompt_dir}: {', '.join(unknown)} names no prompt of this recipe; allowed: "
            f"{', '.join(f'{name}.txt' for name in names)}; fix: rename the file"
        )


def fill(template: Template, **values: object) -> str:
    """A prompt with its $names filled; text from rows is inserted once and never expanded again."""
    try:
        return template.substitute({name: str(value) for name, value in values.items()})
    except (KeyError, ValueError) as error:
        raise SynthlensError(
            f"a prompt template uses ${error} that this stage does not fill; allowed: "
            f"{', '.join('$' + name for name in values)}; fix: edit the prompt file"
        ) from None
