"""The stats stage: lengths, turns, empty responses, incomplete instructions and exact duplicates."""

from collections.abc import Callable
from functools import cache

import polars as pl

from synthlens.progress import ProgressFn, silent
from synthlens.workspace import Workspace

STAGE = "stats"
# Magpie treats an instruction ending in ':' as cut off before its input ("Translate this:").
INCOMPLETE_ENDINGS = (":",)
# Texts tokenised at once: a tokenizer's encodings of a million texts held together took 7 GB.
TOKENIZE_BATCH = 10_000


def run(workspace: Workspace, progress: ProgressFn = silent) -> pl.DataFrame:
    """Per-row statistics, computed once per input."""
    params = {"tokenizer": "all-MiniLM-L6-v2 wordpiece", "incomplete_endings": INCOMPLETE_ENDINGS}
    return workspace.run_stage(STAGE, params, lambda: row_stats(workspace.rows(), progress))


def row_stats(rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
    response = pl.col("response").fill_null("")
    conversation_text = pl.col("conversation").list.eval(pl.element().struct.field("content")).list.join("\x1f")
    key = pl.concat_str([pl.col("system").fill_null(""), conversation_text], separator="\x1e").hash()
    table = rows.select(
        "id",
        pl.col("instruction").str.len_chars().alias("instruction_chars"),
        response.str.len_chars().alias("response_chars"),
        (response.str.strip_chars() == "").alias("is_empty_response"),
        pl.col("instruction").str.strip_chars_end().str.ends_with(":").alias("is_incomplete"),
        pl.len().over(key).alias("exact_dup_count").cast(pl.Int32),
        (pl.int_range(pl.len()).over(key) > 0).alias("is_exact_dup"),
    )
    # Tokenising is the slow part (about a minute per million rows): it reports its progress as "stats".
    texts = rows["instruction"].to_list() + rows["response"].fill_null("").to_list()
    counts = token_counts(texts, lambda done, total: progress(STAGE, done, total))
    return table.with_columns(
        pl.Series("instruction_tokens", counts[: rows.height], dtype=pl.Int32),
        pl.Series("response_tokens", counts[rows.height :], dtype=pl.Int32),
    )


def token_counts(texts: list[str], progress: Callable[[int, int], None] | None = None) -> list[int]:
    """Token counts with the bundled MiniLM WordPiece tokenizer (fast, offline; close to LLM tokenizers)."""
    tokenizer, counts = _tokenizer(), []
    for start in range(0, len(texts), TOKENIZE_BATCH):
        # the fast form skips character offsets, which counting does not need
        encodings = tokenizer.encode_batch_fast(texts[start : start + TOKENIZE_BATCH], add_special_tokens=False)
        counts += [len(encoding.ids) for encoding in encodings]
        if progress is not None:
            progress(len(counts), len(texts))
    return counts


@cache
def _tokenizer():  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer

    from synthlens.embed.local import bundled_model_dir

    tokenizer = Tokenizer.from_file(str(bundled_model_dir() / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def summary(workspace: Workspace) -> pl.DataFrame:
    """A two-column (metric, value) table describing the run, for `synthlens info`."""
    rows = workspace.rows(["source_format", "n_turns"])
    table = workspace.read_stage(STAGE)
    formats = ", ".join(f"{fmt} {count:,}" for fmt, count in rows["source_format"].value_counts().iter_rows())
    facts = [
        ("rows", f"{rows.height:,}"),
        ("formats", formats),
        ("multi-turn rows", f"{(rows['n_turns'] > 1).sum():,}"),
        ("mean turns", f"{rows['n_turns'].mean() or 0:.2f}"),
    ]
    for column in ("instruction_chars", "instruction_tokens", "response_chars", "response_tokens"):
        series = table[column]
        facts.append(
            (
                column,
                f"mean {series.mean() or 0:,.0f} | median {series.median() or 0:,.0f} | "
                f"p95 {series.quantile(0.95) or 0:,.0f} | max {series.max() or 0:,}",
            )
        )
    facts += [
        ("empty responses", f"{table['is_empty_response'].sum():,}"),
        ("incomplete instructions (end in ':')", f"{table['is_incomplete'].sum():,}"),
        ("exact duplicate rows (beyond the first)", f"{table['is_exact_dup'].sum():,}"),
    ]
    return pl.DataFrame(facts, schema=["metric", "value"], orient="row")
