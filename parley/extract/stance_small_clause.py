"""A wish for something's removal put as a small clause: "Baku wants the monitors gone", "would like
the peacekeepers withdrawn", "wants the observers out". The cue is the subject of a verbless or
participle clause under a verb of wishing; the participle or particle says the subject is to be
removed, so the wish opposes the cue ("wants the monitors to stay" and "wants the monitors kept"
stay wishes for it). Used by :mod:`.stance_flips`.

>>> "gone" in REMOVED_STATES and "kept" not in REMOVED_STATES
True
"""

from __future__ import annotations

from .stance_lexicon import stem

REMOVED_STATES = frozenset(
    "gone out away off removed withdrawn expelled evicted dismantled disbanded scrapped ended closed stopped halted cancelled canceled suspended "
    "abolished pulled".split()
)
"""Participles and particles that, as a small clause's predicate, say its subject is removed."""

_WISHES = frozenset(stem(w) for w in "want wants wanted wish wished like prefer preferred need needed".split())


def wished_removal(token, previous) -> bool:
    """The walk comes up from the subject of ``token``, a small clause of removal under a wish."""
    if previous is None or previous.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ not in REMOVED_STATES:
        return False
    if previous.head.i != token.i or token.dep_ not in {"ccomp", "xcomp", "oprd", "acomp", "prt"} or any(c.dep_ in {"aux", "auxpass"} for c in token.children):
        return False  # "wants the monitors to be removed" is read by the removal verb itself
    return stem(token.head.lower_) in _WISHES


DEPARTING_PHRASALS = frozenset(
    (stem(verb), particle) for verb, particle in (
        ("pack", "up"), ("packed", "up"), ("go", "home"), ("went", "home"), ("clear", "out"), ("move", "out"),
        ("pull", "out"), ("wind", "down"), ("wound", "down"), ("shut", "down"), ("close", "down"), ("bow", "out"),
        ("keep", "out"), ("kept", "out"), ("stay", "out"), ("stayed", "out"), ("keep", "away"), ("stay", "away"),
    )
)
"""(verb stem, particle) pairs by which a subject leaves or ends ("the mission should pack up", "outside
powers should keep out of the region")."""


def departs(token, previous) -> bool:
    """The walk comes up from the subject of a phrasal verb of leaving: its presence is to end."""
    if previous is None or previous.dep_ != "nsubj" or previous.head.i != token.i:
        return False
    particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "advmod", "npadvmod"}
                 or (c.dep_ == "prep" and any(g.lower_ in {"of", "from"} for g in c.children))}  # "keep out of X"
    return any((stem(token.lower_), p) in DEPARTING_PHRASALS for p in particles)
