"""Issue cues from a definite event noun taking up an earlier act: "… asked to visit the cemetery at
Ostrov. The Government agreed to the visit the next day."

A sentence whose cue is governed by a visit ("to visit the cemetery", "the families' visit to the
monastery") gives the visit its issue; a later sentence where a verb of stance takes the visit again
with a definite or owned noun and no cue of its own ("agreed to the visit", "declined such a visit")
speaks to the same issue, which it takes up as a reference cue. Only the last issue the word carried
counts, and only for a few sentences. A visit led, described or added to takes no stance. Requests
and statements were tried too and lost more than they found (challenge24), so only visits count.
Used by ``issues.hybrid.v1``.
"""

from __future__ import annotations

from .stance_lexicon import OPPOSE_WORDS, STANCE_PREDICATES, stem

_EVENTS = frozenset(stem(w) for w in ("visit", "visits"))  # event_references skips a text with no "visit"
_DEFINITE = frozenset({"the", "this", "that", "such"})
_CLIMB = 6  # head steps from a cue up to the visit ("asked that its members be allowed to visit the cemetery")
_REACH = 6  # sentences an event word is remembered for
_OWN_SOURCES = frozenset({"keyword", "concept", "label", "group"})


def event_references(doc, sentences, hits: dict) -> dict:
    """``{sentence: [(issue, [(start, end)]), …]}`` for a definite "the visit" naming an earlier one."""
    if doc is None or "visit" not in doc.text.lower():
        return {}  # most texts name no visit: no sentence to look at
    out: dict = {}
    remembered: dict[str, tuple[str, int]] = {}  # event stem -> (issue, sentence number)
    for n, sentence in enumerate(sentences):
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        cues = [c for h in hits.get(sentence, []) for c in h.cues]
        for token in (t for t in span if _taken_up(t) and not _own_cue(t, cues)):
            issue, seen = remembered.get(stem(token.lower_), (None, -_REACH))
            if issue is not None and n - seen <= _REACH:
                out.setdefault(sentence, []).append((issue, [(token.idx, token.idx + len(token.text))]))
        for hit in hits.get(sentence, []):
            for event in _events_over(doc, hit.cues):
                remembered[stem(event.lower_)] = (hit.issue, n)
    return out


def _taken_up(token) -> bool:
    """A definite or owned visit ("the visit", "such a visit", "X's visit") that a verb of stance takes."""
    if stem(token.lower_) not in _EVENTS or not _stance_object(token):
        return False
    return any(c.dep_ == "poss" or (c.dep_ in {"det", "predet", "amod"} and c.lower_ in _DEFINITE) for c in token.children)


def _stance_object(token) -> bool:
    """The noun is what a verb of stance takes ("agreed to the visit", "declined such a visit");
    not a visit led, described or added to."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return token.dep_ in {"dobj", "pobj"} and stem(verb.lower_) in STANCE_PREDICATES | OPPOSE_WORDS


def _own_cue(token, cues) -> bool:
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    return any(start <= c.start < end for c in cues)


def _events_over(doc, cues) -> list:
    """The visits within a few head steps above each own cue of a hit."""
    found = []
    for cue in (c for c in cues if c.source in _OWN_SOURCES):
        span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        token = span.root if span is not None else None
        for _ in range(_CLIMB if token is not None else 0):
            if token.head.i == token.i:
                break
            token = token.head
            if stem(token.lower_) in _EVENTS:
                found.append(token)
                break
    return found
