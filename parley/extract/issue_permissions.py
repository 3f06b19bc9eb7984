"""Acts that speak to an issue only as something allowed or refused.

Burying the dead is access to a cemetery when someone lets the family do it or refuses to ("refused
to let her be buried beside her husband", "will not allow burials there"); the same verb elsewhere
is grief or a figure of speech ("where their sons are buried", "we have buried enough sons", "the
places where the truth is buried"). A cue made only of such words (:data:`PERMITTED_ACTS`) stands
only where a word of permission, of asking for it or of refusing it ("refused our request to bury",
"still refuses the burials") comes a few words before it in its sentence, or one of possibility a few
words after it ("burial there was not possible"). Used by
``issues.hybrid.v1``.
"""

from __future__ import annotations

import re

PERMITTED_ACTS = frozenset({"bury", "buried", "burial", "burials"})
"""Concept words that speak to an issue only when allowed or refused."""

_PERMISSION = re.compile(r"\b(?:let|lets|allow|allows|allowed|allowing|permit|permits|permitted|right to|requests?|"
                         r"refuse|refuses|refused|refusing)\b",
                         re.IGNORECASE)
_WINDOW_WORDS = 12  # "refused to let the family of a retired teacher from the town bury her"


def unpermitted_act(text: str, hit) -> bool:
    """The hit's cues are all permitted acts ("bury") and none has a word of permission ("let",
    "allow", "the right to") in the twelve words before it, within the sentence.

    >>> from types import SimpleNamespace as NS
    >>> def hit(text, word):
    ...     start = text.index(word)
    ...     return NS(sentence=NS(start=0, end=len(text)), cues=(NS(start=start, end=start + len(word)),))
    >>> text = "They refused to let her be buried there."
    >>> unpermitted_act(text, hit(text, "buried"))
    False
    >>> text = "Nobody knows where their sons are buried."
    >>> unpermitted_act(text, hit(text, "buried"))
    True
    """
    if not hit.cues or not all(text[c.start : c.end].lower() in PERMITTED_ACTS for c in hit.cues):
        return False
    return not any(_permitted(text, hit.sentence.start, c.start) or _possible_after(text, c.end, hit.sentence.end)
                   for c in hit.cues)


def _permitted(text: str, sentence_start: int, cue_start: int) -> bool:
    before = text[sentence_start:cue_start].split()[-_WINDOW_WORDS:]
    return bool(_PERMISSION.search(" ".join(before)))


_POSSIBLE = re.compile(r"\b(?:possible|impossible|allowed|permitted|refused)\b", re.IGNORECASE)


def _possible_after(text: str, cue_end: int, sentence_end: int) -> bool:
    """"burial there was not possible", "a burial … is still not possible at this stage": a word of
    permission in the six words after the act."""
    return bool(_POSSIBLE.search(" ".join(text[cue_end:sentence_end].split()[:6])))
