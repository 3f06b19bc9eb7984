"""Statements as columns: the vectorised form every network and window works on.

A :class:`Statements` table holds one row per effective position (see
:mod:`parley.analysis.review`) with integer codes for actor, issue, stance,
``via``, document and camps, and the day of the statement (the position's own
date, else its document's publication date; ``NO_DAY`` when neither is known).
Filters and duplicate removal return smaller tables whose rows are a subset of
the original ones, so every figure keeps its way back to ``positions[i].span``.

>>> from parley.core import Position, Span, PartialDate
>>> ps = [Position("a", "x", "support", Span("d", 0, 5), date=PartialDate(2024, 1, 2)),
...       Position("b", "x", "oppose", Span("d", 6, 9), date=PartialDate(2024, 1, 9))]
>>> table = build_statements(ps)
>>> table.actors, table.issues, len(table)
(('a', 'b'), ('x',), 2)
>>> len(filter_statements(table, StatementFilter(actors=("a",))))
1
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

import numpy as np

from parley.core.dates import PartialDate
from parley.core.errors import ValidationError
from parley.core.types import STANCES, VIAS, Codebook, Document, Position

from .review import effective_positions

NO_DAY = np.iinfo(np.int64).min
EPOCH = dt.date(1970, 1, 1)
DUPLICATE_RULES = ("none", "document", "week", "month")
UNKNOWN_CAMP = "unknown"


def day_number(date: PartialDate | dt.date | None) -> int:
    """Days since 1970-01-01 of a date's first day (``NO_DAY`` for ``None``)."""
    if date is None:
        return int(NO_DAY)
    start = date.start() if isinstance(date, PartialDate) else date
    return (start - EPOCH).days


def day_date(day: int) -> dt.date:
    """The calendar date of a day number."""
    return EPOCH + dt.timedelta(days=int(day))


@dataclass(frozen=True, eq=False)
class Statements:
    """Columns of statements; ``positions[i]`` is the evidence behind row ``i``."""

    positions: tuple[Position, ...]
    actors: tuple[str, ...]
    issues: tuple[str, ...]
    docs: tuple[str, ...]
    camps: tuple[str, ...]
    actor: np.ndarray
    issue: np.ndarray
    stance: np.ndarray
    via: np.ndarray
    doc: np.ndarray
    day: np.ndarray
    actor_camp: np.ndarray
    source_camp: np.ndarray
    confidence: np.ndarray

    def __len__(self) -> int:
        return int(self.actor.shape[0])

    def take(self, rows: np.ndarray) -> "Statements":
        """The table restricted to ``rows`` (indices or a boolean mask), labels kept."""
        rows = np.flatnonzero(rows) if rows.dtype == bool else np.asarray(rows, dtype=np.int64)
        columns = {name: getattr(self, name)[rows] for name in _COLUMNS}
        return Statements(
            positions=tuple(self.positions[i] for i in rows),
            actors=self.actors, issues=self.issues, docs=self.docs, camps=self.camps,
            **columns,
        )

    @property
    def dated(self) -> np.ndarray:
        """Boolean mask of rows with a known day."""
        return self.day != NO_DAY


_COLUMNS = ("actor", "issue", "stance", "via", "doc", "day", "actor_camp", "source_camp",
            "confidence")


def _codes(values: Sequence[str], labels: Sequence[str]) -> np.ndarray:
    index = {label: i for i, label in enumerate(labels)}
    return np.fromiter((index[v] for v in values), dtype=np.int32, count=len(values))


def _labels(values: Iterable[str], preferred: Sequence[str] = ()) -> tuple[str, ...]:
    """Preferred labels first (codebook order), then the others in order of appearance."""
    return tuple(dict.fromkeys([*preferred, *values]))


def build_statements(
    positions: Iterable[Position],
    documents: Iterable[Document] = (),
    codebook: Codebook | None = None,
    apply_review: bool = True,
) -> Statements:
    """Build the statement table from positions (review rule applied unless told not to).

    ``documents`` give publication dates and source camps; ``codebook`` gives the
    order of actors and issues and each actor's camp (``Actor.side``).
    """
    items = effective_positions(positions) if apply_review else tuple(positions)
    docs = {d.id: d for d in documents}
    sides = {a.id: a.side for a in codebook.actors} if codebook else {}
    actor_ids = [p.actor for p in items]
    actors = _labels(actor_ids, codebook.actor_ids if codebook else ())
    issues = _labels((p.issue for p in items), codebook.issue_ids if codebook else ())
    doc_ids = [p.span.doc_id for p in items]
    actor_camps = [sides.get(a, a) for a in actor_ids]
    source_camps = [_source_camp(docs.get(d)) for d in doc_ids]
    camps = _labels([*actor_camps, *source_camps], codebook.camps() if codebook else ())
    return Statements(
        positions=items, actors=actors, issues=issues, docs=_labels(doc_ids), camps=camps,
        actor=_codes(actor_ids, actors),
        issue=_codes([p.issue for p in items], issues),
        stance=_codes([p.stance for p in items], STANCES),
        via=_codes([p.via for p in items], VIAS),
        doc=_codes(doc_ids, _labels(doc_ids)),
        day=np.array([day_number(_date_of(p, docs)) for p in items], dtype=np.int64),
        actor_camp=_codes(actor_camps, camps),
        source_camp=_codes(source_camps, camps),
        confidence=np.array([p.confidence for p in items], dtype=np.float64),
    )


def _source_camp(doc: Document | None) -> str:
    return doc.camp if doc is not None and doc.camp else UNKNOWN_CAMP


def _date_of(position: Position, docs: Mapping[str, Document]) -> PartialDate | None:
    if position.date is not None:
        return position.date
    doc = docs.get(position.span.doc_id)
    return doc.published if doc is not None else None


@dataclass(frozen=True)
class StatementFilter:
    """Which statements to keep. Empty include lists mean "all"; dates are inclusive.

    ``camps`` filter on the actor's camp, ``source_camps`` on the document's camp.
    """

    actors: tuple[str, ...] = ()
    exclude_actors: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    exclude_issues: tuple[str, ...] = ()
    camps: tuple[str, ...] = ()
    exclude_camps: tuple[str, ...] = ()
    source_camps: tuple[str, ...] = ()
    exclude_source_camps: tuple[str, ...] = ()
    vias: tuple[str, ...] = ()
    exclude_vias: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    duplicates: str = "none"

    def __post_init__(self) -> None:
        if self.duplicates not in DUPLICATE_RULES:
            raise ValidationError(
                f"duplicates must be one of {', '.join(DUPLICATE_RULES)}; got {self.duplicates!r}"
            )
        bad = set(self.vias) | set(self.exclude_vias)
        if bad - set(VIAS):
            raise ValidationError(f"via must be one of {', '.join(VIAS)}; got {sorted(bad - set(VIAS))}")


def _member(codes: np.ndarray, labels: Sequence[str], wanted: Sequence[str]) -> np.ndarray:
    chosen = np.array([i for i, label in enumerate(labels) if label in set(wanted)], dtype=np.int64)
    return np.isin(codes, chosen)


def _keep(mask: np.ndarray, codes: np.ndarray, labels, include, exclude) -> np.ndarray:
    if include:
        mask &= _member(codes, labels, include)
    if exclude:
        mask &= ~_member(codes, labels, exclude)
    return mask


def filter_mask(table: Statements, rule: StatementFilter) -> np.ndarray:
    """Boolean mask of the rows ``rule`` keeps (before duplicate removal)."""
    mask = np.ones(len(table), dtype=bool)
    mask = _keep(mask, table.actor, table.actors, rule.actors, rule.exclude_actors)
    mask = _keep(mask, table.issue, table.issues, rule.issues, rule.exclude_issues)
    mask = _keep(mask, table.actor_camp, table.camps, rule.camps, rule.exclude_camps)
    mask = _keep(mask, table.source_camp, table.camps, rule.source_camps,
                 rule.exclude_source_camps)
    mask = _keep(mask, table.via, VIAS, rule.vias, rule.exclude_vias)
    if rule.start is not None:
        mask &= table.dated & (table.day >= day_number(rule.start))
    if rule.end is not None:
        mask &= table.dated & (table.day <= day_number(rule.end))
    return mask


def filter_statements(table: Statements, rule: StatementFilter) -> Statements:
    """The rows ``rule`` keeps, then one per actor–issue–stance per period if asked.

    Actors and issues that the rule leaves out by name are no longer network nodes;
    every other label stays (isolates included), so windows share one node set.
    """
    kept = table.take(filter_mask(table, rule))
    kept = _relabel(kept, "actor", _wanted(table.actors, rule.actors, rule.exclude_actors))
    kept = _relabel(kept, "issue", _wanted(table.issues, rule.issues, rule.exclude_issues))
    return drop_duplicates(kept, rule.duplicates)


def _wanted(labels: Sequence[str], include: Sequence[str], exclude: Sequence[str]) -> tuple[str, ...]:
    return tuple(x for x in labels if (not include or x in include) and x not in exclude)


def _relabel(table: Statements, column: str, labels: tuple[str, ...]) -> Statements:
    """The table with ``column``'s labels cut to ``labels`` (codes renumbered)."""
    old = table.actors if column == "actor" else table.issues
    if labels == old:
        return table
    new_code = np.full(len(old), -1, dtype=np.int32)
    new_code[[old.index(x) for x in labels]] = np.arange(len(labels), dtype=np.int32)
    return replace(table, **{column: new_code[getattr(table, column)], f"{column}s": labels})


def period_key(table: Statements, per: str) -> np.ndarray:
    """An integer period per row: the document, ISO week or calendar month.

    Undated rows fall back to their document, so they are never merged across documents.
    """
    if per == "document":
        return table.doc.astype(np.int64)
    days = table.day
    if per == "week":
        # 1970-01-01 was a Thursday; shifting by 3 makes weeks start on Monday.
        key = np.floor_divide(days + 3, 7)
    elif per == "month":
        months = days.astype("datetime64[D]").astype("datetime64[M]")
        key = months.astype(np.int64)
    else:
        raise ValidationError(f"period must be one of document, week, month; got {per!r}")
    return np.where(table.dated, key, -1 - table.doc.astype(np.int64))


def drop_duplicates(table: Statements, per: str = "document") -> Statements:
    """Keep the first statement per actor–issue–stance per document, week or month."""
    if per == "none" or len(table) == 0:
        return table
    keys = np.stack([table.actor, table.issue, table.stance, period_key(table, per)], axis=1)
    _, first = np.unique(keys, axis=0, return_index=True)
    return table.take(np.sort(first))
