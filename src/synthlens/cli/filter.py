"""Commands that choose and write out the clean subset: filter, recipe list/show, export."""

from pathlib import Path
from typing import Annotated

import typer

from synthlens.cli import app
from synthlens.cli.output import console, print_table

recipe_app = typer.Typer(help="Filter recipes: list the presets, print one.", no_args_is_help=True)
app.add_typer(recipe_app, name="recipe")

RECIPE_HELP = "A recipe file (.yaml/.yml/.json) or a preset name (see: synthlens recipe list)."


@app.command("filter")
def filter_command(
    run: Annotated[Path, typer.Argument(help="A run folder.")],
    recipe: Annotated[str, typer.Option("--recipe", "-r", help=RECIPE_HELP)],
) -> None:
    """Apply a recipe: write keep/drop_reason per row as the run's 'filter' stage and print the funnel."""
    from synthlens import filter as recipes
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    result = recipes.run(workspace, recipes.load_recipe(recipe))
    for line in result.skipped:
        console.print(line, highlight=False)
    headers = {"removes_alone": "alone", "removes_given_previous": "after previous", "remaining": "left"}
    print_table(result.funnel.rename(headers), title=f"funnel: {result.recipe.name} (rows removed per step)")
    if result.mix.height:
        print_table(result.mix, title="mix before / after")
    total = result.flags.height
    console.print(
        f"kept {result.kept:,} of {total:,} rows; keep and drop_reason are in {workspace.stage_path(recipes.STAGE)}"
    )


@recipe_app.command("list")
def recipe_list() -> None:
    """The presets shipped with synthlens."""
    from synthlens.filter import load_recipe, preset_names

    for name in preset_names():
        console.print(f"{name}: {load_recipe(name).description}", highlight=False)


@recipe_app.command("show")
def recipe_show(name: str = typer.Argument(..., help=RECIPE_HELP)) -> None:
    """Print a preset's YAML (or a recipe file in canonical form)."""
    from synthlens.filter import load_recipe, preset_names, preset_text, recipe_text

    text = preset_text(name) if name in preset_names() else recipe_text(load_recipe(name))
    typer.echo(text.rstrip("\n"))


@app.command()
def export(
    run: Annotated[Path, typer.Argument(help="A run folder.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl, parquet or hf (datasets save_to_disk).")] = "jsonl",
    style: Annotated[str, typer.Option(help="original (the source's format), canonical or openai.")] = "original",
    recipe: Annotated[str | None, typer.Option("--recipe", "-r", help=f"Filter first. {RECIPE_HELP}")] = None,
    with_analysis: Annotated[bool, typer.Option("--with-analysis", help="Append every analysis column.")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an earlier export in OUT.")] = False,
    split: Annotated[str, typer.Option(help="Name of the data file (train -> train.jsonl).")] = "train",
    push_to_hub: Annotated[
        str | None, typer.Option("--push-to-hub", help="Hub dataset repo id (token: HF_TOKEN).")
    ] = None,
    private: Annotated[bool, typer.Option("--private", help="Create the Hub repo private.")] = False,
) -> None:
    """Write the kept rows (all rows if the run was never filtered) with a dataset card."""
    from synthlens.export import ExportOptions, export_run
    from synthlens.filter import load_recipe
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    options = ExportOptions(
        file_format=fmt,
        style=style,
        with_analysis=with_analysis,
        overwrite=overwrite,
        split=split,
        push_to_hub=push_to_hub,
        private=private,
    )
    result = export_run(workspace, out, options, load_recipe(recipe) if recipe else None)
    if result.recipe is None:
        console.print(f"no filter recipe on this run: exporting all {result.total_rows:,} rows")
    else:
        console.print(f"recipe {result.recipe.name}: kept {result.kept_rows:,} of {result.total_rows:,} rows")
    for path in result.files:
        console.print(f"wrote {path}", highlight=False)
    if result.commit_url:
        console.print(f"pushed to {push_to_hub}: {result.commit_url}", highlight=False)
