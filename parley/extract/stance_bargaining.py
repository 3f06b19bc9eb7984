"""Bargaining over something else: "negotiating a protocol to reopen the railway", "settle every
incident through the hotline", "I do not negotiate about the dead".

A verb of negotiating or settling is a cue of the talks themselves (a treaty, a settlement) only where
what it bargains over is the peace, a dispute or a document of its own; over a thing of another kind,
or over a document that another issue's words describe ("a railway protocol"), the talks are about
that thing, and the verb takes no stance on the treaty.
"""
from __future__ import annotations

from .stance_lexicon import stem, stems

BARGAINING_VERBS = stems(["negotiate", "negotiating", "negotiated", "settle", "settling", "settled",
                          "bargain", "bargaining", "haggle"])
TALKS_OBJECTS = stems(["peace", "treaty", "agreement", "deal", "accord", "settlement", "conflict", "dispute",
                       "disputes", "differences", "terms", "text", "protocol", "document", "issues",
                       "questions", "matters", "affairs", "problems", "table", "everything", "it", "this", "that", "them"])
_ABOUT = frozenset({"about", "over", "on"})
_MEANS = frozenset({"by", "through", "via"})


def bargains_over_other(token, cue, others: frozenset[int]) -> bool:
    """``token``, a verb of negotiating or settling that is the whole ``cue`` (not "settle … by force"),
    bargains over a thing that is not the talks' own subject, or over a document another issue's cue
    describes, or settles by means another issue's cue names ("by peaceful means")."""
    if token is None or cue.end - cue.start != len(token.text) or stem(token.lower_) not in BARGAINING_VERBS \
            or token.dep_ in {"amod", "compound"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _MEANS and any(t.i in others for t in c.subtree) for c in token.children):
        return True  # "settle all disputes by peaceful means": the means another issue names are the point
    bargained = _bargained(token)
    if bargained is None:
        return False
    if stem(bargained.lower_) not in TALKS_OBJECTS:
        return True
    return any(t.i in others for t in bargained.subtree)


def _bargained(verb):
    """What ``verb`` bargains over: its object, or the object of its "about", "over" or "on"."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in _ABOUT:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
