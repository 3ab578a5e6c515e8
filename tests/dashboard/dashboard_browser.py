"""Serving the dashboard and driving it in headless chromium, for the browser test and the benchmark."""

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from llm_server import free_port
from playwright.sync_api import expect

REPO = Path(__file__).resolve().parents[2]
DEMO_DATA = REPO / "data" / "demo.jsonl"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_SECONDS = 90
HEADERS = {
    "Overview": "Overview",
    "Map": "Map",
    "Duplicates": "Duplicates and neighbours",
    "Judgments": "Judgments",
    "Rows": "Rows",
    "Filter & export": "Filter & export",
}


def chromium_path() -> str:
    """Debian's chromium; outside CI a machine without it skips, saying how to get it."""
    found = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not found:
        reason = f"no chromium at {CHROMIUM} or on PATH; fix: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(f"the browser test must run in CI: {reason}")
        pytest.skip(reason)
    return str(found)


@contextmanager
def dashboard(run: Path, log: Path) -> Iterator[str]:
    """`synthlens dashboard RUN` on a free port; yields its address once healthy, always stops it."""
    port = free_port()
    command = [sys.executable, "-m", "synthlens", "dashboard", str(run), "--port", str(port)]
    with log.open("w") as output:
        server = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(server, url, log)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=15)


def wait_healthy(server: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"dashboard exited with {server.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"dashboard not healthy after {STARTUP_SECONDS}s: {log.read_text()[-2000:]}")


def open_view(page, url: str, view: str) -> None:
    """Load the app at a view and wait until its script run has finished."""
    page.goto(f"{url}/?view={urllib.parse.quote(view)}")
    expect(page.locator("h2").first).to_have_text(HEADERS[view], timeout=60_000)
    page.wait_for_selector("[data-test-script-state=notRunning]", timeout=60_000)


def switch_view(page, view: str) -> None:
    """Pick a view in the sidebar (no page reload) and wait for it."""
    page.locator('[data-testid="stSidebar"]').get_by_text(view, exact=True).click()
    expect(page.locator("h2").first).to_have_text(HEADERS[view], timeout=60_000)
    page.wait_for_selector("[data-test-script-state=notRunning]", timeout=60_000)


@contextmanager
def headless_chromium() -> Iterator:
    """Debian's chromium launched headless through Playwright (skips, or fails in CI, when it is missing)."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
