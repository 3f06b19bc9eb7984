"""Timelines of statements and position shifts between periods.

A position shift is reported when an actor's stance on an issue in one period
(support, oppose, or mixed when both occur) differs from its stance in the previous
period in which it spoke on that issue; the spans of both periods come with it.

>>> from parley.core import Position, Span, PartialDate
>>> ps = [Position("a", "x", "support", Span("d", 0, 5), date=PartialDate(2024, 1, 3)),
...       Position("a", "x", "oppose", Span("d", 6, 9), date=PartialDate(2024, 3, 1))]
>>> shift = position_shifts(build_statements(ps))[0]
>>> (shift.before, shift.after, shift.from_stance, shift.to_stance)
('2024-01', '2024-03', 'support', 'oppose')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from parley.core.types import Span

from .matrix import combined_stance, spans_text
from .networks import check_choice
from .statements import Statements, build_statements  # noqa: F401  (doctest)

PERIODS = ("week", "month", "quarter", "year")
GROUPINGS = ("actor", "issue")


def period_labels(days: np.ndarray, period: str) -> np.ndarray:
    """Labels ``2024-W03``, ``2024-01``, ``2024-Q1`` or ``2024`` for day numbers."""
    check_choice("period", period, PERIODS)
    index = pd.DatetimeIndex(np.asarray(days).astype("datetime64[D]"))
    if period == "week":
        iso = index.isocalendar()
        return np.array([f"{y}-W{w:02d}" for y, w in zip(iso["year"], iso["week"])], dtype=object)
    if period == "month":
        return np.asarray(index.strftime("%Y-%m"), dtype=object)
    if period == "quarter":
        return np.array([f"{y}-Q{q}" for y, q in zip(index.year, index.quarter)], dtype=object)
    return np.asarray(index.strftime("%Y"), dtype=object)


def _frame(table: Statements, period: str) -> pd.DataFrame:
    dated = np.flatnonzero(table.dated)
    return pd.DataFrame({
        "row": dated,
        "period": period_labels(table.day[dated], period),
        "actor": np.asarray(table.actors, dtype=object)[table.actor[dated]],
        "issue": np.asarray(table.issues, dtype=object)[table.issue[dated]],
        "support": table.stance[dated] == 0,
        "oppose": table.stance[dated] == 1,
    })


def timeline(table: Statements, period: str = "month",
             by: Sequence[str] = ("actor", "issue")) -> pd.DataFrame:
    """Statements per period (and per actor and/or issue): support, oppose, statements."""
    for name in by:
        check_choice("timeline grouping", name, GROUPINGS)
    frame = _frame(table, period)
    keys = ["period", *by]
    counts = frame.groupby(keys, sort=True)[["support", "oppose"]].sum().astype(int)
    counts["statements"] = counts["support"] + counts["oppose"]
    return counts.reset_index()


@dataclass(frozen=True)
class PositionShift:
    """A change of an actor's stance on an issue between two periods, with evidence."""

    actor: str
    issue: str
    before: str
    after: str
    from_stance: str
    to_stance: str
    before_evidence: tuple[Span, ...]
    after_evidence: tuple[Span, ...]


def _period_stances(group: pd.DataFrame) -> list[tuple[str, str, list[int]]]:
    out = []
    for label, rows in group.groupby("period", sort=True):
        stance = combined_stance(int(rows["support"].sum()), int(rows["oppose"].sum()))
        out.append((str(label), str(stance), rows["row"].tolist()))
    return out


def position_shifts(table: Statements, period: str = "month",
                    include_mixed: bool = True) -> tuple[PositionShift, ...]:
    """Every stance change between consecutive active periods of each actor–issue pair.

    With ``include_mixed=False`` only clean reversals (support ↔ oppose) are reported,
    comparing each period with the last one that had a clean stance.
    """
    spans = [p.span for p in table.positions]
    shifts: list[PositionShift] = []
    for (actor, issue), group in _frame(table, period).groupby(["actor", "issue"], sort=False):
        periods = _period_stances(group)
        if not include_mixed:
            periods = [p for p in periods if p[1] != "mixed"]
        for (b_label, b_stance, b_rows), (a_label, a_stance, a_rows) in zip(periods, periods[1:]):
            if a_stance != b_stance:
                shifts.append(PositionShift(
                    str(actor), str(issue), b_label, a_label, b_stance, a_stance,
                    tuple(spans[r] for r in b_rows), tuple(spans[r] for r in a_rows)))
    return tuple(shifts)


def shifts_frame(shifts: Sequence[PositionShift]) -> pd.DataFrame:
    """A flat table of shifts; evidence as ``doc:start-end`` joined by ``;``."""
    return pd.DataFrame(
        [{"actor": s.actor, "issue": s.issue, "before": s.before, "after": s.after,
          "from_stance": s.from_stance, "to_stance": s.to_stance,
          "before_evidence": spans_text(s.before_evidence),
          "after_evidence": spans_text(s.after_evidence)} for s in shifts],
        columns=["actor", "issue", "before", "after", "from_stance", "to_stance",
                 "before_evidence", "after_evidence"],
    )
