"""Properties of the readers over generated data: nothing lost, ids stable across formats."""

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from synthlens.readers import read_dataset

text = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=40).filter(str.strip)
pairs = st.lists(st.tuples(text, text), min_size=1, max_size=12)


def as_format(fmt: str, instruction: str, response: str) -> dict:
    if fmt == "alpaca":
        return {"instruction": instruction, "input": "", "output": response}
    if fmt == "sharegpt":
        return {"conversations": [{"from": "human", "value": instruction}, {"from": "gpt", "value": response}]}
    return {"messages": [{"role": "user", "content": instruction}, {"role": "assistant", "content": response}]}


def read_as(fmt: str, rows: list[tuple[str, str]]):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{fmt}.jsonl"
        path.write_text("".join(json.dumps(as_format(fmt, *row)) + "\n" for row in rows))
        return read_dataset(path)


@settings(max_examples=40, deadline=None)
@given(pairs)
def test_every_row_survives_with_its_text(rows: list[tuple[str, str]]) -> None:
    table = read_as("sharegpt", rows)
    assert table.height == len(rows)
    assert list(zip(table["instruction"], table["response"], strict=True)) == rows
    assert table["id"].n_unique() == len(rows)


@settings(max_examples=25, deadline=None)
@given(pairs)
def test_ids_do_not_depend_on_the_source_format(rows: list[tuple[str, str]]) -> None:
    ids = {fmt: read_as(fmt, rows)["id"].to_list() for fmt in ("alpaca", "sharegpt", "openai")}
    assert ids["alpaca"] == ids["sharegpt"] == ids["openai"]


@settings(max_examples=25, deadline=None)
@given(pairs, st.integers(0, 10))
def test_ids_are_stable_when_rows_are_appended(rows: list[tuple[str, str]], extra: int) -> None:
    # A row's id depends on its conversation (and its repeat number), not on what follows it.
    longer = read_as("alpaca", rows + rows[:extra])
    assert longer["id"].to_list()[: len(rows)] == read_as("alpaca", rows)["id"].to_list()
