"""News datelines: where (and when) an item was filed, printed before its first sentence.

"BAKU, November 16 (Reuters) - …", "Moscow, 16 November /TASS/.", "YEREVAN, NOVEMBER 16,
ARMENPRESS.", "KLOWVILLE - The council …". A dateline is no part of the sentence it opens: its
place is no actor, no subject and no speaker, and its date is the document's (when nothing more
trusted gives one). Not to be confused with :mod:`parley.core.datelines`, which reads lines that
hold nothing but a date ("Published: 16.11.2023").

The readers ask different questions, so each form below keeps its own strictness:

* :func:`header_dateline` — "CITY, [weekday,] Month D[, YEAR]" or "CITY, D Month" opening a line
  of the header: the month, day and year the document's date is read from (:mod:`.dates_document`);
* :func:`dateline_places` — the place of every line that opens "CITY, [D] Month": a place, not an
  actor (:mod:`.actors`); :func:`opens_dateline` — the same test on parsed tokens ("CITY" at a line
  start, then a comma and a month or number);
* :func:`wire_dateline_end` — where a "CITY, … – " prefix (a capitals place, a comma, up to 40
  characters to a dash) ends: a reported clause starts after it (:mod:`.reported`);
* :func:`news_dateline` — a body that opens "CITY, Month D … - " (a wire report, not an op-ed);
* :func:`capitals_dateline` — a token in capitals opening its sentence or line before a dash
  ("BAKU - The Community …"), which the parser hangs into the subject phrase.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .date_patterns import DAY, MONTH, YEAR, renamed
from .lexicon import MONTHS, WEEKDAYS

_DASHES = frozenset({"-", "–", "—"})
_CAPITALS = r"[A-Z][A-Z .'’-]"  # "BAKU", "NEW YORK", "N'DJAMENA" (case-insensitive where compiled so)
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + r"),?\s+"
_HEADER = re.compile(  # "BAKU, November 16 (Reuters)", "Moscow, 16 November /TASS/.", "Baku, Tuesday, 12 …"
    rf"^[^\W\d][\w .'’-]{{1,40}},\s+(?:{_WEEKDAY})?"
    rf"(?:{MONTH}\s+{DAY}|{renamed(DAY, 'day', 'day2')}\s+{renamed(MONTH, 'month', 'month2')})\b(?:,?\s+{YEAR}\b)?",
    re.IGNORECASE | re.MULTILINE,
)
_PLACE = re.compile(
    rf"^[ \t]*({_CAPITALS}+),\s+(?:\d{{1,2}}\s+)?(?:" + "|".join(MONTHS) + r")\b", re.MULTILINE | re.IGNORECASE
)
_WIRE = re.compile(rf"{_CAPITALS}+,[^\n–—]{{1,40}}?\s[–—-]\s")  # "CITY, 6 March (AGENCY) – "
_NEWS = re.compile(rf"{_CAPITALS}{{2,40}},\s+[A-Z][a-z]+\.?\s+\d{{1,2}}\b[^\n]{{0,40}}?\s[-–—]\s")


class Dateline(NamedTuple):
    """The date a header dateline gives: a month name as written, a day, a year when printed."""

    month: str
    day: str
    year: str | None


def header_dateline(header: str) -> Dateline | None:
    """The first dateline opening a line of ``header`` ("BAKU, November 16, 2023 (Reuters) -")."""
    match = _HEADER.search(header)
    if match is None:
        return None
    return Dateline(
        match.group("month") or match.group("month2"), match.group("day") or match.group("day2"), match.group("year")
    )


def dateline_places(text: str) -> set[str]:
    """Lower-cased places of the lines that open with a dateline "CITY, [D] Month"."""
    return {m.group(1).strip().lower() for m in _PLACE.finditer(text)}


def opens_dateline(doc, start: int, end: int) -> bool:
    """The tokens ``doc[start:end]`` are a dateline's place: ``CITY, Month day`` at the start of a line."""
    # token by token, not through doc.text: spaCy rebuilds that string on every call
    at_line_start = start == 0 or "\n" in doc[start - 1].text_with_ws
    if not at_line_start or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    return nxt.lower_.rstrip(".") in MONTHS or nxt.like_num


def wire_dateline_end(text: str, start: int, end: int) -> int | None:
    """Where a dateline "CITY, 6 March (AGENCY) – " that opens ``text[start:end]`` ends, or ``None``."""
    match = _WIRE.match(text, start, end)
    return match.end() if match else None


def news_dateline(text: str, pos: int) -> bool:
    """The text at ``pos`` opens with a news dateline ("KLOWVILLE, June 3 (Agency) - …", "PARIS, Jan. 5 — …")."""
    return bool(_NEWS.match(text, pos))


def capitals_dateline(token, min_chars: int = 3) -> bool:
    """A wire dateline's place in capitals before a dash ("BAKU - The Community …"), opening its
    sentence or line: where the item was filed, parsed into the subject phrase but no part of who
    speaks. ``min_chars``: the shortest place taken (shorter capitals are often acronyms: "UN")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    opens = token.i == token.sent.start or token.nbor(-1).is_space  # "… said NATO – the alliance" is no dateline
    return opens and token.is_upper and len(token.text) >= min_chars and following is not None \
        and following.text in _DASHES
