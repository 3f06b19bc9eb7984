"""Quote dates the text gives relative to another dated event, not to the document's date.

Used by ``dates.rules.v1`` for a quote whose attribution has no date phrase of its own:

* "The remarks came a day after X said “…”": the quote's speech verb is the clause that
  "after" (or "before") introduces, so it was said that many days (weeks) before (after) the
  event the sentence starts from — the last quote the text dated to a day before it;
* "Y, speaking at the same event, said “…”", "Y told the same meeting that …": the event of the
  last quote the text dated; with none, the event the sentences just before narrate ("X signed the
  accord on Monday. Speaking at the same ceremony, Y …"): :func:`occasion_narrated`;
* "Thousands rallied on Saturday. X told the crowd that “…”", "Ministers met on Monday. Opening the
  session, X said": the narrated gathering's date, from the same paragraph (:func:`occasion_narrated`);
* "X told reporters after the signing …. His counterpart said …": a counterpart answers on the same
  occasion: the date of the last quote the text dated (:func:`counterpart_date`);
* "In a second post that night she …", "later that day": the day of the last quote dated to a day;
  with none, the day the sentences just before in its paragraph narrate ("On 17 August a patrol heard
  shots. In a statement the same evening, X called them …": :func:`occasion_narrated`);
* "X's answer came a day later from Y, who wrote …", "The next day, Y said …": that many days
  (weeks) after the last quote the text dated to a day; "A day earlier, Y had told …", "the previous
  day": that many before it.

>>> import re
>>> bool(SAME_OCCASION.search("speaking at the same event, said"))
True
"""

from __future__ import annotations

import datetime as dt
import re

from parley.core.dates import PartialDate
from parley.core.types import Quote

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SPAN_BETWEEN = re.compile(
    r"\b(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")\s+(?P<unit>day|week)s?\s+(?P<order>after|before)\b",
    re.IGNORECASE,
)
SAME_OCCASION = re.compile(
    r"\b(?:at|during|on|in|to|told|addressed)\s+the\s+same\s+"
    r"(?:event|conference|meeting|briefing|occasion|day|forum|summit|session|rally|ceremony|gathering|reception|"
    r"news\s+conference|press\s+conference)\b",
    re.IGNORECASE,
)
# "X told the crowd that …": the crowd of a gathering the paragraph has just narrated ("Thousands
# rallied in the square on Saturday. … X told the crowd …"), so said on that gathering's day
GATHERING = re.compile(
    r"\b(?:told|addressed|to)\s+the\s+(?:crowd|crowds|rally|protesters|protestors|demonstrators|marchers)\b",
    re.IGNORECASE,
)
# "Opening the session, X said": the session the paragraph has just narrated
_PRESIDING = re.compile(
    r"\b(?:opening|closing|addressing|chairing|wrapping\s+up)\s+the\s+"
    r"(?:session|meeting|conference|summit|talks|debate|forum|sitting|hearing|round)\b", re.IGNORECASE,
)
_LATER = re.compile(
    r"\b(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")\s+(?P<unit>day|week)s?\s+later\b"
    r"|\bthe\s+(?:next|following)\s+(?P<next>day|week)\b", re.IGNORECASE
)
_EARLIER = re.compile(
    r"\b(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")\s+(?P<unit>day|week)s?\s+earlier\b"
    r"|\bthe\s+(?:previous|preceding)\s+(?P<next>day|week)\b|\bthe\s+day\s+before\b(?!\s+(?:the|a|an|his|her)\b)",
    re.IGNORECASE,
)
_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)\b", re.IGNORECASE)
_REFERENCES = (("same", SAME_OCCASION), ("that day", _THAT_DAY), ("later", _LATER), ("earlier", _EARLIER))
# date sources that mean the text itself dated a quote (its own phrase, or the same speaker's words just before)
TEXT_DATED = frozenset({"text", "previous_quote"})
_NARRATED_BACK = 3
_APPOSED_ROLE_CHARS = 40
_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)


def relative_date(
    doc, text: str, region: tuple[int, int], quote: Quote, cue, earlier: list[Quote]
) -> PartialDate | None:
    """The date of ``quote`` from "a day after …" or "at the same event" in its attribution
    ``region`` (before its opening mark); ``None`` when neither applies or nothing earlier is dated."""
    before = text[region[0] : max(region[0], quote.span.start - 1)]
    earlier = [q for q in earlier if not q.span.contains(quote.span)]  # not the report that holds it
    found = _nearest_reference(before)  # "Baku said the same day …; Moscow, a day later, said": a day later
    if found is not None:
        kind, match = found
        if kind == "same":
            return _last_dated(earlier, day_only=False)
        if kind == "that day":  # a quote dated paragraphs back is no antecedent: the narration decides
            return _last_dated(_near(text, earlier, region[0]), day_only=True)
        return _shifted(_last_dated(earlier, day_only=True), match, 1 if kind == "later" else -1)
    for match in _SPAN_BETWEEN.finditer(before):
        if cue is not None and _introduces(doc, region[0] + match.start("order"), cue):
            sign = -1 if match.group("order").lower() == "after" else 1
            return _shifted(_last_dated(earlier, day_only=True), match, sign)
    return None


def _nearest_reference(before: str) -> tuple[str, re.Match] | None:
    """The reference to another occasion closest to the quote: ``(kind, match)``, the kind one of
    "same" (the same event), "that day", "later", "earlier" ("A day earlier, Y had told …")."""
    found = [(kind, m) for kind, pattern in _REFERENCES for m in pattern.finditer(before)]
    return max(found, key=lambda f: f[1].end(), default=None)


def _shifted(anchor: PartialDate | None, match: re.Match, sign: int) -> PartialDate | None:
    """``anchor`` moved by the days or weeks ``match`` counts, forwards (``sign`` 1) or back."""
    if anchor is None:
        return None
    count = (match.group("count") or "one").lower()  # "the next day": one day
    unit = 7 if (match.groupdict().get("next") or match.group("unit")).lower() == "week" else 1
    days = (int(count) if count.isdigit() else _COUNTS[count]) * unit
    return PartialDate.from_date(dt.date(anchor.year, anchor.month, anchor.day) + dt.timedelta(days=sign * days))


def _introduces(doc, position: int, cue) -> bool:
    """"after" marks the clause whose verb is the quote's cue ("… came a day after X said …"),
    not a phrase of time beside it ("A day after the talks, X said")."""
    if doc is None:
        return False
    word = doc.char_span(position, position + 1, alignment_mode="expand")
    verb = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if word is None or verb is None:
        return False
    return word[0].dep_ == "mark" and word[0].head.i == verb[0].i


def _near(text: str, earlier: list[Quote], start: int) -> list[Quote]:
    """The quotes of ``earlier`` in the paragraph of ``start`` or the one before it."""
    paragraph = text.rfind("\n\n", 0, start)
    previous = text.rfind("\n\n", 0, max(paragraph, 0)) if paragraph > 0 else -1
    return [q for q in earlier if q.span.start > previous]


def _last_dated(earlier: list[Quote], day_only: bool) -> PartialDate | None:
    """The date of the last quote before this one that the text dated (to a day, if asked)."""
    for quote in reversed(earlier):
        if quote.date_source in TEXT_DATED and quote.date is not None and (quote.date.day or not day_only):
            return quote.date
    return None


def occasion_narrated(state, attribution, quote: Quote, resolve) -> PartialDate | None:
    """"X signed the accord on Monday. Speaking at the same ceremony, Y called it “…”": with no earlier
    quote dated, "the same" event is one the narration just gave: the date of the nearest of the
    ``_NARRATED_BACK`` sentences before (in the same or the previous paragraph) whose main clause has
    one (``resolve(start, end)``)."""
    if attribution is None:
        return None
    region = (attribution.region.start, attribution.region.end)
    before = state.text[region[0] : max(region[0], quote.span.start - 1)]
    if not before.strip(" \"“‘'") and attribution.cue is not None:  # "“…,” he told us that evening"
        before = state.text[attribution.cue.start : region[1]]
    if SAME_OCCASION.search(before):
        breaks = 1
    elif re.search(r"\bthe\s+same\s+day\b", before, re.IGNORECASE):
        breaks = 1  # "Baku protested the same day": the day the narration gave last, also in the paragraph before
    elif GATHERING.search(before) or _THAT_DAY.search(before) or _PRESIDING.search(before):
        breaks = 0  # "the crowd", "that evening": a gathering or a day of the same paragraph
    else:
        return None
    earlier = [s for s in state.sentences if s.end <= region[0]][-_NARRATED_BACK:]
    for sentence in reversed(earlier):
        if state.text[sentence.end : region[0]].count("\n\n") > breaks:
            return None
        found = resolve(sentence.start, sentence.end)
        if found is not None:
            return found
    return None


def counterpart_date(text: str, attribution, earlier: list[Quote]) -> PartialDate | None:
    """A quote whose speaker is given as someone's counterpart ("Her Norlandic counterpart said …",
    "Her counterpart, X, said …"),
    with no date of its own, was said on the occasion of the last quote the text dated, when that
    quote is in the same or the previous paragraph."""
    subject = attribution.subject if attribution is not None else None
    if subject is None or not earlier:
        return None
    window = max(attribution.region.start, subject.start - _APPOSED_ROLE_CHARS)  # "Her counterpart, X, said"
    if not _COUNTERPART.search(text, window, subject.end):
        return None
    last = earlier[-1]
    if last.date_source not in TEXT_DATED or text.count("\n\n", last.span.end, subject.start) > 1:
        return None
    return last.date


# "Baku replied the following day.": a short sentence that narrates a party's answer, and when
_REPLY = re.compile(
    r"^\W*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?\s+(?:replied|responded|answered|reacted|retorted|hit\s+back)\b",
)
_REPLY_WORDS = 10


def reply_narrated(state, attribution, quote: Quote, resolve) -> PartialDate | None:
    """"On 8 December the Council agreed …. Baku replied the following day. Azerbaijan's foreign
    ministry said “…”": the speaker's actor named as the one answering in the short sentence just
    before, the date that sentence gives (``resolve(start, end)``), or the one it counts from the
    date of the sentence before it ("the following day")."""
    if attribution is None or quote.speaker_actor is None:
        return None
    index = next((k for k, s in enumerate(state.sentences) if s.start <= attribution.region.start < s.end), 0)
    if index < 1:
        return None
    reply = state.sentences[index - 1]
    words = state.text[reply.start : reply.end]
    if "\n\n" in state.text[reply.start : attribution.region.start] or len(words.split()) > _REPLY_WORDS:
        return None
    if not _REPLY.match(words) or not any(
        m.actor == quote.speaker_actor and reply.start <= m.span.start < reply.end for m in state.mentions
    ):
        return None
    later, earlier = _LATER.search(words), _EARLIER.search(words)
    if later is None and earlier is None:
        return resolve(reply.start, reply.end)
    before = state.sentences[index - 2] if index >= 2 else None
    anchor = resolve(before.start, before.end) if before is not None else None
    return _shifted(anchor if anchor is not None and anchor.day else None, later or earlier, 1 if later else -1)
