"""Who made each tag of a run: an offline model, offline rules or an LLM judge, with what was measured.

Read from the manifest, where every judge stage records its tagger's provenance when it runs, so the
dataset card and the dashboard say the same thing and never present an offline label as an LLM's.
"""

import polars as pl

from synthlens.filter.columns import JUDGE_STAGES, STAGE_COLUMNS

PROVENANCE_SCHEMA = {
    "stage": pl.String,
    "columns": pl.String,
    "made by": pl.String,
    "generator": pl.String,
    "measured": pl.String,
}
OFFLINE_KINDS = ("offline model", "offline rules", "offline exemplars")
NOT_RECORDED = "not recorded (run made before synthlens recorded provenance)"


def tag_provenance(manifest: dict) -> pl.DataFrame:
    """One row per judge stage the run has: its label columns, who made them and how well they measured."""
    rows = []
    for stage in JUDGE_STAGES:
        facts = manifest.get("stages", {}).get(stage)
        if facts is None:
            continue
        source = facts.get("provenance") or {}
        kind = source.get("kind") or NOT_RECORDED
        rows.append(
            {
                "stage": stage,
                "columns": ", ".join(c for c in STAGE_COLUMNS[stage] if not c.endswith(("_generator", "_confidence"))),
                "made by": f"{kind} (no LLM)" if kind in OFFLINE_KINDS else kind,
                "generator": source.get("generator") or facts.get("params", {}).get("generator"),
                "measured": source.get("measured") or source.get("method") or "",
            }
        )
    return pl.DataFrame(rows, schema=PROVENANCE_SCHEMA)


def is_offline(kind: str) -> bool:
    """True for labels made on this machine without an LLM ('offline model (no LLM)', 'offline rules', ...)."""
    return kind.startswith(OFFLINE_KINDS)
