"""Dates with a precision: a day, a month or only a year.

Sources often say "in early October" or give only a year; Parley keeps what the
text gives and no more.

>>> PartialDate.parse("2023-10").precision
'month'
>>> str(PartialDate(2023, 10, 5))
'2023-10-05'
>>> PartialDate.parse("2023-10-05").truncate("year").iso()
'2023'
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .errors import ValidationError

PRECISIONS = ("day", "month", "year")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to a day, a month or a year."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValidationError(f"year {self.year} is out of range 1..9999")
        if self.day is not None and self.month is None:
            raise ValidationError("a date with a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(f"month {self.month} is out of range 1..12")
        if self.day is not None:
            try:
                _dt.date(self.year, self.month or 1, self.day)
            except ValueError as err:
                raise ValidationError(f"no such day: {self.year}-{self.month}-{self.day}") from err

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (also a full ISO timestamp)."""
        value = str(text).strip()[:10]
        match = _ISO.match(value)
        if not match:
            raise ValidationError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: _dt.date) -> "PartialDate":
        """A day-precision date from a :class:`datetime.date`."""
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """The ISO text at this date's precision."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def truncate(self, precision: str) -> "PartialDate":
        """The same date at a coarser precision."""
        if precision not in PRECISIONS:
            raise ValidationError(f"precision must be one of {PRECISIONS}, not {precision!r}")
        if precision == "year":
            return PartialDate(self.year)
        if precision == "month":
            return PartialDate(self.year, self.month)
        return self

    def start(self) -> _dt.date:
        """The first day this date covers (for sorting and time windows)."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        return self.iso()


def parse_optional_date(text: str | None) -> PartialDate | None:
    """``PartialDate.parse`` that passes ``None`` and empty text through."""
    if text is None or not str(text).strip():
        return None
    return PartialDate.parse(str(text))
