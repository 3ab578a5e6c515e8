"""What a recipe may name: the columns each stage writes, the helper columns computed on the fly, and the
label scales that make `input_quality >= average` an ordered comparison."""

import polars as pl

from synthlens.judge.labels import DIFFICULTIES, INPUT_QUALITIES

STAGE_COLUMNS: dict[str, tuple[str, ...]] = {
    "stats": (
        "instruction_chars",
        "response_chars",
        "instruction_tokens",
        "response_tokens",
        "is_empty_response",
        "is_incomplete",
        "exact_dup_count",
        "is_exact_dup",
    ),
    "neighbors": (
        "nn_ids",
        "nn_sims",
        "min_neighbor_distance",
        "min_neighbor_distance_l2",
        "min_similar_uuid",
        "repeat_count",
    ),
    "dedup": ("dup_group", "dup_group_size", "is_dup_representative"),
    "exact_dedup": ("norm_hash", "is_norm_dup", "minhash_group"),
    "overlap": (
        "ref_nearest_id",
        "ref_nearest_sim",
        "is_contaminated",
        "ngram_overlap",
        "ref_exact_match",
        "ref_nearest_reference",
        "contaminated_by",
    ),
    "coverage": ("x", "y", "cluster", "cluster_label"),
    "category": ("task_category", "other_task_category", "task_category_confidence", "task_category_generator"),
    "quality": ("input_quality", "quality_explanation", "input_quality_generator"),
    "difficulty": ("difficulty", "difficulty_confidence", "intent", "knowledge", "difficulty_generator"),
    "language": ("language", "language_confidence", "language_generator"),
    "safety": ("is_safe", "hazard_categories", "hazard_names", "safety_confidence", "safety_generator"),
    "reward": ("instruct_reward", "reward_generator"),
    "nemotron": ("helpfulness", "correctness", "coherence", "complexity", "verbosity", "reward_score"),
    "tokens": ("total_tokens",),
}
COLUMN_STAGE = {column: stage for stage, columns in STAGE_COLUMNS.items() for column in columns}
JUDGE_STAGES = ("category", "quality", "difficulty", "language", "safety", "reward", "nemotron")
# Stages only a model server writes: offline, a recipe's conditions on their columns are skipped (see missing).
MODEL_SERVER_STAGES = ("reward", "nemotron")
# The command that really writes each judge stage (offline taggers come with `synthlens analyze`).
JUDGE_COMMANDS = {
    "category": "synthlens analyze DATA -o RUN (offline) or synthlens tag RUN --endpoint URL --model MODEL",
    "quality": "synthlens analyze DATA -o RUN (offline) or synthlens tag RUN --endpoint URL --model MODEL",
    "difficulty": "synthlens analyze DATA -o RUN (offline) or synthlens tag RUN --endpoint URL --model MODEL",
    "language": "synthlens analyze DATA -o RUN",
    "safety": "synthlens analyze DATA -o RUN (offline) or synthlens guard RUN --endpoint URL",
    "reward": "synthlens reward RUN (a local reward model)",
    "nemotron": "synthlens reward RUN --endpoint URL (a Nemotron reward API)",
}
FILTER_COLUMNS = ("keep", "drop_reason")

# Computed from the row text when no stage wrote them, so length conditions work on a freshly ingested run.
# Both count characters, like the stats stage's instruction_chars / response_chars.
DERIVED: dict[str, pl.Expr] = {
    "instruction_length": pl.col("instruction").str.len_chars(),
    "response_length": pl.col("response").str.len_chars(),
}

# Label scales, lowest first; recipes may add their own under `orders`.
ORDERED_LABELS: dict[str, tuple[str, ...]] = {
    "input_quality": INPUT_QUALITIES,
    "difficulty": DIFFICULTIES,
}


def stage_command(stage: str) -> str:
    """The command that writes a stage's columns, for the fix part of a missing-column error."""
    if stage == "stats":
        return "synthlens info RUN or synthlens analyze"
    if stage == "tokens":
        return "synthlens select RUN (it counts the tokens of every turn)"
    if stage in JUDGE_COMMANDS:
        return JUDGE_COMMANDS[stage]
    if stage == "overlap":  # analyze does not check against a reference: it needs one named
        return "synthlens overlap RUN --reference EVAL.jsonl"
    return f"synthlens analyze (stage '{stage}')"


def column_expr(name: str, schema: pl.Schema) -> pl.Expr:
    """The expression reading a column: the stored one if the run has it, else its derived form."""
    if name in schema or name not in DERIVED:
        return pl.col(name)
    return DERIVED[name]


def available(schema: pl.Schema) -> list[str]:
    """Every column a recipe can name on this table, derived helpers included."""
    derived = [name for name in DERIVED if name not in schema]
    return [name for name in schema if name not in FILTER_COLUMNS] + derived


def dtype_of(name: str, schema: pl.Schema) -> pl.DataType:
    return schema[name] if name in schema else pl.UInt32()
