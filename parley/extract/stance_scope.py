"""Where a cue names no issue of its own, and whether a stance word wants it (:mod:`.stance_walk`).

A cue names a place or a time ("talks in Geneva"), whom one speaks to, a unit ("border guards"),
a verb ("it would force …"), a past event ("the results of the war"), a date or a condition put on
an act, or only qualifies another issue's phrase ("a one-sided approach to the peace process"):
:func:`not_an_issue`. :func:`wanted` tells whether a stance word governs the cue directly.
"""

from __future__ import annotations

from .stance_attachment import done_by, instrument
from .stance_cases import captives_return, given_to, guarantee_of, names_a_unit, of_cue, opened_crossing
from .stance_cases import on_named_basis, precondition, signing_on_condition, timing_only
from .stance_lexicon import (
    ADDRESS_VERBS, CONFLICT_WORDS, DEMAND_PREDICATES, DEMAND_WORDS, EVENT_OF_NOUNS, INTENTION_WORDS,
    PLACE_TIME_PREPOSITIONS, STANCE_NOUNS, STANCE_PREDICATES, stem, stems,
)
from .stance_syntax import located_on, time_frame

PHRASE_INNER = frozenset({"pobj", "prep", "amod", "compound", "conj", "cc", "det", "poss", "nmod", "appos"})
# "concern at X", "satisfaction at X": X is what is felt about, not a place ("insists … at every crossing")
_FELT_AT = stems("concern concerned alarm alarmed dismay dismayed regret satisfaction anger outrage "
                 "disappointment disappointed frustration indignation")
_WANTING = STANCE_PREDICATES | STANCE_NOUNS | DEMAND_WORDS | DEMAND_PREDICATES | INTENTION_WORDS


def not_an_issue(cue, other_cues: frozenset[int]) -> bool:
    """Where or when, whom one speaks to, a fight named as a verb, or part of another issue's phrase."""
    if cue.dep_ == "pobj" and precondition(cue.head):
        return False  # "will not sign before the referendum": the referendum is wanted, no mere date
    head = cue
    while head.dep_ in {"compound", "amod", "pobj", "prep"} and head.head.i != head.i and (
        head.dep_ != "prep" or head.lower_ == "of"
    ):
        head = head.head
        if head.dep_ == "pobj" and _place_or_time(head.head):
            return True
    if names_a_unit(cue) or opened_crossing(cue):  # "border guards", "open its land border"
        return True
    if cue.dep_ == "pobj" and (_place_or_time(cue.head) or located_on(cue)):
        return True
    if (head.dep_ == "dative" and not given_to(head)) or (head.dep_ == "dobj" and stem(head.head.lower_) in ADDRESS_VERBS):
        return True
    if stem(cue.lower_) in CONFLICT_WORDS and any(c.dep_ in {"nsubj", "aux"} for c in cue.children):
        return True  # "it would force citizens to …": a verb, not force
    if stem(cue.lower_) in CONFLICT_WORDS and cue.dep_ == "pobj" and cue.head.lower_ == "of" \
            and stem(cue.head.head.lower_) in EVENT_OF_NOUNS:
        return True  # "the results of the war": a past event, not force
    if signing_on_condition(cue) or signing_on_condition(cue.head) or timing_only(cue):
        return True  # "cannot be signed while X …", "cannot be held before 2027": a condition or a date
    return (_qualifies(cue, other_cues) and not guarantee_of(cue)) or time_frame(cue) or captives_return(cue)


def _place_or_time(preposition) -> bool:
    """"at the border", "after the war"; not "concern at the presence of …", a feeling's object."""
    if preposition.lower_ not in PLACE_TIME_PREPOSITIONS:
        return False
    return preposition.lower_ != "at" or stem(preposition.head.lower_) not in _FELT_AT


def _qualifies(cue, other_cues: frozenset[int]) -> bool:
    if cue.dep_ == "conj" and cue.head.i in other_cues:  # "no question of settlement or return": two issues side by side
        return _qualifies(cue.head, other_cues - {cue.head.i})
    token = cue.head if cue.dep_ == "conj" else cue  # "respects the sovereignty … and the borders": as its head
    while (token.dep_ in (PHRASE_INNER - {"conj", "appos", "cc"}) | {"dobj", "relcl"} or done_by(token)) \
            and token.head.i != token.i:
        if instrument(token) or on_named_basis(cue):
            return False  # "settle it by peaceful means", "on the basis of the X Declaration": an issue of its own
        token = token.head
        if token.i in other_cues or of_cue(token, other_cues):  # "opening of X that respects Y"
            return True
    return False


def wanted(cue) -> bool:
    """A stance word governs the cue directly ("plans to invade", "wants war")."""
    token = cue
    while token.dep_ in PHRASE_INNER and token.head.i != token.i:
        token = token.head
    governor = token.head if token.dep_ in {"dobj", "xcomp", "acl", "pobj"} else token
    return stem(governor.lower_) in _WANTING or stem(token.lower_) in _WANTING
