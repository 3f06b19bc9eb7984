"""A condition that rules the cue out: "X will connect its railway only to lines that no outside
power guards".

The cue sits in a negated relative clause ("that no outside power guards") on the object of a
restricted preposition ("only to lines"): whoever does the main clause's act does it only without
what the cue names, so they oppose it. The walk from the cue ends in the relative clause (the parser
often reads "no outside power guards" as one noun phrase), so :func:`excluding_act` hands the verb
of the main clause to a walk of its own, whose finding the caller turns round. Used by
``stance.rules.v1``.
"""

from __future__ import annotations

_NEGATORS = frozenset({"no", "not", "never", "n't", "nobody", "none"})
_RESTRICTORS = frozenset({"only", "solely", "exclusively"})


def excluding_act(token):
    """The verb whose act is restricted to what lacks the cue (``connect`` in "will connect only to
    lines that no outside power guards"), or ``None``."""
    clause = next((t for t in [token, *token.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or not any(t.lower_ in _NEGATORS for t in clause.subtree if t.i < token.i or t in token.children):
        return None
    noun = clause.head
    preposition = noun.head if noun.dep_ == "pobj" else None
    if preposition is None or preposition.dep_ != "prep" or preposition.head.i == preposition.i:
        return None
    restricted = any(c.lower_ in _RESTRICTORS for c in preposition.children) \
        or any(c.lower_ in _RESTRICTORS for c in preposition.head.children if c.i < preposition.i)
    return preposition.head if restricted else None


def conditioned_act(token, others: frozenset[int]) -> bool:
    """The cue is the act, or the act's object, that another issue's cue (token indices ``others``)
    restricts: "connect its railway only to lines that no outside power guards" is a condition on
    the railway, no stance on it."""
    acts = [excluding_act(token.doc[i]) for i in others]
    return any(act is not None and (act.i == token.i or (token.dep_ == "dobj" and token.head.i == act.i)) for act in acts)
