"""A question in marks followed by "X asked": the asker speaks (used by ``speakers.rules.v1``).

"Asked" is no cue verb in general: "X asked Y to stop", "X, asked about it, replied" (the answer is
the quote, :mod:`.speaker_characterised`), "X was asked whether “…”" (someone else's question). But
right after a quote that ends with a question mark, "“Why should we wait?” X asked", "“…?” asked
X", "“…?” she wondered" name who put the question. Only there, and only with the verb in the
attribution's usual place (first, or after a subject of at most a few words and an apposition).
"""

from __future__ import annotations

from .speaker_words import PUNCT_STOPS, subject_before, take_subject, word_span, word_tokens

_ASKING = frozenset({"asked", "asks", "wondered", "wonders", "queried"})
_MAX_TO_VERB = 12


def asked_after(ctx, quote, close_mark: int, region, settings):
    """(cue span, subject span) of "X asked" after a quoted question, or ``None``."""
    if not quote.text.rstrip().endswith("?") and ctx.text[close_mark - 1 : close_mark] != "?":
        return None
    line_end = ctx.text.find("\n", close_mark)
    limit = max(region[1], len(ctx.text) if line_end < 0 else line_end)  # the "?" may end the sentence
    end = ctx.next_open_after(close_mark, limit)
    words = word_tokens(ctx.text, close_mark + 1, end)
    while words and words[0][2] == ",":
        words = words[1:]
    if words and words[0][2].lower() in _ASKING:
        subject = take_subject(words[1:], settings["max_subject_words"])
        return (word_span(words[0]), subject) if subject else None
    for i, word in enumerate(words[: _MAX_TO_VERB + 1]):
        if word[2].lower() in _ASKING and i > 0:
            subject = subject_before(words[:i], settings["max_subject_words"])
            return (word_span(word), subject) if subject else None
        if word[2] in PUNCT_STOPS - {","}:
            return None
    return None
