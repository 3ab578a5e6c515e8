"""Turn canonical rows back into a dataset format: the source's own (Alpaca stays Alpaca, ShareGPT stays
ShareGPT), the canonical table, or OpenAI messages; analysis columns are appended on request."""

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.schema import CANONICAL_COLUMNS

STYLES = ("original", "canonical", "openai")
FROM_ROLE = {"user": "human", "assistant": "gpt"}
ANALYSIS_PREFIX = "synthlens_"


def to_style(rows: pl.DataFrame, style: str, analysis: pl.DataFrame | None = None) -> pl.DataFrame:
    """The rows in the chosen style, with the analysis columns (keyed by id) appended when given."""
    if style not in STYLES:
        raise SynthlensError(
            f"export style '{style}' is unknown; allowed: {', '.join(STYLES)}; fix: pick one"
        )
    rows = rows.sort(["row_index", "id"], maintain_order=True)
    if style == "canonical":
        frame = rows
    elif style == "openai":
        frame = rows.select(turns_expr(rows, "role", "content", {}).alias("messages"))
    else:
        frame = _original(rows)
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
    turns = pl.col("conversation").list.eval(
        pl.struct(role.alias(role_key), turn.field("content").alias(text_key))
    )
    if "system" not in rows.columns:
        return turns
    system = pl.struct(pl.lit("system").alias(role_key), pl.col("system").alias(text_key))
    return pl.when(pl.col("system").is_not_null()).then(pl.concat_list(system, turns)).otherwise(turns)


def _original(rows: pl.DataFrame) -> pl.DataFrame:
    fmt = source_format(rows)
    if fmt == "alpaca":
        fields = [_alpaca_instruction(rows), _input(rows), pl.col("response").fill_null("").alias("output")]
    elif fmt == "sharegpt":
        fields = [turns_expr(rows, "from", "value", FROM_ROLE).alias("conversations")]
    elif fmt == "openai":
        fields = [turns_expr(rows, "role", "content", {}).alias("messages")]
    elif fmt == "magpie":
        uuid = pl.col("uuid") if "uuid" in rows.columns else pl.col("id")
        conversations = turns_expr(rows, "from", "value", FROM_ROLE).alias("conversations")
        fields = [uuid.alias("uuid"), pl.col("instruction"), pl.col("response"), conversations]
    else:  # "columns": the reader already mapped the chosen columns onto instruction/response
        fields = [pl.col("instruction"), pl.col("response")]
    frame = rows.select(fields)
    extra = [c for c in rows.columns if c not in CANONICAL_COLUMNS and c not in frame.columns]
    return pl.concat([frame, rows.select(extra)], how="horizontal")


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


def _append_analysis(
    frame: pl.DataFrame, ids: pl.Series, analysis: pl.DataFrame, with_id: bool
) -> pl.DataFrame:
    """Analysis columns after the data columns; clashing names get a synthlens_ prefix."""
    aligned = pl.DataFrame({"id": ids}).join(analysis, on="id", how="left", maintain_order="left")
    renames = {c: f"{ANALYSIS_PREFIX}{c}" for c in aligned.columns if c != "id" and c in frame.columns}
    aligned = aligned.rename(renames)
    if not with_id or "id" in frame.columns:
        aligned = aligned.drop("id")
    return pl.concat([frame, aligned], how="horizontal")
