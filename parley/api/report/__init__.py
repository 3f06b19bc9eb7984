"""Views of a project for the report and the dashboard, and the report's data.

>>> from parley.api import report          # doctest: +SKIP
>>> report.matrix_view("my.db").cells[0]   # doctest: +SKIP

Submodules: ``common`` (evidence references, codebook), ``corpus`` (overview,
documents, search, actors, issues, quotes), ``figures`` (matrix, network,
timeline), ``forecast`` (forecast, what-if, settlement) and ``agreement``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from parley.core.errors import ParleyError

from ..review import LiveProject
from .agreement import Agreement, PairAgreement, agreement
from .common import CodebookView, EvidenceRef, codebook_view, refs
from .corpus import (
    DocumentPage, DocumentRow, DocumentView, EntityRow, Marked, Overview, QuoteRow, QuoteTable,
    SearchView, actors_view, document_rows, document_view, documents_page, issues_view, overview,
    quotes_view, search,
)
from .figures import (
    NETWORK_KINDS, NETWORK_MODES, PERIODS, MatrixCell, MatrixView, NetworkEdge, NetworkNode,
    NetworkView, NetworkWindow, ShiftRow, TimelineView, matrix_view, network_view, timeline_view,
)
from .forecast import FORECAST_MODELS, ForecastView, check_changes, forecast_view

REPORT_QUOTES = 500


@dataclass(frozen=True)
class Section:
    """One section of the report: its data, or why it is not available."""

    value: Any
    note: str | None = None

    @property
    def available(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, computed once from the project."""

    title: str
    generated: str
    codebook: CodebookView
    overview: Section
    matrix: Section
    network: Section
    timeline: Section
    quotes: Section
    forecast: Section
    agreement: Section
    documents: list[DocumentRow]


def section(make: Callable[[], Any]) -> Section:
    """``make()`` as a section; a Parley error becomes the section's "not available" note."""
    try:
        return Section(make())
    except ParleyError as err:
        return Section(None, f"not available: {err}")


def report_data(target: Any, quotes_shown: int = REPORT_QUOTES, model: str = "compromise",
                seed: int = 0) -> ReportData:
    """Every section of the report (one open project, read once)."""
    live = target if isinstance(target, LiveProject) else LiveProject(target)
    try:
        book = codebook_view(live)
        forecast = section(lambda: forecast_view(live, model, seed=seed))
        if forecast.available and not forecast.value.available:
            forecast = Section(None, forecast.value.reason)
        parts = dict(overview=section(lambda: overview(live)),
                     matrix=section(lambda: matrix_view(live)),
                     network=section(lambda: network_view(live)),
                     timeline=section(lambda: timeline_view(live)),
                     quotes=section(lambda: quotes_view(live, limit=quotes_shown)),
                     forecast=forecast, agreement=section(lambda: agreement(live)))
        return ReportData(
            title=book.title or book.name or "Parley report",
            generated=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            codebook=book, documents=document_rows(live, _cited(parts)), **parts)
    finally:
        if live is not target:
            live.close()


def _cited(parts: dict[str, Section]) -> list[str]:
    """The ids of every document the report's sections cite."""
    found: list[str] = []
    if parts["matrix"].available:
        found += [e.doc_id for c in parts["matrix"].value.cells for e in c.evidence]
    if parts["network"].available:
        found += [e.doc_id for edge in parts["network"].value.edges for e in edge.evidence]
    if parts["timeline"].available:
        found += [e.doc_id for s in parts["timeline"].value.shifts
                  for e in (*s.before_evidence, *s.after_evidence)]
    if parts["quotes"].available:
        found += [q.doc_id for q in parts["quotes"].value.items]
    return sorted(set(found))


__all__ = [
    "Agreement", "CodebookView", "DocumentPage", "DocumentRow", "DocumentView", "EntityRow",
    "EvidenceRef", "FORECAST_MODELS", "ForecastView", "Marked", "MatrixCell", "MatrixView",
    "NETWORK_KINDS", "NETWORK_MODES", "NetworkEdge", "NetworkNode", "NetworkView", "NetworkWindow",
    "Overview", "PERIODS", "PairAgreement", "QuoteRow", "QuoteTable", "ReportData", "SearchView",
    "Section", "ShiftRow", "TimelineView", "actors_view", "agreement", "check_changes",
    "codebook_view", "document_rows", "document_view", "documents_page", "forecast_view", "issues_view",
    "matrix_view", "network_view", "overview", "quotes_view", "refs", "report_data", "search",
    "section", "timeline_view",
]
