"""A cue that only says where another issue's object goes: "offered to station border guards on the
transit route", "Russian border guards were not needed on the route through Syunik". The cue's phrase
hangs, by a preposition of place, on a verb whose object (or passive subject) is another issue's cue;
the stance is on that object, placed there, not on the place. A cue in a forum phrase hung on a verb
("proposed it at the 3+3 meeting") names the venue (:func:`venue_of_act`). Used by :mod:`.stance`.
"""

from __future__ import annotations

from .stance_lexicon import stem
from .stance_timeframe import phrase_head

# "in" is left out: "support a group on heritage in the border regions" names where the group works
_PLACES = frozenset({"on", "along", "at", "near", "inside"})
_PLACING = frozenset(stem(w) for w in "station deploy send post place put keep base".split())
_PATIENTS = frozenset({"dobj", "nsubjpass"})


def place_of_other(cue, others: frozenset[int]) -> bool:
    """``cue`` is where the object of another issue's act is put (one of ``others``' cue indices lies
    in that object)."""
    if not others:
        return False
    head = phrase_head(cue)
    while head.dep_ == "pobj" and head.head.lower_ == "through" and head.head.head.dep_ == "pobj":
        head = head.head.head  # "on the route through Syunik"
    if head.dep_ != "pobj":
        return False
    verb = head.head.head
    if head.head.lower_ not in _PLACES:
        return False  # not "to": "send its guards to the road's Xville section" may mean the road too
    placed = {t.i for c in verb.children if c.dep_ in _PATIENTS for t in c.subtree}
    if verb.dep_ in {"acl", "xcomp"} and stem(verb.lower_) in _PLACING:
        placed.add(verb.head.i)  # "X's offer to station guards on the route": the offer is the cue
    return bool(others & placed)


_FORUMS = frozenset(w + ending for w in "meeting summit session talk conference platform round sideline".split()
                    for ending in ("", "s"))  # the crude stem keeps "meetings" apart from "meeting"
_SETTING = frozenset({"at", "during", "on", "after", "before"})
_INSIDE_PHRASE = frozenset({"compound", "amod", "nmod", "nummod", "quantmod", "npadvmod", "poss", "pobj", "prep"})
_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "pcomp"})  # no tagger: deps only


def venue_of_act(cue) -> bool:
    """"Türkiye proposed this at the 3+3 meeting", "told reporters on the second day of the 3+3 meeting":
    the cue names the gathering where something was said or done (a forum noun in a phrase of
    "at", "during", "on" … hung on a verb), not what was wanted there."""
    token, forum = cue, False
    while token.dep_ in _INSIDE_PHRASE and token.head.i != token.i:
        forum = forum or (token.dep_ == "pobj" and token.lower_ in _FORUMS)
        if token.dep_ == "prep":
            if token.lower_ in _SETTING and token.head.dep_ in _CLAUSE_HEADS:
                return forum
            if token.lower_ not in {"of", "in"}:
                return False
        token = token.head
    return False
