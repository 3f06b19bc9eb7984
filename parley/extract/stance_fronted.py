"""A subject the parser hung on a fronted phrase: "Under the accord, X and Y will withdraw …".

After an opening prepositional phrase and its comma, a pair of names that is the clause's subject
is often parsed as a conjunct of the phrase's noun ("Declaration, Armenia and Azerbaijan"), which
leaves the verb with no subject and the walk with no holder. Where the root verb has an auxiliary
but no subject, and the fronted phrase's noun has conjuncts after a comma that stand right before
the verb, those conjuncts are the subject. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .fronted_names import conjuncts
from .holders import Resolution

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def fronted_subject(ctx, tokens) -> Resolution | None:
    """The actors of conjuncts misread into a fronted phrase (module docstring); ``None`` if none."""
    root = tokens.root
    children = list(root.children)
    if any(c.dep_ in _SUBJECT_DEPS for c in children) or not any(c.dep_ == "aux" for c in children):
        return None
    for prep in (c for c in children if c.dep_ == "prep" and c.i < root.i):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            chain = conjuncts(noun)
            if chain and chain[0].nbor(-1).text == "," and chain[-1].i < root.i:
                actors, person = ctx.actors_in(chain[0].idx, chain[-1].idx + len(chain[-1].text))
                return Resolution(actors, "name", person) if actors else None
    return None
