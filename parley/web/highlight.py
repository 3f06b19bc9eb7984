"""Highlighting a document's items as plain-text segments, never as markup.

The text is cut at every item's start and end; each piece carries the kinds of the
items covering it, so a template writes it as one ``<mark>`` whose content Jinja2
escapes. Document text is untrusted and never becomes HTML.

>>> from parley.api.report import Marked
>>> [(s.text, s.kinds) for s in segments("say <b>hi</b> now", [Marked("quote", 4, 13, "x")])]
[('say ', ()), ('<b>hi</b>', ('quote',)), (' now', ())]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Segment:
    """Characters ``[start, end)`` of the text, the kinds covering them, and anchors that
    begin here (``s-START-END`` of each item starting at ``start``)."""

    start: int
    end: int
    text: str
    kinds: tuple[str, ...]
    labels: tuple[str, ...]
    anchors: tuple[str, ...]

    @property
    def title(self) -> str:
        return "; ".join(self.labels)


def anchor(start: int, end: int) -> str:
    """The element id of a passage: ``s-START-END``."""
    return f"s-{start}-{end}"


def _bounds(size: int, items: Sequence) -> list[int]:
    cuts = {0, size}
    for item in items:
        cuts.update((max(0, min(item.start, size)), max(0, min(item.end, size))))
    return sorted(cuts)


def segments(text: str, items: Iterable) -> list[Segment]:
    """Cut ``text`` at the ``start``/``end`` of every item (objects with ``kind``,
    ``start``, ``end``, ``label``) into :class:`Segment` s."""
    marks = [m for m in items if m.end > m.start]
    cuts = _bounds(len(text), marks)
    found = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= a < m.end]
        starting = dict.fromkeys(anchor(m.start, m.end) for m in marks if m.start == a)
        found.append(Segment(a, b, text[a:b], tuple(sorted({m.kind for m in covering})),
                             tuple(dict.fromkeys(f"{m.kind}: {m.label}" for m in covering)),
                             tuple(starting)))
    return found
