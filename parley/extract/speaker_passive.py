"""A speech verb in the passive with "by": its agent speaks (used by ``speakers.rules.v1``).

"Igor Petrov was told by Alen Simon that Ruritania would “never accept …”" gives the words to Simon,
not to the grammatical subject Petrov, who only heard them; so do "X was assured by Y that “…”" and
"“…,” X was warned by Y". The agent is the object of "by" hanging on the verb as its agent. "X was
quoted by Y as saying “…”" is X's (Y only reports the words): verbs of reporting someone else's
words keep their subject. A passive without "by" ("X was told that “…”") names no speaker here.
"""

from __future__ import annotations

_REPORTING = frozenset({"quoted", "cited", "reported", "asked", "interviewed"})


def passive_agent(doc, verb_start: int) -> tuple[int, int] | None:
    """(start, end) of the agent of the passive speech verb at ``verb_start``, or ``None``."""
    if doc is None:
        return None
    span = doc.char_span(verb_start, verb_start + 1, alignment_mode="expand")
    verb = span[0] if span is not None and len(span) else None
    if verb is None or verb.lower_ in _REPORTING or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for noun in (c for c in agent.children if c.dep_ == "pobj"):
            return noun.left_edge.idx, noun.idx + len(noun.text)
    return None
