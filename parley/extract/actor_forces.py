"""A state's forces and the teams it sends, named by its demonym: when they are the state acting.

"Kestrian deminers left no records", "the X border guards who left …", "the verge was cleared by X
deminers": a demonym before such a noun names the state where the force acts (the subject of its
clause, or the doer after "by"). As an object ("let Kestrian border guards onto the road") or as
the guard of something ("guarded by X troops") the force is the issue of a foreign presence, not
the state speaking or acting. Used by ``actors.codebook.v1`` (:mod:`.actors`).
"""

from __future__ import annotations

from .issue_exclusive import GUARDING_STEMS
from .lexicon import WORK_GROUPS
from .stance_lexicon import stem

FORCES = frozenset({"guards", "troops", "peacekeepers", "deminers", "sappers", "teams"})
_GROUPS = frozenset(stem(w) for w in WORK_GROUPS)


def acting_force(head) -> bool:
    """Not a force, or a force that is its clause's subject ("the X border guards who left … be invited"),
    alone or coordinated ("A and B forensic teams have been digging", parsed with "teams" a conjunct)."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.lower_ not in FORCES or head.dep_ in {"nsubj", "nsubjpass"} or _doer(head) or _in_acting_group(head)


def _in_acting_group(head) -> bool:
    """"Mixed teams of X and Y deminers cleared …": the force named inside a group that is the subject."""
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and stem(of.head.lower_) in _GROUPS and of.head.dep_ in {"nsubj", "nsubjpass"}


def _doer(head) -> bool:
    """"cleared by X deminers"; not "guarded by X troops" (their presence, the issue itself)."""
    return head.dep_ == "pobj" and head.head.lower_ == "by" and stem(head.head.head.lower_) not in GUARDING_STEMS
