"""Small hand-made corpora shared by the analysis tests."""

from __future__ import annotations

import itertools

from parley.core import PartialDate, Position, Span

_offsets = itertools.count()


def pos(actor: str, issue: str, stance: str, day: int = 1, doc: str = "d1", month: int = 1,
        **fields) -> Position:
    """A position with a span of its own (so evidence can be told apart)."""
    start = next(_offsets) * 10
    return Position(actor, issue, stance, Span(doc, start, start + 5),
                    date=PartialDate(2024, month, day), **fields)


def three_actors() -> list[Position]:
    """A: x+ y+ z-, B: x+ y- z-, C: x- y+ (hand-computed networks in the tests)."""
    return [
        pos("A", "x", "support", 1), pos("A", "y", "support", 2), pos("A", "z", "oppose", 3),
        pos("B", "x", "support", 4), pos("B", "y", "oppose", 5), pos("B", "z", "oppose", 6),
        pos("C", "x", "oppose", 7), pos("C", "y", "support", 8),
    ]
