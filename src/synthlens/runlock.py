"""The run lock: one writer per run folder at a time, across processes and the threads of one process.

The lock is `fcntl.flock` on `RUN/.synthlens.lock`, a file that also names its holder (pid, host, command,
since when). The kernel drops the lock when its holder dies, so a lock file left by a killed process is stale
by construction: the next writer takes it over, whatever pid the file names. Within one process the lock is
re-entrant for the thread that holds it, so a command that runs several stages takes it once per stage.
"""

import json
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from synthlens.errors import SynthlensError

LOCK_FILE = ".synthlens.lock"
WAIT_ENV = "SYNTHLENS_LOCK_WAIT"  # seconds a writer waits for a busy run; unset: until the holder is done
POLL_SECONDS = 0.2
log = logging.getLogger(__name__)


class RunBusy(SynthlensError):
    """Another writer holds the run and did not let go within the wait."""


class _ProcessHold:
    """This process's hold on one run: a thread lock, the open lock file and how deep the holder is nested."""

    def __init__(self) -> None:
        self.thread_lock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_holds: dict[str, _ProcessHold] = {}
_holds_guard = threading.Lock()


def default_wait() -> float | None:
    """The wait from SYNTHLENS_LOCK_WAIT (seconds), or None: wait until the holder is done."""
    value = os.environ.get(WAIT_ENV)
    try:
        return None if value in (None, "") else max(float(value), 0.0)
    except ValueError:
        raise SynthlensError(f"{WAIT_ENV}='{value}' is not a number of seconds; fix: e.g. {WAIT_ENV}=60") from None


@contextmanager
def run_lock(root: Path, wait: float | None = None) -> Iterator[bool]:
    """Hold the run's lock; yields True for the outermost hold in this process (the manifest may have changed).

    wait: seconds to wait for another writer (0: fail at once); None: SYNTHLENS_LOCK_WAIT, else no limit.
    Raises RunBusy naming the holder when the wait runs out.
    """
    wait = default_wait() if wait is None else wait
    hold = _hold_for(root)
    if not hold.thread_lock.acquire(timeout=-1 if wait is None else wait):
        raise RunBusy(_busy_message(root, "another task of this process"))
    try:
        outermost = hold.depth == 0
        if outermost:
            hold.fd = _take_file_lock(root, wait)
        hold.depth += 1
        try:
            yield outermost
        finally:
            hold.depth -= 1
            if hold.depth == 0 and hold.fd is not None:
                _let_go(hold.fd)
                hold.fd = None
    finally:
        hold.thread_lock.release()


def holder(root: Path) -> dict | None:
    """What the lock file says about its last holder (pid, host, command, since), or None."""
    try:
        text = (Path(root) / LOCK_FILE).read_text(encoding="utf-8")
        return json.loads(text) if text.strip() else None
    except (OSError, ValueError):
        return None


def _hold_for(root: Path) -> _ProcessHold:
    key = str(Path(root).resolve())
    with _holds_guard:
        return _holds.setdefault(key, _ProcessHold())


def _take_file_lock(root: Path, wait: float | None) -> int | None:
    import fcntl

    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    deadline = None if wait is None else time.monotonic() + wait
    announced = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if deadline is not None and time.monotonic() >= deadline:
                os.close(fd)
                raise RunBusy(_busy_message(root, _describe(holder(root)))) from None
            if not announced:
                log.warning("%s is being written by %s; waiting for it to finish", root, _describe(holder(root)))
                announced = True
            time.sleep(POLL_SECONDS)
        except OSError as error:  # a file system without flock (some network mounts): go on unlocked
            log.warning("%s: cannot lock the run (%s); two writers at once could lose results", root, error)
            os.close(fd)
            return None
    _write_holder(fd)
    return fd


def _write_holder(fd: int) -> None:
    facts = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "command": " ".join(["synthlens", *sys.argv[1:]])[:300],
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(facts).encode(), 0)


def _let_go(fd: int) -> None:
    import fcntl

    try:
        os.ftruncate(fd, 0)  # nobody holds it now: an empty file says so
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _describe(facts: dict | None) -> str:
    if not facts:
        return "another process"
    pid, host, command, since = (facts.get(key, "?") for key in ("pid", "host", "command", "since"))
    return f"pid {pid} on {host} ({command}, since {since})"


def _busy_message(root: Path, who: str) -> str:
    return (
        f"{root} is being written by {who}; allowed: one writer per run at a time;"
        " fix: wait for it to finish and run this again (or stop that process)"
    )
