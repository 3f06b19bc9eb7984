"""Quote dates in a compilation's items: the item's label line says when its words were said.

Used by ``dates.rules.v1``. A "what they said" compilation prints each item as a label line ending
with a colon ("KESTRIA'S FOREIGN MINISTER, speaking in Varn today:", "JANE ROE, to reporters after
the vote:") and the words on the lines after it. The label is the item's attribution, and the item
stands apart from the story around it: a quote of the item with no date phrase of its own takes

* the label's date phrase ("today", "this morning", "on Thursday evening"), when it has one;
* else, when the label ties the words to an event ("after the vote", "during the debate"), what
  the rest of the rules make of the story's event (``None`` here);
* else (a written statement, a cabinet meeting, no time given) the document's date: not the date
  of the event the compilation's lead reports, nor one from another item.
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate

from .dates_phrases import DateAnchor, find_phrases

UNDATED = object()  # an item whose label gives no time: the document's date
_LABEL_LINE = re.compile(r"[^\n:“”\"«»]{3,240}:[ \t]*\n")
_MAX_LABEL_WORDS = 30
_EVENT = re.compile(r"\b(?:after|during|before|following|ahead\s+of|at\s+the\s+end\s+of)\s+(?:the|this|that)\b", re.I)


def label_item_date(text: str, quote_start: int, quoted, anchor: DateAnchor):
    """The date a label item gives a quote starting at ``quote_start``: a :class:`PartialDate`,
    :data:`UNDATED`, or ``None`` (not in an item, or the label ties the words to the story's event)."""
    label = _label_of(text, quote_start)
    if label is None:
        return None
    start, end = label
    for phrase in find_phrases(text, start, end, quoted):
        resolved = anchor.resolve(phrase)
        if resolved is not None:
            return resolved
    return None if _EVENT.search(text, start, end) else UNDATED


def _label_of(text: str, pos: int) -> tuple[int, int] | None:
    """``(start, end)`` of the label line opening the paragraph that holds ``pos``, if it has one."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    match = _LABEL_LINE.match(text, start)
    if match is None or match.end() > pos or len(match.group().split()) > _MAX_LABEL_WORDS:
        return None
    return start, match.end() - 1


def is_date(found) -> bool:
    """Whether :func:`label_item_date` gave a date (not :data:`UNDATED` or ``None``)."""
    return isinstance(found, PartialDate)
