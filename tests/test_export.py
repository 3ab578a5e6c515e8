"""Export: kept rows back in their source format (read back with the readers), canonical and OpenAI forms,
byte-identical repeats, path safety, overwriting, save_to_disk, and the dataset card."""

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.errors import SynthlensError
from synthlens.export import ExportOptions, export_run
from synthlens.filter import recipe_from_dict
from synthlens.ingest import ingest_dataset
from synthlens.readers import read_dataset
from synthlens.workspace import Workspace

SOURCES: dict[str, list[dict[str, Any]]] = {
    "alpaca": [
        {"instruction": "Translate to English", "input": "Bonjour", "output": "Hello"},
        {"instruction": "List three colours:", "input": "", "output": "red, green, blue"},
        {"instruction": "Add the numbers", "input": "2 and 2", "output": "4", "source": "math-set"},
        {"instruction": "Name a prime", "input": "", "output": "7"},
    ],
    "sharegpt": [
        {"id": "s1", "conversations": [{"from": "system", "value": "Be brief."}, {"from": "human", "value": "Hi"},
                                       {"from": "gpt", "value": "Hello!"}, {"from": "human", "value": "Bye"},
                                       {"from": "gpt", "value": "Bye!"}]},
        {"id": "s2", "conversations": [{"from": "human", "value": "Explain the following:"},
                                       {"from": "gpt", "value": "Sure"}]},
        {"id": "s3", "conversations": [{"from": "human", "value": "Café?"}, {"from": "gpt", "value": "Oui ☕"}]},
    ],
    "openai": [
        {"messages": [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "2+2?"},
                      {"role": "assistant", "content": "4"}]},
        {"messages": [{"role": "user", "content": "Define:"}, {"role": "assistant", "content": "What?"}]},
        {"messages": [{"role": "user", "content": "Capital of France?"}, {"role": "assistant", "content": "Paris"}]},
    ],
    "magpie": [
        {"uuid": "u-1", "instruction": "Write a limerick", "response": "A cat...", "task_category": "Creative writing",
         "conversations": [{"from": "human", "value": "Write a limerick"}, {"from": "gpt", "value": "A cat..."}]},
        {"uuid": "u-2", "instruction": "Summarize this:", "response": "Ok", "task_category": "Editing",
         "conversations": [{"from": "human", "value": "Summarize this:"}, {"from": "gpt", "value": "Ok"}]},
        {"uuid": "u-3", "instruction": "Solve x+1=3", "response": "x=2", "task_category": "Math",
         "conversations": [{"from": "human", "value": "Solve x+1=3"}, {"from": "gpt", "value": "x=2"}]},
    ],
}  # fmt: skip
NO_COLON = recipe_from_dict({"name": "no-colon", "conditions": ['instruction not_endswith ":"']})


def ingest(tmp_path: Path, fmt: str) -> Workspace:
    """A run ingested by the real reader from a source file of the given format."""
    source = tmp_path / f"{fmt}.jsonl"
    source.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in SOURCES[fmt]))
    return ingest_dataset(source, tmp_path / f"run-{fmt}").workspace


def comparable(rows: pl.DataFrame) -> pl.DataFrame:
    """The columns a round trip must preserve (source and row_index name the file, so they change)."""
    return rows.drop("source", "row_index").sort("id")


@pytest.mark.parametrize("fmt", list(SOURCES))
@pytest.mark.parametrize("file_format", ["jsonl", "parquet"])
def test_round_trip_in_the_original_format(tmp_path: Path, fmt: str, file_format: str) -> None:
    ws = ingest(tmp_path, fmt)
    result = export_run(ws, tmp_path / "out", ExportOptions(file_format=file_format), recipe=NO_COLON)
    back = read_dataset(result.files[0])
    kept = ws.rows().filter(~pl.col("instruction").str.ends_with(":"))
    assert result.kept_rows == kept.height == back.height
    assert back["source_format"].unique().to_list() == [fmt]
    assert comparable(back).equals(comparable(kept))


def test_alpaca_stays_alpaca(tmp_path: Path) -> None:
    result = export_run(ingest(tmp_path, "alpaca"), tmp_path / "out")
    lines = result.files[0].read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {
        "instruction": "Translate to English",
        "input": "Bonjour",
        "output": "Hello",
        "source": None,
    }
    assert json.loads(lines[2])["source"] == "math-set"  # a source field named like a canonical column comes back


def test_sharegpt_stays_sharegpt_with_its_ids_and_system_turn(tmp_path: Path) -> None:
    result = export_run(ingest(tmp_path, "sharegpt"), tmp_path / "out")
    first = json.loads(result.files[0].read_text(encoding="utf-8").splitlines()[0])
    assert first["id"] == "s1"
    assert [turn["from"] for turn in first["conversations"]] == ["system", "human", "gpt", "human", "gpt"]
    assert "Oui ☕" in result.files[0].read_text(encoding="utf-8")  # UTF-8 written as is, not \u escapes


def test_openai_messages_form_from_any_source(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "sharegpt")
    result = export_run(ws, tmp_path / "out", ExportOptions(style="openai"))
    first = json.loads(result.files[0].read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == ["messages"]
    assert first["messages"][:2] == [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    back = read_dataset(result.files[0])
    assert back["conversation"].to_list() == ws.rows()["conversation"].to_list()
    assert back["system"].to_list() == ws.rows()["system"].to_list()


def test_canonical_form_is_the_run_rows(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "magpie")
    result = export_run(ws, tmp_path / "out", ExportOptions(style="canonical", file_format="parquet"))
    assert pl.read_parquet(result.files[0]).equals(ws.rows())


def test_analysis_columns_follow_the_data_and_clashes_are_prefixed(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "magpie")
    ids = ws.rows()["id"]
    ws.run_stage("category", {}, lambda: pl.DataFrame({"id": ids, "task_category": ["Poetry", "Editing", "Math"]}))
    ws.run_stage("reward", {}, lambda: pl.DataFrame({"id": ids, "instruct_reward": [1.5, float("nan"), -2.0]}))
    result = export_run(ws, tmp_path / "out", ExportOptions(with_analysis=True))
    rows = [json.loads(line) for line in result.files[0].read_text(encoding="utf-8").splitlines()]
    assert list(rows[0])[-2:] == ["synthlens_task_category", "instruct_reward"]
    assert rows[0]["task_category"] == "Creative writing" and rows[0]["synthlens_task_category"] == "Poetry"
    assert rows[1]["instruct_reward"] is None  # NaN is not JSON


def test_unfiltered_run_exports_every_row(tmp_path: Path) -> None:
    result = export_run(ingest(tmp_path, "openai"), tmp_path / "out")
    assert result.recipe is None and result.kept_rows == result.total_rows == 3
    assert "All 3 rows of `openai`; no filter recipe was applied." in (tmp_path / "out" / "README.md").read_text()


def test_export_uses_the_recipe_the_run_was_filtered_with(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "openai")
    from synthlens import filter as recipes

    recipes.run(ws, NO_COLON)
    result = export_run(Workspace.open(ws.root), tmp_path / "out")
    assert result.recipe == NO_COLON and result.kept_rows == 2


def test_mixed_formats_need_a_common_style(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "alpaca")
    rows = ws.rows().with_columns(
        pl.when(pl.col("row_index") == 0).then(pl.lit("sharegpt")).otherwise("source_format").alias("source_format")
    )
    ws.write_rows(rows)
    with pytest.raises(SynthlensError, match=r"rows come from 2 formats \(alpaca, sharegpt\).*--style canonical"):
        export_run(ws, tmp_path / "out")
    assert export_run(ws, tmp_path / "out2", ExportOptions(style="openai")).kept_rows == 4


@pytest.mark.parametrize("file_format", ["jsonl", "parquet", "hf"])
def test_same_recipe_on_same_run_writes_identical_bytes(tmp_path: Path, file_format: str) -> None:
    ws = ingest(tmp_path, "magpie")
    options = ExportOptions(file_format=file_format, with_analysis=True)
    first = export_run(ws, tmp_path / "a", options, recipe=NO_COLON)
    second = export_run(Workspace.open(ws.root), tmp_path / "b", options, recipe=NO_COLON)
    files_a = {path.relative_to(first.folder): path.read_bytes() for path in sorted(first.folder.rglob("*"))}
    files_b = {path.relative_to(second.folder): path.read_bytes() for path in sorted(second.folder.rglob("*"))}
    assert len(files_a) >= 3 and files_a == files_b


def test_save_to_disk_round_trip(tmp_path: Path) -> None:
    import datasets

    ws = ingest(tmp_path, "sharegpt")
    result = export_run(ws, tmp_path / "hf", ExportOptions(file_format="hf"), recipe=NO_COLON)
    loaded = datasets.load_from_disk(str(result.folder))
    assert loaded.num_rows == 2 and loaded[0]["id"] == "s1"
    assert comparable(read_dataset(result.folder)).equals(comparable(ws.rows().filter(pl.col("id") != "s2")))
    assert (result.folder / "README.md").exists() and (result.folder / "recipe.yaml").exists()


def test_existing_output_is_kept_without_overwrite(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "openai")
    export_run(ws, tmp_path / "out")
    before = (tmp_path / "out" / "train.jsonl").read_bytes()
    with pytest.raises(SynthlensError, match=r"train.jsonl already exists; .*fix: pass --overwrite"):
        export_run(ws, tmp_path / "out", recipe=NO_COLON)
    assert (tmp_path / "out" / "train.jsonl").read_bytes() == before
    export_run(ws, tmp_path / "out", ExportOptions(overwrite=True), recipe=NO_COLON)
    assert len((tmp_path / "out" / "train.jsonl").read_text().splitlines()) == 2


def test_hf_export_never_replaces_a_folder_it_did_not_write(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "openai")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(SynthlensError, match="holds files that are not a datasets save_to_disk folder"):
        export_run(ws, tmp_path / "mine", ExportOptions(file_format="hf", overwrite=True))
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    export_run(ws, tmp_path / "hf", ExportOptions(file_format="hf"))
    with pytest.raises(SynthlensError, match="already exists"):
        export_run(ws, tmp_path / "hf", ExportOptions(file_format="hf"))
    export_run(ws, tmp_path / "hf", ExportOptions(file_format="hf", overwrite=True), recipe=NO_COLON)


@pytest.mark.parametrize("split", ["../escape", "/etc/passwd", "a/../../b", ".hidden", ""])
def test_output_names_cannot_leave_the_folder(tmp_path: Path, split: str) -> None:
    with pytest.raises(SynthlensError, match="is not a plain relative file name"):
        export_run(ingest(tmp_path, "openai"), tmp_path / "out", ExportOptions(split=split))
    assert not (tmp_path / "escape.jsonl").exists()


def test_symlink_leading_outside_the_folder_is_refused(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "openai")
    outside = tmp_path / "outside.jsonl"
    outside.write_text("precious\n")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "train.jsonl").symlink_to(outside)
    with pytest.raises(SynthlensError, match=r"resolves to .*outside.jsonl, outside .*out"):
        export_run(ws, tmp_path / "out", ExportOptions(overwrite=True))
    assert outside.read_text() == "precious\n"


def test_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x")
    with pytest.raises(SynthlensError, match="is a file; allowed: a folder"):
        export_run(ingest(tmp_path, "openai"), tmp_path / "out")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (ExportOptions(file_format="csv"), "export format 'csv' is unknown; allowed: jsonl, parquet, hf"),
        (ExportOptions(style="chatml"), "export style 'chatml' is unknown; allowed: original, canonical, openai"),
        (ExportOptions(file_format="hf", push_to_hub="me/x"), "allowed formats with it: jsonl, parquet"),
    ],
    ids=["format", "style", "hf-push"],
)
def test_bad_export_options_are_refused(tmp_path: Path, options: ExportOptions, message: str) -> None:
    with pytest.raises(SynthlensError, match=message):
        export_run(ingest(tmp_path, "openai"), tmp_path / "out", options)


def test_card_documents_recipe_funnel_and_distributions(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "magpie")
    ids = ws.rows()["id"]
    labels = ["excellent", "poor", "good"]
    ws.run_stage("quality", {}, lambda: pl.DataFrame({"id": ids, "input_quality": labels}))
    recipe = recipe_from_dict(
        {"name": "good-only", "description": "Good inputs.", "conditions": ["input_quality >= good"]}
    )
    export_run(ws, tmp_path / "out", ExportOptions(file_format="parquet"), recipe=recipe)
    card = (tmp_path / "out" / "README.md").read_text()
    assert card.startswith("---\ntags:\n- synthlens\n- synthetic\nconfigs:\n- config_name: default\n")
    assert "  - split: train\n    path: train.parquet\n---\n" in card
    assert "2 of 3 rows (66.7%) of `magpie`, kept by the synthlens filter recipe `good-only`." in card
    assert "\nGood inputs.\n" in card
    assert (
        "```yaml\nname: good-only\ndescription: Good inputs.\nconditions:\n- column: input_quality\n  op: '>='\n"
        in card
    )
    assert "| input_quality_lt_good | input_quality >= good | 1 | 1 | 2 |" in card
    assert "### task_category\n\n| value | before | after | before share | after share |" in card
    assert "| Editing | 1 | 0 | 33.3% | 0.0% |" in card
    assert "### input_quality" in card and "| poor | 1 | 0 | 33.3% | 0.0% |" in card
    assert "synthlens filter RUN --recipe recipe.yaml\nsynthlens export RUN -o OUT --format parquet" in card
    assert (tmp_path / "out" / "recipe.yaml").read_text().startswith("name: good-only\n")


def test_export_command_filters_and_writes(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "alpaca")
    recipe = tmp_path / "r.yaml"
    recipe.write_text("name: no-colon\nconditions: ['instruction not_endswith \":\"']\n")
    args = ["export", str(ws.root), "-o", str(tmp_path / "out"), "--recipe", str(recipe), "--format", "parquet"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "recipe no-colon: kept 3 of 4 rows" in result.output
    assert pl.read_parquet(tmp_path / "out" / "train.parquet").height == 3
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 1 and "already exists" in str(again.exception)


class _LlmCategoryJudge:
    """Stands in for an LLM category judge: a model id as generator, no provenance of its own."""

    name, generator, columns = "category", "meta-llama/Meta-Llama-3-8B-Instruct", ["task_category"]

    def params(self) -> dict:
        return {}

    def tag(self, rows: pl.DataFrame, progress: Any = None) -> pl.DataFrame:
        return rows.select("id", pl.lit("Math").alias("task_category"))


def test_card_says_which_tags_came_from_offline_taggers_and_which_from_an_llm(tmp_path: Path) -> None:
    from synthlens.judge import run_tagger
    from synthlens.judge.offline import QualityTagger

    ws = ingest(tmp_path, "magpie")
    run_tagger(ws, QualityTagger())
    run_tagger(ws, _LlmCategoryJudge())
    recipe = recipe_from_dict({"name": "r", "conditions": ["instruct_reward >= 0", "input_quality >= very poor"]})
    export_run(ws, tmp_path / "out", ExportOptions(file_format="parquet"), recipe=recipe)
    card = (tmp_path / "out" / "README.md").read_text()
    assert "## How the tags were made" in card
    assert "The quality tags were made on the CPU by synthlens's offline taggers, not by an LLM judge" in card
    assert "| quality | input_quality, quality_explanation | offline rules (no LLM) | heuristic-v1 |" in card
    assert "| category | task_category, other_task_category | LLM judge | meta-llama/Meta-Llama-3-8B-Instruct |" in card
    assert "- skipped instruct_reward >= 0: this run has no 'instruct_reward'; synthlens reward RUN" in card


# item 4: the source is never written to
@pytest.mark.parametrize("file_format", ["jsonl", "hf"])
def test_export_never_writes_over_the_runs_source(tmp_path: Path, file_format: str) -> None:
    ws = ingest(tmp_path, "alpaca")
    source = tmp_path / "alpaca.jsonl"
    before = source.read_bytes()
    out, split = (tmp_path, "alpaca") if file_format == "jsonl" else (tmp_path, "train")
    options = ExportOptions(file_format=file_format, overwrite=True, split=split)
    with pytest.raises(SynthlensError, match=r"is the run's source .* never writes over its source"):
        export_run(ws, out, options)
    assert source.read_bytes() == before


# item 21: the same types as a JSONL export, strict JSON, the user's umask
@pytest.mark.parametrize("file_format", ["parquet", "hf"])
def test_text_columns_are_string_not_large_string(tmp_path: Path, file_format: str) -> None:
    import datasets

    ws = ingest(tmp_path, "sharegpt")
    result = export_run(ws, tmp_path / "out", ExportOptions(file_format=file_format))
    jsonl = export_run(ws, tmp_path / "out-jsonl").files[0]
    from_jsonl = datasets.load_dataset("json", data_files=str(jsonl), split="train").features
    if file_format == "parquet":
        features = datasets.load_dataset("parquet", data_files=str(result.files[0]), split="train").features
    else:
        features = datasets.load_from_disk(str(result.folder)).features
    assert "large" not in str(features)
    assert features == from_jsonl


def test_nan_and_infinity_inside_nested_values_become_null(tmp_path: Path) -> None:
    ws = ingest(tmp_path, "magpie")
    ids = ws.rows()["id"]
    scores = [[1.0, float("nan")], [float("inf")], [-float("inf"), 2.0]]
    ws.run_stage("scores", {}, lambda: pl.DataFrame({"id": ids, "scores": scores, "top": [float("inf"), 1.0, 2.0]}))
    result = export_run(ws, tmp_path / "out", ExportOptions(with_analysis=True))
    rows = [json.loads(line, parse_constant=lambda name: pytest.fail(f"{name} in the file")) for line in
            result.files[0].read_text(encoding="utf-8").splitlines()]  # fmt: skip
    by_uuid = {row["uuid"]: row for row in rows}
    assert by_uuid["u-1"]["scores"] == [1.0, None] and by_uuid["u-1"]["top"] is None
    assert by_uuid["u-2"]["scores"] == [None] and by_uuid["u-3"]["scores"] == [None, 2.0]


def test_exported_files_get_the_umask_mode(tmp_path: Path) -> None:
    import os

    previous = os.umask(0o022)
    try:
        result = export_run(ingest(tmp_path, "alpaca"), tmp_path / "out")
    finally:
        os.umask(previous)
    assert {path.stat().st_mode & 0o777 for path in result.files} == {0o644}
