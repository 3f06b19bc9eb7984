"""The report (HTML self-contained, Markdown), the CLI commands, and text highlighting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parley.api.report import Marked
from parley.cli import main
from parley.web import render_report, write_report
from parley.web.highlight import segments
from parley.web.markdown import md_text


def test_html_report_is_self_contained_and_escapes_documents(web_project, tmp_path):
    out = write_report(web_project, tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    assert not re.search(r'<script[^>]+src=|<link[^>]+href="http', html)  # nothing fetched
    assert "Plotly" in html and 'id="fig-matrix"' in html and 'id="fig-network"' in html
    assert "<script>window.__pwned" not in html and "<b>sign</b>" not in html
    assert "We will never &lt;b&gt;sign&lt;/b&gt;," in html
    for section in ("overview", "matrix", "network", "timeline", "quotes", "forecast", "sources"):
        assert f'<section id="{section}">' in html


def test_html_report_links_evidence_to_cited_passages(web_project):
    html = render_report(web_project, "html")
    links = set(re.findall(r'href="#(p-[0-9a-f]+-\d+-\d+)"', html))
    targets = set(re.findall(r'id="(p-[0-9a-f]+-\d+-\d+)"', html))
    assert links and links <= targets
    assert set(re.findall(r'href="#(doc-[0-9a-f]+)"', html)) <= set(re.findall(r'id="(doc-[0-9a-f]+)"', html))


def test_markdown_report_has_the_same_figures(web_project):
    md = render_report(web_project, "md")
    assert "## Positions: actors × issues" in md and "| Kestrel Federation |" in md
    assert "## Forecast, what-if and settlement check" in md and "80 % interval" in md
    assert "<script>" not in md and "&lt;b&gt;sign" in md


def test_report_without_positions_says_what_is_missing(tmp_path):
    from parley.api import init_project

    empty = tmp_path / "empty.db"
    init_project(empty)
    md = render_report(empty, "md")
    assert "not available" in md
    html = render_report(empty, "html")
    assert 'class="unavailable"' in html


def test_cli_report_and_serve_refusal(web_project, tmp_path, capsys):
    out = tmp_path / "r.md"
    assert main(["report", str(web_project), "-o", str(out)]) == 0
    assert out.read_text().startswith("# ")
    assert main(["report", str(web_project), "-o", str(tmp_path / "r.x"), "--format", "pdf"]) != 0
    assert main(["serve", str(web_project), "--host", "0.0.0.0"]) != 0
    assert "--token" in capsys.readouterr().err


@pytest.mark.parametrize("text,marks,expected", [
    ("abcdef", [Marked("quote", 1, 4, "q")], [("a", ()), ("bcd", ("quote",)), ("ef", ())]),
    ("abcdef", [Marked("quote", 0, 6, "q"), Marked("mention", 2, 3, "m")],
     [("ab", ("quote",)), ("c", ("mention", "quote")), ("def", ("quote",))]),
    ("abc", [Marked("quote", 2, 9, "q"), Marked("position", 1, 1, "empty")], [("ab", ()), ("c", ("quote",))]),
])
def test_segments_cover_the_text_once(text, marks, expected):
    found = segments(text, marks)
    assert [(s.text, s.kinds) for s in found] == expected
    assert "".join(s.text for s in found) == text


def test_markdown_text_is_escaped():
    assert md_text("<img src=x onerror=alert(1)> a|b") == "&lt;img src=x onerror=alert(1)&gt; a\\|b"
