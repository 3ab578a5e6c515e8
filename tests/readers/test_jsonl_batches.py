"""JSONL read a parsed chunk at a time gives exactly what reading it line by line gives: the same rows (ids and
passed-through fields, names and types, included), the same error line, the same rejects."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from synthlens.errors import SynthlensError
from synthlens.readers import Columns, ReadOptions, chunks, jsonl_batches, load

TURNS = [{"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello"}]


def alpaca(instruction: str = "Say hi", **fields) -> dict:
    return {"instruction": instruction, "input": "", "output": "hi", **fields}


def write(path: Path, *rows: dict | str | bytes) -> Path:
    lines = [
        row if isinstance(row, bytes) else (row if isinstance(row, str) else json.dumps(row)).encode() for row in rows
    ]
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def outcome(path: Path, options: ReadOptions) -> tuple:
    try:
        result = load(path, options)
    except SynthlensError as error:
        return ("error", str(error))
    return ("rows", result.rows, result.format, result.rejects)


def read_both(path: Path, monkeypatch: pytest.MonkeyPatch, **options) -> tuple[tuple, list[bool]]:
    """The batched read's outcome, asserted equal to the per-line read's, and for each chunk of the batched
    read whether it was made in one go."""
    made: list[bool] = []
    make = jsonl_batches._chunk_table

    def watched(chunk, state):
        table = make(chunk, state)
        made.append(table is not None)
        return table

    with monkeypatch.context() as patch:
        patch.setattr(jsonl_batches, "_chunk_table", watched)
        batched = outcome(path, ReadOptions(**options))
        patch.setattr(jsonl_batches, "ENABLED", False)
        per_line = outcome(path, ReadOptions(**options))
    assert batched[0] == per_line[0], (batched, per_line)
    if batched[0] == "error":
        assert batched[1] == per_line[1]
    else:
        assert_frame_equal(batched[1], per_line[1])
        assert batched[2:] == per_line[2:]
    return batched, made


GOOD = {
    "alpaca": [alpaca(), alpaca("Add", input="2 and 3", output="5"), alpaca("Blank input", input=" \n")],
    "alpaca-null-output": [alpaca(), alpaca("No answer yet", output=None)],
    "sharegpt-multi-turn-system": [
        {"conversations": [{"from": "system", "value": "Be brief."}, *TURNS, {"from": "human", "value": "Bye"}]},
        {"conversations": TURNS, "system": "Top-level prompt"},
        {"conversations": [{"from": "system", "value": ""}, *TURNS], "system": "Used when the turn is empty"},
        {"conversations": [{"from": "HUMAN", "value": "Caps"}, {"from": "ChatGPT", "value": "ok"}], "system": " "},
    ],
    "sharegpt-role-content-keys": [
        {"conversations": [{"role": "user", "content": "a"}, {"role": "bot", "content": "b"}]}
    ],
    "openai": [
        {"messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "Hi"}, {"role": "assistant"}]},
        {"messages": [{"role": "user", "content": "Open question"}], "system": "passes through"},
        {"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": None}]},
    ],
    "magpie-pairs": [
        {"uuid": "u-1", "instruction": "Undo a commit?", "response": "git revert", "task_category": "Coding"},
        {"uuid": "u-2", "instruction": "Plan a trip", "response": None, "task_category": "Planning"},
    ],
    "magpie-mixed": [
        {"uuid": "u-1", "instruction": "ignored", "response": "ignored", "conversations": TURNS},
        {"uuid": "u-2", "instruction": "Plan", "response": "Day 1", "conversations": []},
        {"uuid": "u-3", "instruction": "Plan", "response": "Day 2", "conversations": None, "system": "Be kind"},
    ],
    "ids-unique": [alpaca("a", id="x1"), alpaca("b", id="x2")],
    "ids-numbers": [alpaca("a", id=7), alpaca("b", id=8)],
    "ids-repeated": [alpaca("a", id="same"), alpaca("b", id="same")],
    "ids-partial": [alpaca("a", id="x1"), alpaca("b")],
    "no-ids-duplicate-rows": [alpaca("a"), alpaca("b"), alpaca("a"), alpaca(" a\u3000")],
    "passthrough-kinds": [
        alpaca("a", n=1, x=1, ok=True, none=None, meta={"k": 1}, tags=["a"], turns=[{"w": 1}], day="2024-01-01"),
        alpaca("b", n=2, x=2.5, ok=False, none=None, meta={"j": "s"}, tags=[], turns=[{"v": "s"}], day=None),
        alpaca("c", source="theirs", row_index=3, _private=1, seen={"at": "2024-01-01T10:00:00"}),
    ],
    "not-a-number": [alpaca(score=float("nan")), alpaca("b", score=float("inf"))],
    "unicode": [alpaca("emoji \U0001f600 and \u00e9", output="tab\there"), alpaca("spaces\x1c\u2028between")],
}


@pytest.mark.parametrize("rows", list(GOOD.values()), ids=list(GOOD))
def test_good_rows_are_made_in_one_go_and_equal_line_by_line(tmp_path, monkeypatch, rows) -> None:
    (kind, *_), made = read_both(write(tmp_path / "d.jsonl", *rows), monkeypatch)
    assert kind == "rows" and made == [True]


def test_escaped_emoji_crlf_blank_lines_and_a_byte_order_mark_are_made_in_one_go(tmp_path, monkeypatch) -> None:
    text = json.dumps(alpaca("smile \U0001f600")).encode()  # written with a \\ud83d\\ude00 escape pair
    path = tmp_path / "d.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + text + b"\r\n\r\n  \n" + text + b"\n\t" + text)
    (kind, rows, *_), made = read_both(path, monkeypatch)
    assert kind == "rows" and rows["row_index"].to_list() == [0, 1, 2] and made == [True]


def test_a_column_mapping_is_made_in_one_go(tmp_path, monkeypatch) -> None:
    path = write(tmp_path / "c.jsonl", {"prompt": "Q?", "answer": "A.", "score": 3}, {"prompt": "Q2", "answer": None})
    _, made = read_both(path, monkeypatch, fmt="columns", columns=Columns("prompt", "answer"))
    assert made == [True]


# Rows that are fine but whose shape only the per-line reader takes exactly.
UNUSUAL = {
    "openai-content-parts": [{"messages": [{"role": "user", "content": [{"type": "text", "text": "Parts"}]}]}],
    "float-list-starting-with-an-int": [alpaca(scores=[1.5, 2.0]), alpaca("b", scores=[1, 2.5])],
    "number-past-int64": [alpaca(big=2**70, f=1.5)],
    "duplicate-key": ['{"instruction": "a", "instruction": "b", "output": "c"}'],
    "vertical-tab-line": [alpaca(), "\x0b"],
}


@pytest.mark.parametrize("rows", list(UNUSUAL.values()), ids=list(UNUSUAL))
def test_unusual_shapes_are_read_line_by_line(tmp_path, monkeypatch, rows) -> None:
    _, made = read_both(write(tmp_path / "d.jsonl", *rows), monkeypatch)
    assert made in ([False], [])


def nested(depth: int) -> str:
    return '{"instruction": "x", "output": "y", "meta": ' + "[" * (depth - 1) + "]" * (depth - 1) + "}"


BAD = {
    "malformed-json": [alpaca(), '{"instruction": "x", "output": '],
    "blank-instruction": [alpaca(), alpaca("   ")],
    "non-utf8": [alpaca(), b'{"instruction": "caf\xe9", "output": "y"}'],
    "over-max-chars": [alpaca(), alpaca("a" * 1_000_001)],
    "missing-output": [alpaca(), {"instruction": "x"}],
    "missing-instruction": [alpaca(), {"output": "x", "input": ""}],
    "instruction-not-text": [alpaca(), alpaca(5)],
    "input-is-a-list": [alpaca(), alpaca(input=["a", "list"])],
    "not-an-object": [alpaca(), "[1, 2]"],
    "null-line": ["null", alpaca()],
    "two-objects-on-a-line": [alpaca(), json.dumps(alpaca()) * 2],
    "byte-order-mark-on-line-2": [alpaca(), b"\xef\xbb\xbf" + json.dumps(alpaca()).encode()],
    "raw-tab-in-text": [alpaca(), '{"instruction": "a\tb", "output": "c"}'],
    "lone-surrogate": [alpaca(), '{"instruction": "bad \\ud800 text", "output": "y"}'],
    "surrogate-written-as-text": [alpaca(), '{"instruction": "a \\\\ud800 b", "output": "y"}'],
    "nested-65": [alpaca(), nested(65)],
    "nested-5000": [alpaca(), nested(5_000)],
    "nested-64-and-flat-brackets": [nested(64), alpaca(output="[{" * 50, history=[[i] for i in range(80)])],
    "field-changes-kind": [alpaca(tags="a"), alpaca(tags=["a"])],
    "nested-field-changes-kind": [alpaca(meta={"k": 1}), alpaca(meta={"k": "one"})],
    "bool-then-number-in-a-list": [alpaca(flags=[True]), alpaca(flags=[1])],
    "id-changes-kind": [alpaca(id=1), alpaca(id="two")],
    "sharegpt-no-user-turn": [{"conversations": [{"from": "gpt", "value": "hello"}]}],
    "sharegpt-user-user": [{"conversations": [{"from": "human", "value": "a"}, {"from": "human", "value": "b"}]}],
    "sharegpt-unknown-role": [{"conversations": [{"from": "human", "value": "a"}, {"from": "tool", "value": "b"}]}],
    "sharegpt-second-system-turn": [{"conversations": [*TURNS, {"from": "system", "value": "late"}]}],
    "sharegpt-turn-without-value": [{"conversations": [{"from": "human"}]}],
    "sharegpt-null-role": [{"conversations": [{"from": None, "value": "a"}]}],
    "sharegpt-empty": [{"conversations": TURNS}, {"conversations": []}],
    "messages-null": [{"messages": [{"role": "user", "content": "hi"}]}, {"messages": None}],
    "messages-number-content": [{"messages": [{"role": "user", "content": 5}]}],
    "unknown-format": ['{"question": "q", "answer": "a"}'],
    "name-clash-after-renaming": [alpaca(source="a", orig_source="b")],
}


@pytest.mark.parametrize("on_bad_rows", ["error", "skip"])
@pytest.mark.parametrize("rows", list(BAD.values()), ids=list(BAD))
def test_bad_rows_give_the_same_error_line_or_rejects(tmp_path, monkeypatch, rows, on_bad_rows) -> None:
    read_both(write(tmp_path / "bad.jsonl", *rows), monkeypatch, on_bad_rows=on_bad_rows)


@pytest.mark.parametrize("fmt", ["sharegpt", "openai", "magpie"])
def test_a_wrong_format_option_gives_the_same_error(tmp_path, monkeypatch, fmt) -> None:
    (kind, message), _ = read_both(write(tmp_path / "a.jsonl", alpaca(), alpaca("b")), monkeypatch, fmt=fmt)
    assert kind == "error" and "a.jsonl:1" in message


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 300)  # two or three rows a chunk


def test_a_bad_row_sends_only_its_own_chunk_line_by_line(tmp_path, monkeypatch, small_chunks) -> None:
    rows = [alpaca(f"row {i}", n=i) for i in range(30)]
    rows[17] = alpaca("   ")
    (kind, table, _, rejects), made = read_both(write(tmp_path / "d.jsonl", *rows), monkeypatch, on_bad_rows="skip")
    assert table.height == 29 and [reject["location"] for reject in rejects] == [f"{tmp_path}/d.jsonl:18"]
    assert made.count(False) == 1 and made.count(True) > 5


def test_a_field_that_changes_kind_in_a_later_chunk_names_both_lines(tmp_path, monkeypatch, small_chunks) -> None:
    rows = [alpaca(f"row {i}", tags=None if i < 3 else "t") for i in range(20)] + [alpaca("late", tags=["t"])]
    (kind, message), _ = read_both(write(tmp_path / "d.jsonl", *rows), monkeypatch)
    assert message.startswith(f"{tmp_path}/d.jsonl:21: field 'tags' is a list here but text at {tmp_path}/d.jsonl:4")


@pytest.mark.parametrize("limit", [1, 7, 29, 100])
def test_a_row_limit_stops_at_the_same_row(tmp_path, monkeypatch, small_chunks, limit) -> None:
    rows = [alpaca(f"row {i}") for i in range(30)]
    path = write(tmp_path / "d.jsonl", *rows, "", "not json", alpaca("after"))
    (kind, table, _, rejects), _ = read_both(path, monkeypatch, limit=limit, on_bad_rows="skip")
    assert table.height + len(rejects) == min(limit, 32)


# Any JSON value a passed-through field may hold, and rows of every format, some of them bad.
values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("abc"), inner, max_size=3),
    max_leaves=6,
)
texts = st.sampled_from(["Hi", "  ", "", "a\u2028b", "x y"]) | st.text(max_size=6)
roles = st.sampled_from(["human", "gpt", "user", "assistant", "system", "tool"])
turn = st.fixed_dictionaries({"from": roles, "value": texts}) | st.fixed_dictionaries({"role": roles, "content": texts})
message = st.fixed_dictionaries({"role": roles}, optional={"content": st.none() | texts})
records = st.one_of(
    st.fixed_dictionaries({"instruction": texts, "output": st.none() | texts}, optional={"input": st.none() | texts}),
    st.fixed_dictionaries({"conversations": st.lists(turn, max_size=4)}, optional={"system": st.none() | texts}),
    st.fixed_dictionaries({"messages": st.lists(message, max_size=3)}),
    st.fixed_dictionaries(
        {"instruction": texts},
        optional={"response": st.none() | texts, "conversations": st.none() | st.lists(turn, max_size=3)},
    ),
)
extras = st.dictionaries(
    st.sampled_from(["id", "uuid", "tags", "meta", "source", "system", "_hash_id"]), values, max_size=3
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(records, extras), min_size=1, max_size=12), st.sampled_from(["error", "skip"]))
def test_any_rows_read_the_same_both_ways(tmp_path_factory, monkeypatch, small_chunks, rows, on_bad_rows) -> None:
    path = write(tmp_path_factory.mktemp("any") / "d.jsonl", *[record | extra for record, extra in rows])
    read_both(path, monkeypatch, on_bad_rows=on_bad_rows)
