"""The actor × issue position matrix, each cell with the evidence behind it.

>>> from parley.core import Position, Span
>>> ps = [Position("a", "x", "support", Span("d", 0, 5), via="quote"),
...       Position("a", "x", "oppose", Span("d", 9, 12))]
>>> cell = position_matrix(ps).cell("a", "x")
>>> (cell.stance, cell.net, cell.by_via["quote"], len(cell.evidence))
('mixed', 0.0, 1, 2)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

import pandas as pd

from parley.core.dates import PartialDate
from parley.core.errors import NotFoundError
from parley.core.types import VIAS, Codebook, Document, Position, Span

from .review import effective_positions


def span_text(span: Span) -> str:
    """A compact, parseable form of a span: ``doc_id:start-end``."""
    return f"{span.doc_id}:{span.start}-{span.end}"


def spans_text(spans: Iterable[Span]) -> str:
    """Spans joined by ``;`` for flat tables (CSV, Parquet, GraphML attributes)."""
    return ";".join(span_text(s) for s in spans)


def combined_stance(support: float, oppose: float) -> str | None:
    """``support`` / ``oppose`` when only one occurs, ``mixed`` when both, else ``None``."""
    if support > 0 and oppose > 0:
        return "mixed"
    return "support" if support > 0 else ("oppose" if oppose > 0 else None)


@dataclass(frozen=True)
class PositionCell:
    """One actor's position on one issue, summarised from its statements.

    ``net`` = (support − oppose) / (support + oppose), in [−1, 1].
    """

    actor: str
    issue: str
    support: int
    oppose: int
    net: float
    stance: str
    by_via: Mapping[str, int]
    first: PartialDate | None
    last: PartialDate | None
    confidence: float
    reviewed: int
    evidence: tuple[Span, ...]

    @property
    def statements(self) -> int:
        return self.support + self.oppose


@dataclass(frozen=True)
class PositionMatrix:
    """All non-empty cells, with the row (actor) and column (issue) order."""

    actors: tuple[str, ...]
    issues: tuple[str, ...]
    cells: tuple[PositionCell, ...]

    def cell(self, actor: str, issue: str) -> PositionCell:
        """The cell of ``actor`` × ``issue`` (:class:`NotFoundError` when empty)."""
        for cell in self.cells:
            if cell.actor == actor and cell.issue == issue:
                return cell
        raise NotFoundError(f"no statements of {actor!r} on {issue!r}")

    def to_frame(self) -> pd.DataFrame:
        """One row per cell; evidence as ``doc:start-end`` joined by ``;``."""
        return pd.DataFrame([_cell_row(c) for c in self.cells], columns=MATRIX_COLUMNS)

    def pivot(self, value: str = "net") -> pd.DataFrame:
        """Actors × issues table of one value (``net``, ``support``, ``oppose``, ``stance``…)."""
        frame = self.to_frame()
        table = frame.pivot(index="actor", columns="issue", values=value)
        return table.reindex(index=list(self.actors), columns=list(self.issues))


MATRIX_COLUMNS = ["actor", "issue", "stance", "net", "support", "oppose", "statements",
                  *(f"via_{v}" for v in VIAS), "first", "last", "confidence", "reviewed",
                  "evidence"]


def _cell_row(cell: PositionCell) -> dict:
    return {
        "actor": cell.actor, "issue": cell.issue, "stance": cell.stance, "net": cell.net,
        "support": cell.support, "oppose": cell.oppose, "statements": cell.statements,
        **{f"via_{v}": cell.by_via.get(v, 0) for v in VIAS},
        "first": cell.first.iso() if cell.first else None,
        "last": cell.last.iso() if cell.last else None,
        "confidence": cell.confidence, "reviewed": cell.reviewed,
        "evidence": spans_text(cell.evidence),
    }


def _dated(position: Position, docs: Mapping[str, Document]) -> PartialDate | None:
    if position.date is not None:
        return position.date
    doc = docs.get(position.span.doc_id)
    return doc.published if doc else None


def _cell(actor: str, issue: str, group: list[Position], docs) -> PositionCell:
    support = sum(p.stance == "support" for p in group)
    oppose = len(group) - support
    dates = sorted(d for d in (_dated(p, docs) for p in group) if d is not None)
    return PositionCell(
        actor=actor, issue=issue, support=support, oppose=oppose,
        net=(support - oppose) / len(group),
        stance=combined_stance(support, oppose) or "none",
        by_via={v: sum(p.via == v for p in group) for v in VIAS},
        first=dates[0] if dates else None, last=dates[-1] if dates else None,
        confidence=sum(p.confidence for p in group) / len(group),
        reviewed=sum(p.review_state != "machine" for p in group),
        evidence=tuple(sorted(p.span for p in group)),
    )


def position_matrix(
    positions: Iterable[Position],
    documents: Iterable[Document] = (),
    codebook: Codebook | None = None,
) -> PositionMatrix:
    """Summarise the effective positions per actor × issue (codebook order first)."""
    docs = {d.id: d for d in documents}
    groups: dict[tuple[str, str], list[Position]] = {}
    for p in effective_positions(positions):
        groups.setdefault((p.actor, p.issue), []).append(p)
    actors = tuple(dict.fromkeys([*(codebook.actor_ids if codebook else ()), *(a for a, _ in groups)]))
    issues = tuple(dict.fromkeys([*(codebook.issue_ids if codebook else ()), *(i for _, i in groups)]))
    order = {a: n for n, a in enumerate(actors)}, {i: n for n, i in enumerate(issues)}
    keys = sorted(groups, key=lambda k: (order[0][k[0]], order[1][k[1]]))
    return PositionMatrix(actors, issues, tuple(_cell(a, i, groups[(a, i)], docs) for a, i in keys))
