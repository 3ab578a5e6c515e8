"""The bundled demo dataset: committed files match the generator; planted defects match the truth."""

import importlib.util
import json
import re
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from synthlens.judge.labels import TASK_CATEGORIES

DATA = Path(__file__).resolve().parent.parent / "data"
MAGPIE_CATEGORIES = set(TASK_CATEGORIES)


@pytest.fixture(scope="module")
def make_demo() -> ModuleType:
    """The generator script, imported from its file."""
    spec = importlib.util.spec_from_file_location("make_demo", DATA / "make_demo.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_demo"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> dict[str, dict]:
    """The committed demo rows keyed by uuid, in file order."""
    records = [json.loads(line) for line in (DATA / "demo.jsonl").read_text(encoding="utf-8").splitlines()]
    return {record["uuid"]: record for record in records}


@pytest.fixture(scope="module")
def truth() -> dict:
    """The committed ground truth."""
    return json.loads((DATA / "demo_truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def evals() -> dict[str, str]:
    """The committed evaluation prompts keyed by id."""
    lines = (DATA / "eval_questions.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["id"]: record["prompt"] for record in map(json.loads, lines)}


def copies(groups: list[list[str]]) -> list[str]:
    """Every member of the groups except the first (the original)."""
    return [member for group in groups for member in group[1:]]


def normalise(text: str) -> str:
    """Lower-case, whitespace collapsed."""
    return " ".join(text.lower().split())


def test_committed_files_are_what_the_script_produces_now(make_demo: ModuleType, tmp_path: Path) -> None:
    make_demo.write_demo(tmp_path)
    for name in make_demo.FILES:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), f"{name} is stale: rerun make_demo.py"


def test_script_runs_standalone_into_a_given_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(DATA / "make_demo.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    for name in ("demo.jsonl", "demo_truth.json", "eval_questions.jsonl"):
        assert name in result.stdout
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), f"{name} is stale: rerun make_demo.py"


def test_every_content_file_is_read_by_the_generator(make_demo: ModuleType) -> None:
    make_demo.build()
    load = sys.modules["demo_content.content"].load  # cached per file name: one entry per file read
    assert load.cache_info().currsize == len(list((DATA / "demo_content").glob("*.yaml")))


def test_generator_refuses_clean_rows_that_repeat_after_normalisation(
    make_demo: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_pool = make_demo.clean_pool

    def pool_with_repeat(rng):
        items = real_pool(rng)
        first = items[0]
        twin = type(first)("  " + first.instruction.upper() + " ", "another answer", first.category)
        return items + [twin]

    monkeypatch.setattr(make_demo, "clean_pool", pool_with_repeat)
    with pytest.raises(make_demo.DemoDataError, match="repeat after normalisation"):
        make_demo.build()


def test_every_truth_uuid_exists_and_every_row_has_a_category(rows: dict, truth: dict) -> None:
    listed = (
        [u for group in truth["exact_duplicate_groups"] + truth["near_duplicate_groups"] for u in group]
        + truth["incomplete"]
        + truth["empty_response"]
        + truth["low_quality"]
        + truth["unsafe"]
        + truth["multi_turn"]
        + list(truth["unsafe_hazard"])
        + [entry["uuid"] for entry in truth["eval_overlap"]]
    )
    assert set(listed) <= set(rows)
    assert list(truth["category"]) == list(rows)


def test_uuids_are_unique_version_4_uuids(rows: dict) -> None:
    assert all(uuid.UUID(key).version == 4 and str(uuid.UUID(key)) == key for key in rows)
    assert len(rows) >= 1800


COUNTS: list[tuple[str, Callable[[dict], int], int, int]] = [
    ("exact_copies", lambda t: len(copies(t["exact_duplicate_groups"])), 55, 65),
    ("exact_groups_of_three", lambda t: sum(len(g) == 3 for g in t["exact_duplicate_groups"]), 3, 15),
    ("near_copies", lambda t: len(copies(t["near_duplicate_groups"])), 75, 85),
    ("incomplete", lambda t: len(t["incomplete"]), 35, 45),
    ("empty_response", lambda t: len(t["empty_response"]), 35, 45),
    ("low_quality", lambda t: len(t["low_quality"]), 35, 45),
    ("unsafe", lambda t: len(t["unsafe"]), 20, 30),
    ("eval_overlap", lambda t: len(t["eval_overlap"]), 18, 22),
    ("multi_turn", lambda t: len(t["multi_turn"]), 80, 120),
]


@pytest.mark.parametrize(("name", "count", "low", "high"), COUNTS, ids=[c[0] for c in COUNTS])
def test_planted_defect_counts_are_in_range(truth: dict, name: str, count, low: int, high: int) -> None:
    assert low <= count(truth) <= high


def test_near_duplicate_groups_have_two_to_four_members(truth: dict) -> None:
    assert {len(group) for group in truth["near_duplicate_groups"]} == {2, 3, 4}


def test_exact_duplicates_repeat_the_original_instruction_and_response(rows: dict, truth: dict) -> None:
    for group in truth["exact_duplicate_groups"]:
        original = rows[group[0]]
        for member in group[1:]:
            assert (rows[member]["instruction"], rows[member]["response"]) == (
                original["instruction"],
                original["response"],
            )
            assert rows[member]["conversations"] == original["conversations"]


def test_near_duplicates_reword_the_original_without_repeating_it(rows: dict, truth: dict) -> None:
    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z0-9']+", text.lower()))

    for group in truth["near_duplicate_groups"]:
        original = rows[group[0]]["instruction"]
        for member in group[1:]:
            reworded = rows[member]["instruction"]
            assert normalise(reworded) != normalise(original)
            overlap = len(words(original) & words(reworded)) / len(words(original) | words(reworded))
            assert overlap >= 0.4, (original, reworded)


def test_incomplete_instructions_end_with_a_colon(rows: dict, truth: dict) -> None:
    assert all(rows[u]["instruction"].rstrip().endswith(":") for u in truth["incomplete"])


def test_empty_responses_are_empty_in_both_places(rows: dict, truth: dict) -> None:
    for u in truth["empty_response"]:
        assert rows[u]["response"] == ""
        assert rows[u]["conversations"][1] == {"from": "gpt", "value": ""}


def test_low_quality_instructions_are_at_most_five_words(rows: dict, truth: dict) -> None:
    assert all(len(rows[u]["instruction"].split()) <= 5 for u in truth["low_quality"])


def test_unsafe_rows_carry_llama_guard_hazard_codes(truth: dict) -> None:
    assert set(truth["unsafe_hazard"]) == set(truth["unsafe"])
    assert {"S1", "S2", "S9", "S10", "S11"} <= set(truth["unsafe_hazard"].values())


def test_every_category_is_a_magpie_label_and_all_twelve_occur(truth: dict) -> None:
    assert set(truth["category"].values()) == MAGPIE_CATEGORIES


def test_eval_overlap_rows_point_at_real_prompts(rows: dict, truth: dict, evals: dict) -> None:
    kinds = {entry["kind"] for entry in truth["eval_overlap"]}
    assert kinds == {"verbatim", "paraphrase"}
    for entry in truth["eval_overlap"]:
        prompt, instruction = evals[entry["eval_id"]], rows[entry["uuid"]]["instruction"]
        if entry["kind"] == "verbatim":
            assert prompt in instruction
        else:
            assert normalise(prompt) not in normalise(instruction)


def test_no_row_outside_the_overlap_set_contains_an_eval_prompt(rows: dict, truth: dict, evals: dict) -> None:
    overlap = {entry["uuid"] for entry in truth["eval_overlap"]}
    prompts = [normalise(p) for p in evals.values()]
    for key, row in rows.items():
        if key not in overlap:
            assert not any(p in normalise(row["instruction"]) for p in prompts), row["instruction"]


def test_eval_file_has_about_eighty_unique_prompts(evals: dict) -> None:
    assert 75 <= len(evals) <= 85
    assert list(evals) == [f"eval-{n:03d}" for n in range(1, len(evals) + 1)]
    assert len({normalise(p) for p in evals.values()}) == len(evals)


def test_conversations_alternate_and_start_with_instruction_and_response(rows: dict, truth: dict) -> None:
    multi = set(truth["multi_turn"])
    for key, row in rows.items():
        turns = row["conversations"]
        assert [t["from"] for t in turns] == ["human", "gpt"] * (len(turns) // 2)
        assert (turns[0]["value"], turns[1]["value"]) == (row["instruction"], row["response"])
        assert (len(turns) // 2 in (2, 3)) if key in multi else len(turns) == 2


def test_defect_sets_are_disjoint(truth: dict) -> None:
    sets = {
        "exact_copy": set(copies(truth["exact_duplicate_groups"])),
        "near_copy": set(copies(truth["near_duplicate_groups"])),
        "duplicate_original": {g[0] for g in truth["exact_duplicate_groups"] + truth["near_duplicate_groups"]},
        "incomplete": set(truth["incomplete"]),
        "empty_response": set(truth["empty_response"]),
        "low_quality": set(truth["low_quality"]),
        "unsafe": set(truth["unsafe"]),
        "eval_overlap": {entry["uuid"] for entry in truth["eval_overlap"]},
    }
    names = list(sets)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert not sets[first] & sets[second], (first, second)


def test_clean_instructions_are_unique_after_normalisation(rows: dict, truth: dict) -> None:
    planted = set(copies(truth["exact_duplicate_groups"])) | set(copies(truth["near_duplicate_groups"]))
    planted |= {entry["uuid"] for entry in truth["eval_overlap"]}
    clean = [normalise(row["instruction"]) for key, row in rows.items() if key not in planted]
    assert len(clean) == len(set(clean))


def test_copies_come_after_their_originals(rows: dict, truth: dict) -> None:
    position = {key: n for n, key in enumerate(rows)}
    for group in truth["exact_duplicate_groups"] + truth["near_duplicate_groups"]:
        assert all(position[member] > position[group[0]] for member in group[1:])


def test_demo_files_stay_small() -> None:
    total = sum(path.stat().st_size for path in DATA.iterdir() if path.is_file())
    assert total < 2_500_000
