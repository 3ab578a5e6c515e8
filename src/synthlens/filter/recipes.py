"""Reading and writing recipe files (YAML or JSON), and the presets shipped in `filter/presets/`."""

import dataclasses
import json
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from synthlens import atomic
from synthlens.errors import SynthlensError
from synthlens.filter.model import Recipe, Select
from synthlens.filter.parse import fail, recipe_from_dict
from synthlens.workspace import Workspace

SUFFIXES = (".yaml", ".yml", ".json")


def preset_names() -> list[str]:
    """The names of the recipes shipped with synthlens."""
    folder = resources.files("synthlens.filter") / "presets"
    return sorted(entry.name.removesuffix(".yaml") for entry in folder.iterdir() if entry.name.endswith(".yaml"))


def preset_text(name: str) -> str:
    """The YAML text of a shipped recipe, as `synthlens recipe show NAME` prints it."""
    if name not in preset_names():
        raise fail(f"preset '{name}'", "no such preset", ", ".join(preset_names()), "pick one of the presets")
    return (resources.files("synthlens.filter") / "presets" / f"{name}.yaml").read_text(encoding="utf-8")


def load_recipe(path_or_preset: str | Path) -> Recipe:
    """A recipe from a .yaml/.yml/.json file, or a shipped preset by name."""
    path = Path(path_or_preset)
    if path.is_file():
        return recipe_from_dict(_read(path), source=path.stem)
    if str(path_or_preset) in preset_names():
        return recipe_from_dict(yaml.safe_load(preset_text(str(path_or_preset))), source=str(path_or_preset))
    raise fail(
        f"recipe '{path_or_preset}'",
        "no such file and no preset by that name",
        f"a {'/'.join(SUFFIXES)} file or a preset: {', '.join(preset_names())}",
        "check the path, or run 'synthlens recipe list'",
    )


def stored_recipe(ws: Workspace) -> Recipe | None:
    """The recipe the run was last filtered with, None when it never was."""
    stored = ws.manifest["stages"].get("filter", {}).get("params", {}).get("recipe")
    return None if stored is None else recipe_from_dict(stored, source="stored recipe")


def with_selection(recipe: Recipe | None, select: Select) -> Recipe:
    """The recipe with `select` as its last step, in place of its top-N cap or earlier selection if any."""
    base = recipe or Recipe(name="select")
    combined = dataclasses.replace(base, top=None, select=select)
    return recipe_from_dict(combined.to_dict(), source=combined.name)  # the same checks as a recipe file


def save_recipe(recipe: Recipe, path: str | Path) -> Path:
    """Write a recipe in its canonical form, as YAML (or JSON for a .json path), atomically."""
    path = Path(path)
    if path.suffix not in SUFFIXES:
        raise fail(f"recipe file '{path}'", f"unknown suffix '{path.suffix}'", ", ".join(SUFFIXES), "rename it")
    with atomic.atomic_path(path) as tmp:
        tmp.write_text(recipe_text(recipe, json_form=path.suffix == ".json"), encoding="utf-8")
    return path


def recipe_text(recipe: Recipe, json_form: bool = False) -> str:
    """The canonical text of a recipe: the same recipe always gives the same bytes."""
    data = recipe.to_dict()
    if json_form:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def _read(path: Path) -> Any:
    if path.suffix not in SUFFIXES:
        raise fail(f"recipe file '{path}'", f"unknown suffix '{path.suffix}'", ", ".join(SUFFIXES), "rename it")
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        first_line = str(error).splitlines()[0]
        raise SynthlensError(
            f"recipe file '{path}': not valid {path.suffix[1:].upper()} ({first_line}); fix: correct the syntax"
        ) from None
