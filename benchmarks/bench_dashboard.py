"""Dashboard speed on a large run: load, first render of each view, and how fast a change shows.

    PYTHONPATH=src python benchmarks/bench_dashboard.py --rows 200000 [--browser] [--screenshots docs]

Builds (once) a synthetic run with every contract column (benchmarks/dashboard_synthetic_run.py), then
1. server side, with Streamlit's AppTest: the run's load, each view's first render (run loaded, view caches
   cold), and reruns after a widget change (filter toggles, map colour, duplicate threshold, row search);
2. with --browser, end to end in headless chromium against `synthlens dashboard`: each view until its script
   run has finished and the page is drawn, and a filter toggle until the kept count changes;
3. with --screenshots DIR, a PNG of each view (for the README).
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

# AppTest runs scripts without a server, and Streamlit warns about that on every call.
os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")

from dashboard_synthetic_run import build  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "dashboards" / "app.py"
VIEWS = ["Overview", "Map", "Duplicates", "Judgments", "Rows", "Filter & export"]


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def app_test(run: Path, view: str) -> AppTest:

    app = AppTest.from_file(str(APP), default_timeout=600)
    app.session_state["run_path"] = str(run)
    app.session_state["view"] = view
    return app


def check(app) -> None:
    if app.exception or app.error:
        raise SystemExit(f"the app failed: {[e.value for e in [*app.exception, *app.error]]}")


def server_side(run: Path) -> dict[str, float]:
    """Seconds per step, measured with AppTest in this process (Streamlit's caches shared across sessions)."""
    figures: dict[str, float] = {}
    first = app_test(run, "Overview")
    figures["load run + first render: Overview"] = timed(first.run)
    check(first)
    for view in VIEWS:
        app = app_test(run, view)
        figures[f"first render: {view}"] = timed(app.run)
        check(app)
        figures.update(changes(app, view))
    return figures


def changes(app, view: str) -> dict[str, float]:
    """Reruns after the widget changes a user makes most in each view."""
    steps = {
        "Map": [("colour by task_category", lambda: app.selectbox(key="map_colour").select("task_category"))],
        "Duplicates": [("threshold 0.95 -> 0.85", lambda: app.slider(key="dup_threshold").set_value(0.85))],
        "Rows": [("search 'poem'", lambda: app.text_input(key="rows_search").input("poem"))],
        "Filter & export": [
            ("filter: drop exact duplicates", lambda: app.checkbox(key="f_is_exact_dup").check()),
            ("filter: drop unsafe", lambda: app.checkbox(key="f_is_safe").check()),
            (
                "filter: quality >= average",
                lambda: app.select_slider(key="f_input_quality").set_range("average", "excellent"),
            ),
        ],
    }.get(view, [])
    figures = {}
    for name, change in steps:
        try:
            change()
        except (KeyError, ValueError):  # a run without that stage has no such widget or option
            continue
        figures[f"change: {name}"] = timed(app.run)
        check(app)
    return figures


def browser_side(run: Path, screenshots: Path | None) -> dict[str, float]:
    """Seconds per step in headless chromium against a `synthlens dashboard` server."""
    sys.path.insert(0, str(REPO / "tests" / "dashboard"))
    from dashboard_browser import CHROMIUM, CHROMIUM_ARGS, dashboard, open_view, switch_view
    from playwright.sync_api import expect, sync_playwright

    figures: dict[str, float] = {}
    with dashboard(run, run / "bench-server.log") as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 2000})
        figures["browser: load run + first render: Overview"] = timed(lambda: open_view(page, url, "Overview"))
        for view in VIEWS[1:] + VIEWS[:1]:
            figures[f"browser: first render: {view}"] = timed(lambda view=view: switch_view(page, view))
            figures[f"  of which the server computed: {view}"] = computed_seconds(page)
            if screenshots and view != "Filter & export":
                screenshot(page, view, screenshots)
        switch_view(page, "Filter & export")
        kept = page.locator('[data-testid="stMetricValue"]').first
        before = kept.inner_text()

        def toggle() -> None:
            page.get_by_text("Drop exact duplicates (keep the first)").click()
            expect(kept).not_to_have_text(before, timeout=60_000)

        figures["browser: change: filter toggle until the kept count updates"] = timed(toggle)
        if screenshots:  # the filter view with a recipe in it says more than an empty one
            after_toggle = kept.inner_text()
            page.get_by_text("Drop rows judged unsafe").click()
            expect(kept).not_to_have_text(after_toggle, timeout=60_000)
            screenshot(page, "Filter & export", screenshots)
        browser.close()
    return figures


def screenshot(page, view: str, folder: Path) -> None:
    """A PNG of the view, cut to its content (the page scrolls inside Streamlit's own container)."""
    page.wait_for_timeout(1500)  # let Plotly finish drawing before the picture
    height = page.evaluate("document.querySelector('[data-testid=stMainBlockContainer]').scrollHeight")
    slug = view.lower().replace(" & ", "-").replace(" ", "-")
    page.screenshot(
        path=str(folder / f"dashboard-{slug}.png"),
        clip={"x": 0, "y": 0, "width": 1400, "height": min(height + 40, 2000)},
    )


def computed_seconds(page) -> float:
    """The server's own time for the last view, as the sidebar reports it ("… computed in 0.42 s")."""
    text = page.locator('[data-testid="stSidebar"]').get_by_text("computed in").inner_text()
    return float(text.rsplit(" in ", 1)[1].removesuffix(" s"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--run", type=Path, help="run folder (default: runs/bench-dashboard-<rows>)")
    parser.add_argument("--browser", action="store_true", help="also time it end to end in headless chromium")
    parser.add_argument("--screenshots", type=Path, help="save a PNG of each view here (implies --browser)")
    args = parser.parse_args()
    run = args.run or REPO / "runs" / f"bench-dashboard-{args.rows}"
    if not (run / "manifest.json").exists():
        print(f"building a synthetic run of {args.rows:,} rows in {run} …", flush=True)
        print(f"  built in {timed(lambda: build(run, args.rows, 52_002)):.1f} s", flush=True)
    figures = server_side(run)
    if args.browser or args.screenshots:
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
        figures |= browser_side(run, args.screenshots)
    width = max(map(len, figures))
    for name, seconds in figures.items():
        print(f"{name:<{width}}  {seconds:6.2f} s")
    print(json.dumps({"run": str(run), "seconds": {k: round(v, 3) for k, v in figures.items()}}))


if __name__ == "__main__":
    main()
