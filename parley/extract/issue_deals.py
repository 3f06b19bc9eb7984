"""A bare "the deal" that refers back to a deal of another subject named before it.

"Deal", "agreement", "accord", "protocol" alone are cues of a peace treaty. A text about a rail
deal ("capitals welcome Meghri rail deal") goes on to write "welcomed the deal", "called the deal
a corridor": that deal is the one named, not a peace treaty. Where the last deal named before a
bare definite "the/this deal" carries a qualifier that is no word of the peace issue ("rail",
"gas", "transit"), the bare word is no cue of the issue it would otherwise point to. In the same
way, signing or initialling "the agreement on a joint railway station" (:func:`signed_for_other`)
speaks to the railway only. Used by ``issues.hybrid.v1``.
"""

from __future__ import annotations

import re

_DEAL_NOUNS = r"deal|agreement|accord|protocol|pact"
_QUALIFIED = re.compile(rf"\b([A-Za-z][\w-]+)\s+(?:{_DEAL_NOUNS})\b", re.IGNORECASE)
_BARE = re.compile(rf"\b(?:the|this|that)\s+(?:(?:initialled|initialed|signed|ratified|draft)\s+)?(?:{_DEAL_NOUNS})\b",
                   re.IGNORECASE)  # "the initialled agreement" is the one named before, too
_DEAL_ON = re.compile(rf"\b({_DEAL_NOUNS})\s+(?:on|for|about|concerning)\s+((?:[a-z][\w-]*\s+){{0,5}}[a-z][\w-]*)")
"""A deal and, in lower-case words, what it is about: "agreement on a joint railway station"."""
_NOT_QUALIFIERS = frozenset("the this that a an any new final such whole same".split())


def other_deals(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, qualifier)`` of each bare "the deal" after a qualified one: the qualifier of
    the last deal named before it ("rail" for "the deal" after "the rail deal")."""
    named = [(m.start(), m.group(1).lower(), "") for m in _QUALIFIED.finditer(text)
             if m.group(1).lower() not in _NOT_QUALIFIERS and not m.group(1)[0].isupper()]
    named += [(m.start(), m.group(2).lower(), m.group(1).lower()) for m in _DEAL_ON.finditer(text)]
    named.sort()  # "the agreement on a joint station" speaks for a later "the agreement", not "the protocol"
    # a capitalised qualifier names where or by whom ("the Geneva protocol"), not what the deal is about
    out = []
    for bare in _BARE.finditer(text):
        noun = bare.group(0).split()[-1].lower()
        before = [word for start, word, own in named if start < bare.start() and own in {"", noun}]
        if before:
            out.append((bare.start(), bare.end(), before[-1]))
    return out


def refers_elsewhere(hit, deals, own_word) -> bool:
    """All the hit's cues lie in bare deals whose qualifier is no word of the hit's issue
    (``own_word(word, issue)``)."""
    return bool(deals) and all(any(a <= c.start and c.end <= b and not _names_issue(q.split(), own_word, hit.issue)
                                   for a, b, q in deals) for c in hit.cues)


def _names_issue(words, own_word, issue: str) -> bool:
    """Some word of ``words`` begins a cue of ``issue`` ("peace" in "the agreement on peace")."""
    return any(own_word(w, issue) for w in words)


_DOCUMENT_ON = re.compile(rf"\b(?:{_DEAL_NOUNS}|memorandum|treaty)\s+(?:on|for|about|concerning)\s+[^.;:()]{{1,90}}", re.IGNORECASE)
"""A document and what it is about, up to the end of the clause ("the agreement on a joint railway station")."""
_SIGNING_WORD = re.compile(rf"(?:sign\w*|initial\w*|negotiat\w*|conclu\w*|ratif\w*|{_DEAL_NOUNS}|the|an?|this|that)",
                           re.IGNORECASE)


def signed_for_other(text: str, hits, hit, own_word=None) -> bool:
    """The hit's cues only sign or negotiate a document ("signed the agreement", "initialled") that the
    sentence says is about another issue ("the agreement on a joint railway station") or, given
    ``own_word(word, issue)``, about something no word of the hit's issue names ("the agreement on the
    joint station"): the signing speaks to that, not to the issue of documents in general.

    >>> from types import SimpleNamespace as NS
    >>> text = "They initialled the agreement on a railway station."
    >>> sentence = NS(start=0, end=len(text))
    >>> deal = NS(issue="treaty", sentence=sentence, cues=(NS(start=5, end=15),))
    >>> rail = NS(issue="links", sentence=sentence, cues=(NS(start=35, end=42),))
    >>> signed_for_other(text, [deal, rail], deal), signed_for_other(text, [deal, rail], rail)
    (True, False)
    """
    if not hit.cues or not all(_signing_only(text[c.start : c.end]) for c in hit.cues):
        return False
    others = [c for h in hits if h.issue != hit.issue for c in h.cues]
    documents = _DOCUMENT_ON.finditer(text, hit.sentence.start, hit.sentence.end)  # the hit's own sentence only
    if any(m.start() <= c.start and c.end <= m.end() for m in documents for c in others):
        return True
    subjects = [m.group(2).split() for m in _DEAL_ON.finditer(text, hit.sentence.start, hit.sentence.end)]
    # "the agreement on the joint station": about something no word of the hit's own issue names
    return own_word is not None and any(not _names_issue(words, own_word, hit.issue) for words in subjects)


def _signing_only(cue_text: str) -> bool:
    return all(_SIGNING_WORD.fullmatch(word) for word in cue_text.split())
