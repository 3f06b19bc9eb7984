"""A fronted "in X's view" or "in the view of X": X holds what the clause argues.

"In her view the monitors should leave once the treaty is signed" has no holder on the walk's
path (the monitors are asked to leave, not holders); the opening phrase names whose view it is.
Used by ``stance.rules.v1`` for the findings the walk left free.
"""

from __future__ import annotations

from .holders import Resolution

_VIEW_NOUNS = frozenset({"view", "opinion", "eyes", "judgement", "judgment", "assessment", "words"})


def viewpoint_holder(ctx, tokens) -> Resolution | None:
    """The actor whose view a fronted "in X's view" / "in the view of X" gives; ``None`` if none."""
    root = tokens.root
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < root.i):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in _VIEW_NOUNS):
            for owner in _owners(noun):
                found = ctx.resolve(owner)
                if found is not None and len(found.actors) == 1:
                    return found
    return None


def _owners(noun):
    """"her view": the possessor; "the view of X": the object of "of"."""
    yield from (c for c in noun.children if c.dep_ == "poss")
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        yield from (c for c in of.children if c.dep_ == "pobj")
