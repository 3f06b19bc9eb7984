"""Regex pieces of written dates shared by the date readers (:mod:`.dates_phrases`,
:mod:`.dates_document`, :mod:`.news_datelines`, the clock times of :mod:`.dates_clock` and
:mod:`.speaker_label_lines`): a month name or abbreviation ("November",
"Nov."), a day of the month ("16", "16th"), a year of this or the last century ("2023").

Each piece holds one named group (``month``, ``day``, ``year``); :func:`renamed` gives a piece
with another group name, for a second reading in the same pattern ("Month D" or "D Month").
"""

from __future__ import annotations

from .lexicon import MONTHS

MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
CLOCK = r"(?:[Aa]t\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
"""A clock time ("10:04", "at 11.30", "9:15 a.m."), no group: a post or an item timed by the clock."""
CLOCK_LABEL = rf"{CLOCK},?\s+"
"""A clock time opening an item's label line ("10:04, Armenia's Ministry of Foreign Affairs:")."""
DATED_DOCUMENTS = r"letter|statement|note|message|declaration|appeal|petition|memorandum|communiqu[eé]"
"""Documents a date names with "of" ("a letter of 3 May 2032"), no group."""
OPENING_MARKS = "“\"«‘'"
"""Marks that open a quote: a paragraph that begins with one is the words an item's label introduces."""


def renamed(piece: str, group: str, name: str) -> str:
    """``piece`` with its group ``group`` named ``name`` (``renamed(DAY, "day", "last_day")``)."""
    return piece.replace(f"<{group}>", f"<{name}>")
