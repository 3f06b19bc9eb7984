"""The analysis figures: position matrix, discourse network (with time windows), timeline.

Each comes from :mod:`parley.api.analysis` (the functions behind ``parley positions``,
``parley network`` and ``parley timeline``) and keeps the evidence of every number.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from parley.core.errors import ValidationError

from .. import analysis as analysis_api
from ..review import check_choice, memo, opened
from .common import EvidenceRef, codebook_of, refs

NETWORK_KINDS = ("actor", "issue")
NETWORK_MODES = ("congruence", "conflict", "subtract")
PERIODS = ("week", "month", "quarter", "year")
EDGE_EVIDENCE = 3
# Collecting an edge's evidence walks its statements: done for the heaviest edges only.
EDGES_WITH_EVIDENCE = 25


# --------------------------------------------------------------------------- matrix


@dataclass(frozen=True)
class MatrixCell:
    """One actor's position on one issue: counts, net score in [−1, 1], evidence."""

    actor: str
    issue: str
    stance: str
    net: float
    support: int
    oppose: int
    statements: int
    reviewed: int
    confidence: float
    first: str | None
    last: str | None
    evidence: list[EvidenceRef]


@dataclass(frozen=True)
class MatrixView:
    """Actors (rows) × issues (columns) that have statements, in codebook order."""

    actors: list[str]
    issues: list[str]
    actor_names: dict[str, str]
    issue_names: dict[str, str]
    cells: list[MatrixCell]


def matrix_view(target: Any) -> MatrixView:
    """The actor × issue position matrix with each cell's first passages of evidence."""
    def build() -> MatrixView:
        matrix = analysis_api.positions(target)
        with opened(target) as store:
            book = codebook_of(target, store)
            cells = [MatrixCell(c.actor, c.issue, c.stance, c.net, c.support, c.oppose,
                                c.statements, c.reviewed, c.confidence,
                                c.first.iso() if c.first else None, c.last.iso() if c.last else None,
                                refs(target, store, c.evidence)) for c in matrix.cells]
        actors = [a for a in matrix.actors if any(c.actor == a for c in cells)]
        issues = [i for i in matrix.issues if any(c.issue == i for c in cells)]
        names = ({a.id: a.name for a in book.actors}, {i.id: i.label for i in book.issues}) if book else ({}, {})
        return MatrixView(actors, issues, {a: names[0].get(a, a) for a in actors},
                          {i: names[1].get(i, i) for i in issues}, cells)

    return memo(target, ("matrix",), build)


# --------------------------------------------------------------------------- network


@dataclass(frozen=True)
class NetworkNode:
    id: str
    label: str
    camp: str | None
    statements: int


@dataclass(frozen=True)
class NetworkEdge:
    """An edge; ``statements`` and ``evidence`` are filled for the heaviest edges only."""

    source: str
    target: str
    weight: float
    statements: int | None
    evidence: list[EvidenceRef]


@dataclass(frozen=True)
class NetworkWindow:
    index: int
    start: str | None
    end: str | None
    statements: int


@dataclass(frozen=True)
class NetworkView:
    """One discourse network; with ``window``, the one of window ``selected`` and the list."""

    kind: str
    mode: str
    window: str | None
    step: str | None
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    windows: list[NetworkWindow]
    selected: int | None


def _node_counts(net: Any, kind: str) -> Counter:
    weights = net.kernel
    return Counter(getattr(p, kind) for p, w in zip(net.statements.positions, weights) if w > 0)


def _network(target: Any, store: Any, net: Any, kind: str) -> tuple[list, list]:
    from parley.analysis.networks import evidence_index

    book = codebook_of(target, store)
    names = {a.id: a.name for a in book.actors} if book else {}
    names |= {i.id: i.label for i in book.issues} if book else {}
    camps = {a.id: a.side for a in book.actors} if book else {}
    counts = _node_counts(net, kind)
    nodes = [NetworkNode(n, names.get(n, n), camps.get(n), counts[n]) for n in net.nodes]
    evidence = evidence_index(net)
    edges = []
    for rank, (u, v, weight) in enumerate(sorted(net.edges(), key=lambda e: -e[2])):
        spans = evidence(u, v) if rank < EDGES_WITH_EVIDENCE else None
        edges.append(NetworkEdge(u, v, weight, None if spans is None else len(spans),
                                 refs(target, store, spans or (), EDGE_EVIDENCE)))
    return nodes, edges


def network_view(target: Any, kind: str = "actor", mode: str = "congruence",
                 window: str | None = None, step: str | None = None, at: int | None = None) -> NetworkView:
    """The actor (or issue) network; with ``window`` (``"30d"``) one per window, ``at`` picks one."""
    check_choice("network kind", kind, NETWORK_KINDS)
    check_choice("network mode", mode, NETWORK_MODES)
    request = analysis_api.NetworkRequest(kind=kind, mode=mode, window=window, step=step or window)
    built = memo(target, ("networks", kind, mode, window, step),
                 lambda: analysis_api.network(target, request=request))
    windows = [NetworkWindow(k, _iso(n.start), _iso(n.end), int((n.kernel > 0).sum()))
               for k, n in enumerate(built)] if window else []
    selected = None
    if window and built:
        selected = len(built) - 1 if at is None else at
        if not 0 <= selected < len(built):
            raise ValidationError(f"window index must be in 0–{len(built) - 1}; got {at}")
    net = built[selected or 0] if built and (selected is not None or not window) else None

    def draw():
        with opened(target) as store:
            return _network(target, store, net, kind) if net is not None else ([], [])

    nodes, edges = memo(target, ("network-view", kind, mode, window, step, selected), draw)
    return NetworkView(kind, mode, window, request.step, nodes, edges, windows, selected)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class ShiftRow:
    """An actor's change of stance on an issue between two periods, with both sides' evidence."""

    actor: str
    issue: str
    before: str
    after: str
    from_stance: str
    to_stance: str
    before_evidence: list[EvidenceRef]
    after_evidence: list[EvidenceRef]


@dataclass(frozen=True)
class TimelineView:
    """Statements per period (in all and per actor) and the position shifts."""

    period: str
    series: list[dict]
    by_actor: list[dict]
    shifts: list[ShiftRow]
    shifts_total: int


def timeline_view(target: Any, period: str = "month", shifts_shown: int = 200) -> TimelineView:
    """Statements per ``period`` and the first ``shifts_shown`` position shifts."""
    check_choice("period", period, PERIODS)

    def build() -> TimelineView:
        counts, shifts = analysis_api.timeline(target, period=period, by=("actor",))
        series = counts.groupby("period", sort=True)[["support", "oppose", "statements"]].sum()
        with opened(target) as store:
            rows = [ShiftRow(s.actor, s.issue, s.before, s.after, s.from_stance, s.to_stance,
                             refs(target, store, s.before_evidence, EDGE_EVIDENCE),
                             refs(target, store, s.after_evidence, EDGE_EVIDENCE))
                    for s in shifts[:shifts_shown]]
        return TimelineView(period, _rows(series.reset_index()), _rows(counts), rows, len(shifts))

    return memo(target, ("timeline", period, shifts_shown), build)


def _rows(frame: Any) -> list[dict]:
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()}
            for row in frame.to_dict(orient="records")]
