"""Sources named without a speech verb: "according to X", "in the words of X", "in X's words".

Used by ``speakers.rules.v1`` (who speaks) and ``quotes.rules.v1`` (whether a short phrase in marks
is someone's words at all). "According to X" before the quote is read with the other shapes before
the opening mark; after the closing mark it names the source of the words just as well: "The draft
is “almost ready”, according to Lena Dvor", "… “…” until May, according to a statement by the
Union". "In the words of X, …", "In X's words, …" and "To quote X, …" before the quote name its
speaker the same way. The source is the words after the phrase up to a stop or a preposition, as
after "said" (for "in X's words", the name before "'s"; "sources close to X" and "people familiar
with X" go on to X, whose side they speak for). Only a phrase in the quote's own sentence counts;
after the closing mark, with no other quote, no speech verb and no stop but a comma between the
mark and it (a speech verb there attributes the quote itself: "“…,” she said, according to the
minutes").
"""

from __future__ import annotations

import re

from .speaker_words import PUNCT_STOPS, is_cue_verb, take_subject, word_span, word_tokens

_NEAR = frozenset({"close", "familiar", "near"})  # "sources close to X", "people familiar with X"
_MAX_WORDS_BETWEEN = 8  # "“…” until the spring, according to X": a short adjunct at most
_SOURCE = re.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of|to\s+quote)\s+", re.IGNORECASE)
_OWN_WORDS = re.compile(
    r"\b[Ii]n\s+(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*?)['’]s?\s+(?:own\s+)?words\b"
)


def according_source(words, max_subject: int):
    """The source after "according to": the words up to a stop or a preposition, as after "said",
    but "sources close to X", "people familiar with X" go on to X (whose side the sources speak
    for)."""
    source = take_subject(words, max_subject)
    if source is None:
        return None
    taken = [w for w in words if w[1] <= source[1]]
    rest = words[len(taken) :]
    if taken[-1][2].lower() in _NEAR and rest and rest[0][2].lower() in {"to", "with"}:
        name = take_subject(rest[1:], max_subject)
        return (source[0], name[1]) if name else source
    return source


def names_source(text: str) -> bool:
    """Whether ``text`` (a sentence outside the marks) holds a verbless source phrase."""
    return bool(_SOURCE.search(text) or _OWN_WORDS.search(text))


def according_after(ctx, close_mark: int, region, settings):
    """(cue span, source span) of "according to X" after the closing mark, or ``None``."""
    end = ctx.next_open_after(close_mark, region[1])
    words = word_tokens(ctx.text, close_mark + 1, end)
    for i, word in enumerate(words[:-2]):
        if word[2].lower() == "according" and words[i + 1][2].lower() == "to":
            source = according_source(words[i + 2 :], settings["max_subject_words"])
            return (word_span(word), source) if source else None
        if word[2] in PUNCT_STOPS - {","} or is_cue_verb(word[2]) or i >= _MAX_WORDS_BETWEEN:
            return None
    return None


def source_before(ctx, start: int, open_mark: int, settings):
    """(cue span, source span) of the last "in the words of X" / "in X's words" / "to quote X"
    between ``start`` and the opening mark, or ``None``."""
    found = None
    for match in _SOURCE.finditer(ctx.text, start, open_mark):
        if not match.group().lower().startswith("according"):  # read by the caller's own loop
            source = take_subject(word_tokens(ctx.text, match.end(), open_mark), settings["max_subject_words"])
            found = ((match.start(), match.end()), source) if source else found
    for match in _OWN_WORDS.finditer(ctx.text, start, open_mark):
        found = ((match.start(), match.end()), match.span("who"))
    return found
