"""The noun a personal relative pronoun stands for when the parse hangs its clause elsewhere.

"received a call from the President of X, who congratulated him": the parser often attaches the
relative clause to the head of the larger phrase ("call") rather than to the noun just before
the comma. "who" (and "whom", "whose") stands for a person or a body, and English puts it right
after the noun it describes: so where a comma precedes the pronoun, the noun before that comma
is the antecedent, taken with the "of" phrases it heads ("the President of the Republic of X").
"which" and "that" are left to the parse (they may well stand for the larger phrase).
"""

from __future__ import annotations

_PERSONAL = frozenset({"who", "whom", "whose"})


def _of_chain_top(token):
    """"the President of the Republic of X": from "X" up to "President"."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        token = token.head.head
    return token


def comma_antecedent(pronoun):
    """For "…, who …", the noun before the comma (the top of its "of" chain), or None when the
    pronoun is not a personal relative after a comma or the parse already names that noun."""
    if pronoun.lower_ not in _PERSONAL or pronoun.head.dep_ != "relcl" or pronoun.i < 2:
        return None
    comma = pronoun.doc[pronoun.i - 1]
    before = pronoun.doc[pronoun.i - 2]
    if comma.text != "," or not before.text[:1].isalpha():
        return None
    top = _of_chain_top(before)
    parsed = pronoun.head.head
    return None if parsed.i in {top.i, before.i} else top


def second_relative(pronoun):
    """"X, who speaks for …, and who asked …": the parser hangs the second "who" clause on the main
    verb as a conjunct; the pronoun still stands for the noun of the first "who" clause (else None)."""
    if pronoun.lower_ not in _PERSONAL or pronoun.head.dep_ != "conj" or not pronoun.dep_.startswith("nsubj"):
        return None
    first = [t for t in pronoun.sent if t.i < pronoun.i and t.lower_ == pronoun.lower_ and t.head.dep_ == "relcl"]
    return (comma_antecedent(first[-1]) or first[-1].head.head) if first else None
