"""Quote dates in the record of one event that the header dates (used by ``dates.rules.v1``).

A record published some days after the event it records names the event and its day in its header
("Citizens' reception | Sharur district, Friday 22 January 2038", "Minutes | Annual General Meeting
held on Sunday 18 November 2035"): the words it quotes with no time of their own were said there,
not on the day the record came out. Only a header line after the title that names an event
(:data:`EVENT_WORDS`) and a full date before the publication date counts; a date still to come
("Charity dinner, Saturday 13 March" in a catalogue printed before it) dates nothing yet.
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate

from .lexicon import MONTHS

EVENT_WORDS = frozenset(
    """reception meeting sitting session debate hearing ceremony conference assembly summit fieldwork
    exercise visit rally held""".split()
)
_MONTH = "|".join(m.capitalize() for m in MONTHS if len(m) > 3)
_DAY_FIRST = re.compile(rf"\b(?P<day>[0-3]?\d)\s+(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b")
_MONTH_FIRST = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>[0-3]?\d),\s+(?P<year>(?:19|20)\d\d)\b")
_WORD = re.compile(r"[a-z]+")


def record_event_date(text: str, body: int, published: PartialDate | None) -> PartialDate | None:
    """The day of the event a header line names, before ``published`` (module docstring).

    >>> from parley.core.dates import PartialDate
    >>> header = "Record\\nState Committee\\nCitizens' reception | Friday 22 January 2038\\n25 January 2038\\n\\n"
    >>> record_event_date(header, len(header), PartialDate(2038, 1, 25))
    PartialDate(year=2038, month=1, day=22)
    >>> record_event_date(header.replace("reception", "notice"), len(header), PartialDate(2038, 1, 25))
    """
    if published is None or published.day is None:
        return None
    for line in text[:body].split("\n")[1:]:
        found = _DAY_FIRST.search(line) or _MONTH_FIRST.search(line)
        if found is None or not EVENT_WORDS & set(_WORD.findall(line.lower())):
            continue
        day = PartialDate(int(found["year"]), MONTHS[found["month"].lower()], int(found["day"]))
        if (day.year, day.month, day.day) < (published.year, published.month, published.day):
            return day
    return None
