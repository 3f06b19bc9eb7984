"""The report: one self-contained HTML file (Plotly embedded, opens offline) or Markdown.

Both are drawn from :func:`parley.api.report.report_data`; a section whose data is
missing (no positions yet, no models API) says why instead of failing. Every figure
links to its evidence: the passages cited are listed at the end of the HTML report
(``#p-DOC-START-END``) with the documents they come from.

>>> write_report("project.db", "report.html")   # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from parley.api import report as report_api
from parley.core.errors import ConfigError

from . import charts
from .app import HERE, plotly_js
from .markdown import markdown_report

REPORT_FORMATS = ("html", "md")


def passage_id(doc_id: str, start: int, end: int) -> str:
    """The element id of a cited passage in the report."""
    return f"p-{doc_id}-{start}-{end}"


def _passages(data: report_api.ReportData) -> list[Any]:
    """Every evidence reference the report cites, once, by document and place."""
    found: dict[tuple, Any] = {}

    def add(refs: Any) -> None:
        for ref in refs:
            found.setdefault((ref.doc_id, ref.start, ref.end), ref)

    if data.matrix.available:
        for cell in data.matrix.value.cells:
            add(cell.evidence)
    if data.network.available:
        for edge in data.network.value.edges:
            add(edge.evidence)
    if data.timeline.available:
        for shift in data.timeline.value.shifts:
            add(shift.before_evidence)
            add(shift.after_evidence)
    return [found[k] for k in sorted(found)]


def _figures(data: report_api.ReportData) -> dict[str, dict]:
    figures = {}
    makers = (("camps", data.overview, charts.camps_figure), ("matrix", data.matrix, charts.matrix_figure),
              ("network", data.network, charts.network_figure),
              ("timeline", data.timeline, charts.timeline_figure),
              ("forecast", data.forecast, charts.forecast_figure),
              ("settlement", data.forecast, charts.settlement_figure))
    for name, part, make in makers:
        if part.available:
            figures[name] = make(part.value)
    return figures


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(["html"]))
    env.globals["passage_id"] = passage_id
    return env


def render_html(data: report_api.ReportData) -> str:
    """The HTML report of ``data`` as one string."""
    template = _environment().get_template("report.html")
    return template.render(
        data=data, figures=_figures(data), passages=_passages(data), book=data.codebook,
        css=Markup((HERE / "static" / "parley.css").read_text(encoding="utf-8")),
        # Plotly's own JavaScript from the installed package: trusted code, embedded as is.
        plotly=Markup(plotly_js().replace("</script", "<\\/script")))


def render_report(target: Any, fmt: str = "html", seed: int = 0) -> str:
    """The report of the project ``target`` as HTML or Markdown text."""
    if fmt not in REPORT_FORMATS:
        raise ConfigError(f"report format must be one of {', '.join(REPORT_FORMATS)}; got {fmt!r}")
    data = report_api.report_data(target, seed=seed)
    return render_html(data) if fmt == "html" else markdown_report(data)


def write_report(target: Any, out: str | Path, fmt: str | None = None, seed: int = 0) -> Path:
    """Write the report to ``out``; the format follows ``fmt`` or the suffix (``.md``)."""
    out = Path(out)
    chosen = fmt or ("md" if out.suffix.lower() in (".md", ".markdown") else "html")
    text = render_report(target, chosen, seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out
