"""Quote dates in a compilation's items: the item's label line says when its words were said.

Used by ``dates.rules.v1``. A "what they said" compilation prints each item as a label line ending
with a colon ("KESTRIA'S FOREIGN MINISTER, speaking in Varn today:", "JANE ROE, to reporters after
the vote:") and the words on the lines after it. The label is the item's attribution, and the item
stands apart from the story around it: a quote of the item with no date phrase of its own takes

* the label's date phrase ("today", "this morning", "on Thursday evening"), when it has one;
* else, when the label ties the words to an event ("after the vote", "during the debate"), what
  the rest of the rules make of the story's event (``None`` here);
* else, when the label times the item by the clock ("10:04, Armenia's Ministry of Foreign Affairs:",
  a thread of posts), :data:`CLOCKED`: the day the story is about (:mod:`.dates_clock`);
* else (a written statement, a cabinet meeting, no time given) the document's date: not the date
  of the event the compilation's lead reports, nor one from another item.

The label opens the item's paragraph, or is a paragraph of its own just before a paragraph that
opens with the quote.
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate

from .date_patterns import CLOCK_LABEL, OPENING_MARKS
from .dates_clock import clock_timed
from .dates_phrases import DateAnchor, find_phrases

UNDATED = object()  # an item whose label gives no time: the document's date
CLOCKED = object()  # an item timed by the clock alone: the story's day
_LABEL_LINE = re.compile(rf"(?:{CLOCK_LABEL})?[^\n:“”\"«»]{{3,240}}:[ \t]*\n")
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
    if _EVENT.search(text, start, end):
        return None
    return CLOCKED if clock_timed(text, start, end) else UNDATED


def _label_of(text: str, pos: int) -> tuple[int, int] | None:
    """``(start, end)`` of the label line opening the paragraph that holds ``pos``, if it has one."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    own = _label_at(text, start, pos)
    if own is not None or text[start : pos - 1].strip() or text[pos - 1 : pos] not in OPENING_MARKS:
        return own
    before = text.rfind("\n\n", 0, max(start - 2, 0))  # a label in a paragraph of its own above
    before = 0 if before < 0 else before + 2
    label = _label_at(text, before, pos)
    return label if label is not None and not text[label[1] + 1 : start].strip() else None


def _label_at(text: str, start: int, pos: int) -> tuple[int, int] | None:
    match = _LABEL_LINE.match(text, start)
    if match is None or match.end() > pos or len(match.group().split()) > _MAX_LABEL_WORDS:
        return None
    return start, match.end() - 1


HEADING = re.compile(r"\n\n([^\n]{2,120})(?<![.!?:\"”])(?=\n\n)")
"""A line of its own between blank lines, with no closing punctuation: a section's heading."""
_HEADING_WORDS = 4
_LOOK_BACK = 3000  # characters: a dated entry of a chronology runs a few paragraphs at most
_SENDER_DATE = re.compile(r",\s*([^,]{3,30})$")
"""The date after a sender's name on a heading line ("Ministry of Foreign Affairs of X, 3 March")."""


def heading_date(text: str, quote_start: int, anchor: DateAnchor) -> PartialDate | None:
    """The date of the entry a quote is in, in a chronology of dated headings ("10 March", "Early May",
    "3–4 March 2032" each on a line of its own, the entry's paragraphs below it) or a collection of
    dated replies ("Ministry of Foreign Affairs of X, 3 March"); ``None`` when the nearest short
    heading above the quote is no date ("Background", "What next") or there is none."""
    for match in reversed(list(HEADING.finditer(text, max(quote_start - _LOOK_BACK, 0), quote_start))):
        line = match.group(1).strip()
        if len(re.findall(r"\w+", line)) <= _HEADING_WORDS:
            return _line_date(line, anchor)
        dated = _SENDER_DATE.search(line)
        found = _whole_date(dated.group(1), anchor) if dated else None
        return found if found is not None and found.day is not None else None  # not "Outlet | Dec 3, 2024"
    return None


def item_line_date(text: str, quote_start: int, anchor: DateAnchor) -> PartialDate | None:
    """The date that ends the first line of the paragraph a quote is in, when the quote is on a later
    line and that first line is a short label with no closing punctuation ("Item 1: card written on
    Monday 4 April" ¶ "X: “…”"): an entry's label dates the words under it; ``None`` otherwise.

    >>> text = "Item 1: card written on Monday 4 April" + chr(10) + "A teacher: “We came.”"
    >>> str(item_line_date(text, text.index("We"), DateAnchor(None, 2039)))
    '2039-04-04'
    """
    block = text.rfind("\n\n", 0, quote_start) + 2 if text.rfind("\n\n", 0, quote_start) >= 0 else 0
    end = text.find("\n", block, quote_start)
    label = text[block:end].strip() if end >= 0 else ""
    if not label or label[-1] in ".!?:\"”" or len(re.findall(r"\w+", label)) > _LABEL_WORDS:
        return None
    tail = _TAIL_DATE.search(label)
    found = _whole_date(tail.group(1), anchor) if tail else None
    return found if found is not None and found.day is not None else None


_LABEL_WORDS = 12
_TAIL_DATE = re.compile(r"(?:\bon\s+|,\s*|:\s*)((?:[A-Z][a-z]+day\s+)?(?:[0-3]?\d\s+[A-Z][a-z]+|[A-Z][a-z]+\s+[0-3]?\d)"
                        r"(?:,?\s+(?:19|20)\d\d)?)$")


def caption_date(text: str, quote_start: int, anchor: DateAnchor) -> PartialDate | None:
    """The date that ends a caption line right above a quote opening its own line ("Source B. X,
    co-chair of the group, Kars, 19 May 2033" ¶ "“…”"); ``None`` otherwise.

    >>> text = "Source B. Jan Roe, co-chair, Kars, 19 May 2033" + chr(10) + "“We wait.”"
    >>> str(caption_date(text, text.index("We"), DateAnchor(None, 2033)))
    '2033-05-19'
    """
    line_start = text.rfind("\n", 0, quote_start) + 1
    mark = text[line_start:quote_start].strip()
    if len(mark) != 1 or mark not in OPENING_MARKS or line_start < 2:
        return None
    caption = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    dated = _SENDER_DATE.search(caption) if not caption.endswith(":") else None
    found = _whole_date(dated.group(1), anchor) if dated else None
    return found if found is not None and found.day is not None else None


_PLACE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_PLACE_MARK = re.compile(r"\s*,\s*|\s+[–—-]\s+")  # not "3–4 March", a range


def _line_date(line: str, anchor: DateAnchor) -> PartialDate | None:
    """The date a heading line is, read as "on <line>" or "in <line>"; ``None`` unless a date phrase
    covers the whole line, or the line is a date and a place ("Monday 7 February, Goris", "Goris —
    7 February": a diary's day and where it was spent).

    >>> anchor = DateAnchor(None, 2033)
    >>> str(_line_date("Monday 7 February, Goris", anchor)), _line_date("Goris, Dilijan", anchor)
    ('2033-02-07', None)
    >>> str(_line_date("Goris — 7 February", anchor)), str(_line_date("3–4 March", anchor))
    ('2033-02-07', '2033-03')
    """
    parts = _PLACE_MARK.split(line, maxsplit=1)
    if len(parts) == 2:
        place = next((n for n, part in enumerate(parts) if _PLACE.fullmatch(part)), None)
        return _whole_date(parts[1 - place], anchor) if place is not None else None
    return _whole_date(line, anchor)


def _whole_date(line: str, anchor: DateAnchor) -> PartialDate | None:
    for lead in ("on ", "in "):
        phrase = f"{lead}{line}"
        found = find_phrases(phrase)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase):
            return anchor.resolve(found[0])
    return None


def is_date(found) -> bool:
    """Whether :func:`label_item_date` gave a date (not :data:`UNDATED` or ``None``)."""
    return isinstance(found, PartialDate)
