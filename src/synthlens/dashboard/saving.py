"""What the dashboard writes into a run, and only there: recipes into RUN/recipes/, exports into RUN/exports/,
each under the run's lock (a busy run gives one line at once, never a wait in the browser). The run's own
files (manifest.json, rows.parquet, stages/, ...) can never be the target."""

import re
from pathlib import Path
from typing import Any

from synthlens import filter as recipes
from synthlens.errors import SynthlensError
from synthlens.filter.recipes import SUFFIXES
from synthlens.workspace import Workspace

RECIPES = "recipes"
EXPORTS = "exports"
HAND_PICKED = "hand-picked.yaml"  # the rows picked by hand on the map or in the duplicates view, as a recipe
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def plain_name(name: str, folder: str, suffixes: tuple[str, ...] = ()) -> str:
    """`name` when it is one plain file or folder name (an optional leading 'folder/' is dropped)."""
    name = name.strip().removeprefix(f"{folder}/")
    allowed_suffix = not suffixes or Path(name).suffix in suffixes
    if not _PLAIN_NAME.match(name) or ".." in name or not allowed_suffix:
        shape = f" ending in {'/'.join(suffixes)}" if suffixes else ""
        raise SynthlensError(
            f"'{name}' is not a plain name{shape}; allowed: letters, digits, '.', '_', '-', saved in the run's"
            f" {folder}/ folder; fix: choose a simple name such as 'mine{suffixes[0] if suffixes else ''}'"
        )
    return name


def save_recipe_in_run(root: Path, file_name: str, recipe: recipes.Recipe) -> Path:
    """Write a recipe to RUN/recipes/<file_name> (.yaml, .yml or .json) under the run's lock."""
    name = plain_name(file_name, RECIPES, SUFFIXES)
    with Workspace(Path(root)).lock(wait=0):
        return recipes.save_recipe(recipe, Path(root) / RECIPES / name)


def export_folder(root: Path, name: str) -> Path:
    """The folder RUN/exports/<name> an export from the dashboard writes into."""
    return Path(root) / EXPORTS / plain_name(name, EXPORTS)


def export_in_run(root: Path, name: str, options: Any, recipe: recipes.Recipe) -> Any:
    """Export the kept rows into RUN/exports/<name> under the run's lock; returns the ExportResult."""
    from synthlens.export import export_run

    with Workspace.open(root).lock(wait=0) as workspace:
        return export_run(workspace, export_folder(root, name), options, recipe)


def load_hand_picked(root: Path) -> tuple[list[str], list[str] | None] | None:
    """The hand-picked drop and keep lists saved with the run, or None when there are none."""
    path = Path(root) / RECIPES / HAND_PICKED
    if not path.is_file():
        return None
    picked = recipes.load_recipe(path)
    return list(picked.drop_ids), None if picked.keep_ids is None else list(picked.keep_ids)


def save_hand_picked(root: Path, drop: list[str], keep: list[str] | None) -> None:
    """Keep the hand-picked lists with the run (as a recipe the CLI can apply), so a reload finds them."""
    path = Path(root) / RECIPES / HAND_PICKED
    with Workspace(Path(root)).lock(wait=0):
        if not drop and keep is None:
            path.unlink(missing_ok=True)
            return
        data: dict[str, Any] = {"name": "hand-picked", "conditions": [], "drop_ids": sorted(drop)}
        if keep is not None:
            data["keep_ids"] = sorted(keep)
        recipes.save_recipe(recipes.recipe_from_dict(data, source="hand-picked rows"), path)


def last_applied_recipe(manifest: dict[str, Any]) -> recipes.Recipe | None:
    """The recipe the run's filter stage was last computed with (by the CLI or an export), or None."""
    stored = manifest.get("stages", {}).get(recipes.STAGE, {}).get("params", {}).get("recipe")
    if not isinstance(stored, dict):
        return None
    try:
        return recipes.recipe_from_dict(stored, source="the run's last filter")
    except SynthlensError:
        return None
