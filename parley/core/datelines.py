"""Date lines as outlets print them: "16 November 2023", "Nov. 16, 2023 14:05 EDT",
"Published: 16.11.2023 | Updated: 17.11.2023" — regexes only (stdlib), shared by the
ingest layer (leading lines of a file) and the extract layer (leading lines of a text).

Numeric dates: ``2023-11-16`` and ``2023/11/16`` are year-first; ``16.11.2023`` is
day-first (dotted dates are written day-first); ``16/11/2023`` and ``16-11-2023`` are
read by whichever number cannot be a month. When both can (``05/11/2023``) the
reading is ambiguous: a US clock mark on the line (``AM``/``PM``, ``EDT``, ``ET``)
makes it month-first (US style); without one only the year is kept, since
guessing would invent a day.

A line with a publication date and an update date ("Published 16 Nov 2023,
updated 17 Nov 2023") gives the publication date; a line with only an update
date is marked as such (see :func:`labelled_date_line`).

>>> date_line("06 November 2021 10:29 (UTC +04:00)").iso()
'2021-11-06'
>>> date_line("Nov 2021").precision
'month'
>>> date_line("The talks resumed on 5 October 2023.") is None
True
>>> date_line("05/11/2023").iso(), date_line("05/11/2023 10:00 AM EST").iso()
('2023', '2023-05-11')
"""

from __future__ import annotations

import re

from .dates import PartialDate
from .errors import ValidationError

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_PATTERNS = [  # most specific first; all case-insensitive
    re.compile(rf"\b{_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?!\d)"),
    re.compile(rf"\b{_YEAR}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})(?!\d)"),
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"(?<![\d.:/-])(?P<first>\d{{1,2}})(?P<sep>[/.-])(?P<second>\d{{1,2}})(?P=sep){_YEAR}(?!\d)"),
    re.compile(rf"\b{_YEAR}-(?P<month>\d{{1,2}})$"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"^{_YEAR}$"),
]
_PATTERNS = [re.compile(p.pattern, re.IGNORECASE) for p in _PATTERNS]
_ZONES = r"utc|gmt|et|ct|pt|cet|cest|eet|eest|msk|bst|ist|azt|amt|gst|trt|[a-z]{1,2}[sd]t"
# What may stand beside the date on a line that is only a date: a label, a time, a zone.
_LINE_EXTRAS = re.compile(
    r"\b(?:published|first|updated|posted|last|modified|edited|publication|date[ds]?|on|at|am|pm|"
    rf"local\s+time|{_ZONES})\b|[ap]\.m\.|t?\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?z?"
    r"|\b\d{1,2}\.\d{2}(?![.\d])|[+-]\d{1,2}(?::?\d{2})?",
    re.IGNORECASE,
)
_LEFTOVER = re.compile(r"^[\s()\[\]|,.:;/–—*_#-]*$")  # markdown marks too
_US_CLOCK = re.compile(r"\b(?:[ap]\.?m\b\.?|e[sd]t|c[sd]t|m[sd]t|p[sd]t|et)\b", re.IGNORECASE)
# Labels that start a part of a date line: "Published …", "Updated …".
_LABEL = re.compile(r"\b(?:(?:first\s+)?published|posted|(?:last\s+)?(?:updated|modified|edited))\b", re.IGNORECASE)
_UPDATE = re.compile(r"^(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MAX_LINE = 80
_MAX_LABELLED_LINE = 120  # a line with both a publication and an update date



def find_date(text: str) -> PartialDate | None:
    """The first date of a common written form in ``text`` (regexes only)."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            date = _from_match(match, text)
            if date is not None:
                return date
    return None


def date_line(line: str) -> PartialDate | None:
    """The date of a line that holds a date and nothing else but a time, zone or label.

    A line with both a publication and an update date gives the publication date.
    """
    found = labelled_date_line(line)
    return found[0] if found else None


def labelled_date_line(line: str) -> tuple[PartialDate, str] | None:
    """A date line's date and ``"published"``, or ``"updated"`` when it only gives an update date.

    >>> labelled_date_line("Updated: 17 Nov 2023 | Published: 16 Nov 2023 14:05")
    (PartialDate(year=2023, month=11, day=16), 'published')
    >>> labelled_date_line("Last updated 17.11.2023")
    (PartialDate(year=2023, month=11, day=17), 'updated')
    """
    line = line.strip()
    if not line or len(line) > _MAX_LABELLED_LINE:
        return None
    parts = _labelled_parts(line)
    if len(parts) == 1 and len(line) > _MAX_LINE:
        return None
    dated = [(_only_date_in(part), "updated" if _UPDATE.match(part) else "published") for part in parts]
    if not dated or any(date is None for date, _ in dated):
        return None
    return next((d for d in dated if d[1] == "published"), dated[0])


def _labelled_parts(line: str) -> list[str]:
    """The line cut before each label ("Published", "Updated") that follows a date's digits."""
    cuts = [m.start() for m in _LABEL.finditer(line) if _DIGIT.search(line, 0, m.start())]
    cuts = sorted({0, *cuts})
    parts = [line[a:b].strip(" \t,;|–—-") for a, b in zip(cuts, cuts[1:] + [len(line)])]
    return [part for part in parts if part]


def _only_date_in(line: str) -> PartialDate | None:
    for pattern in _PATTERNS:
        match = pattern.search(line)
        if match and _only_date(line, match):
            return _from_match(match, line)
    return None


def _only_date(line: str, match: re.Match[str]) -> bool:
    rest = line[: match.start()] + " " + line[match.end() :]
    return bool(_LEFTOVER.match(_LINE_EXTRAS.sub(" ", rest)))


def _from_match(match: re.Match[str], text: str) -> PartialDate | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("first"):
        month, day = numeric_month_day(
            int(groups["first"]), int(groups["second"]), groups["sep"], bool(_US_CLOCK.search(text))
        )
        return checked_date(year, month, day)
    month = groups.get("month")
    number = MONTHS.get(month.lower().rstrip(".")) if month and not month.isdigit() else None
    number = number or (int(month) if month else None)
    return checked_date(year, number, int(groups["day"]) if groups.get("day") else None)


def numeric_month_day(first: int, second: int, separator: str, us_clock: bool = False) -> tuple[int | None, int | None]:
    """Month and day of ``first<sep>second<sep>year``; ``(None, None)`` when it cannot be told.

    >>> numeric_month_day(16, 11, "/"), numeric_month_day(11, 16, "/"), numeric_month_day(5, 11, ".")
    ((11, 16), (11, 16), (11, 5))
    >>> numeric_month_day(5, 11, "/"), numeric_month_day(5, 11, "/", us_clock=True)
    ((None, None), (5, 11))
    """
    if first > 12 or first == second:
        return second, first
    if second > 12:
        return first, second
    if separator == ".":
        return second, first  # dotted dates are written day-first
    return (first, second) if us_clock else (None, None)


def checked_date(year: int, month: int | None, day: int | None) -> PartialDate | None:
    """``PartialDate(year, month, day)``, or ``None`` when no such date exists."""
    try:
        return PartialDate(year, month, day)
    except ValidationError:
        return None
