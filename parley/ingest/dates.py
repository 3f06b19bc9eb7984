"""Publication dates from metadata values: a ``date``, a year, or text in a common
written form (the date-line rules live in :mod:`parley.core.datelines`; ``dateparser``
reads the rarer forms).

>>> str(parse_date_value("17 November 2021"))
'2021-11-17'
>>> str(parse_date_value("5th of Oct., 2023"))
'2023-10-05'
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from parley.core.dates import PartialDate
from parley.core.datelines import checked_date, date_line, find_date, labelled_date_line, numeric_month_day

__all__ = ["date_line", "find_date", "labelled_date_line", "numeric_month_day", "parse_date_value"]

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
        return checked_date(value, None, None)
    text = str(value).strip()
    if not text:
        return None
    found = find_date(text)
    if found is None and _ANY_YEAR.search(text):  # relative words ("yesterday") are no metadata date
        found = _dateparser_date(text)
    return found


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
        return checked_date(found.year, None, None)
    if data.period == "month":
        return checked_date(found.year, found.month, None)
    return checked_date(found.year, found.month, found.day)


@lru_cache(maxsize=1)
def _date_parser():
    import dateparser.date  # imported late: it takes a while and most inputs never need it

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"], "RETURN_TIME_AS_PERIOD": False}
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)
