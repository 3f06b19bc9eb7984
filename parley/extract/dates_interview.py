"""Quotes from an interview the text already dated: "she told the Ledger" again, "in the same interview".

Used by ``dates.rules.v1`` for a quote with no date phrase of its own. A profile or feature quotes
its subject several times from one conversation and dates it once ("“…,” she told the Ledger last
week"); later words from it are marked only by the same addressee ("“…,” she told the Ledger") or
by "in the same interview" in the quote's sentence or the one just before it ("Asked in the same
interview about X, she did not hesitate. “…,” she said."). Both take the date of that speaker's
last quote the text dated — the addressee's when one is named — never another speaker's.

>>> bool(SAME_INTERVIEW.search("Asked in the same interview about the road"))
True
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate
from parley.core.types import Quote

from .dates_relative import TEXT_DATED

SAME_INTERVIEW = re.compile(
    r"\b(?:in|during)\s+(?:the\s+same|that)\s+(?:interview|conversation|talk|exchange)\b", re.IGNORECASE
)
_TOLD = re.compile(r"(?:told|tells)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_SENTENCES_BACK = 1


def interview_date(state, attributions: dict, quote: Quote, earlier: list[Quote]) -> PartialDate | None:
    """The date of the interview ``quote`` comes from (see the module docstring), or ``None``."""
    if quote.speaker is None:
        return None
    mine = [
        q for q in earlier
        if (q.speaker, q.speaker_actor) == (quote.speaker, quote.speaker_actor) and q.date_source in TEXT_DATED
    ]
    if not mine:
        return None
    addressee = _addressee(state.text, attributions.get(quote.span))
    if addressee is not None:
        same = [q for q in mine if _addressee(state.text, attributions.get(q.span)) == addressee]
        return same[-1].date if same else None
    return mine[-1].date if _says_same_interview(state, attributions.get(quote.span), quote) else None


def _addressee(text: str, attribution) -> str | None:
    """"told the Ledger" → "Ledger": the named outlet or person a cue "told" speaks to."""
    if attribution is None or attribution.cue is None:
        return None
    found = _TOLD.match(text, attribution.cue.start)
    if found is None:
        return None
    return re.sub(r"^the\s+", "", found.group(1))


def _says_same_interview(state, attribution, quote: Quote) -> bool:
    """"in the same interview" in the quote's attribution or in the sentence just before it, in the
    same paragraph (the question that led to the answer)."""
    start = attribution.region.start if attribution is not None else quote.span.start
    before = [s for s in state.sentences if s.end <= start][-_SENTENCES_BACK:]
    if before and "\n\n" not in state.text[before[0].end : start]:
        start = before[0].start
    end = attribution.region.end if attribution is not None else quote.span.end
    outside = state.text[start:quote.span.start] + " " + state.text[quote.span.end : end]
    return SAME_INTERVIEW.search(outside) is not None
