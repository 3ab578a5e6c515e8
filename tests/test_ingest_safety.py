"""Ingest never loses a run or a user's files: safe run names, content-keyed reuse, only its own files
deleted, its own outputs never read back, and damaged run files named and recomputed."""

import hashlib
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.errors import SynthlensError
from synthlens.ingest import IngestOptions, ingest_dataset
from synthlens.readers import dataset_name
from synthlens.workspace import Workspace

ROWS = [{"instruction": f"Question {i}?", "input": "", "output": f"Answer {i}."} for i in range(4)]
runner = CliRunner()


def write_jsonl(path: Path, rows: list[dict] = ROWS) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# item 3: safe run names, only the run's own files deleted, its outputs never read back
@pytest.mark.parametrize(("source", "expected"), [("..", "parent"), (".", "here"), ("data.v2.jsonl", "data.v2")])
def test_run_names_are_safe_folder_names(tmp_path: Path, monkeypatch, source: str, expected: str) -> None:
    here = tmp_path / "parent" / "here"
    here.mkdir(parents=True)
    monkeypatch.chdir(here)
    assert dataset_name(source) == expected


def test_ingesting_the_parent_folder_never_writes_into_the_current_one(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "data"
    write_jsonl(data / "rows.jsonl")
    (data / "work").mkdir()
    monkeypatch.chdir(data / "work")
    result = ingest_dataset("..")
    assert result.workspace.root == Path("runs") / "data" and result.rows == 4
    again = ingest_dataset("..")  # the run now lies inside the folder it reads: never read back
    assert again.reused and again.rows == 4


def test_overwrite_deletes_only_what_a_run_wrote(tmp_path: Path) -> None:
    run = tmp_path / "run"
    ingest_dataset(write_jsonl(tmp_path / "a.jsonl"), run)
    (run / "stages").mkdir(exist_ok=True)
    (run / "stages" / "stats.parquet").write_bytes(b"x")
    mine = [run / "plots" / "mine.txt", run / "recipes" / "keep.yaml", run / "notes.md"]
    for path in mine:
        path.parent.mkdir(exist_ok=True)
        path.write_text("mine")
    other = write_jsonl(tmp_path / "b.jsonl", ROWS[:2])
    ingest_dataset(other, run, IngestOptions(overwrite=True))
    assert all(path.read_text() == "mine" for path in mine)
    assert not (run / "stages" / "stats.parquet").exists()
    assert Workspace.open(run).manifest["input"]["rows"] == 2


def test_a_run_is_never_written_among_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(SynthlensError, match=r"holds other files \(notes\.txt\) and is not a synthlens run"):
        ingest_dataset(write_jsonl(tmp_path / "a.jsonl"), folder)


def test_a_run_never_reads_its_own_files(tmp_path: Path) -> None:
    run = tmp_path / "run"
    ingest_dataset(write_jsonl(tmp_path / "a.jsonl"), run)
    with pytest.raises(SynthlensError, match=r"inside the run folder .*, which a run writes, never reads"):
        ingest_dataset(run / "rows.parquet", run, IngestOptions(overwrite=True))


# item 5: the same content is the same run, however its path is spelled
def test_the_same_file_spelled_three_ways_is_one_run(in_tmp: Path) -> None:
    path = write_jsonl(in_tmp / "data.jsonl")
    first = ingest_dataset("./data.jsonl", "run")
    assert not first.reused
    assert ingest_dataset("data.jsonl", "run").reused
    assert ingest_dataset(str(path.resolve()), "run").reused
    sha = Workspace.open("run").manifest["input"]["sha256"]
    assert sha == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_run_keyed_the_old_way_is_recognised(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "data.jsonl")
    run = ingest_dataset(path, tmp_path / "run").workspace
    old_key = hashlib.sha256(path.name.encode() + path.read_bytes()).hexdigest()
    run.manifest["input"]["sha256"] = old_key
    run.save_manifest()
    again = ingest_dataset(path, tmp_path / "run")
    assert again.reused
    assert Workspace.open(run.root).manifest["input"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


# item 21: a rejects file of an earlier read does not survive --overwrite
def test_overwrite_removes_a_stale_rejects_file(tmp_path: Path) -> None:
    run = tmp_path / "run"
    bad = write_jsonl(tmp_path / "bad.jsonl", [*ROWS, {"instruction": " ", "input": "", "output": "x"}])
    assert ingest_dataset(bad, run, IngestOptions(on_bad_rows="skip")).rejects_path == run / "rejects.jsonl"
    ingest_dataset(write_jsonl(tmp_path / "good.jsonl"), run, IngestOptions(overwrite=True))
    assert not (run / "rejects.jsonl").exists()


# item 6: damaged run files are named, then recomputed
def test_a_damaged_stage_table_is_named_and_recomputed(tmp_path: Path) -> None:
    run = tmp_path / "run"
    ingest_dataset(write_jsonl(tmp_path / "a.jsonl"), run)
    assert runner.invoke(app, ["info", str(run)]).exit_code == 0
    (run / "stages" / "stats.parquet").write_bytes(b"")
    result = runner.invoke(app, ["info", str(run)])
    assert result.exit_code == 0, result.output
    assert f"{run / 'stages' / 'stats.parquet'} is damaged (0 bytes); recomputing stage 'stats'" in result.output
    assert (run / "stages" / "stats.parquet").stat().st_size > 0


def test_damaged_rows_are_read_again_from_the_source(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    run = tmp_path / "run"
    source = write_jsonl(tmp_path / "a.jsonl")
    ingest_dataset(source, run)
    (run / "rows.parquet").write_bytes(b"")
    with pytest.raises(SynthlensError, match=r"rows\.parquet is damaged \(0 bytes\); fix: synthlens ingest"):
        Workspace.open(run).rows()
    again = ingest_dataset(source, run)
    assert not again.reused and Workspace.open(run).rows().height == 4
    assert any("rows.parquet is damaged (0 bytes); reading" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("damage", [b"", b'{"synthlens_version": "0.1.0", "inp', b'{"name": "r", "conditions": []}'])
def test_a_damaged_manifest_is_named_and_the_run_rebuilt(tmp_path: Path, damage: bytes) -> None:
    run = tmp_path / "run"
    source = write_jsonl(tmp_path / "a.jsonl")
    ingest_dataset(source, run)
    (run / "manifest.json").write_bytes(damage)
    info = runner.invoke(app, ["info", str(run)])
    assert isinstance(info.exception, SynthlensError) and "manifest.json is damaged" in str(info.exception)
    rebuilt = ingest_dataset(source, run)
    assert not rebuilt.reused and Workspace.open(run).manifest["input"]["rows"] == 4


def test_a_damaged_embedding_matrix_is_recomputed(make_run, caplog: pytest.LogCaptureFixture) -> None:
    import numpy as np

    from synthlens.embed.stage import embed_run

    class Embedder:
        name, dim = "fake-2d", 2

        def encode(self, texts: list[str]) -> np.ndarray:
            return np.ones((len(texts), 2), dtype=np.float32)

    run = make_run([("a", "b"), ("c", "d")])
    embed_run(run, Embedder())
    run.embeddings_path("fake-2d").write_bytes(b"")
    assert embed_run(run, Embedder()).shape == (2, 2)
    assert any("fake-2d.npy is damaged (0 bytes); recomputing it" in r.getMessage() for r in caplog.records)


def test_the_manifest_names_its_input_by_absolute_path(in_tmp: Path) -> None:
    write_jsonl(in_tmp / "data.jsonl")
    ingest_dataset("data.jsonl", "run")
    assert Workspace.open("run").manifest["input"]["path"] == str(in_tmp.resolve() / "data.jsonl")
    assert os.path.isabs(Workspace.open("run").manifest["input"]["path"])
