"""The report of a real demo run: every section with the run's own numbers, nothing loaded from outside the
file, secrets masked, and dataset text carrying script payloads shown as text only (HTML and Markdown)."""

import re
from html.parser import HTMLParser
from pathlib import Path

import polars as pl

from synthlens.judge.offline.classifiers import generator_name
from synthlens.report import SECTION_TITLES, write_report
from synthlens.workspace import Workspace

SECRET = "sk-test-0123456789"  # recorded with --api-key by the reported_run fixture


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def start_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.found


def assert_inert(html: str) -> None:
    """No script, no event handler, no link off the page, images only as data: URLs."""
    for tag, attributes in start_tags(html):
        assert tag not in ("script", "iframe", "object", "embed", "link", "base", "form"), tag
        assert not [name for name in attributes if name.startswith("on")], (tag, attributes)
        if tag == "a":
            assert (attributes.get("href") or "").startswith("#"), attributes
        if tag == "img":
            assert (attributes.get("src") or "").startswith("data:image/png;base64,"), tag
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_every_section_shows_the_run_s_own_figures(reported_run: Workspace, tmp_path: Path) -> None:
    html = write_report(reported_run, tmp_path / "report.html").read_text()
    headings = re.findall(r"<h2>(.*?)</h2>", html)
    assert headings == list(SECTION_TITLES)
    table = reported_run.joined()
    kept, unsafe = int(table["keep"].sum()), int((~table["is_safe"]).sum())
    assert f"Recipe clean-budget: kept {kept:,} of {table.height:,} rows." in html
    assert f"{unsafe:,} rows judged unsafe" in html and unsafe > 0
    assert f"{generator_name()}</td><td class=n>500</td><td>offline tagger" in html
    assert html.count('src="data:image/png;base64,') == 2  # the coverage map and the cluster shares
    assert "select 15,000 tokens by input_quality + response_length / 1000 desc" in html
    assert "synthlens select " in html and "--budget-rows 40" in html
    assert_inert(html)


def test_the_markdown_report_has_the_same_sections(reported_run: Workspace, tmp_path: Path) -> None:
    markdown = write_report(reported_run, tmp_path / "report.md", markdown=True).read_text()
    assert re.findall(r"^## (.*)$", markdown, flags=re.MULTILINE) == list(SECTION_TITLES)
    assert f"| task\\_category | {generator_name()} | 500 | offline tagger |" in markdown


def test_secrets_in_recorded_commands_never_reach_the_report(reported_run: Workspace, tmp_path: Path) -> None:
    manifest = (reported_run.root / "manifest.json").read_text()
    html = write_report(reported_run, tmp_path / "report.html").read_text()
    for text in (manifest, html):
        assert SECRET not in text and "u:pw@" not in text
    assert "--api-key &#x27;***&#x27;" in html and "http://u:***@h/v1" in html


def test_dataset_text_with_script_payloads_stays_text(tmp_path: Path) -> None:
    from dashboard.dashboard_runs import IMG_PAYLOAD, LINK_PAYLOAD, SCRIPT_PAYLOAD, hostile_run

    ws = hostile_run(tmp_path / "hostile")
    ws.record_command(["synthlens", "filter", str(ws.root), "--recipe", f"{SCRIPT_PAYLOAD}.yaml"])
    html = write_report(ws, tmp_path / "hostile.html").read_text()
    assert_inert(html)
    assert "&lt;script&gt;window.__xss=1" in html and "&lt;img src=x onerror=" in html
    assert "[click me](javascript:window.__xss=1)" in html  # shown as characters, never turned into a link
    markdown = write_report(ws, tmp_path / "hostile.md", markdown=True).read_text()
    assert "<script" not in markdown and "<img" not in markdown
    assert not re.search(r"(?<!\\)\]\(", markdown)  # no unescaped link anywhere
    assert "&lt;script&gt;" in markdown and "\\[click me\\](javascript" in markdown
    unsafe = ws.joined().filter(~pl.col("is_safe"))
    assert all(row_id.replace("<", "&lt;") in html for row_id in unsafe["id"].to_list() if "<" not in row_id)
    assert IMG_PAYLOAD not in html and SCRIPT_PAYLOAD not in html and LINK_PAYLOAD not in markdown
