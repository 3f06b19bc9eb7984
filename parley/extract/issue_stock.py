"""Issue cues from rolling stock given to a railway or asked for: "Iran offered a locomotive from Julfa",
"Georgia will lend its reserve locomotive", "Türkiye will pay for the heating connection of the Kars coach",
"Iran asked once more for a coach from Tabriz".

In a text about a railway (one that names it, its trains or its locomotives), a locomotive, coach, wagon,
snow plough or waiting room that a verb of giving takes (offer, lend, send, pay for, provide, supply,
donate) or of asking (ask for, request, want, seek), perhaps through a few nouns or an infinitive ("the use
of Georgian snow ploughs", "asked the group to attach a coach"), speaks to the issue whose cue "railway" is:
the giver helps the line run, the asker wants more of it. The noun alone does not ("the train stopped at Sharur";
"visitors will be given a waiting room" names no giver), and neither do engineers, who as often clear
mines. Used by ``issues.hybrid.v1``.
"""

from __future__ import annotations

import re

from .stance_lexicon import stem

_STOCK = frozenset(stem(w) for w in "locomotive coach carriage wagon plough snowplough rails".split())
_ROOMS = frozenset({"room", "rooms"})  # "a (heated) waiting room"
_GIVING = frozenset(stem(w) for w in "offer lend lent send sent pay paid fund provide supply supplied donate".split())
_WANTING = frozenset(stem(w) for w in "ask request want seek sought".split())  # "asked for a coach from Tabriz"
_THROUGH = frozenset({"dobj", "pobj", "prep", "compound", "amod", "conj", "appos", "dative", "nmod", "npadvmod", "xcomp"})
# amod: "a reserve locomotive" is parsed with "locomotive" as the adjective
_CLIMB = 5  # steps from the noun to the verb: "pay for the heating connection of the Kars coach" (4)


def given_stock(doc, text: str, sentences, hits: dict, match) -> dict:
    """``{sentence: [(issue, [(start, end)]), …]}`` for rolling stock a verb of giving or asking takes, in a text
    about a railway, for the issue ``match`` finds for "railway"."""
    issues = {h.issue for h in match("railway")} if doc is not None and _RAILWAY_TEXT.search(text) else set()
    if len(issues) != 1:
        return {}
    issue, out = issues.pop(), {}
    for sentence in sentences:  # also beside a hit of the issue: "Türkiye wants a daily train, and Iran a coach"
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        spans = [(t.idx, t.idx + len(t.text)) for t in span or () if _stock(t) and _given(t)]
        if spans:
            out[sentence] = [(issue, spans)]
    return out


_RAILWAY_TEXT = re.compile(r"\b(?:rail(?:way|road)?s?|trains?|locomotives?)\b", re.IGNORECASE)
"""A text about a railway names it, its trains or its locomotives."""


def _stock(token) -> bool:
    """A locomotive, coach, wagon, plough or rails, or a waiting room, used as a noun."""
    if token.dep_ not in _THROUGH | {"nsubj", "nsubjpass"}:
        return False  # a noun, not "coach" as a verb
    return stem(token.lower_) in _STOCK or (token.lower_ in _ROOMS and any(c.lower_ == "waiting" for c in token.children))


def _given(token) -> bool:
    """A verb of giving or asking takes the noun, through a few nouns, prepositions and an infinitive, or
    the noun's relative clause is one ("the waiting room it is paying for")."""
    if any(c.dep_ == "relcl" and stem(c.lower_) in _GIVING | _WANTING for c in token.children):
        return True
    for _ in range(_CLIMB):
        if token.dep_ not in _THROUGH or token.head is token:
            return False
        token = token.head
        if stem(token.lower_) in _GIVING | _WANTING:
            return True
    return False
