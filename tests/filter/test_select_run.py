"""Selection on a real run of the demo data: the budget holds, no two rows taken are near-copies, tokens
count every turn, the same rows come out whatever the input order, floors and caps hold, and the command
records itself in the run."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from synthlens import filter as recipes
from synthlens.embed.local import bundled_model_dir
from synthlens.embed.stage import stored_embeddings
from synthlens.errors import SynthlensError
from synthlens.filter.select import tokens
from synthlens.stats import token_counts
from synthlens.workspace import Workspace

LIMIT = 0.8  # lower than the default, so that the demo's paraphrases and near-topics are skipped


def select_recipe(**select: object) -> recipes.Recipe:
    plain = {"score": "input_quality + response_length / 1000", "max_similarity": LIMIT, **select}
    return recipes.recipe_from_dict({"name": "t", "conditions": ["not is_incomplete"], "select": plain})


@pytest.fixture(scope="module")
def run_a(demo_versions, tmp_path_factory) -> Workspace:
    """A copy of the demo run A, so that filtering it leaves the shared one as it was."""
    import shutil

    copy = tmp_path_factory.mktemp("select") / "run"
    shutil.copytree(demo_versions.a.root, copy)
    return Workspace.open(copy)


def test_the_token_budget_holds_and_no_two_rows_taken_are_near_copies(run_a: Workspace) -> None:
    result = recipes.run(run_a, select_recipe(budget_tokens="20K"))
    table = run_a.joined()
    taken = table.filter(pl.col("keep"))
    assert 0 < taken.height < table.height
    assert 19_000 < taken["total_tokens"].sum() <= 20_000
    assert set(table["drop_reason"].drop_nulls()) == {"is_incomplete_true", "select_too_similar", "select_budget"}
    _, vectors = stored_embeddings(run_a)
    chosen = np.asarray(vectors)[table["keep"].to_numpy()]
    similarities = chosen @ chosen.T
    np.fill_diagonal(similarities, 0)
    assert similarities.max() < LIMIT
    skipped = np.asarray(vectors)[table["drop_reason"].eq_missing("select_too_similar").to_numpy()]
    assert ((skipped @ chosen.T).max(axis=1) >= LIMIT).all()  # each skipped row has a near-copy taken
    report = result.selection
    assert report["taken"] == taken.height and report["tokens_taken"] == taken["total_tokens"].sum()
    assert sum(row["taken"] for row in report["per_category"]) == report["taken"]
    assert report["too_similar"] == table["drop_reason"].eq_missing("select_too_similar").sum() > 0
    assert report["diversity"]["taken_pairs_at_limit_share"] == 0.0


def test_tokens_count_every_turn_and_the_system_prompt(run_a: Workspace) -> None:
    ws = run_a
    rows = ws.rows().join(tokens.run(ws), on="id")
    multi = rows.filter(pl.col("n_turns") > 1).head(5)
    assert multi.height == 5
    for conversation, system, total in multi.select("conversation", "system", "total_tokens").iter_rows():
        texts = [turn["content"] for turn in conversation] + ([system] if system else [])
        assert total == sum(token_counts(texts))
    stats = ws.read_stage("stats").join(rows.select("id", "total_tokens"), on="id")
    assert (stats["total_tokens"] >= stats["instruction_tokens"] + stats["response_tokens"]).all()


def test_a_local_hugging_face_tokenizer_counts_like_the_bundled_one(demo_versions) -> None:
    rows = demo_versions.a.rows().head(50)
    bundled = tokens.conversation_tokens(rows, tokens.load_counter("minilm"))
    local = tokens.conversation_tokens(rows, tokens.load_counter(str(bundled_model_dir())))
    assert local.equals(bundled)
    with pytest.raises(SynthlensError, match="tokenizer 'no-such/tokenizer' is not on this machine.*fix: "):
        tokens.load_counter("no-such/tokenizer")


@pytest.mark.parametrize("exact", [True, False], ids=["exact index", "ivf index"])
def test_the_same_rows_are_selected_whatever_the_input_order(run_a: Workspace, monkeypatch, exact: bool) -> None:
    from synthlens.filter.select import walk

    if not exact:
        monkeypatch.setattr(walk, "EXACT_MAX_ROWS", 50)
    ws = run_a
    table = recipes.filter_table(ws).join(tokens.run(ws), on="id")
    vectors = np.asarray(stored_embeddings(ws)[1])
    recipe = select_recipe(budget_rows=150, min_per_value=5, max={"Information seeking": 20})
    first = recipes.apply(table, recipe, vectors)
    order = np.random.default_rng(7).permutation(table.height)
    shuffled = recipes.apply(table[order], recipe, vectors[order])
    assert first.filter("keep").height == 150
    assert sorted(first.filter("keep")["id"]) == sorted(shuffled.filter("keep")["id"])
    assert first.sort("id").equals(shuffled.sort("id"))


def test_floors_keep_small_categories_and_caps_hold(run_a: Workspace) -> None:
    plain = recipes.run(run_a, select_recipe(budget_rows=60))
    floored = recipes.run(run_a, select_recipe(budget_rows=60, min_per_value=3, max={"Coding & Debugging": 10}))
    taken = {row["category"]: row["taken"] for row in floored.selection["per_category"]}
    available = {row["category"]: row["candidates"] for row in floored.selection["per_category"]}
    starved = [c for c, row in {r["category"]: r for r in plain.selection["per_category"]}.items() if row["taken"] < 3]
    assert starved, "the plain selection should leave some category under 3 rows"
    assert all(taken[category] >= min(3, available[category]) for category in taken)
    assert taken["Coding & Debugging"] <= 10
    assert floored.selection["over_cap"] > 0 and floored.flags["drop_reason"].to_list().count("select_category_cap")


def test_select_command_applies_the_run_recipe_and_records_itself(run_a: Workspace, tmp_path: Path) -> None:
    stored = {"name": "clean", "conditions": ["not is_incomplete"], "top": {"n": 100, "by": "response_length"}}
    recipes.run(run_a, recipes.recipe_from_dict(stored))
    command = [sys.executable, "-m", "synthlens", "select", str(run_a.root), "--score", "response_length"]
    command += ["--budget-rows", "40", "--max-similarity", "0.85", "--save-recipe", str(tmp_path / "r.yaml")]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"), "COLUMNS": "200"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "its step 'top 100 by response_length desc' is replaced by the selection" in done.stdout
    assert "kept 40 of 500 rows" in done.stdout and "per category" in done.stdout
    manifest = json.loads((run_a.root / "manifest.json").read_text())
    assert manifest["commands"][-1]["argv"] == ["synthlens", *command[3:]]
    saved = recipes.load_recipe(tmp_path / "r.yaml")
    assert (
        saved.name == "clean" and saved.top is None and saved.conditions == recipes.recipe_from_dict(stored).conditions
    )
    assert saved.select is not None and saved.select.budget_rows == 40
