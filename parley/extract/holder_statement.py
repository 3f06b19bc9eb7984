"""Whom "it" stands for in a clause on a word of saying: "the statement of X in March that it will
accept no Y", "X's warning that it would leave", "X has said that it has not given up Y": the owner
of the statement or the subject of the verb of saying, not the last subject named before; "X declined,
and it will not accept Y": the subject of the clause it is joined to (used by :mod:`.holders`).
"""

from __future__ import annotations

from .stance_lexicon import SPEECH_PREDICATES, stem

_SAYING_NOUNS = frozenset(stem(w) for w in (
    "statement", "declaration", "announcement", "warning", "pledge", "promise", "assurance", "claim",
    "insistence", "threat", "vow", "position", "message", "reply", "answer", "note", "letter", "decision"))


def statement_owner(pronoun):
    """The owner token ("of X", "X's") of the saying noun whose "that" clause has ``pronoun`` as its
    subject, or ``None``."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ not in {"acl", "ccomp", "relcl"}:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    noun = verb.head
    if stem(noun.lower_) not in _SAYING_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def saying_subject(pronoun):
    """The subject of the verb of saying whose "that" clause has ``pronoun`` as its subject ("X has
    said that it …"), or ``None``."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp" or stem(verb.head.lower_) not in SPEECH_PREDICATES:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def coordinated_subject(pronoun):
    """The subject of the clause that ``pronoun``'s clause is joined to ("the Government declined, and it
    will not accept …"): the same agent goes on; ``None`` where that subject is itself a pronoun."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "conj" or verb.head.head.i != verb.head.i:
        return None  # only clauses joined at the top: "X said that A may …, and it rejects" is X's
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in _PRONOUNS:
        return None
    between = pronoun.doc[subject.i + 1:pronoun.i]
    return None if any(t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ not in _PRONOUNS for t in between) else subject


_PRONOUNS = frozenset("it its they he she we i you this that who which".split())
