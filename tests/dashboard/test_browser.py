"""The dashboard in a real browser: `synthlens dashboard` served on a free loopback port, Debian's chromium
driven headless by Playwright. One test filters and exports the demo run; one loads rows carrying script
payloads and checks that none runs. In CI these must run; elsewhere they skip when no chromium is found."""

import json
import os
import re
from pathlib import Path

import pytest
from dashboard_runs import IMG_PAYLOAD, SCRIPT_PAYLOAD, hostile_run

pytestmark = pytest.mark.browser
try:
    from dashboard_browser import CHROMIUM_ARGS, DEMO_DATA, HEADERS, chromium_path, dashboard, open_view, switch_view
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # in CI a missing playwright is a failure, elsewhere a skip that says why
    if os.environ.get("CI"):
        raise
    pytest.skip("playwright is not installed; fix: pip install playwright", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def demo_run(root: Path) -> Path:
    """The demo run (ingest + stats of data/demo.jsonl), or of a small Magpie-style file when there is none."""
    from synthlens import stats
    from synthlens.ingest import ingest_dataset

    source = DEMO_DATA if DEMO_DATA.exists() else write_small_demo(root / "small_demo.jsonl")
    workspace = ingest_dataset(source, root / "demo").workspace
    stats.run(workspace)
    return workspace.root


def write_small_demo(path: Path) -> Path:
    records = []
    for index in range(40):
        instruction = f"Explain topic {index} in two sentences." if index % 8 else f"Summarise this text {index}:"
        records.append({"uuid": f"u{index:03d}", "instruction": instruction, "response": f"Answer {index}."})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return path


def test_filter_and_export_in_the_browser(browser, tmp_path) -> None:
    run = demo_run(tmp_path)
    from synthlens.dashboard.data import load_run

    table = load_run(run).table
    expected = int((~table["is_incomplete"]).sum())
    assert 0 < expected < table.height
    with dashboard(run, tmp_path / "server.log") as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        open_view(page, url, "Filter & export")
        kept = page.locator('[data-testid="stMetricValue"]').first
        assert kept.inner_text().startswith(f"{table.height:,} of {table.height:,}")
        page.get_by_text("Drop incomplete instructions").click()
        expect(kept).to_have_text(re.compile(rf"^{expected:,} of {table.height:,}"), timeout=30_000)
        page.get_by_role("button", name="Export", exact=True).click()
        page.get_by_text("Exported").wait_for(timeout=60_000)
        page.close()
    exported = [json.loads(line) for line in (run / "exports" / "dashboard" / "train.jsonl").read_text().splitlines()]
    assert len(exported) == expected
    assert not any(record["instruction"].rstrip().endswith(":") for record in exported)


def test_script_payloads_in_rows_never_run(browser, tmp_path) -> None:
    # The check can fail: the same payload rendered as HTML does set the flag.
    probe = browser.new_page()
    probe.set_content(f"<html><body>{IMG_PAYLOAD}</body></html>")
    probe.wait_for_function("window.__xss === 1", timeout=10_000)
    probe.close()
    run = hostile_run(tmp_path / "hostile").root
    with dashboard(run, tmp_path / "server.log") as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        open_view(page, url, "Overview")
        for view in HEADERS:
            switch_view(page, view)
            if view == "Map":
                page.locator(".js-plotly-plot").first.hover()  # hover text carries instructions
            assert page.evaluate("window.__xss") is None, view
            assert page.title() == "synthlens", view
        # The payloads did reach the page, as text (the Rows view opens the first row, r00).
        switch_view(page, "Rows")
        shown = page.locator('[data-testid="stText"]', has_text=f"{SCRIPT_PAYLOAD} answer 0")
        expect(shown).to_be_visible(timeout=30_000)
        assert page.evaluate("window.__xss") is None
        page.close()
