"""Every format and container loads into the same canonical rows."""

import json
from pathlib import Path

import polars as pl
import pytest

from synthlens.readers import Columns, ReadOptions, load, read_dataset

ALPACA = [
    {"instruction": "Name a colour.", "input": "", "output": "Blue."},
    {"instruction": "Add the numbers.", "input": "2 and 3", "output": "5"},
]
SHAREGPT = [
    {
        "conversations": [
            {"from": "system", "value": "Be brief."},
            {"from": "human", "value": "Hi"},
            {"from": "gpt", "value": "Hello"},
            {"from": "human", "value": "Bye"},
            {"from": "gpt", "value": "Goodbye"},
        ]
    },
    {"conversations": [{"from": "human", "value": "What is git?"}, {"from": "gpt", "value": "A VCS."}]},
]
OPENAI = [
    {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello"},
        ]
    },
    {"messages": [{"role": "user", "content": [{"type": "text", "text": "Parts"}]}]},
]
MAGPIE = [
    {"uuid": "u-1", "instruction": "Undo a commit?", "response": "git revert", "task_category": "Coding & Debugging"},
    {"uuid": "u-2", "instruction": "Plan a trip", "response": "Day 1...", "task_category": "Planning"},
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


@pytest.mark.usefixtures("jsonl_reader")
@pytest.mark.parametrize(
    ("records", "fmt"),
    [(ALPACA, "alpaca"), (SHAREGPT, "sharegpt"), (OPENAI, "openai"), (MAGPIE, "magpie")],
    ids=["alpaca", "sharegpt", "openai", "magpie"],
)
def test_format_is_detected(tmp_path: Path, records: list[dict], fmt: str) -> None:
    result = load(write_jsonl(tmp_path / "data.jsonl", records))
    assert result.format == fmt
    assert result.rows["source_format"].to_list() == [fmt, fmt]
    assert result.rows["source"].unique().to_list() == ["data"]


@pytest.mark.usefixtures("jsonl_reader")
def test_alpaca_joins_instruction_and_input_with_a_blank_line(tmp_path: Path) -> None:
    rows = read_dataset(write_jsonl(tmp_path / "a.jsonl", ALPACA))
    assert rows["instruction"].to_list() == ["Name a colour.", "Add the numbers.\n\n2 and 3"]
    assert rows["response"].to_list() == ["Blue.", "5"]
    assert rows["input"].to_list() == ["", "2 and 3"]  # passthrough, so export can restore Alpaca


@pytest.mark.usefixtures("jsonl_reader")
def test_sharegpt_multi_turn_keeps_system_and_turns(tmp_path: Path) -> None:
    row = read_dataset(write_jsonl(tmp_path / "s.jsonl", SHAREGPT)).row(0, named=True)
    assert row["system"] == "Be brief."
    assert row["n_turns"] == 2
    assert [turn["role"] for turn in row["conversation"]] == ["user", "assistant", "user", "assistant"]
    assert (row["instruction"], row["response"]) == ("Hi", "Hello")


@pytest.mark.usefixtures("jsonl_reader")
def test_openai_content_parts_and_missing_response(tmp_path: Path) -> None:
    rows = read_dataset(write_jsonl(tmp_path / "o.jsonl", OPENAI))
    assert rows["system"].to_list() == ["Be brief.", None]
    assert rows["instruction"][1] == "Parts"
    assert rows["response"][1] is None


@pytest.mark.usefixtures("jsonl_reader")
def test_magpie_uses_uuid_as_id_and_passes_tags_through(tmp_path: Path) -> None:
    rows = read_dataset(write_jsonl(tmp_path / "m.jsonl", MAGPIE))
    assert rows["id"].to_list() == ["u-1", "u-2"]
    assert rows["task_category"].to_list() == ["Coding & Debugging", "Planning"]


@pytest.mark.usefixtures("jsonl_reader")
def test_column_mapping(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"prompt": "Q?", "answer": "A.", "score": 3}])
    rows = read_dataset(path, fmt="columns", columns=Columns("prompt", "answer"))
    assert (rows["instruction"][0], rows["response"][0], rows["score"][0]) == ("Q?", "A.", 3)


@pytest.mark.usefixtures("jsonl_reader")
def test_explicit_format_overrides_detection(tmp_path: Path) -> None:
    # Magpie-style rows that the user wants read only through their `conversations` field.
    records = [{"instruction": "x", "response": "y", "conversations": SHAREGPT[1]["conversations"]}]
    rows = read_dataset(write_jsonl(tmp_path / "x.jsonl", records), fmt="sharegpt")
    assert rows["instruction"][0] == "What is git?"


@pytest.mark.parametrize("container", ["json", "jsonl", "parquet", "csv", "disk", "folder"])
def test_every_container_gives_the_same_rows(tmp_path: Path, container: str) -> None:
    source = write_container(tmp_path, container, ALPACA)
    rows = read_dataset(source)
    expected = read_dataset(write_jsonl(tmp_path / "ref.jsonl", ALPACA))
    columns = ["id", "instruction", "response", "conversation", "n_turns", "row_index"]
    assert rows.select(columns).equals(expected.select(columns))


def write_container(folder: Path, container: str, records: list[dict]) -> Path:
    frame = pl.DataFrame(records)
    if container == "json":
        (folder / "d.json").write_text(json.dumps(records))
        return folder / "d.json"
    if container == "jsonl":
        return write_jsonl(folder / "d.jsonl", records)
    if container == "parquet":
        frame.write_parquet(folder / "d.parquet")
        return folder / "d.parquet"
    if container == "csv":
        frame.write_csv(folder / "d.csv")
        return folder / "d.csv"
    import datasets

    dataset = datasets.Dataset.from_list(records)
    if container == "disk":
        dataset.save_to_disk(str(folder / "saved"))
        return folder / "saved"
    (folder / "files").mkdir()
    dataset.to_parquet(str(folder / "files" / "train.parquet"))  # a folder of data files: load_dataset
    return folder / "files"


def test_save_to_disk_dataset_dict_picks_the_split(tmp_path: Path) -> None:
    import datasets

    splits = datasets.DatasetDict(
        {"train": datasets.Dataset.from_list(ALPACA), "test": datasets.Dataset.from_list(ALPACA[:1])}
    )
    splits.save_to_disk(str(tmp_path / "dd"))
    assert read_dataset(tmp_path / "dd", split="test").height == 1


@pytest.mark.usefixtures("jsonl_reader")
def test_limit_stops_reading(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "big.jsonl", ALPACA * 50)
    assert read_dataset(path, options=ReadOptions(limit=7)).height == 7


@pytest.mark.usefixtures("jsonl_reader")
def test_exact_duplicates_get_distinct_stable_ids(tmp_path: Path) -> None:
    rows = read_dataset(write_jsonl(tmp_path / "d.jsonl", [ALPACA[0], ALPACA[1], ALPACA[0]]))
    assert rows["id"].n_unique() == 3
    assert rows["id"][2] == rows["id"][0] + "-2"
    again = read_dataset(write_jsonl(tmp_path / "e.jsonl", [ALPACA[0]]))
    assert again["id"][0] == rows["id"][0]
