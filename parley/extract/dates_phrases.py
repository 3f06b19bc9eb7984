"""Date phrases near a quote ("on Thursday", "last week", "in late October") and what they mean.

A phrase is resolved against the document's date, keeping only the precision the
text gives (a :class:`~parley.core.dates.PartialDate`):

- a day: "on 25 September", "on Sept. 25, 2023", "yesterday", "today", "last night",
  "on Thursday" (the latest Thursday on or before the document's day, that day
  included), "last Thursday" (the same, but a week back when the document's day is a
  Thursday), "said Thursday" (right after a speech verb, or a participle of putting words out:
  "a statement released Thursday", "a letter dated 5 March"), "late Wednesday", "three days ago", "on the 10th" (of the
  document's month, or the month before when the 10th is still to come);
- a month: "in (early|mid-|late) October", "at the end of October", "earlier this
  month", "last month", "two months ago", and a day range "on 25-26 September" (which
  of its days the words were said is not known: the month, never the first day);
- a week ("this week", "last week", "over the weekend", "two weeks ago") is no month:
  it gives the month when all its days up to the document's day fall in one month (or all
  but one of at least five: "last week" on Saturday 12 May, of 30 April - 6 May, is May), else
  the year when they fall in one year, else nothing (then the quote takes the publication
  date, marked as such);
- a year: "in 2022", "this year", "last year".

A day and month without a year take the document's year, or the year before when
that would fall after the document's date ("in December" in a January text). A
weekday or a week needs the document's day; without it the phrase resolves to nothing.

>>> anchor = DateAnchor(PartialDate(2024, 1, 11), 2024)  # a Thursday
>>> [str(anchor.resolve(p)) for p in find_phrases("He said on Monday, last week and in December.")]
['2024-01-08', '2024-01', '2023-12']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from parley.core.dates import PartialDate
from parley.core.errors import ValidationError

from .date_patterns import DATED_DOCUMENTS, DAY, MONTH, YEAR, renamed
from .lexicon import MONTHS, SPEECH_VERBS, WEEKDAYS

_LAST_DAY = renamed(DAY, "day", "last_day")
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
_AUDIENCE = r"(?:(?:reporters|journalists|lawmakers|parliament)\s+)?"  # "told reporters Thursday"
_PART_OF = r"(?:(?:early|mid|late)[\s-]+|the\s+(?:beginning|start|middle|end|first\s+days|last\s+days)\s+of\s+)"
_TO = r"\s*(?:-|–|—|to|and)\s*"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_I = re.IGNORECASE
# participles of putting words out: "a statement released Thursday" dates the words as "said Thursday" does
_ISSUED = frozenset("released issued published posted aired broadcast delivered dated".split())

_OCCASIONS = r"(?:interview|speech|lecture|address|article|op-ed|essay|letter|book|memoir|statement|broadcast)s?\b"
"""What a year before a noun dates when it is an occasion of speaking or writing ("in a 2009 interview")."""

_PATTERNS = [  # (kind, pattern); "at" marks where a phrase that starts with a verb begins
    ("range", rf"\b(?:on|from|between)\s+(?:the\s+)?{DAY}{_TO}(?:the\s+)?{_LAST_DAY}\s+"
              rf"(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    ("range", rf"\b(?:on|from|between)\s+{MONTH}\s+{DAY}{_TO}{_LAST_DAY}\b(?:,?\s+{YEAR})?"),
    ("day", rf"\bon\s+(?:{_WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    ("day", rf"\bon\s+(?:{_WEEKDAY},?\s+)?{MONTH}\s+{DAY}\b(?:,?\s+{YEAR})?"),
    ("day", rf"\b(?P<verb>[a-z]+)\s+{_AUDIENCE}(?P<at>{MONTH}\s+{DAY})\b(?:,?\s+{YEAR})?(?!\s*[-–]\s*\d)"),
    ("day", rf"\bdated\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),  # "a letter dated 5 March"
    ("ordinal", rf"\bon\s+the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH})"),  # "on the 10th"
    ("weekday", rf"\b(?:on\s+)?{_WEEKDAY}\s+(?:of\s+)?(?P<week>last\s+week)\b"),  # "on Tuesday last week"
    ("weekday", rf"\b(?P<last>on|last|this\s+past)\s+{_WEEKDAY}\b"),
    ("weekday", rf"\b(?P<verb>[a-z]+)\s+{_AUDIENCE}(?:(?:late|early)\s+)?(?P<at>{_WEEKDAY})\b(?!['’]s)"),
    ("weekday", rf"\b(?:late|early)\s+{_WEEKDAY}\b(?!['’]s)"),  # "wrote on Facebook late Wednesday"
    ("month", rf"\b(?:(?:earlier|later)\s+)?(?:in|at|during|since)\s+{_PART_OF}?{MONTH}(?!\s*\d{{1,2}}\b)(?:\s+{YEAR})?"),
    ("year", rf"\bin\s+(?:(?:early|mid|late)[\s-]+)?{YEAR}\b(?![s’'-])"),
    ("year", rf"\bin\s+(?:a|an|his|her|its|their)\s+{YEAR}\s+(?={_OCCASIONS})"),  # "in a 2009 interview"
    ("relative", r"\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
                 r"|(?:earlier\s+)?this\s+(?:week|month|year)|last\s+(?:week|month|year|weekend)"
                 r"|(?:over|at)\s+the\s+weekend)\b"),
    ("ago", rf"\b(?P<count>\d+|{'|'.join(_NUMBERS)})\s+(?P<unit>day|week|month)s?\s+ago\b"),
]
_PHRASES = [(kind, re.compile(pattern, _I)) for kind, pattern in _PATTERNS]
# "a letter of 3 May 2032": the day a document bears (see :func:`document_day_phrases`)
_DOCUMENT_DAY = re.compile(
    rf"\b(?:{DATED_DOCUMENTS})\s+"
    rf"(?P<at>of\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)", _I)
_DAYS_BACK = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}
_WEEK = {"this week": 0, "earlier this week": 0, "last week": 1}
_WEEK_MOST = 5  # a week of at least five days with one day in another month is the month of the others


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase found in a text: its kind, its regex match and where it starts."""

    kind: str
    match: re.Match
    start: int
    end: int


def find_phrases(text: str, start: int = 0, end: int | None = None, quoted=()) -> list[DatePhrase]:
    """Date phrases in ``text[start:end]`` outside the ``quoted`` (start, end) ranges.

    A phrase inside a longer one ("on September 25" in "on September 25-26") is dropped.
    """
    end = len(text) if end is None else end
    found = []
    for kind, pattern in _PHRASES:
        for match in pattern.finditer(text, start, end):
            phrase = _phrase(kind, match)
            if phrase is not None and not any(a <= phrase.start < b for a, b in quoted):
                found.append(phrase)
    kept = [p for p in found if not any(_inside(p, other) for other in found)]
    return sorted(kept, key=lambda p: p.start)


def document_day_phrases(text: str, start: int, end: int, quoted=()) -> list[DatePhrase]:
    """"A letter of 3 May 2032": day phrases that date a document, not an event. They date words
    only when the words were written in that document, so :func:`find_phrases` leaves them out."""
    return [
        DatePhrase("day", m, m.start("at"), m.end()) for m in _DOCUMENT_DAY.finditer(text, start, end)
        if not any(a <= m.start("at") < b for a, b in quoted)
    ]


def _phrase(kind: str, match: re.Match) -> DatePhrase | None:
    if "verb" in match.re.groupindex:  # a bare date counts only right after a speech verb
        if match.group("verb").lower() not in SPEECH_VERBS | _ISSUED:
            return None
        return DatePhrase(kind, match, match.start("at"), match.end())
    return DatePhrase(kind, match, match.start(), match.end())


def _inside(phrase: DatePhrase, other: DatePhrase) -> bool:
    return other is not phrase and other.start <= phrase.start and phrase.end <= other.end and (
        other.end - other.start > phrase.end - phrase.start
    )


def _weekday_fits(match, year: int | None, month: int, day: int) -> bool:
    """The phrase names a weekday and it is that of the date in ``year``."""
    weekday = (match.groupdict().get("weekday") or "").lower()
    return bool(weekday and year) and dt.date(year, month, day).strftime("%A").lower() == weekday


class DateAnchor:
    """What phrases are resolved against: the document's date and the year to assume."""

    def __init__(self, doc_date: PartialDate | None, year: int | None) -> None:
        self.doc_date, self.year = doc_date, year

    @property
    def day(self) -> dt.date | None:
        """The document's day, when it is known to the day."""
        d = self.doc_date
        return dt.date(d.year, d.month, d.day) if d is not None and d.day is not None else None

    def resolve(self, phrase: DatePhrase) -> PartialDate | None:
        """The date ``phrase`` stands for, at the precision the text gives; ``None`` when unknown."""
        try:
            return getattr(self, "_" + phrase.kind)(phrase.match)
        except (ValidationError, ValueError, OverflowError):  # "on 31 February"
            return None

    def _year_for(self, month: int, day: int | None, given: str | None) -> int | None:
        if given:
            return int(given)
        if self.year is None:
            return None
        d = self.doc_date
        if d is not None and d.month is not None and (month, day or 1) > (d.month, (d.day or 31) + 1):
            return self.year - 1  # a date after the document's: the year before
        return self.year

    def _day(self, match):
        month, day = _month_number(match), int(match.group("day"))
        year = self._year_for(month, day, match.groupdict().get("year"))
        if year and year != self.year and _weekday_fits(match, self.year, month, day) \
                and not _weekday_fits(match, year, month, day):
            year = self.year  # "Sunday 11 September" after a guide of 9 September: this year's Sunday, to come
        return PartialDate(year, month, day) if year else None

    def _range(self, match):
        month = _month_number(match)
        first, last = int(match.group("day")), int(match.group("last_day"))
        year = self._year_for(month, last, match.groupdict().get("year"))
        if not year or not 1 <= first < last <= 31:
            return None
        return PartialDate(year, month)  # which day of the range is not known

    def _month(self, match):
        month = _month_number(match)
        year = self._year_for(month, None, match.groupdict().get("year"))
        return PartialDate(year, month) if year else None

    def _year(self, match):
        return PartialDate(int(match.groupdict().get("year")))

    def _ordinal(self, match):
        """"on the 10th": that day of the document's month, or of the month before when it would
        fall after the document's day."""
        if self.day is None:
            return None
        day = int(match.group("day"))
        month = self.day.replace(day=1) if day <= self.day.day else self.day.replace(day=1) - dt.timedelta(days=1)
        return PartialDate(month.year, month.month, day)

    def _weekday(self, match):
        if self.day is None:
            return None
        if match.groupdict().get("week"):  # "Tuesday last week": that day of the week before the document's
            monday = self.day - dt.timedelta(days=self.day.weekday() + 7)
            return PartialDate.from_date(monday + dt.timedelta(days=WEEKDAYS[match.group("weekday").lower()]))
        back = (self.day.weekday() - WEEKDAYS[match.group("weekday").lower()]) % 7
        last = "last" in match.groupdict() and (match.group("last") or "").lower() == "last"
        return PartialDate.from_date(self.day - dt.timedelta(days=7 if back == 0 and last else back))

    def _relative(self, match):
        phrase, d = " ".join(match.group().lower().split()), self.doc_date
        if d is None:
            return None
        if phrase.endswith("year"):
            return PartialDate(d.year - (phrase == "last year"))
        if phrase.endswith("month"):
            return _months_back(d, 1 if phrase == "last month" else 0)
        if self.day is None:
            return None
        if phrase.endswith("weekend"):
            return _weekend(self.day)
        if phrase in _WEEK:
            return _week(self.day, _WEEK[phrase])
        return PartialDate.from_date(self.day - dt.timedelta(days=_DAYS_BACK.get(phrase, 0)))

    def _ago(self, match):
        count = match.group("count").lower()
        number, unit = int(count) if count.isdigit() else _NUMBERS[count], match.group("unit").lower()
        if unit == "month":
            return _months_back(self.doc_date, number) if self.doc_date and self.doc_date.month else None
        if self.day is None:
            return None
        if unit == "week":
            return _week(self.day, number)
        return PartialDate.from_date(self.day - dt.timedelta(days=number))


def _month_number(match: re.Match) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")]


def _months_back(date: PartialDate, months: int) -> PartialDate:
    """The month ``months`` before ``date``'s month."""
    index = date.year * 12 + (date.month or 1) - 1 - months
    return PartialDate(index // 12, index % 12 + 1)


def _week(day: dt.date, weeks_back: int) -> PartialDate | None:
    """The Monday-to-Sunday week ``weeks_back`` before ``day``'s (its days up to ``day``)."""
    monday = day - dt.timedelta(days=day.weekday() + 7 * weeks_back)
    return _common(monday, min(monday + dt.timedelta(days=6), day), by_most=True)


def _weekend(day: dt.date) -> PartialDate | None:
    """The latest Saturday and Sunday on or before ``day``."""
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    return _common(saturday, min(saturday + dt.timedelta(days=1), day))


def _common(first: dt.date, last: dt.date, by_most: bool = False) -> PartialDate | None:
    """The month, else the year, that holds every day from ``first`` to ``last``; with ``by_most``
    (a week) the month that holds all of them but one ("last week" said on Saturday 12 May, of a
    week from Monday 30 April: May, six of its seven days; four of seven decide nothing)."""
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    for edge in (first, last):
        inside = sum((d.year, d.month) == (edge.year, edge.month) for d in days)
        if by_most and len(days) >= _WEEK_MOST and inside == len(days) - 1:
            return PartialDate(edge.year, edge.month)
    return PartialDate(first.year) if first.year == last.year else None
