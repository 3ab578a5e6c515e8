"""`synthlens select`: the run's recipe (or one given), then a token or row budget taken best-first with diversity."""

from pathlib import Path
from typing import Annotated

import typer

from synthlens.cli import app
from synthlens.cli.output import console, print_table, progress_bar

SCORE_HELP = "A column or an expression of columns, e.g. instruct_reward or 'instruct_reward + 0.5 * input_quality'."


@app.command("select")
def select_command(
    run: Annotated[Path, typer.Argument(help="A run folder (with embeddings: synthlens analyze or embed).")],
    score: Annotated[str, typer.Option("--score", help=SCORE_HELP)],
    budget_tokens: Annotated[str | None, typer.Option(help="Tokens to take, every turn counted, e.g. 5M.")] = None,
    budget_rows: Annotated[str | None, typer.Option(help="Rows to take, e.g. 300K.")] = None,
    ascending: Annotated[bool, typer.Option("--ascending", help="Take the lowest scores first.")] = False,
    max_similarity: Annotated[
        float, typer.Option(help="Skip a row whose cosine similarity to a row taken reaches this.")
    ] = 0.9,
    no_diversity: Annotated[bool, typer.Option("--no-diversity", help="No similarity check (plain top).")] = False,
    tokenizer: Annotated[str, typer.Option(help="minilm (bundled) or a local Hugging Face tokenizer.")] = "minilm",
    recipe: Annotated[
        str | None, typer.Option("--recipe", "-r", help="Conditions to apply first (default: the run's last recipe).")
    ] = None,
    category: Annotated[str, typer.Option(help="The column floors and caps apply to.")] = "task_category",
    min_per_category: Annotated[int | None, typer.Option(help="Rows each category gets first, if it has them.")] = None,
    max_per_category: Annotated[int | None, typer.Option(help="Rows no category may exceed.")] = None,
    save_recipe: Annotated[Path | None, typer.Option(help="Also write the recipe applied (.yaml/.json).")] = None,
) -> None:
    """Take the best rows by a score until a token or row budget is spent, skipping near-copies of rows taken."""
    from synthlens import filter as recipes
    from synthlens.filter.select.config import select_from_dict
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    plain = {"score": score, "descending": not ascending, "max_similarity": None if no_diversity else max_similarity}
    plain |= {"tokenizer": tokenizer, "category": category}
    optional = {"budget_tokens": budget_tokens, "budget_rows": budget_rows}
    optional |= {"min_per_value": min_per_category, "max_per_value": max_per_category}
    plain |= {key: value for key, value in optional.items() if value is not None}
    base = recipes.load_recipe(recipe) if recipe else recipes.stored_recipe(workspace)
    if base is not None and base.top is not None:
        console.print(f"recipe {base.name}: its step '{base.top.describe()}' is replaced by the selection")
    combined = recipes.with_selection(base, select_from_dict(plain, "select options"))
    with progress_bar() as report:
        result = recipes.run(workspace, combined, report)
    if save_recipe:
        console.print(f"wrote {recipes.save_recipe(combined, save_recipe)}", highlight=False)
    print_selection(result)
    console.print(f"kept {result.kept:,} of {result.flags.height:,} rows; keep and drop_reason are in the filter stage")


def print_selection(result) -> None:  # result: synthlens.filter.FilterResult
    """The funnel, then what the selection took per category, the score before and after, and diversity."""
    from synthlens.filter.select.report import report_tables

    headers = {"removes_alone": "alone", "removes_given_previous": "after previous", "remaining": "left"}
    print_table(result.funnel.rename(headers), title=f"funnel: {result.recipe.name}")
    report = result.selection or {}
    console.print(
        f"{report.get('step')}: took {report.get('taken', 0):,} of {report.get('candidates', 0):,} rows"
        f" ({report.get('tokens_taken', 0):,} tokens, {report.get('tokenizer')}); skipped as too similar:"
        f" {report.get('too_similar', 0):,}; index: {report.get('index')}",
        highlight=False,
    )
    if report:
        per_category, score, diversity = report_tables(report)
        print_table(per_category, title="per category")
        print_table(score, title="score")
        print_table(diversity)
