"""The dataset card (README.md) written next to every export: what was kept, the recipe, the funnel and
the tag distributions before and after, so the subset documents how it was made."""

from dataclasses import dataclass

import polars as pl

from synthlens import __version__
from synthlens.export.provenance import is_offline
from synthlens.filter import Recipe, recipe_text


@dataclass(frozen=True)
class CardFacts:
    """Everything the card reports; all of it is deterministic, so the card is too."""

    sources: list[str]
    total_rows: int
    kept_rows: int
    data_file: str | None
    style: str
    file_format: str
    recipe: Recipe | None
    funnel: pl.DataFrame | None
    mix: pl.DataFrame | None
    taggers: pl.DataFrame | None = None  # export.provenance.tag_provenance: who made each tag
    skipped: tuple[str, ...] = ()  # recipe conditions skipped for a column the run lacks


def dataset_card(facts: CardFacts) -> str:
    """The README.md text: YAML front matter for the Hub, then summary, recipe, funnel and distributions."""
    parts = [_front_matter(facts), _summary(facts)]
    if facts.recipe is not None:
        parts.append(f"## Recipe\n\n```yaml\n{recipe_text(facts.recipe).rstrip()}\n```\n")
    if facts.skipped:
        parts.append("Not applied:\n\n" + "".join(f"- {line}\n" for line in facts.skipped))
    if facts.taggers is not None and facts.taggers.height:
        parts.append(_taggers(facts.taggers))
    if facts.funnel is not None and facts.funnel.height:
        intro = "Per step, in order: rows it removes on its own, after the steps before it, and rows left."
        parts.append(f"## Funnel\n\n{intro}\n\n" + markdown_table(facts.funnel))
    if facts.mix is not None and facts.mix.height:
        parts.append("## Tag distributions\n\nAll rows (before) and kept rows (after).\n")
        for column in facts.mix["column"].unique(maintain_order=True):
            table = facts.mix.filter(pl.col("column") == column).drop("column")
            parts.append(f"### {column}\n\n" + markdown_table(table))
    parts.append(_reproduce(facts))
    return "\n".join(parts)


def _taggers(taggers: pl.DataFrame) -> str:
    """Who made the tags, saying plainly which came from offline models or rules and which from an LLM."""
    offline = [stage for stage, kind in taggers.select("stage", "made by").iter_rows() if is_offline(kind)]
    note = ""
    if offline:
        note = (
            f"The {', '.join(offline)} tags were made on the CPU by synthlens's offline taggers, not by an LLM"
            " judge: read them as estimates with the accuracy measured below, not as an LLM's judgment.\n\n"
        )
    return "## How the tags were made\n\n" + note + markdown_table(taggers)


def markdown_table(frame: pl.DataFrame) -> str:
    """A GitHub-flavoured Markdown table; shares print as percentages, pipes in values are escaped."""
    header = "| " + " | ".join(column.replace("_", " ") for column in frame.columns) + " |"
    rule = "|" + "|".join("---" if frame[c].dtype == pl.String else "---:" for c in frame.columns) + "|"
    lines = [header, rule]
    for row in frame.iter_rows(named=True):
        lines.append("| " + " | ".join(_cell(name, value) for name, value in row.items()) + " |")
    return "\n".join(lines) + "\n"


def _front_matter(facts: CardFacts) -> str:
    lines = ["---", "tags:", "- synthlens", "- synthetic"]
    if facts.data_file:
        lines += ["configs:", "- config_name: default", "  data_files:", "  - split: train"]
        lines.append(f"    path: {facts.data_file}")
    return "\n".join([*lines, "---", ""])


def _summary(facts: CardFacts) -> str:
    source = ", ".join(f"`{name}`" for name in facts.sources) or "the source"
    if facts.recipe is None:
        kept = f"All {facts.total_rows:,} rows of {source}; no filter recipe was applied."
    else:
        share = facts.kept_rows / facts.total_rows if facts.total_rows else 0.0
        kept = (
            f"{facts.kept_rows:,} of {facts.total_rows:,} rows ({share:.1%}) of {source}, kept by the"
            f" synthlens filter recipe `{facts.recipe.name}`."
        )
    title = facts.recipe.name if facts.recipe else "export"
    where = f" in `{facts.data_file}`" if facts.data_file else ""
    layout = f"Rows are in {facts.style} form, written as {facts.file_format}{where}."
    description = f"\n{facts.recipe.description}\n" if facts.recipe and facts.recipe.description else ""
    return f"# {', '.join(facts.sources) or 'dataset'}: {title}\n\n{kept}\n{description}\n{layout}\n"


def _reproduce(facts: CardFacts) -> str:
    commands = ["synthlens filter RUN --recipe recipe.yaml"] if facts.recipe else []
    commands.append(f"synthlens export RUN -o OUT --format {facts.file_format} --style {facts.style}")
    return (
        f"## Reproduce\n\nMade with synthlens {__version__}; the same recipe on the same run writes the same"
        " bytes.\n\n```\n" + "\n".join(commands) + "\n```\n"
    )


def _cell(name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1%}" if name.endswith("share") else f"{value:,.3f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value).replace("|", "\\|").replace("\n", " ")
