"""The sections about the data itself: summary, duplicates, coverage, tag distributions, unsafe rows.

The figures come from the same functions as the dashboard's, so a report and the dashboard never disagree.
"""

import polars as pl

from synthlens.dashboard import neighbours, queries, summary
from synthlens.dashboard.data import TAG_COLUMNS, RunData
from synthlens.judge.offline import is_offline_generator
from synthlens.report.blocks import Bars, Examples, Image, Section, Table, Text, clip

DUPLICATE_GROUPS_SHOWN = 5
UNSAFE_ROWS_SHOWN = 25


def summary_section(data: RunData) -> Section:
    facts = summary.headline(data) | summary.provenance(data)
    facts["stages"] = ", ".join(data.stages) or "none"
    table = pl.DataFrame({"": list(facts), "value": list(facts.values())})
    lengths = summary.length_summary(data.table)
    if data.has("total_tokens"):
        column = data.table["total_tokens"]
        line = {"column": "total_tokens", "mean": column.mean(), "median": column.median()}
        extra = pl.DataFrame([line | {"p95": column.quantile(0.95), "max": column.max()}])
        lengths = pl.concat([lengths, extra], how="vertical_relaxed")
    return Section("Summary", [Table(table), Table(lengths, "Lengths (characters, tokens)")])


def duplicates_section(data: RunData) -> Section:
    if not data.has("dup_group"):
        return Section("Duplicates", [Text(data.missing_note("near-duplicate groups", "dedup"))])
    params = data.manifest["stages"].get("dedup", {}).get("params", {})
    groups = neighbours.duplicate_groups(data.table)
    exact = int(data.table["is_exact_dup"].sum()) if data.has("is_exact_dup") else 0
    text = (
        f"{exact:,} exact duplicate rows; {groups.height:,} near-duplicate groups at cosine ≥"
        f" {params.get('threshold', '?')} ({params.get('mode', '?')}); {summary.near_duplicate_rows(data.table):,}"
        f" rows would go, keeping one per group ({params.get('keep', '?')}). The largest groups:"
    )
    instructions = dict(data.table.select("id", "instruction").iter_rows())
    shown = [
        (f"Group of {size} rows", [clip(instructions.get(row_id)) for row_id in ids])
        for size, ids in groups.head(DUPLICATE_GROUPS_SHOWN).select("size", "ids").iter_rows()
    ]
    return Section("Duplicates", [Text(text), Examples(shown)])


def coverage_section(data: RunData) -> Section:
    if data.coverage_metrics is None:
        return Section("Coverage", [Text(data.missing_note("coverage against a baseline", "coverage"))])
    blocks: list = [
        Text("Coverage: the share of each baseline's rows with a dataset row within the radius (cosine distance)."),
        Table(data.coverage_metrics),
    ]
    for name, alt in (("coverage_map.png", "Coverage map"), ("cluster_shares.png", "Cluster shares per source")):
        path = data.root / "plots" / name
        if path.exists():
            blocks.append(Image(path.read_bytes(), alt))
    return Section("Coverage", blocks)


def tags_section(data: RunData) -> Section:
    blocks: list = []
    for column, stage in TAG_COLUMNS.items():
        if not data.has(column):
            blocks.append(Text(data.missing_note(column.replace("_", " "), stage)))
            continue
        counts = queries.label_counts(data.table, column)
        blocks.append(Bars(column.replace("_", " "), counts["value"].to_list(), counts["rows"].to_list()))
    taggers = summary.generators(data.table)
    kind = pl.col("generator").map_elements(tagger_kind, return_dtype=pl.String).alias("kind")
    blocks.append(Table(taggers.with_columns(kind), "Who produced each tag (provenance)"))
    return Section("Tags", blocks)


def tagger_kind(generator: str | None) -> str:
    """Whether a *_generator value names one of the offline taggers or a judge model."""
    if generator is None:
        return "untagged"
    return "offline tagger" if is_offline_generator(generator) else "judge model"


def unsafe_section(data: RunData) -> Section:
    if not data.has("is_safe"):
        return Section("Unsafe rows", [Text(data.missing_note("safety judgments", "safety"))])
    unsafe = data.table.filter(~pl.col("is_safe").fill_null(True))
    hazards = pl.col("hazard_names").list.join(", ") if data.has("hazard_names") else pl.lit(None, pl.String)
    generator = pl.col("safety_generator") if data.has("safety_generator") else pl.lit(None, pl.String)
    rows = unsafe.head(UNSAFE_ROWS_SHOWN).select(
        "id",
        hazards.alias("hazards"),
        pl.col("instruction").map_elements(clip, return_dtype=pl.String),
        generator.alias("judged by"),
    )
    text = f"{unsafe.height:,} rows judged unsafe" + (f"; the first {rows.height}:" if rows.height else ".")
    return Section("Unsafe rows", [Text(text), Table(rows)])
