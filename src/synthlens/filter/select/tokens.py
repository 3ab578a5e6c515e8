"""Token counts over every turn of a conversation (system prompt included): what a fine-tuning run pays for.

The default tokenizer is the bundled MiniLM WordPiece (offline, the one `stats` uses); any Hugging Face
tokenizer already on this machine (a cache name such as `meta-llama/Meta-Llama-3-8B-Instruct`, or a folder)
counts instead when named. The counts are the run's `tokens` stage, so a tokenizer counts each run once.
"""

from collections.abc import Callable
from functools import cache

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.filter.model import DEFAULT_TOKENIZER
from synthlens.workspace import Workspace

STAGE = "tokens"
COLUMN = "total_tokens"
BATCH = 10_000

Counter = Callable[[list[str]], list[int]]


def run(ws: Workspace, tokenizer: str = DEFAULT_TOKENIZER) -> pl.DataFrame:
    """The `tokens` stage (id, total_tokens), counted once per run and tokenizer."""
    counter = load_counter(tokenizer)  # fails before any work when the tokenizer is not installed
    return ws.run_stage(STAGE, {"tokenizer": tokenizer}, lambda: conversation_tokens(ws.rows(), counter))


def conversation_tokens(rows: pl.DataFrame, counter: Counter) -> pl.DataFrame:
    """id and total_tokens: the tokens of every turn's content plus the system prompt, per row."""
    numbered = rows.select(pl.int_range(pl.len()).alias("_row"), "conversation", "system")
    turns = numbered.select(
        "_row", pl.col("conversation").list.eval(pl.element().struct.field("content")).alias("text")
    ).explode("text")
    texts = pl.concat([turns, numbered.select("_row", pl.col("system").alias("text"))]).drop_nulls("text")
    counts = [count for start in range(0, texts.height, BATCH) for count in counter(_texts(texts, start))]
    per_row = texts.with_columns(pl.Series("tokens", counts, dtype=pl.Int64)).group_by("_row").agg(pl.sum("tokens"))
    totals = numbered.select("_row").join(per_row, on="_row", how="left", maintain_order="left")
    return pl.DataFrame({"id": rows["id"], COLUMN: totals["tokens"].fill_null(0).cast(pl.Int64)})


def _texts(texts: pl.DataFrame, start: int) -> list[str]:
    return texts["text"].slice(start, BATCH).to_list()


@cache
def load_counter(name: str = DEFAULT_TOKENIZER) -> Counter:
    """A function from texts to token counts (no special tokens added) for a tokenizer name."""
    if name == DEFAULT_TOKENIZER:
        from synthlens.stats import token_counts

        return token_counts
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(name, local_files_only=True)
    except (OSError, ValueError) as error:
        raise SynthlensError(
            f"tokenizer '{name}' is not on this machine ({str(error).splitlines()[0][:120]}); allowed:"
            f" {DEFAULT_TOKENIZER} (bundled) or a Hugging Face tokenizer already downloaded or in a local folder;"
            f" fix: pass --tokenizer {DEFAULT_TOKENIZER}, or download it once with huggingface-cli download {name}"
        ) from None
    if tokenizer.is_fast:  # the Rust tokenizer, batched and without truncation
        backend = tokenizer.backend_tokenizer
        backend.no_truncation()
        backend.no_padding()
        return lambda texts: [len(e.ids) for e in backend.encode_batch(texts, add_special_tokens=False)]
    return lambda texts: [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
