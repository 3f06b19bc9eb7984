"""A sentence the parser read as one noun phrase, whose root is the speaker's role noun.

"The X's spokesperson for foreign affairs called on both sides to show restraint" is often parsed
with "spokesperson" as the root and "called" as a modifier of "affairs": no verb has a subject,
so the walk finds no holder. Where the root is a role noun with no subject or auxiliary of its
own and a subjectless verb of stance or demand hangs below it, the role's actor is the holder.
Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .lexicon import ROLE_NOUNS
from .stance_lexicon import DEMAND_PREDICATES, STANCE_PREDICATES, stem

_ROLE_STEMS = frozenset(stem(w) for w in ROLE_NOUNS)


def noun_root_holder(ctx, tokens):
    """A sentence the parser read as one noun phrase: its root a role noun ("The X's spokesperson
    for foreign affairs called on both sides to …": "spokesperson" root, "called" a modifier). The
    role's actor holds what the subjectless verb of stance below it says; ``None`` otherwise."""
    root = tokens.root
    if stem(root.lower_) not in _ROLE_STEMS or any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in root.children):
        return None
    stance = [t for t in tokens if t.dep_ == "acl" and stem(t.lower_) in STANCE_PREDICATES | DEMAND_PREDICATES
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)]
    found = ctx.resolve(root) if stance else None
    return found if found is not None and len(found.actors) == 1 else None
