"""The sections about what was done to the run: the filter funnel, the selection, and the commands and
versions that produced it all."""

import json
import shlex

import polars as pl

from synthlens.dashboard import summary
from synthlens.dashboard.data import RunData
from synthlens.filter.select.report import report_tables
from synthlens.provenance import library_versions
from synthlens.report.blocks import Code, Section, Table, Text


def funnel_section(data: RunData) -> Section | None:
    """The filter's funnel and recipe, when the run was filtered."""
    stage = data.manifest["stages"].get("filter")
    if not stage or "funnel" not in stage:
        return None
    from synthlens.filter import recipe_from_dict, recipe_text

    recipe = recipe_from_dict(stage["params"]["recipe"], source="stored recipe")
    text = f"Recipe {recipe.name}: kept {stage.get('kept', 0):,} of {data.table.height:,} rows."
    funnel = pl.DataFrame(stage["funnel"]).rename(
        {"removes_alone": "alone", "removes_given_previous": "after previous", "remaining": "left"}, strict=False
    )
    return Section("Filter funnel", [Text(text), Table(funnel), Code(recipe_text(recipe))])


def selection_section(data: RunData) -> Section | None:
    """What the recipe's `select:` step did, when it had one."""
    report = data.manifest["stages"].get("filter", {}).get("selection")
    if not report:
        return None
    text = (
        f"{report['step']}: took {report['taken']:,} of {report['candidates']:,} rows ({report['tokens_taken']:,}"
        f" tokens by {report['tokenizer']}); {report['too_similar']:,} skipped as too similar,"
        f" {report['over_budget']:,} past the budget, {report['over_cap']:,} over a category cap."
        f" Index of the rows taken: {report['index']}."
    )
    per_category, score, diversity = report_tables(report)
    blocks = [Text(text), Table(per_category, "Per category"), Table(score, "Score, candidates and taken")]
    return Section("Selection", [*blocks, Table(diversity, "Diversity (cosine distances)")])


def provenance_section(data: RunData) -> Section:
    """Every recorded command line (secrets were masked when recorded), versions, and the stages' parameters."""
    commands = data.manifest.get("commands", [])
    blocks: list = []
    if commands:
        lines = [(c.get("at"), c.get("status"), c.get("synthlens_version"), shlex.join(c["argv"])) for c in commands]
        table = pl.DataFrame(lines, schema=["at", "status", "synthlens", "command"], orient="row")
        blocks.append(Table(table, "Commands that wrote to this run, in order"))
    else:
        blocks.append(
            Text("No command lines recorded: this run was written through the library or by an older version.")
        )
    versions = (commands[-1].get("versions") if commands else None) or {}
    rows = [{"library": name, "last command": version, "this report": None} for name, version in versions.items()]
    for name, version in library_versions().items():
        match = next((row for row in rows if row["library"] == name), None)
        if match is None:
            rows.append({"library": name, "last command": None, "this report": version})
        else:
            match["this report"] = version
    blocks.append(Table(pl.DataFrame(rows), "Versions"))
    stages = summary.stage_table(data).with_columns(pl.col("params").map_elements(_short, return_dtype=pl.String))
    blocks.append(Table(stages, "Stages and their parameters"))
    return Section("Provenance", blocks)


def _short(params: str) -> str:
    text = json.dumps(json.loads(params), sort_keys=True)
    return text if len(text) <= 400 else text[:399] + "…"
