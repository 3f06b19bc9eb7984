"""Publication dates from metadata values and from date lines, with their precision.

>>> str(parse_date_value("17 November 2021"))
'2021-11-17'
>>> date_line("06 November 2021 10:29 (UTC +04:00)").iso()
'2021-11-06'
>>> date_line("Nov 2021").precision
'month'
>>> date_line("The talks resumed on 5 October 2023.") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from parley.core.dates import PartialDate
from parley.core.errors import ValidationError

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_PATTERNS = [  # most specific first; all case-insensitive
    re.compile(rf"\b{_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?!\d)"),
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR}\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}-(?P<month>\d{{1,2}})$"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"^{_YEAR}$"),
]
_PATTERNS = [re.compile(p.pattern, re.IGNORECASE) for p in _PATTERNS]
# What may stand beside the date on a line that is only a date: a label, a time, a zone.
_LINE_EXTRAS = re.compile(
    r"\b(?:published|updated|posted|last|modified|date[ds]?|on|at|am|pm|"
    r"utc|gmt|[a-z]{1,2}[sd]t)\b|[ap]\.m\.|t?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?z?|[+-]\d{1,2}(?::?\d{2})?",
    re.IGNORECASE,
)
_LEFTOVER = re.compile(r"^[\s()\[\]|,.:;/–—-]*$")
_MAX_LINE = 80
_ANY_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def parse_date_value(value: object) -> PartialDate | None:
    """A date given as metadata: a ``date``/``datetime``, a year, or text in a common form.

    Returns ``None`` when ``value`` is empty or not recognisably a date.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.date):  # datetime is a date too
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int):
        return _checked(value, None, None)
    text = str(value).strip()
    if not text:
        return None
    found = find_date(text)
    if found is None and _ANY_YEAR.search(text):  # relative words ("yesterday") are no metadata date
        found = _dateparser_date(text)
    return found


def find_date(text: str) -> PartialDate | None:
    """The first date of a common written form in ``text`` (regexes only)."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            date = _from_match(match)
            if date is not None:
                return date
    return None


def date_line(line: str) -> PartialDate | None:
    """The date of a line that holds a date and nothing else but a time, zone or label."""
    line = line.strip()
    if not line or len(line) > _MAX_LINE:
        return None
    for pattern in _PATTERNS:
        match = pattern.search(line)
        if match and _only_date(line, match):
            return _from_match(match)
    return None


def _only_date(line: str, match: re.Match[str]) -> bool:
    rest = line[: match.start()] + " " + line[match.end() :]
    return bool(_LEFTOVER.match(_LINE_EXTRAS.sub(" ", rest)))


def _from_match(match: re.Match[str]) -> PartialDate | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("first"):  # n/n/yyyy: month first (US) unless the first cannot be a month
        first, second = int(groups["first"]), int(groups["second"])
        month, day = (first, second) if first <= 12 else (second, first)
        return _checked(year, month, day)
    month = groups.get("month")
    number = _MONTHS.get(month.lower().rstrip(".")) if month and not month.isdigit() else None
    number = number or (int(month) if month else None)
    return _checked(year, number, int(groups["day"]) if groups.get("day") else None)


def _checked(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValidationError:
        return None


def _dateparser_date(text: str) -> PartialDate | None:
    """Forms the regexes miss ("5th of Oct., 2023", "2023 October 5"), via ``dateparser``."""
    try:
        data = _date_parser().get_date_data(text[:_MAX_LINE])
    except Exception:  # dateparser raises assorted errors on odd input; no date then
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj
    if data.period == "year":
        return _checked(found.year, None, None)
    if data.period == "month":
        return _checked(found.year, found.month, None)
    return _checked(found.year, found.month, found.day)


@lru_cache(maxsize=1)
def _date_parser():
    import dateparser.date  # imported late: it takes a while and most inputs never need it

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"], "RETURN_TIME_AS_PERIOD": False}
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)
