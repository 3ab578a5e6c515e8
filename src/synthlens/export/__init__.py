"""Export the kept rows of a run: JSONL or Parquet in the source's own format (or canonical / OpenAI
messages), a `datasets` save_to_disk folder, optionally pushed to the Hub, always with a dataset card.

    OUT/
      train.jsonl | train.parquet   the kept rows (--format hf: the save_to_disk files instead)
      README.md                     dataset card: recipe, funnel, tag distributions
      recipe.yaml                   the recipe that chose the rows (when one was applied)
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from synthlens import filter as recipes
from synthlens.errors import SynthlensError
from synthlens.export.card import CardFacts, dataset_card
from synthlens.export.formats import STYLES, to_style
from synthlens.export.hub import push_folder
from synthlens.export.provenance import tag_provenance
from synthlens.export.write import (
    refuse_overwrite,
    refuse_source,
    safe_path,
    write_hf_dataset,
    write_jsonl,
    write_parquet,
    write_text,
)
from synthlens.workspace import Workspace

FORMATS = ("jsonl", "parquet", "hf")
CARD_FILE = "README.md"
RECIPE_FILE = "recipe.yaml"


@dataclass(frozen=True)
class ExportOptions:
    """How to write: file format, row style, analysis columns, overwriting, split name and Hub target."""

    file_format: str = "jsonl"
    style: str = "original"
    with_analysis: bool = False
    overwrite: bool = False
    split: str = "train"
    push_to_hub: str | None = None
    private: bool = False


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote, and where it was pushed."""

    folder: Path
    files: tuple[Path, ...]
    total_rows: int
    kept_rows: int
    recipe: recipes.Recipe | None
    commit_url: str | None = None


def export_run(
    ws: Workspace, out: str | Path, options: ExportOptions | None = None, recipe: recipes.Recipe | None = None
) -> ExportResult:
    """Write the kept rows of a run to a folder (filtering first when a recipe is given)."""
    options = options or ExportOptions()
    _check_options(options)
    result = current_filter(ws, recipe)
    rows = ws.rows()
    kept = rows if result is None else rows.join(result.flags.filter("keep").select("id"), on="id", how="semi")
    analysis = analysis_columns(ws) if options.with_analysis else None
    frame = to_style(kept, options.style, analysis, source_column_names(ws))
    folder = Path(out)
    data = _write_data(frame, folder, options, _fingerprint(ws, result, options, frame), run_source(ws))
    facts = CardFacts(
        sources=sorted(rows["source"].drop_nulls().unique().to_list()),
        total_rows=rows.height,
        kept_rows=kept.height,
        data_file=None if options.file_format == "hf" else data.name,
        style=options.style,
        file_format=options.file_format,
        recipe=result.recipe if result else None,
        funnel=result.funnel if result else None,
        mix=result.mix if result else None,
        taggers=tag_provenance(ws.manifest),
        skipped=result.skipped if result else (),
    )
    files = [data, *_write_card(facts, folder)]
    commit_url = None
    if options.push_to_hub:
        names = [path.name for path in files]
        commit_url = push_folder(folder, options.push_to_hub, private=options.private, allow_patterns=names)
    return ExportResult(folder, tuple(files), rows.height, kept.height, facts.recipe, commit_url)


def current_filter(ws: Workspace, recipe: recipes.Recipe | None = None) -> recipes.FilterResult | None:
    """Apply the given recipe, or refresh the run's stored one; None when the run was never filtered."""
    if recipe is None:
        if not ws.has_stage(recipes.STAGE):
            return None
        stored = ws.manifest["stages"][recipes.STAGE]["params"]["recipe"]
        recipe = recipes.recipe_from_dict(stored, source="stored recipe")
    return recipes.run(ws, recipe)


def run_source(ws: Workspace) -> Path | None:
    """The run's input on this machine (a file or folder), or None for a Hub id or in-memory data."""
    path = Path(str(ws.manifest["input"].get("path", "")))
    return path.resolve() if str(path) and path.exists() else None


def source_column_names(ws: Workspace) -> tuple[str | None, str | None]:
    """The instruction/response field names a "columns"-format run was ingested with."""
    options = ws.manifest["input"].get("options") or {}
    return options.get("instruction_col"), options.get("response_col")


def analysis_columns(ws: Workspace) -> pl.DataFrame:
    """Every analysis stage's columns keyed by id, even those named like a source field (the filter's own
    keep/drop_reason left out; a later stage wins a name clash, as in `ws.joined()`)."""
    table = ws.rows(columns=["id"])
    for stage in ws.table_stages():
        if stage == recipes.STAGE:
            continue
        extra = ws.read_stage(stage)
        overlap = [c for c in extra.columns if c in table.columns and c != "id"]
        table = table.drop(overlap).join(extra, on="id", how="left", maintain_order="left")
    return table


def _write_data(
    frame: pl.DataFrame, folder: Path, options: ExportOptions, fingerprint: str, source: Path | None
) -> Path:
    if folder.exists() and not folder.is_dir():
        raise SynthlensError(f"output {folder} is a file; allowed: a folder; fix: choose a folder path with -o")
    if options.file_format == "hf":
        refuse_source(source, [folder])
        write_hf_dataset(frame, folder, fingerprint, options.overwrite)
        return folder
    target = safe_path(folder, f"{options.split}.{options.file_format}")
    outputs = [target, safe_path(folder, CARD_FILE), safe_path(folder, RECIPE_FILE)]
    refuse_source(source, outputs)
    refuse_overwrite(outputs, options.overwrite)
    (write_jsonl if options.file_format == "jsonl" else write_parquet)(frame, target)
    return target


def _write_card(facts: CardFacts, folder: Path) -> list[Path]:
    card = safe_path(folder, CARD_FILE)
    write_text(dataset_card(facts), card)
    if facts.recipe is None:
        return [card]
    recipe_path = safe_path(folder, RECIPE_FILE)
    write_text(recipes.recipe_text(facts.recipe), recipe_path)
    return [card, recipe_path]


def _check_options(options: ExportOptions) -> None:
    for name, value, allowed in (("format", options.file_format, FORMATS), ("style", options.style, STYLES)):
        if value not in allowed:
            raise SynthlensError(f"export {name} '{value}' is unknown; allowed: {', '.join(allowed)}; fix: pick one")
    if options.push_to_hub and options.file_format == "hf":
        raise SynthlensError(
            "--push-to-hub uploads data files; allowed formats with it: jsonl, parquet; fix: pass --format parquet"
        )
    safe_path(Path("."), options.split)


def _fingerprint(
    ws: Workspace, result: recipes.FilterResult | None, options: ExportOptions, frame: pl.DataFrame
) -> str:
    """A content key for the save_to_disk folder (input, stage keys, recipe, style), so the same export
    writes the same state.json."""
    stage_keys = [f"{stage}:{ws.stage_key(stage)}" for stage in sorted(ws.stages())]
    recipe = recipes.recipe_text(result.recipe) if result else ""
    parts = [
        ws.manifest["input"].get("sha256", ""),
        *stage_keys,
        recipe,
        options.style,
        ",".join(frame.columns),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
