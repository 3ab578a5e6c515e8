"""What generate writes, the readers take back: the same conversations, turns and system prompt, no renames."""

import json
from pathlib import Path

from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, text_reply
from recipe_runs import run_recipe

from synthlens.generate.magpie import Magpie
from synthlens.generate.templates import family_format
from synthlens.ingest import IngestOptions, ingest_dataset


def handler(request: ScriptedRequest) -> Reply:
    if request.is_raw_completion:
        return text_reply(f"Which sauce goes with dish {request.body['seed']}?")
    return chat_reply(f"Try a light sauce for {len(request.messages)} turns.")


def test_multi_turn_rows_round_trip_through_the_readers(tmp_path: Path) -> None:
    recipe = Magpie(family_format("llama3"), turns=2, system="You are a chef.")
    with LLMServer(handler) as server:
        written, _ = run_recipe(recipe, server, tmp_path / "gen.jsonl", rows=3)
    rows = ingest_dataset(tmp_path / "gen.jsonl", tmp_path / "run", IngestOptions()).workspace.rows()
    assert rows["id"].to_list() == [row["id"] for row in written]
    assert set(rows["source_format"]) == {"openai"} and rows["n_turns"].to_list() == [2, 2, 2]
    assert rows["system"].to_list() == ["You are a chef."] * 3
    for row, original in zip(rows.iter_rows(named=True), written, strict=True):
        assert row["conversation"] == original["messages"][1:]
        assert row["instruction"] == original["messages"][1]["content"]
    assert not [name for name in rows.columns if name.startswith("orig_")]
    assert {"gen_recipe", "gen_model", "gen_params", "gen_seed", "gen_index"} <= set(rows.columns)
    assert json.loads(rows["gen_params"][0])["recipe"]["turns"] == 2
