"""The overview's figures: headline counts, length statistics, who tagged what, and the run's provenance."""

import json

import polars as pl

from synthlens.dashboard.data import STAGE_COMMANDS, TAG_COLUMNS, RunData
from synthlens.export.provenance import tag_provenance

LENGTH_COLUMNS = ("instruction_chars", "response_chars", "instruction_tokens", "response_tokens")
# The analysis a reader expects to see; filter and overlap are optional and not listed as missing.
EXPECTED_STAGES = ("stats", "neighbors", "dedup", "coverage", "category", "quality", "difficulty", "language")
EXPECTED_STAGES += ("safety", "reward")


def headline(data: RunData) -> dict[str, str]:
    """The few numbers a reader wants first, formatted; a figure whose stage is missing reads 'not run'."""
    table = data.table
    formats = table["source_format"].value_counts(sort=True)
    facts = {
        "rows": f"{table.height:,}",
        "formats": ", ".join(f"{name} ({count:,})" for name, count in formats.iter_rows()),
        "multi-turn rows": f"{(table['n_turns'] > 1).sum():,} (mean turns {table['n_turns'].mean() or 0:.2f})",
    }
    facts["exact duplicates"] = f"{table['is_exact_dup'].sum():,}" if data.has("is_exact_dup") else "not run"
    facts["near duplicates"] = f"{near_duplicate_rows(table):,}" if data.has("dup_group") else "not run"
    facts["unsafe rows"] = f"{(~table['is_safe'].fill_null(True)).sum():,}" if data.has("is_safe") else "not run"
    return facts


def near_duplicate_rows(table: pl.DataFrame) -> int:
    """Rows in a near-duplicate group that are not its representative (what dedup would remove)."""
    in_group = pl.col("dup_group_size").fill_null(1) > 1
    if "is_dup_representative" in table.columns:
        return int(table.select((in_group & ~pl.col("is_dup_representative").fill_null(True)).sum()).item())
    grouped = table.filter(in_group)
    return grouped.height - grouped["dup_group"].n_unique()


def length_summary(table: pl.DataFrame) -> pl.DataFrame:
    """Mean, median, 95th percentile and maximum of each length column the run has."""
    present = [column for column in LENGTH_COLUMNS if column in table.columns]
    rows = [
        {
            "column": column,
            "mean": table[column].mean(),
            "median": table[column].median(),
            "p95": table[column].quantile(0.95),
            "max": table[column].max(),
        }
        for column in present
    ]
    schema = {"column": pl.String, "mean": pl.Float64, "median": pl.Float64, "p95": pl.Float64, "max": pl.Float64}
    return pl.DataFrame(rows, schema=schema)


def generators(table: pl.DataFrame) -> pl.DataFrame:
    """Which tagger produced each tag column, and for how many rows (from the *_generator columns)."""
    parts = []
    for column in sorted(name for name in table.columns if name.endswith("_generator")):
        counts = table.group_by(pl.col(column).alias("generator")).agg(pl.len().alias("rows"))
        parts.append(counts.with_columns(pl.lit(column.removesuffix("_generator")).alias("tags")))
    if not parts:
        return pl.DataFrame(schema={"tags": pl.String, "generator": pl.String, "rows": pl.UInt32})
    return pl.concat(parts).select("tags", "generator", "rows").sort(["tags", "rows"], descending=[False, True])


def who_tagged(data: RunData) -> pl.DataFrame:
    """Per judge stage: its columns, who made them (offline model, rules or LLM judge), generator, measured."""
    return tag_provenance(data.manifest)


def tag_note(data: RunData, column: str) -> str | None:
    """One line under a tag chart: who made the labels, how well they measured, how many rows were left out."""
    made = tag_provenance(data.manifest).filter(pl.col("stage") == TAG_COLUMNS.get(column, ""))
    if made.is_empty():
        return None
    made_by, generator, measured = made.select("made by", "generator", "measured").row(0)
    note = f"Made by {made_by}, {generator}"
    note += f": {measured}" if measured else ""
    confidence = f"{column}_confidence" if column != "is_safe" else "safety_confidence"
    untagged = data.table[column].null_count() if data.has(column, confidence) else 0
    if untagged:
        note += f". {untagged:,} rows left untagged: the model was not confident enough to label them"
    return note


def stage_table(data: RunData) -> pl.DataFrame:
    """One line per stage recorded in the manifest: rows, seconds, when it finished, its parameters."""
    records = []
    for stage, facts in data.manifest.get("stages", {}).items():
        records.append(
            {
                "stage": stage,
                "present": stage in data.stages or _files_present(data, facts),
                "rows": facts.get("rows"),
                "seconds": facts.get("seconds"),
                "finished_at": facts.get("finished_at"),
                "params": json.dumps(facts.get("params", {}), sort_keys=True, default=str),
            }
        )
    schema = {"stage": pl.String, "present": pl.Boolean, "rows": pl.Int64, "seconds": pl.Float64}
    schema |= {"finished_at": pl.String, "params": pl.String}
    return pl.DataFrame(records, schema=schema)


def _files_present(data: RunData, facts: dict) -> bool:
    """A stage kept in files of its own (the embed stage's embeddings/*.npy) is there when they all are."""
    files = facts.get("files")
    return bool(files) and all((data.root / "embeddings" / name).exists() for name in files)


def missing_stages(data: RunData) -> pl.DataFrame:
    """The expected stages this run lacks, each with the command that adds it."""
    missing = [stage for stage in EXPECTED_STAGES if stage not in data.stages]
    commands = [STAGE_COMMANDS[stage].replace("RUN", str(data.root)) for stage in missing]
    return pl.DataFrame({"stage": missing, "command": commands}, schema={"stage": pl.String, "command": pl.String})


def provenance(data: RunData) -> dict[str, str]:
    """Where the rows came from: input path, content hash, format, when and with which version."""
    source = data.manifest.get("input", {})
    return {
        "input": str(source.get("path", "?")),
        "sha256": str(source.get("sha256", "?")),
        "format": str(source.get("format", "?")),
        "created": str(data.manifest.get("created_at", "?")),
        "synthlens": str(data.manifest.get("synthlens_version", "?")),
    }
