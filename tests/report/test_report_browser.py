"""The report opened in headless Chromium from a file: every section's heading is in the rendered text, a
screenshot is taken, and in a report of rows carrying script payloads nothing runs."""

import os
from pathlib import Path

import pytest

from synthlens.report import SECTION_TITLES, write_report

pytestmark = pytest.mark.browser
if not os.environ.get("CI"):  # in CI a missing playwright is a failure, elsewhere a skip that says why
    pytest.importorskip("playwright", reason="playwright is not installed; fix: pip install playwright")
from dashboard.dashboard_browser import headless_chromium  # noqa: E402

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def browser():
    with headless_chromium() as launched:
        yield launched


def rendered(browser, report: Path, screenshot: Path) -> tuple[str, object]:
    """The page's visible text after loading the file, with a full-page screenshot written."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    page.screenshot(path=str(screenshot), full_page=True)
    return page.inner_text("body"), page


def test_the_report_renders_every_section(browser, reported_run, tmp_path: Path) -> None:
    report = write_report(reported_run, tmp_path / "report.html")
    text, page = rendered(browser, report, tmp_path / "report.png")
    headings = page.locator("h2").all_inner_texts()
    page.close()
    assert headings == list(SECTION_TITLES)
    for title in SECTION_TITLES:
        assert title in text
    shot = (tmp_path / "report.png").read_bytes()
    assert shot.startswith(PNG_SIGNATURE) and len(shot) > 50_000  # a long page of tables and charts


def test_script_payloads_in_the_data_never_run(browser, tmp_path: Path) -> None:
    from dashboard.dashboard_runs import IMG_PAYLOAD, hostile_run

    # The check can fail: the same payload rendered as HTML does set the flag.
    probe = browser.new_page()
    probe.set_content(f"<html><body>{IMG_PAYLOAD}</body></html>")
    probe.wait_for_function("window.__xss === 1", timeout=10_000)
    probe.close()
    report = write_report(hostile_run(tmp_path / "hostile"), tmp_path / "hostile.html")
    text, page = rendered(browser, report, tmp_path / "hostile.png")
    page.mouse.move(300, 300)
    assert page.evaluate("window.__xss") is None
    assert page.title() == "synthlens report: tiny"
    page.close()
    assert IMG_PAYLOAD in text  # the payload reached the page, as text
