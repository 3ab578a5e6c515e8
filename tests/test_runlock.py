"""One writer per run: a second one waits or says who holds the run, a dead holder's lock is taken over, and
the manifest is updated on what is on disk, so no writer's stage is forgotten."""

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import polars as pl
import pytest

from synthlens.runlock import LOCK_FILE, RunBusy, holder, run_lock
from synthlens.workspace import Workspace

SRC = str(Path(__file__).resolve().parents[1] / "src")


def hold_in_another_process(root: Path, seconds: float) -> subprocess.Popen:
    """A process that takes the run's lock, says so on stdout, and keeps it for `seconds`."""
    code = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from synthlens.runlock import run_lock
        with run_lock(Path({str(root)!r})):
            print("held", flush=True)
            time.sleep({seconds})
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": SRC}
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


def test_a_second_writer_is_told_in_one_line_who_holds_the_run(tmp_path: Path) -> None:
    holder_process = hold_in_another_process(tmp_path, 30)
    try:
        expected = rf"is being written by pid {holder_process.pid} on .*; fix: wait"
        with pytest.raises(RunBusy, match=expected) as error, run_lock(tmp_path, wait=0):
            pass
        assert "\n" not in str(error.value)
    finally:
        holder_process.kill()
        holder_process.wait()


def test_a_second_writer_waits_for_the_first_to_finish(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    holder_process = hold_in_another_process(tmp_path, 1.5)
    started = time.monotonic()
    with run_lock(tmp_path, wait=60):
        waited = time.monotonic() - started
    holder_process.wait()
    assert waited > 0.5
    assert any(
        f"pid {holder_process.pid}" in record.getMessage() and "waiting" in record.getMessage()
        for record in caplog.records
    )


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = {"pid": int(dead.stdout), "host": "here", "command": "synthlens analyze", "since": "2020-01-01T00:00:00"}
    (tmp_path / LOCK_FILE).write_text(json.dumps(stale))
    with run_lock(tmp_path, wait=0):
        assert holder(tmp_path)["pid"] == os.getpid()
    assert holder(tmp_path) is None  # released: the file no longer names a holder


def test_a_killed_holder_releases_the_run(tmp_path: Path) -> None:
    holder_process = hold_in_another_process(tmp_path, 60)
    holder_process.kill()
    holder_process.wait()
    assert holder(tmp_path)["pid"] == holder_process.pid  # the file still names it ...
    with run_lock(tmp_path, wait=0):  # ... but the kernel dropped its lock
        pass


def test_the_lock_is_reentrant_within_a_thread(tmp_path: Path) -> None:
    with run_lock(tmp_path, wait=0) as outer, run_lock(tmp_path, wait=0) as inner:
        assert (outer, inner) == (True, False)


def test_two_writers_of_one_run_both_keep_their_stages(make_run) -> None:
    """Two commands on one run (e.g. tag and exact-dedup) each opened the run before the other wrote."""
    first = make_run([("a", "b"), ("c", "d")])
    second = Workspace.open(first.root)
    ids = first.rows(["id"])
    first.run_stage("category", {}, lambda: ids.with_columns(pl.lit("x").alias("task_category")))
    second.run_stage("exact_dedup", {}, lambda: ids.with_columns(pl.lit(False).alias("is_norm_dup")))
    assert set(Workspace.open(first.root).manifest["stages"]) == {"category", "exact_dedup"}


def test_a_second_writer_of_the_same_stage_waits_and_reuses_it(make_run) -> None:
    """Two analyses of one folder: the second waits for the first and does not compute again."""
    run = make_run([("a", "b")])
    calls: list[str] = []
    computing = threading.Event()

    def slow(who: str):
        def compute() -> pl.DataFrame:
            calls.append(who)
            computing.set()
            time.sleep(0.5)
            return run.rows(["id"]).with_columns(pl.lit(1).alias("value"))

        return compute

    other = threading.Thread(target=lambda: Workspace.open(run.root).run_stage("slow", {}, slow("thread")))
    other.start()
    assert computing.wait(30)
    Workspace.open(run.root).run_stage("slow", {}, slow("main"))
    other.join()
    assert calls == ["thread"]
