"""``dates.rules.v1``: the document's date and when each quote was said.

The document date is ``Document.published`` when the ingest layer found one,
else the first date in the leading lines ("06 November 2021 10:29",
"2023-03-19", "04/28/2024", "Nov 17 2021"), else a date in the document's
``url`` or source path (".../2023/11/16/...", "report-2023-11.txt"), else a
dateline ("CITY, November 17") with the year the text supports.

A quote's date comes from a date phrase in its sentence outside the quotation
marks, the one nearest to the attribution verb: "on September 25", "on
Thursday" (the most recent such weekday on or before the document date),
"in early October" (month precision), "yesterday", "last week" (its month),
"two days ago" (``dateparser``). Without a phrase, a quote whose speaker also
said the quote right before it takes that quote's date; words quoted again
from a longer dated quote (a headline repeating the body) take its date;
otherwise the document date.

Day and month without a year take the document's year (the year before when
that would fall after the document). A document without a date takes the
most recent plausible year: a year in its file name, or the latest year the
text uses as a time ("in 2020", "by the end of 2023", "September 25, 2023";
not a year in a name such as "the 1991 Declaration", nor one in a future or
intended clause such as "will sign by 2030"). Nothing else is guessed: a
weekday needs a known day, and a quote with no date is ``unknown``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from parley.core.dates import PartialDate
from parley.core.errors import ValidationError
from parley.core.types import DATE_SOURCES, Quote

from .lexicon import MONTHS, SPEECH_VERBS, WEEKDAYS
from .state import Attribution, Component, DocState, register_component

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
_I = re.IGNORECASE

_HEADER_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", _I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", _I),
    re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
]
_DATELINE = re.compile(rf"^[A-Z][\w .'’-]{{1,40}},\s+{_MONTH}\s+{_DAY}\b", _I | re.MULTILINE)

_PHRASES = [
    ("day", re.compile(rf"\bon\s+(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?", _I)),
    ("day", re.compile(rf"\bon\s+(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?", _I)),
    ("weekday", re.compile(rf"\b(?P<last>on|last)\s+{_WEEKDAY}\b", _I)),
    ("month", re.compile(rf"\bin\s+(?:(?:early|mid|late|the\s+(?:beginning|middle|end)\s+of)[\s-]+)?{_MONTH}(?!\s*\d{{1,2}}\b)(?:\s+{_YEAR})?", _I)),
    ("relative", re.compile(r"\b(?:yesterday|today|this week|last week|(?:earlier )?this month|last month|this year|last year)\b", _I)),
    ("ago", re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?)\s+ago\b", _I)),
]
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})
_SOURCE_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)[/_.-](?P<month>0?[1-9]|1[0-2])"
    r"(?:[/_.-](?P<day>0?[1-9]|[12]\d|3[01]))?(?![\d])"
)
_SOURCE_YEAR = re.compile(r"(?<![A-Za-z0-9])(?:19|20)\d\d(?![\d])")
_SEASON = r"(?:(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|first|second)\s+(?:half\s+|quarter\s+)?of\s+)"
_TIME_YEARS = [
    re.compile(
        rf"\b(?:in|since|during|until|till|through|throughout|from|after|before|by|of)\s+"
        rf"(?:(?:early|mid|late)[\s-]+)?{_SEASON}?(?:{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?"
        rf"{_YEAR}\b(?![s’'-])", _I,
    ),
    re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b", _I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\b", _I),
]
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "to"})
_CLAUSE_MARKERS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})
_HEADER_CHARS = 600


def document_date(state: DocState) -> tuple[PartialDate | None, str]:
    """The document's date and where it came from.

    ``publication`` (metadata or leading lines), ``url`` or ``source_path`` (a date in
    the address or file name), ``dateline`` or ``unknown``; see the module docstring.
    """
    if state.document.published is not None:
        return state.document.published, "publication"
    header = "\n".join(state.text.lstrip()[:_HEADER_CHARS].splitlines()[:8])
    for pattern in _HEADER_PATTERNS:
        for match in pattern.finditer(header):
            found = _partial(match.group("year"), match.group("month"), match.group("day"))
            if found is not None:
                return found, "publication"
    text_year = year_in_text(state.text, state.parsed)
    located = source_date(state.document, text_year)
    if located is not None and located[0].day is not None:
        return located
    match = _DATELINE.search(header)
    years = [y for y in (text_year, source_year(state.document)) if y is not None]
    year = located[0].year if located is not None else max(years, default=None)
    if match and year:
        found = _partial(str(year), match.group("month"), match.group("day"))
        if found is not None:
            return found, "dateline"
    return located if located is not None else (None, "unknown")


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
    years = [int(y) for v in (_url_path(document.url), _file_name(document.source_path)) for y in _SOURCE_YEAR.findall(v)]
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


@register_component("dates.rules.v1")
class RuleDates(Component):
    """Document date, and the date each quote was said (see the module docstring)."""

    defaults = {"year_from_text": True}
    spacy_needs = frozenset({"parser"})

    def _fallback_year(self, state: DocState) -> int | None:
        """The most recent plausible year of an undated document (see the module docstring)."""
        years = [source_year(state.document)]
        if self.settings["year_from_text"]:
            years.append(year_in_text(state.text, state.parsed))
        known = [y for y in years if y is not None]
        return max(known) if known else None

    def __call__(self, state: DocState) -> DocState:
        doc_date, source = document_date(state)
        anchor = _Anchor(doc_date, doc_date.year if doc_date else self._fallback_year(state))
        where = {a.quote: a for a in state.attributions}
        quoted = [(q.span.start - 1, q.span.end + 1) for q in state.quotes]
        dated: list[Quote] = []
        for quote in sorted(state.quotes, key=lambda q: q.span):
            phrase_date, had_phrase = _date_in_region(state, where.get(quote.span), quote, quoted, anchor)
            dated.append(_dated(quote, phrase_date, had_phrase, dated, doc_date, source))
            if dated[-1].date_source not in {"text", "previous_quote"} and not had_phrase:
                context = _date_from_context(state, quote, quoted, anchor)
                if context is not None:
                    dated[-1] = replace(quote, date=context, date_source="text")
        dated = _dates_of_the_same_words(dated)
        return state.add(self.name, quotes=tuple(dated), doc_date=doc_date, doc_date_source=source)


class _Anchor:
    """What relative phrases are resolved against."""

    def __init__(self, doc_date: PartialDate | None, year: int | None) -> None:
        self.doc_date, self.year = doc_date, year

    @property
    def day(self) -> dt.date | None:
        d = self.doc_date
        return dt.date(d.year, d.month, d.day) if d is not None and d.day is not None else None

    def resolve(self, kind: str, match: re.Match) -> PartialDate | None:
        return getattr(self, "_" + kind)(match)

    def _year_for(self, month: int, day: int | None, given: str | None) -> int | None:
        if given:
            return int(given)
        if self.year is None:
            return None
        d = self.doc_date
        if d is not None and d.month is not None and (month, day or 1) > (d.month, (d.day or 31) + 1):
            return self.year - 1
        return self.year

    def _day(self, match):
        month = MONTHS[match.group("month").lower().rstrip(".")]
        year = self._year_for(month, int(match.group("day")), match.group("year"))
        return _partial(str(year), str(month), match.group("day")) if year else None

    def _month(self, match):
        month = MONTHS[match.group("month").lower().rstrip(".")]
        year = self._year_for(month, None, match.group("year"))
        return PartialDate(year, month) if year else None

    def _weekday(self, match):
        if self.day is None:
            return None
        back = (self.day.weekday() - WEEKDAYS[match.group("weekday").lower()]) % 7
        if back == 0 and match.group("last").lower() == "last":
            back = 7
        return PartialDate.from_date(self.day - dt.timedelta(days=back))

    def _relative(self, match):
        phrase, d = match.group().lower(), self.doc_date
        if d is None:
            return None
        if phrase in {"this year", "last year"}:
            return PartialDate(d.year - (phrase == "last year"))
        if phrase.endswith("month") and d.month is not None:
            first = dt.date(d.year, d.month, 1) - dt.timedelta(days=1 if phrase == "last month" else 0)
            return PartialDate(first.year, first.month)
        if self.day is None:
            return None
        shift = {"yesterday": 1, "today": 0, "this week": 0, "last week": 7}[phrase]
        day = self.day - dt.timedelta(days=shift)
        return PartialDate.from_date(day) if "week" not in phrase else PartialDate(day.year, day.month)

    def _ago(self, match):
        if self.day is None:
            return None
        import dateparser  # imported only when needed: it is slow to import

        base = dt.datetime.combine(self.day, dt.time(12))
        found = dateparser.parse(match.group(), languages=["en"], settings={"RELATIVE_BASE": base})
        if found is None:
            return None
        if "month" in match.group().lower():
            return PartialDate(found.year, found.month)
        return PartialDate.from_date(found.date())


def _phrases(text: str, start: int, end: int, quoted) -> list[tuple[str, re.Match]]:
    """Date phrases in ``[start, end)`` outside quotation marks."""
    found = []
    for kind, pattern in _PHRASES:
        for match in pattern.finditer(text, start, end):
            if not any(a <= match.start() < b for a, b in quoted):
                found.append((kind, match))
    return found


def _date_in_region(state, attribution: Attribution | None, quote: Quote, quoted, anchor: _Anchor):
    """The resolved phrase attached to the attribution verb nearest to it, and whether one was there."""
    if attribution is None:
        return None, False
    cue = attribution.cue
    target = cue.start if cue else quote.span.start
    found = [
        (abs(m.start() - target), kind, m)
        for kind, m in _phrases(state.text, attribution.region.start, attribution.region.end, quoted)
        if _attached(state.parsed, m.start(), cue, state.text)
    ]
    for _, kind, match in sorted(found, key=lambda f: f[0]):
        resolved = anchor.resolve(kind, match)
        if resolved is not None:
            return resolved, True
    return None, bool(found)


def _attached(doc, position: int, cue, text: str) -> bool:
    """Whether the phrase at ``position`` modifies the cue verb itself, not a clause it reports.

    "X said on Friday that…" is; "X said the shelling on Sunday showed…" is not. Without a
    parse, or for a cue that is not a verb (a colon, "according to"), every phrase is.
    """
    if doc is None or cue is None or not text[cue.start : cue.end].lower() in SPEECH_VERBS:
        return True
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    verb = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if token is None or verb is None:
        return True
    return _reaches(token[0], verb[0])


def _reaches(token, verb) -> bool:
    """``verb`` is an ancestor of ``token`` with no reported clause in between."""
    node = token
    while node.head.i != node.i:
        if node.head.i == verb.i:
            return node.dep_ not in _CLAUSE_DEPS
        if node.dep_ in _CLAUSE_DEPS:
            return False
        node = node.head
    return node.i == verb.i


def _date_from_context(state, quote: Quote, quoted, anchor: _Anchor) -> PartialDate | None:
    """A date phrase in the main clause of a sentence just before the quote that names its speaker.

    "She spoke to the Ledger on Monday. … “X,” Ferro said." Looks back over at most three
    sentences in the quote's paragraph and the two before it, stopping at another quote.
    """
    if quote.speaker is None or state.parsed is None:
        return None
    earlier = [s for s in state.sentences if s.end <= quote.span.start][-3:]
    for sentence in reversed(earlier):
        between = state.text[sentence.end : quote.span.start]
        if between.count("\n\n") > 2 or any(sentence.start <= a < sentence.end for a, _ in quoted):
            return None
        if not _names_speaker(state, sentence, quote.speaker):
            continue
        for kind, match in _phrases(state.text, sentence.start, sentence.end, quoted):
            if _in_main_clause(state.parsed, match.start()):
                resolved = anchor.resolve(kind, match)
                if resolved is not None:
                    return resolved
    return None


def _names_speaker(state, sentence, speaker: str) -> bool:
    people = [p for p in state.persons if sentence.start <= p.span.start < sentence.end]
    if any(p.name == speaker for p in people):
        return True
    first = state.text[sentence.start : sentence.end].split()[:1]
    return bool(first) and first[0].lower() in {"he", "she"}


def _in_main_clause(doc, position: int) -> bool:
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    while node.head.i != node.i:
        if node.dep_ in _CLAUSE_DEPS:
            return False
        node = node.head
    return True


def _dated(quote, phrase_date, had_phrase, earlier, doc_date, source) -> Quote:
    if phrase_date is not None:
        return replace(quote, date=phrase_date, date_source="text")
    previous = earlier[-1] if earlier else None
    if (
        not had_phrase and previous is not None and previous.speaker is not None
        and (previous.speaker, previous.speaker_actor) == (quote.speaker, quote.speaker_actor)
        and previous.date_source in {"text", "previous_quote"}
    ):
        return replace(quote, date=previous.date, date_source="previous_quote")
    if doc_date is not None:
        return replace(quote, date=doc_date, date_source=source if source in DATE_SOURCES else "publication")
    return replace(quote, date=None, date_source="unknown")


def _dates_of_the_same_words(quotes: list[Quote]) -> list[Quote]:
    """Words quoted again from a longer quote dated by the text (a headline repeating the body) take its date."""
    dated = [q for q in quotes if q.date_source in {"text", "previous_quote"}]
    out = []
    for quote in quotes:
        source = None if quote.date_source == "text" else next(
            (d for d in dated if d is not quote and _repeats(quote, d)), None
        )
        out.append(replace(quote, date=source.date, date_source=source.date_source) if source else quote)
    return out


def _repeats(quote: Quote, longer: Quote) -> bool:
    """``quote`` is part of ``longer`` (same speaker's side, at least three words)."""
    words, within = _plain(quote.text), _plain(longer.text)
    return (
        len(words.split()) >= 3 and len(words) < len(within) and f" {words} " in f" {within} "
        and quote.speaker_actor in {None, longer.speaker_actor}
    )


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
