"""The review rule every analysis applies first: people override the machine.

A position is identified by its evidence and its claim: ``(span, actor, issue)``.
When a person has reviewed a position with that identity (``accepted``,
``corrected`` or ``rejected``), the machine's positions with the same identity are
dropped; ``rejected`` positions are then dropped too. Positions that nobody has
reviewed stay as the machine made them.

>>> from parley.core import Position, Span
>>> span = Span("d1", 0, 10)
>>> machine = Position("baku", "treaty", "support", span)
>>> fixed = Position("baku", "treaty", "oppose", span, review_state="corrected")
>>> [p.stance for p in effective_positions([machine, fixed])]
['oppose']
>>> effective_positions([machine, Position("baku", "treaty", "support", span, review_state="rejected")])
()
"""

from __future__ import annotations

from typing import Iterable

from parley.core.types import Position

REVIEWED = frozenset({"accepted", "corrected", "rejected"})


def review_key(position: Position) -> tuple:
    """What makes two positions the same claim: the evidence span, actor and issue."""
    return (position.span, position.actor, position.issue)


def effective_positions(positions: Iterable[Position]) -> tuple[Position, ...]:
    """The positions an analysis should use, in their given order (see module doc)."""
    items = list(positions)
    reviewed = {review_key(p) for p in items if p.review_state in REVIEWED}
    return tuple(
        p
        for p in items
        if p.review_state != "rejected"
        and (p.review_state != "machine" or review_key(p) not in reviewed)
    )
