"""A bare "the deal" that refers back to a deal of another subject named before it.

"Deal", "agreement", "accord", "protocol" alone are cues of a peace treaty. A text about a rail
deal ("capitals welcome Meghri rail deal") goes on to write "welcomed the deal", "called the deal
a corridor": that deal is the one named, not a peace treaty. Where the last deal named before a
bare definite "the/this deal" carries a qualifier that is no word of the peace issue ("rail",
"gas", "transit"), the bare word is no cue of the issue it would otherwise point to. Used by
``issues.hybrid.v1``.
"""

from __future__ import annotations

import re

_DEAL_NOUNS = r"deal|agreement|accord|protocol|pact"
_QUALIFIED = re.compile(rf"\b([A-Za-z][\w-]+)\s+(?:{_DEAL_NOUNS})\b", re.IGNORECASE)
_BARE = re.compile(rf"\b(?:the|this|that)\s+(?:{_DEAL_NOUNS})\b", re.IGNORECASE)
_NOT_QUALIFIERS = frozenset("the this that a an any new final such whole same".split())


def other_deals(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, qualifier)`` of each bare "the deal" after a qualified one: the qualifier of
    the last deal named before it ("rail" for "the deal" after "the rail deal")."""
    named = [(m.start(), m.group(1).lower()) for m in _QUALIFIED.finditer(text)
             if m.group(1).lower() not in _NOT_QUALIFIERS and not m.group(1)[0].isupper()]
    # a capitalised qualifier names where or by whom ("the Geneva protocol"), not what the deal is about
    out = []
    for bare in _BARE.finditer(text):
        before = [word for start, word in named if start < bare.start()]
        if before:
            out.append((bare.start(), bare.end(), before[-1]))
    return out


def refers_elsewhere(hit, deals, own_word) -> bool:
    """All the hit's cues lie in bare deals whose qualifier is no word of the hit's issue
    (``own_word(word, issue)``)."""
    return bool(deals) and all(any(a <= c.start and c.end <= b and not own_word(q, hit.issue) for a, b, q in deals)
                               for c in hit.cues)
