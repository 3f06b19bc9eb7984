"""A denial with an indefinite subject is a maxim, not a position: "An empty chair has never freed a
prisoner", "A treaty between two states does not need a referee". The negated verb says what such a
thing never does in general; it neither refuses the cue (the prisoner, the treaty) nor names anyone
who does. A named or definite subject ("Borduria does not want the treaty", "the treaty does not
need …") and a copula or passive ("a deal is not possible", "a peace … is not finished") are left to the usual rules (used by :mod:`.stance_walk`).
"""

from __future__ import annotations

_INDEFINITE = frozenset({"a", "an"})
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "’s"})


def generic_denial(token, subject) -> bool:
    """``token`` is a negated non-copular verb whose subject is an indefinite singular ("an empty chair")."""
    if token.lower_ in _COPULAS or subject.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in token.children):
        return False  # "a peace that leaves X to others is not finished" judges the peace: a predicate
    if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in token.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in subject.children)
