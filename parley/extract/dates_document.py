"""The date of a document: metadata, leading date lines, dateline, url or file name.

Sources, most trusted first: ``Document.published`` (metadata, or the leading lines
the ingest layer read), a leading line that is only a date ("06 November 2021 10:29",
"Published: 16.11.2023", "04/28/2024 01:32 PM EDT"; a publication date before an
update date), a dateline with a year ("BAKU, November 16, 2023 (Reuters) -"), a
dateline without one ("Moscow, 16 November /TASS/.", "YEREVAN, NOVEMBER 16,
ARMENPRESS."), a weekday allowed before the date ("Baku, Tuesday, 12 November 2024"), a date in the ``url`` or file name (".../2023/11/16/...",
"talks-2023-11.txt"). The most trusted date found is kept; a later source refines it
only when it is more precise and agrees with it (a dateline's day within a
publication month or year). A date in a body sentence is never the document's date:
only lines that hold nothing but a date (and a time, zone or label) count, or, failing one,
a line that holds nothing else than a date and a byline or names set off by a bar or a dash ("By
Pia Lund | 12 March 2027", "Posted on 12 March 2027 by Pia Lund", "The Harbour Review | 12 March
2027").

A dateline's missing year is taken from a more trusted source, else the url or file
name, else the latest year the text uses as a time ("in 2020", "September 25,
2023"; not a year in a name such as "the 1991 Declaration", nor one in a future or
intended clause such as "will sign by 2030"). Without any year the dateline gives
nothing: a month and day alone are no date.

Numeric dates: year-first and dotted dates as written; ``16/11/2023`` by the number
that cannot be a month; when both can (``05/11/2023``) month-first with a US clock
mark on the line (``PM``, ``EDT``), else only the year.
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate
from parley.core.datelines import date_line, labelled_date_line
from parley.core.errors import ValidationError

from .date_patterns import MONTH, YEAR
from .lexicon import MONTHS
from .news_datelines import Dateline, header_dateline

_I = re.IGNORECASE
_SOURCE_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)[/_.-](?P<month>0?[1-9]|1[0-2])"
    r"(?:[/_.-](?P<day>0?[1-9]|[12]\d|3[01]))?(?![\d])"
)
_SOURCE_YEAR = re.compile(r"(?<![A-Za-z0-9])(?:19|20)\d\d(?![\d])")
_SEASON = (r"(?:(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|first|second)\s+"
           r"(?:half\s+|quarter\s+)?of\s+)")
_TIME_YEARS = [
    re.compile(
        rf"\b(?:in|since|during|until|till|through|throughout|from|after|before|by|of)\s+"
        rf"(?:(?:early|mid|late)[\s-]+)?{_SEASON}?(?:{MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?"
        rf"{YEAR}\b(?![s’'-])", _I,
    ),
    re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}\b", _I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+{YEAR}\b", _I),
]
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "to"})
_CLAUSE_MARKERS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})
# "By Pia Lund", "by P. Lund and Tom Hale": a byline inside a header line, its names capitalised
_BYLINE = re.compile(
    r"(?:^|(?<=[\s|,;–—-]))[Bb]y\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s*(?:[|,;–—-]|$)")
_SEPARATOR = re.compile(r"\s+[|–—·•]\s+|\s*\|\s*")  # "Outlet | date", "date — Author"
_NAME_WORDS = 6
_NAME_LINKS = frozenset({"the", "of", "and", "de", "la", "al", "el", "van", "von", "der"})
_HEADER_CHARS = 600
# "summary published 4 March 2027", "Report issued on 4 March 2027": a part of a header line
_PUBLISHED = re.compile(
    r"(?:[A-Za-z]+\s+){0,3}?(?:published|posted|issued|released)(?:\s+on)?\s+(?P<date>.+)$", re.IGNORECASE)
_PUBLISHED_LINE = 120
_HEADER_LINES = 8


def document_date(state) -> tuple[PartialDate | None, str]:
    """The document's date and where it came from (see the module docstring).

    ``publication`` (metadata or a leading date line), ``dateline``, ``url`` or
    ``source_path`` (a date in the address or file name), or ``unknown``.
    """
    document = state.document
    header = "\n".join(state.text.lstrip()[:_HEADER_CHARS].splitlines()[:_HEADER_LINES])
    best = (document.published, "publication") if document.published is not None else None
    best = _better(best, _header_date(header), "publication")
    if best is not None and best[0].precision == "day":
        return best
    text_year = year_in_text(state.text, state.parsed)
    located = source_date(document, text_year)
    dateline = header_dateline(header)
    if dateline and dateline.year:
        best = _better(best, _dateline_date(dateline, None), "dateline")
    if dateline and not dateline.year:
        year = _dateline_year(best, located, document, text_year)
        best = _better(best, _dateline_date(dateline, year), "dateline")
    best = _better(best, located[0] if located else None, located[1] if located else "")
    return best if best is not None else (None, "unknown")


def _better(best, found: PartialDate | None, source: str):
    """``found`` when nothing is known yet, or when it is more precise and agrees with ``best``."""
    if found is None:
        return best
    if best is None:
        return found, source
    known = best[0]
    finer = len(found.iso()) > len(known.iso()) and found.truncate(known.precision) == known
    return (found, source) if finer else best


def _dateline_year(best, located, document, text_year: int | None) -> int | None:
    if best is not None:
        return best[0].year
    if located is not None:
        return located[0].year
    return source_year(document) or text_year


def _dateline_date(dateline: Dateline, year: int | None) -> PartialDate | None:
    given = dateline.year
    if not (given or year):
        return None
    return _partial(given or str(year), dateline.month, dateline.day)


def _header_date(header: str) -> PartialDate | None:
    """The date of the first leading line that is only a date (a publication date before an update);
    failing one, of a byline line that is only a byline and a date ("By Pia Lund | 12 March 2027")."""
    found = [labelled_date_line(line) for line in header.splitlines()]
    dated = [f for f in found if f is not None]
    if not dated:
        dated = [f for f in (labelled_date_line(_without_byline(line)) for line in header.splitlines()) if f]
    if not dated:
        dated = [f for f in (_published_part(line) for line in header.splitlines()) if f]
    return next((d for d, label in dated if label == "published"), dated[0][0] if dated else None)


def _published_part(line: str) -> tuple[PartialDate, str] | None:
    """A header line's comma-set part that labels its date as the publication ("Szohod, hearing of 3
    March 2027, summary published 4 March 2027", "Report issued 4 March 2027"): that part's date.
    A longer line, or one that reads as a sentence, is no header line."""
    if len(line) > _PUBLISHED_LINE or line.rstrip().endswith((".", "!", "?")) and line.count(" ") > 12:
        return None
    for part in line.split(","):
        match = _PUBLISHED.match(part.strip())
        found = labelled_date_line(match.group("date")) if match else None
        if found is not None:
            return found[0], "published"
    return None


def _without_byline(line: str) -> str:
    """The line without a byline ("By Pia Lund", "by Pia Lund and Tom Hale") and without names set
    off by a bar or a dash ("The Harbour Review | 12 March 2027", "12.03.2027 — Pia Lund"): what is
    left of such a line is the date line the outlet printed beside them; any other line is left as
    it is (and still is no date line: "Signed by X on 12 March" keeps "Signed … on")."""
    line = _BYLINE.sub(" ", line) if _BYLINE.search(line) else line
    parts = [p.strip() for p in _SEPARATOR.split(line) if p.strip()]
    kept = [p for p in parts if not _name_like(p)]
    return kept[0] if len(parts) > 1 and len(kept) == 1 else line


def _name_like(part: str) -> bool:
    """A short run of capitalised words ("The Harbour Review", "Pia Lund"): an outlet or an author."""
    words = part.split()
    capitalised = all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)
    return 0 < len(words) <= _NAME_WORDS and capitalised and not any(c.isdigit() for c in part)


def header_line_date(line: str) -> PartialDate | None:
    """The date of a line that holds nothing but dates, times, zones and labels.

    A line with a publication and an update date gives the publication date.

    >>> str(header_line_date("Updated 14:05 17.11.2023 | Published: 16.11.2023 (UTC+4)"))
    '2023-11-16'
    >>> header_line_date("The accord was signed on 10 November 2020.") is None
    True
    """
    return date_line(line)


def source_date(document, text_year: int | None = None) -> tuple[PartialDate, str] | None:
    """A month or day date in the document's ``url`` or file name, with where it was found.

    A date earlier than a year the text itself uses as a time is not the
    publication date (a file named after an event, say) and is ignored.

    >>> from parley.core.types import Document
    >>> doc = Document.from_text("x", url="https://news.example/en/2023/11/16/talks/2926743")
    >>> source_date(doc)
    (PartialDate(year=2023, month=11, day=16), 'url')
    >>> source_date(Document.from_text("x", source_path="docs/talks-resume-2021-11.txt"))
    (PartialDate(year=2021, month=11, day=None), 'source_path')
    """
    for where, value in (("url", _url_path(document.url)), ("source_path", _file_name(document.source_path))):
        for match in _SOURCE_DATE.finditer(value):
            found = _partial(match.group("year"), match.group("month"), match.group("day"))
            if found is not None and (text_year is None or found.year >= text_year):
                return found, where
    return None


def source_year(document) -> int | None:
    """A year standing alone in the ``url`` path or file name ("report-2023-peace.txt")."""
    places = (_url_path(document.url), _file_name(document.source_path))
    years = [int(y) for place in places for y in _SOURCE_YEAR.findall(place)]
    return max(years) if years else None


def _url_path(url: str | None) -> str:
    """The part of a URL after its host (a host name holds no dates)."""
    if not url:
        return ""
    rest = url.split("://", 1)[-1]
    return rest[rest.find("/") :] if "/" in rest else ""


def _file_name(path: str | None) -> str:
    """The last part of a source path (a record number after ``#`` dropped)."""
    if not path:
        return ""
    return re.split(r"[\\/]", path.split("#", 1)[0])[-1]


def year_in_text(text: str, parsed=None) -> int | None:
    """The latest year the text uses as a time, outside future and intended clauses.

    >>> year_in_text("The war of 2020 ended. Talks resumed in March 2023. The 2024 Forum opens.")
    2023
    >>> year_in_text("It is based on the 1991 Alma-Ata Declaration.") is None
    True
    """
    years = []
    for pattern in _TIME_YEARS:
        for match in pattern.finditer(text):
            if parsed is None or not _in_future_clause(parsed, match.start("year")):
                years.append(int(match.group("year")))
    return max(years) if years else None


def _in_future_clause(doc, position: int) -> bool:
    """The year belongs to a clause with "will"/"shall" or an infinitive ("to sign by 2030").

    Reads only the dependency parse (the tagger is off in the default pipeline).
    """
    span = doc.char_span(position, position + 4, alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    for _ in range(12):
        deps = {c.dep_ for c in node.children}
        if node.head.i == node.i or node.dep_ in _CLAUSE_DEPS or deps & _CLAUSE_MARKERS:
            break
        node = node.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in node.children)


def _partial(year: str | None, month: str | None, day: str | None) -> PartialDate | None:
    """A date from matched groups (month as a number or a name); ``None`` when impossible.

    >>> str(_partial("2024", "04", "28")), str(_partial("2024", "28", "04"))
    ('2024-04-28', '2024-04-28')
    """
    if not year:
        return None
    try:
        if month is None:
            return PartialDate(int(year))
        number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
        day_number = int(day) if day else None
        if number and number > 12 and day_number and day_number <= 12:
            number, day_number = day_number, number  # the text wrote day/month
        return PartialDate(int(year), number, day_number)
    except (ValidationError, ValueError, TypeError):
        return None
