"""Speakers of quotes that repeat words given elsewhere in the document.

* Words quoted again from a longer direct quote (a headline repeating the body), attributed only
  to an institution, take the person who said the longer quote for the same actor.
* A direct quote with no speaker whose words the text also reports ("X “ready to talk” - official"
  in a headline; "X is ready to talk, an official said" in the body) takes the speaker of that
  report, at a lower confidence: the marks quote the words the report attributes. The same holds
  for the same words, or a longer quote holding them, quoted with a speaker (a headline's “…” that
  the body attributes).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.core.types import Codebook, Quote

_REPORTED_REPEAT_CONFIDENCE = 0.6
_MIN_WORDS = 3  # fewer words recur by chance ("the talks")


def same_words_same_speaker(codebook: Codebook, quotes: list[Quote]) -> list[Quote]:
    """Both rules of the module docstring, over the attributed quotes in text order."""
    return [_from_reported(q, quotes) for q in _from_longer(codebook, quotes)]


def _from_longer(codebook: Codebook, quotes: list[Quote]) -> list[Quote]:
    out = []
    for quote in quotes:
        if quote.direct and quote.speaker_actor and quote.speaker == codebook.actor(quote.speaker_actor).name:
            longer = next((
                q for q in quotes
                if q.direct and q is not quote and q.speaker_actor == quote.speaker_actor
                and q.speaker != quote.speaker and _part_of(quote, q)
            ), None)
            if longer is not None:
                quote = replace(quote, speaker=longer.speaker, speaker_span=longer.speaker_span)
        out.append(quote)
    return out


def _from_reported(quote: Quote, quotes: list[Quote]) -> Quote:
    if not quote.direct or quote.speaker is not None:
        return quote
    report = next((
        q for q in quotes
        if q.speaker is not None and (_same_words(quote, q) or _part_of(quote, q))
    ), None)
    if report is None:
        return quote
    return replace(
        quote, speaker=report.speaker, speaker_actor=report.speaker_actor, speaker_span=report.speaker_span,
        cue=report.cue, confidence=min(quote.confidence, _REPORTED_REPEAT_CONFIDENCE),
    )


def _part_of(quote: Quote, longer: Quote) -> bool:
    words, within = _plain(quote.text), _plain(longer.text)
    return len(words.split()) >= _MIN_WORDS and len(words) < len(within) and f" {words} " in f" {within} "


def _same_words(quote: Quote, other: Quote) -> bool:
    words = _plain(quote.text)
    return other is not quote and len(words.split()) >= _MIN_WORDS and words == _plain(other.text)


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
