"""Hostile and odd input: each problem is one line naming the file and line (skippable when it is one row),
and nothing is dropped or swallowed without a word."""

import json
from pathlib import Path

import polars as pl
import pytest

from synthlens.errors import SynthlensError
from synthlens.readers import ReadOptions, load, read_dataset
from synthlens.readers.containers import container_kind

ALPACA = {"instruction": "Say hi", "input": "", "output": "hi"}
MAX_NESTING = 64  # synthlens.readers.checks.MAX_NESTING, the documented limit


def jsonl(path: Path, *records: dict | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("".join(line + "\n" for line in lines))
    return path


def nested(depth: int) -> str:
    """A JSON object whose 'meta' field nests `depth` levels in all (the row's own object counted)."""
    return '{"instruction": "x", "output": "y", "meta": ' + "[" * (depth - 1) + "]" * (depth - 1) + "}"


# item 7: a folder of mixed formats is read whole
def test_a_folder_of_mixed_formats_reads_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    jsonl(folder / "a.jsonl", *[ALPACA | {"instruction": f"alpaca {i}"} for i in range(20)])
    sharegpt = [
        {"conversations": [{"from": "human", "value": f"q{i}"}, {"from": "gpt", "value": "a"}]} for i in range(2)
    ]
    pl.DataFrame(sharegpt).write_parquet(folder / "b.parquet")
    result = load(folder)
    assert result.rows.height == 22
    assert result.rows["source_format"].value_counts().sort("source_format").rows() == [("alpaca", 20), ("sharegpt", 2)]


def test_a_folder_reads_the_chosen_split_and_refuses_data_it_cannot_read(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    jsonl(folder / "train.jsonl", ALPACA, ALPACA | {"instruction": "two"})
    jsonl(folder / "test.jsonl", ALPACA | {"instruction": "held out"})
    assert load(folder).rows.height == 2
    assert load(folder, ReadOptions(split="test")).rows["instruction"].to_list() == ["held out"]
    (folder / "extra.tsv").write_text("a\tb\n")
    with pytest.raises(SynthlensError, match=r"extra\.tsv: a data file synthlens cannot read"):
        load(folder)


# item 8: CSV read strictly, every problem by line
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('instruction,output\n"open quote,x\nnext,row\n', r"d\.csv:2: a quoted field opened on this line is never"),
        ('instruction,output\n"a"b,c\n', r"d\.csv:2: malformed CSV"),
        ("instruction,output,output\na,b,c\n", r"d\.csv:1: the header names 'output' more than once"),
        ("instruction,output\nonly one\n", r"d\.csv:2: 1 fields where the header has 2 \(no value for output\)"),
        ("instruction,output\na,b,c\n", r"d\.csv:2: 3 fields where the header has 2"),
    ],
    ids=["unterminated-quote", "stray-quote", "duplicate-header", "short-row", "extra-fields"],
)
def test_csv_problems_name_their_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "d.csv"
    path.write_text(text)
    with pytest.raises(SynthlensError, match=message) as error:
        read_dataset(path)
    assert "\n" not in str(error.value)


def test_csv_short_and_long_rows_are_skippable_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("instruction,output\nfine,yes\nshort\nlong,b,c\nalso fine,yes\n")
    result = load(path, ReadOptions(on_bad_rows="skip"))
    assert result.rows["instruction"].to_list() == ["fine", "also fine"]
    assert [reject["location"] for reject in result.rejects] == [f"{path}:3", f"{path}:4"]


def test_a_csv_field_longer_than_the_csv_module_default_is_read(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    long_text = "x" * 200_000  # over csv's 131,072 default, under --max-row-chars
    path.write_text(f'instruction,output\n"{long_text}",ok\n')
    assert read_dataset(path)["instruction"].str.len_chars().to_list() == [200_000]


# item 9: rows that used to crash the table library are bad rows; skip mode keeps the rest
@pytest.mark.usefixtures("jsonl_reader")
@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([ALPACA, ALPACA | {"input": ["a", "list"]}], r"x\.jsonl:2: field 'input' is list, not text"),
        (
            [ALPACA, '{"instruction": "bad \\ud800 text", "output": "y"}'],
            r"x\.jsonl:2: field 'instruction' holds a lone",
        ),
        (
            [{"messages": [{"role": "user", "content": "hi"}]}, {"messages": None}],
            r"x\.jsonl:2: field 'messages' is null, not a list of turns",
        ),
        ([ALPACA | {"tags": "a"}, ALPACA | {"tags": ["a"]}], r"x\.jsonl:2: field 'tags' is a list here but text at"),
    ],
    ids=["alpaca-input-list", "lone-surrogate", "messages-null", "field-changes-type"],
)
def test_rows_that_crashed_the_table_are_bad_rows(tmp_path: Path, records: list, message: str) -> None:
    path = jsonl(tmp_path / "x.jsonl", *records)
    with pytest.raises(SynthlensError, match=message):
        read_dataset(path)
    result = load(path, ReadOptions(on_bad_rows="skip"))
    assert result.rows.height == 1 and len(result.rejects) == 1


@pytest.mark.usefixtures("jsonl_reader")
@pytest.mark.parametrize(
    ("record", "fmt", "message"),
    [
        (ALPACA, "sharegpt", r"missing field 'conversations' of format sharegpt; this row looks like alpaca"),
        (
            {"conversations": [{"from": "human", "value": "hi"}]},
            "openai",
            r"missing field 'messages' of format openai; this row looks like sharegpt .*fix: --format sharegpt",
        ),
    ],
    ids=["alpaca-as-sharegpt", "sharegpt-as-openai"],
)
def test_a_wrong_format_option_says_what_the_rows_look_like(tmp_path: Path, record, fmt, message) -> None:
    path = jsonl(tmp_path / "x.jsonl", record, record)
    with pytest.raises(SynthlensError, match=message):
        load(path, ReadOptions(fmt=fmt, on_bad_rows="skip"))


def test_a_corrupt_parquet_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "x.parquet"
    pl.DataFrame([ALPACA]).write_parquet(path)
    path.write_bytes(path.read_bytes()[:40] + b"\x00" * 40 + path.read_bytes()[80:])
    with pytest.raises(SynthlensError, match=r"x\.parquet: not a readable Parquet file .*; fix:") as error:
        read_dataset(path)
    assert "\n" not in str(error.value)


# item 10: deep nesting is refused before parsing, as a bad row
@pytest.mark.usefixtures("jsonl_reader")
@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 400, 1_000, 5_000])
def test_rows_nested_too_deep_are_bad_rows(tmp_path: Path, depth: int) -> None:
    path = jsonl(tmp_path / "deep.jsonl", ALPACA, nested(depth))
    with pytest.raises(SynthlensError, match=rf"deep\.jsonl:2: nested {depth} levels deep, over the limit of 64"):
        read_dataset(path)
    assert load(path, ReadOptions(on_bad_rows="skip")).rows.height == 1


@pytest.mark.usefixtures("jsonl_reader")
def test_nesting_up_to_the_limit_and_many_flat_brackets_are_fine(tmp_path: Path) -> None:
    from synthlens.readers.checks import json_depth, too_deep_json

    flat = ALPACA | {"output": "[{" * 50, "history": [[i] for i in range(80)]}  # 131 brackets, 3 deep
    path = jsonl(tmp_path / "ok.jsonl", nested(MAX_NESTING), flat)
    assert too_deep_json(json.dumps(flat).encode()) is False
    assert json_depth(nested(MAX_NESTING).encode()) == MAX_NESTING
    assert read_dataset(path).height == 2


def test_a_json_array_nested_too_deep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" + json.dumps(ALPACA) + "," + nested(300) + "]")
    with pytest.raises(SynthlensError, match=r"deep\.json row 1: nested more than 64 levels deep"):
        read_dataset(path)
    path.write_text("[" + nested(3_000) + "]")
    with pytest.raises(SynthlensError, match=r"deep\.json: nested 3001 levels deep"):
        read_dataset(path)


# item 11: a UTF-8 byte order mark is accepted
@pytest.mark.usefixtures("jsonl_reader")
@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_byte_order_mark_is_accepted(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bom{suffix}"
    body = json.dumps([ALPACA, ALPACA]) if suffix == ".json" else json.dumps(ALPACA) + "\n" + json.dumps(ALPACA)
    path.write_bytes(b"\xef\xbb\xbf" + body.encode())
    assert read_dataset(path).height == 2


# item 12: a missing path says so; a bare owner/name (dots allowed) is a Hub id
@pytest.mark.parametrize("spec", ["./nope", "/no/such/place", "data/train.jsonl", "nope.parquet"])
def test_a_missing_path_is_no_such_file(spec: str) -> None:
    with pytest.raises(SynthlensError, match=rf"^{spec}: no such file or folder"):
        container_kind(spec)


@pytest.mark.parametrize("spec", ["tatsu-lab/alpaca", "meta-llama/Llama-3.1-8B-Instruct", "org/set.v2"])
def test_a_bare_owner_name_is_a_hub_id(spec: str) -> None:
    assert container_kind(spec) == "hub"
