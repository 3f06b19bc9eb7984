"""Attributions in the layout of headlines and pull quotes, not in a sentence.

Used by ``speakers.rules.v1``:

* ``“…” — Name, title`` (an epigraph or pull quote): the words after the dash, to the line end
  (:func:`dashed_attribution`);
* ``“…”: X’s envoy on the talks`` (a headline): a quote opening its line, then a colon and who
  said it (:func:`colon_after`), also "“…”: excerpts from a speech by X";
* ``Name: “…”`` — the words before a colon on the quote's own line (:func:`colon_headline`); a
  transcript label ("Question: “…”") names no speaker.
"""

from __future__ import annotations

import re

from .quotes_headline import role_label_before
from .speaker_context import QuoteContext
from .speaker_roles import SERVING_ROLES
from .speaker_subjects import resolve_subject
from .speaker_words import PUNCT_STOPS, word_span, word_tokens

_DASH_ATTRIBUTION = re.compile(r"[ \t]*\n?[ \t]*([—–-])[ \t]*([A-Z][^\n,;.]{1,80}?)[ \t]*(?=[,\n]|$)")
_TRANSCRIPT_LABELS = frozenset({"question", "answer", "q", "a"})
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*((?:the|an?)[ \t]+[^\n.!?]{1,80}|[A-Z][^\n.!?]{1,80})$", re.MULTILINE)
# "“…”: excerpts from a speech by X": the speaker after "by"
_SPEECH_BY = re.compile(
    r"[ \t]*:[ \t]*(?i:(?:(?:excerpts?|extracts?|highlights)[ \t]+from[ \t]+)?(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:speech|address|remarks|lecture|interview|statement|talk)[ \t]+(?:(?:given|delivered|made)[ \t]+)?by)[ \t]+"
    r"([A-Z][^\n.!?]{1,80})$", re.MULTILINE,
)
_HEADLINE_ROLE_STOPS = frozenset("on about over in at for to with from after before says said speaks talks".split())


def colon_headline(ctx: QuoteContext, words):
    """``Name: “…”`` — the words before a colon on the quote's own line."""
    if not words or words[-1][2] != ":":
        return None
    line_start = ctx.text.rfind("\n", 0, words[-1][0]) + 1
    named = [w for w in words[:-1] if w[0] >= line_start]
    if not named or len(named) > 6:
        return None
    if not named[-1][2][:1].isupper() and role_label_before(ctx.text, words[-1][1]) is None:
        return None  # "Bordurian minister: “…”" names a role holder; "The answer: “…”" nobody
    if len(named) == 1 and named[0][2].lower() in _TRANSCRIPT_LABELS:
        return None  # "Question: “…”" names no speaker
    return word_span(words[-1]), (named[0][0], named[-1][1])


def dashed_attribution(ctx: QuoteContext, close_mark: int):
    """``“…” — Name, title`` (an epigraph or pull quote): the words after the dash, to the line end."""
    match = _DASH_ATTRIBUTION.match(ctx.text, close_mark + 1)
    if match is None or len(match.group(2).split()) > 8:
        return None
    return match.span(1), match.span(2)


def colon_after(ctx: QuoteContext, open_mark: int, close_mark: int):
    """``“…”: X’s deputy foreign minister on the talks`` (a headline): a quote opening its line, then a
    colon and who said it, up to a preposition ("on", "about") or the line end."""
    if ctx.text[ctx.text.rfind("\n", 0, open_mark) + 1 : open_mark].strip():
        return None
    match = _SPEECH_BY.match(ctx.text, close_mark + 1) or _COLON_AFTER.match(ctx.text, close_mark + 1)
    if match is None:
        return None
    words = word_tokens(ctx.text, *match.span(1))
    stop = next((i for i, w in enumerate(words) if _headline_role_stop(words, i)), len(words))
    if not 0 < stop <= 8:
        return None
    subject = (words[0][0], words[stop - 1][1])
    if not ctx.speakers_in(*subject) and resolve_subject(ctx, subject)[1] is None:
        return None  # "“…”: Talks Resume" names nobody
    colon = ctx.text.index(":", close_mark + 1)
    return (colon, colon + 1), subject


def _headline_role_stop(words, i: int) -> bool:
    """Where a headline's role phrase ends: a preposition of topic or place ("on the talks"); "to"
    after an adviser's role goes on ("an adviser to X's ministry" serves X)."""
    word = words[i][2].lower()
    if word == "to" and i > 0 and words[i - 1][2].lower() in SERVING_ROLES:
        return False
    return word in _HEADLINE_ROLE_STOPS | PUNCT_STOPS
