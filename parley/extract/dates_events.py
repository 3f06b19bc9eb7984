"""Quote dates given against an event the text dates elsewhere: "on the day of the signing".

Used by ``dates.rules.v1`` for a quote whose attribution has no date phrase of its own. "X said on
the day of the signing", "On the eve of the vote, X told a crowd", "the day after the summit" date
the words against an event; when another sentence of the text dates that event, the words take
its day moved by the phrase ("eve", "day before": one day earlier; "day after": one day later).

An event is dated by a sentence outside quotes that names it (the noun, or a verb of the same stem:
"the signing" / "I signed") with

* "<N days / a week> after the <event>" beside a date phrase ("We spoke on Tuesday, a week after the
  signing"): that date less the span;
* "<N> days / weeks ago" ("Sixteen days ago I signed …"): the document's date less the span;
* any other date phrase the rules resolve ("The treaty was signed on 30 May").
"""

from __future__ import annotations

import datetime as dt
import re

from parley.core.dates import PartialDate

from .dates_phrases import DateAnchor, find_phrases

_NUMBERS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split())
}
_NUMBERS.update({"a": 1, "an": 1, "thirty": 30})
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week)s?"
_ANCHORED = re.compile(
    r"\bthe\s+(?P<rel>day|eve|morning|evening|night)\s+(?P<prep>of|before|after)\s+the\s+(?P<event>[a-z]{4,})\b",
    re.IGNORECASE)
_OFFSETS = {"before": -1, "after": 1}
_SPAN_AFTER = re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+after\s+the\s+(?P<event>[a-z]{{4,}})\b", re.IGNORECASE)
_SPAN_AGO = re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b", re.IGNORECASE)


def event_anchored_date(state, region: tuple[int, int], quoted, anchor: DateAnchor) -> PartialDate | None:
    """The day an event phrase in ``region`` ("on the day of the signing") stands for, or ``None``."""
    text = state.text
    for match in _ANCHORED.finditer(text, *region):
        if any(a <= match.start() < b for a, b in quoted):
            continue
        day = _event_day(state, match.group("event").lower(), match.start(), quoted, anchor)
        if day is not None:
            return _as_date(day + dt.timedelta(days=_shift(match)))
    return None


def _shift(match) -> int:
    """Days from the event to the words: "the eve of", "the day before": -1; "the day after": +1."""
    if match.group("rel").lower() == "eve":
        return -1
    return _OFFSETS.get(match.group("prep").lower(), 0)


def _event_day(state, event: str, skip: int, quoted, anchor: DateAnchor) -> dt.date | None:
    """The day another sentence outside quotes gives the event (module docstring)."""
    stem = re.sub(r"(?:ing|ion|ment)$", "", event)
    for sentence in state.sentences:
        if sentence.start <= skip < sentence.end:
            continue
        piece = state.text[sentence.start : sentence.end]
        if not re.search(rf"\b{re.escape(stem)}\w*", piece, re.IGNORECASE) or _quoted(sentence, quoted):
            continue
        day = _dated_in(state.text, sentence, event, quoted, anchor)
        if day is not None:
            return day
    return None


def _dated_in(text: str, sentence, event: str, quoted, anchor: DateAnchor) -> dt.date | None:
    """The event's day as ``sentence`` gives it."""
    piece = text[sentence.start : sentence.end]
    dates = [anchor.resolve(p) for p in find_phrases(text, sentence.start, sentence.end, quoted)]
    days = [_day_of(d) for d in dates if d is not None and d.day is not None]
    after = _SPAN_AFTER.search(piece)
    if after is not None and after.group("event").lower() == event:
        return days[0] - _span(after) if days else None
    ago = _SPAN_AGO.search(piece)
    if ago is not None and anchor.day is not None:
        return anchor.day - _span(ago)
    return days[0] if days else None


def dated_after_span(text: str, sentence, event: str, quoted, anchor: DateAnchor) -> PartialDate | None:
    """"We spoke on Tuesday, a week after the signing": the day ``sentence`` gives ``event`` through
    a span after it, or ``None`` when it gives none."""
    after = _SPAN_AFTER.search(text, sentence.start, sentence.end)
    if after is None or after.group("event").lower() != event:
        return None
    day = _dated_in(text, sentence, event, quoted, anchor)
    return _as_date(day) if day is not None else None


def _span(match) -> dt.timedelta:
    count = match.group("count").lower()
    number = int(count) if count.isdigit() else _NUMBERS[count]
    return dt.timedelta(days=number * (7 if match.group("unit").lower() == "week" else 1))


def _quoted(sentence, quoted) -> bool:
    return any(a <= sentence.start and sentence.end <= b for a, b in quoted)


def _day_of(date: PartialDate) -> dt.date:
    return dt.date(date.year, date.month, date.day)


def _as_date(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)
