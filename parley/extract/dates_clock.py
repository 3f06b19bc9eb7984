"""Quote dates from a clock time: a post or a turn timed on the story's own day.

Used by ``dates.rules.v1``. A compiled thread of posts or a live report times its items by the clock
("10:04, Armenia's Ministry of Foreign Affairs:" ¶ "“…”"; "At 11:02 a user … asked: “…”") and names
no day: the day is the one the story is about, the day its lead sentence gives ("The Grand Chamber on
Tuesday struck the cases off its list"), which for a report published the morning after is not the
day of publication. A lead with no day of its own (a live report of the same day) leaves the words on
the document's date, as before.
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate

from .date_patterns import CLOCK
from .dates_lead import lead_sentence
from .dates_phrases import DateAnchor, find_phrases
from .issues import body_start

CLOCK_TIME = re.compile(rf"\b{CLOCK}(?![\d:.]\d)")


def story_day(state, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The first day the lead sentence names, when it is not after the document's date."""
    lead = lead_sentence(state, body_start(state))
    if lead is None:
        return None
    for phrase in find_phrases(state.text, lead.start, lead.end, quoted):
        resolved = anchor.resolve(phrase)
        if resolved is not None and resolved.day is not None and not _after(resolved, anchor.doc_date):
            return resolved
    return None


def clock_time_date(state, attribution, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The story's day for words whose attribution times them by the clock alone ("At 11:02 a user
    … asked:"); ``None`` when the attribution has no clock time."""
    if attribution is None or not clock_timed(state.text, attribution.region.start, attribution.region.end):
        return None
    return story_day(state, quoted, anchor)


_TIMED_PARAGRAPH = re.compile(rf"(?:\d{{1,3}}\s*/\s*\d{{1,3}}\.?\s+)?{CLOCK}[.,]\s")
"""A paragraph that opens with a clock time, perhaps after a photo's number ("2/14. 07:10. …")."""


def paragraph_clock_date(state, quote, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The story's day for words in a paragraph timed by the clock (a gallery's captions, a live
    report's items: "2/14. 07:10. X cuts the ribbon. “…,” he told the crowd"); else ``None``."""
    start = state.text.rfind("\n", 0, quote.span.start) + 1
    return story_day(state, quoted, anchor) if _TIMED_PARAGRAPH.match(state.text, start) else None


def clock_timed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` times something by the clock ("At 10:52", "10:04,")."""
    return CLOCK_TIME.search(text, start, end) is not None


def _after(day: PartialDate, doc_date: PartialDate | None) -> bool:
    if doc_date is None or doc_date.day is None:
        return False
    return (day.year, day.month, day.day) > (doc_date.year, doc_date.month, doc_date.day)
