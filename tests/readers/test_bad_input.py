"""Bad input: one clear line naming the file/row, the problem and the fix; skip mode keeps rejects."""

import json
from pathlib import Path

import pytest

from synthlens.errors import SynthlensError
from synthlens.readers import ReadOptions, load, read_dataset

GOOD = '{"instruction": "Say hi", "input": "", "output": "hi"}\n'


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def sharegpt(*turns: tuple[str, str]) -> str:
    return json.dumps({"conversations": [{"from": who, "value": text} for who, text in turns]}) + "\n"


@pytest.mark.usefixtures("jsonl_reader")
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (GOOD + '{"instruction": "x", "output": \n', r"bad\.jsonl:2: malformed JSON .*; fix: fix or remove the line"),
        (GOOD + '{"instruction": "   ", "input": "", "output": "y"}\n', r"bad\.jsonl:2: empty instruction"),
        (GOOD.encode() + b'{"instruction": "caf\xe9", "output": "y"}\n', r"bad\.jsonl:2: not valid UTF-8 \(byte 0xe9"),
        (
            GOOD + '{"instruction": "' + "a" * 1_000_001 + '", "output": "y"}\n',
            r"bad\.jsonl:2: row has 1,000,002 characters, over the 1,000,000 limit; fix: .*--max-row-chars",
        ),
        (GOOD + '{"instruction": "x"}\n', r"bad\.jsonl:2: missing field 'output'"),
        ("[1, 2]\n", r"bad\.jsonl:1: a JSON list where an object was expected"),
    ],
    ids=["malformed-json", "blank-instruction", "non-utf8", "1mb-row", "missing-field", "not-an-object"],
)
def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, content: str | bytes, message: str) -> None:
    with pytest.raises(SynthlensError, match=message) as error:
        read_dataset(write(tmp_path / "bad.jsonl", content))
    assert "\n" not in str(error.value)
    assert "--on-bad-rows skip" in str(error.value)


@pytest.mark.usefixtures("jsonl_reader")
@pytest.mark.parametrize(
    ("conversation", "message"),
    [
        (sharegpt(("gpt", "hello")), r"s\.jsonl:1: no user turn"),
        (sharegpt(("human", "a"), ("human", "b")), r"role sequence user,user is not alternating user/assistant"),
        (sharegpt(("gpt", "a"), ("human", "b")), r"role sequence assistant is not alternating"),
        (sharegpt(("human", "a"), ("tool", "b")), r"unknown role 'tool'"),
    ],
    ids=["no-user-turn", "user-user", "assistant-first", "unknown-role"],
)
def test_bad_role_sequences(tmp_path: Path, conversation: str, message: str) -> None:
    with pytest.raises(SynthlensError, match=message):
        read_dataset(write(tmp_path / "s.jsonl", conversation))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SynthlensError, match=r"nope\.jsonl: no such file or folder; fix: check the path"):
        read_dataset(tmp_path / "nope.jsonl")


@pytest.mark.usefixtures("jsonl_reader")
def test_unknown_format_lists_fields_and_formats(tmp_path: Path) -> None:
    path = write(tmp_path / "u.jsonl", '{"question": "q", "answer": "a"}\n')
    with pytest.raises(SynthlensError) as error:
        read_dataset(path)
    text = str(error.value)
    assert "u.jsonl:1: unknown format: fields found: question, answer" in text
    assert "alpaca (instruction, input, output)" in text and "fix: --format" in text


def test_unknown_file_type(tmp_path: Path) -> None:
    with pytest.raises(SynthlensError, match=r"unknown file type '\.txt'; allowed: \.jsonl"):
        read_dataset(write(tmp_path / "data.txt", "hello"))


def test_unknown_format_option(tmp_path: Path) -> None:
    with pytest.raises(SynthlensError, match=r"unknown format 'vicuna'; allowed: auto, alpaca"):
        read_dataset(write(tmp_path / "a.jsonl", GOOD), fmt="vicuna")


def test_hub_id_without_network_says_how_to_pass_a_local_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    with pytest.raises(
        SynthlensError,
        match=r"no-such-org/no-such-set: no such file or folder, and the Hugging Face Hub cannot be reached .*"
        r"pass the local file",
    ):
        read_dataset("no-such-org/no-such-set")


@pytest.mark.usefixtures("jsonl_reader")
def test_skip_mode_counts_and_keeps_rejects(tmp_path: Path) -> None:
    content = GOOD + "not json\n" + GOOD.replace("Say hi", " ") + GOOD
    result = load(write(tmp_path / "mixed.jsonl", content), ReadOptions(on_bad_rows="skip"))
    assert result.rows.height == 2
    assert [r["location"] for r in result.rejects] == [f"{tmp_path}/mixed.jsonl:2", f"{tmp_path}/mixed.jsonl:3"]
    assert result.rejects[1]["error"].startswith("empty instruction")


def test_bad_csv_bytes_name_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", b"instruction,output\nok,fine\nbad\xff,x\n")
    with pytest.raises(SynthlensError, match=r"d\.csv:3: not valid UTF-8 \(byte 0xff\)"):
        read_dataset(path)


@pytest.mark.usefixtures("jsonl_reader")
def test_source_file_is_never_written(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", GOOD * 3)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_dataset(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
