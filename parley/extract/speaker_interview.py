"""A quote in an interview's headline is the interviewee's.

Used by ``speakers.rules.v1``. Printed interviews put a line of the interviewee's in marks as
the headline (“We want the bridge, not the garrison”) without saying who said it, and the words
need not recur in the answers. When the quote stands on the first line and the text is an
interview (:func:`.interview.interview_turns`: labelled or printed question-and-answer turns),
its speaker is the interviewee: the first person with a codebook actor that the introduction
names. The cue is the first answer's turn.

In any other text, a headline that is a quote alone, with no attribution of its own, quotes the
story's first speaker: it takes the speaker of the first quote of the body that has one
(:func:`headline_from_body`).
"""

from __future__ import annotations

from dataclasses import replace

from .interview import interview_turns


def headline_interviewee(ctx, open_mark: int):
    """``(cue, subject)`` spans for a quote that opens an interview's text, else ``None``."""
    if ctx.text[:open_mark].strip():
        return None  # not the headline
    people = [p for p in ctx.people if p.actor is not None and not ctx.is_author(p)]
    turns = interview_turns(ctx.text, [(p.span.start, p.actor, p.name) for p in people])
    answers = [(start, name) for start, actors, name in turns if actors]
    if not answers:
        return None
    start, name = answers[0]
    named = next((p for p in people if p.name == name and p.span.start > open_mark), None)
    return ((start, start + 1), (named.span.start, named.span.end)) if named is not None else None


def headline_from_body(text: str, quotes: list) -> list:
    """``quotes`` (in text order) with an unattributed quote that opens the text given the speaker of
    the first later direct quote that has a speaker actor."""
    if not quotes or quotes[0].speaker is not None or not quotes[0].direct or text[: quotes[0].span.start - 1].strip():
        return quotes
    first = next((q for q in quotes[1:] if q.direct and q.speaker_actor is not None), None)
    if first is None:
        return quotes
    found = replace(quotes[0], speaker=first.speaker, speaker_actor=first.speaker_actor, confidence=0.4)
    return [found, *quotes[1:]]
