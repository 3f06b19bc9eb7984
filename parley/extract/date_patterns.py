"""Regex pieces of written dates shared by the date readers (:mod:`.dates_phrases`,
:mod:`.dates_document`, :mod:`.news_datelines`): a month name or abbreviation ("November",
"Nov."), a day of the month ("16", "16th"), a year of this or the last century ("2023").

Each piece holds one named group (``month``, ``day``, ``year``); :func:`renamed` gives a piece
with another group name, for a second reading in the same pattern ("Month D" or "D Month").
"""

from __future__ import annotations

from .lexicon import MONTHS

MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"


def renamed(piece: str, group: str, name: str) -> str:
    """``piece`` with its group ``group`` named ``name`` (``renamed(DAY, "day", "last_day")``)."""
    return piece.replace(f"<{group}>", f"<{name}>")
