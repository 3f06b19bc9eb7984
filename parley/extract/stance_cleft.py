"""Pseudo-clefts: "What we oppose is any foreign force", "What Borduria wants is a treaty".

The cleft puts the stance verb in a clause that is the copula's subject ("what we oppose", a
csubj) and the issue in the copula's complement. The walk up from the complement reaches the
copula, which is the root: it would stop there with no holder and no stance verb. The clause's
"what" is the very thing the complement names, so the walk goes on into that clause: its verb
gives the sign ("oppose" turns it) and its subject the holder. Only verbs of attitude (want,
oppose, accept, reject …): "what X needs is …" states a necessity, not a stance the walk can use.
"""

from __future__ import annotations

from .stance_lexicon import ATTITUDE_PREDICATES, OPPOSE_WORDS, stem

_COMPLEMENTS = frozenset({"attr", "acomp", "oprd"})


def cleft_clause(token, previous, path):
    """The stance verb of a pseudo-cleft's "what" clause when the walk comes up to its copula
    from the complement, else None ("What happened was a war": no stance verb, no clause)."""
    if previous is None or previous.dep_ not in _COMPLEMENTS or previous.head.i != token.i:
        return None
    for clause in token.children:
        if clause.dep_ != "csubj" or clause.i in path:
            continue
        asks_what = clause.left_edge.lower_ == "what"  # (the parse may read it as a determiner)
        if asks_what and stem(clause.lower_) in ATTITUDE_PREDICATES | OPPOSE_WORDS:  # not "what X needs"
            return clause
    return None
