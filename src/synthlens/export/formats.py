"""Turn canonical rows back into a dataset format: the source's own (Alpaca stays Alpaca, ShareGPT stays
ShareGPT), the canonical table, or OpenAI messages; analysis columns are appended on request."""

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.schema import CANONICAL_COLUMNS, conversation_hash

STYLES = ("original", "canonical", "openai")
FROM_ROLE = {"user": "human", "assistant": "gpt"}
ANALYSIS_PREFIX = "synthlens_"


def to_style(
    rows: pl.DataFrame,
    style: str,
    analysis: pl.DataFrame | None = None,
    column_names: tuple[str | None, str | None] = (None, None),
) -> pl.DataFrame:
    """The rows in the chosen style, with the analysis columns (keyed by id) appended when given.

    column_names: the source's instruction and response field names, for rows read with format "columns".
    """
    if style not in STYLES:
        raise SynthlensError(f"export style '{style}' is unknown; allowed: {', '.join(STYLES)}; fix: pick one")
    rows = rows.sort(["row_index", "id"], maintain_order=True)
    if style == "canonical":
        frame = rows
    elif style == "openai":
        frame = rows.select(turns_expr(rows, "role", "content", {}).alias("messages"))
    else:
        frame = _original(rows, column_names)
    if analysis is None:
        return frame
    return _append_analysis(frame, rows["id"], analysis, with_id=style == "openai")


def source_format(rows: pl.DataFrame) -> str:
    """The one format the rows came in; several formats cannot share one original-style file."""
    formats = sorted(rows["source_format"].drop_nulls().unique().to_list())
    if len(formats) != 1:
        raise SynthlensError(
            f"rows come from {len(formats)} formats ({', '.join(formats) or 'none'}), and one file holds one;"
            " allowed: export style canonical or openai; fix: pass --style canonical or --style openai"
        )
    return formats[0]


def turns_expr(rows: pl.DataFrame, role_key: str, text_key: str, roles: dict[str, str]) -> pl.Expr:
    """The conversation as a list of {role_key, text_key} structs, the system prompt (if any) first."""
    turn = pl.element().struct
    role = turn.field("role").replace(roles) if roles else turn.field("role")
    turns = pl.col("conversation").list.eval(pl.struct(role.alias(role_key), turn.field("content").alias(text_key)))
    if "system" not in rows.columns:
        return turns
    system = pl.struct(pl.lit("system").alias(role_key), pl.col("system").alias(text_key))
    return pl.when(pl.col("system").is_not_null()).then(pl.concat_list(system, turns)).otherwise(turns)


def _original(rows: pl.DataFrame, column_names: tuple[str | None, str | None]) -> pl.DataFrame:
    fmt = source_format(rows)
    if fmt == "alpaca":
        fields = [_alpaca_instruction(rows), _input(rows), pl.col("response").fill_null("").alias("output")]
    elif fmt == "sharegpt":
        fields = [turns_expr(rows, "from", "value", FROM_ROLE).alias("conversations")]
    elif fmt == "openai":
        fields = [turns_expr(rows, "role", "content", {}).alias("messages")]
    elif fmt == "magpie":
        conversations = turns_expr(rows, "from", "value", FROM_ROLE).alias("conversations")
        fields = [pl.col("instruction"), pl.col("response"), conversations]
    else:  # "columns": the reader mapped the chosen fields onto instruction/response
        instruction, response = column_names
        fields = [pl.col("instruction").alias(instruction or "instruction")]
        fields.append(pl.col("response").alias(response or "response"))
    if _has_source_ids(rows) and "uuid" not in rows.columns:
        fields.insert(0, pl.col("id"))
    frame = rows.select(fields)
    return pl.concat([frame, _passthrough(rows, frame.columns)], how="horizontal")


def _passthrough(rows: pl.DataFrame, taken: list[str]) -> pl.DataFrame:
    """The source's other fields, under their own names again (the reader stores a field named like a
    canonical column, e.g. 'source', as orig_source)."""
    extra = [c for c in rows.columns if c not in CANONICAL_COLUMNS]
    renamed = {c: c.removeprefix("orig_") if c.removeprefix("orig_") in CANONICAL_COLUMNS else c for c in extra}
    keep = [c for c in extra if renamed[c] not in taken]
    return rows.select(pl.col(c).alias(renamed[c]) for c in keep)


def _has_source_ids(rows: pl.DataFrame) -> bool:
    """True when the ids came from the source rather than the conversation hash, so they belong in the file.
    The reader uses one rule for a whole dataset, so the first row tells."""
    if rows.is_empty():
        return False
    first = rows.row(0, named=True)
    digest = conversation_hash(first["conversation"], first["system"])
    return first["id"] != digest and not first["id"].startswith(f"{digest}-")


def _alpaca_instruction(rows: pl.DataFrame) -> pl.Expr:
    """Alpaca's canonical instruction is instruction + blank line + input; cut the input back off."""
    instruction = pl.col("instruction")
    if "input" not in rows.columns:
        return instruction
    suffix = pl.lit("\n\n") + pl.col("input").fill_null("")
    joined = (pl.col("input").fill_null("") != "") & instruction.str.ends_with(suffix)
    original = instruction.str.slice(0, instruction.str.len_chars() - suffix.str.len_chars())
    return pl.when(joined).then(original).otherwise(instruction).alias("instruction")


def _input(rows: pl.DataFrame) -> pl.Expr:
    return pl.col("input").fill_null("") if "input" in rows.columns else pl.lit("").alias("input")


def _append_analysis(frame: pl.DataFrame, ids: pl.Series, analysis: pl.DataFrame, with_id: bool) -> pl.DataFrame:
    """Analysis columns after the data columns; clashing names get a synthlens_ prefix."""
    aligned = pl.DataFrame({"id": ids}).join(analysis, on="id", how="left", maintain_order="left")
    renames = {c: f"{ANALYSIS_PREFIX}{c}" for c in aligned.columns if c != "id" and c in frame.columns}
    aligned = aligned.rename(renames)
    if not with_id or "id" in frame.columns:
        aligned = aligned.drop("id")
    return pl.concat([frame, aligned], how="horizontal")
