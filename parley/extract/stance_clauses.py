"""Clause boundaries and contrasts the dependency parse blurs, for the stance walk.

* "the region needs even-handed partners, not patrons": a "not" after a noun, before the
  phrase it sets against it, negates that phrase, never the noun the walk comes through;
* "the group was rightly dissolved": the passive subject of the cue's own verb undergoes
  what the cue names; it holds no position on it; nor does the passive subject of a verb of
  wanting ("the guards were not needed on the route").
"""

from __future__ import annotations

from .stance_lexicon import DEROGATORY_NAMES, NEGATION_WORDS, OPPOSING_COMPLEMENTS, stem
from .stance_syntax import negative_phrase

def contrast_negation(token, child) -> bool:
    """``child`` is the "not" of "X, not Y" hanging on ``token`` (X): it negates Y only; or the "not"
    of "is not A but B", which negates A only."""
    if _corrected_attribute(token, child):
        return True
    if child.lower_ not in {"not", "never"} or child.i <= token.i + 1 or child.doc[child.i - 1].text != ",":
        return False
    return any(c.dep_ in {"appos", "conj", "npadvmod", "dep"} and c.i > child.i for c in token.children)


_DISMISSIVE = frozenset(stem(w) for w in "paper formality gesture slogan favour favor concession gift charity".split())


def _corrected_attribute(token, child) -> bool:
    """"the Treaty is not a piece of paper but a working timetable", "delimitation is not a favour":
    the "not" denies a slighting description of the subject, not the subject ("is not a border but a
    ceasefire line" still denies it; so does "not a favour but a trap")."""
    if child.lower_ != "not" or child.dep_ != "neg":
        return False
    attributes = [c for c in token.children if c.dep_ == "attr" and c.i > child.i]
    named = attributes + [g for a in attributes for p in a.children if p.dep_ == "prep" for g in p.children]
    corrections = [g for a in attributes for g in a.children if g.dep_ == "conj"]
    # the word put in its place may itself refuse
    return any(stem(a.lower_) in _DISMISSIVE for a in named) \
        and not any(stem(g.lower_) in OPPOSING_COMPLEMENTS | DEROGATORY_NAMES for g in corrections)


# verbs whose passive subject is what is wanted or refused ("X were not needed", "X was rejected");
# participles of a holder's own state ("X is opposed to", "X is committed to") are not among them
_WANTING = frozenset(stem(w) for w in "need want require welcome reject accept refuse demand request".split())


def passive_patient(subject, previous) -> bool:
    """``subject`` is a passive subject that undergoes, and holds no stance on, the walked phrase:
    of the cue's own verb ("the group was rightly dissolved"), or of a verb of wanting or refusing
    the phrase hangs on ("Russian border guards were 'not needed' on the route")."""
    if subject.dep_ != "nsubjpass":
        return False
    return previous is None or stem(subject.head.lower_) in _WANTING


_CLAUSE_LINKS = frozenset({"ccomp", "conj", "parataxis", "advcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_BACK_POINTING = frozenset({"they", "it", "he", "she", "this", "these"})


def before_semicolon(token) -> bool:
    """``token``'s clause, with its own subject, ends at a semicolon and the parser hung it under the
    clause after it ("the referendum must remove it; without that, no treaty will hold", "X has asked
    them to stay; Y wants them gone"): where the later clause is negated or has its own subject, it is
    another sentence, whose negations and subjects say nothing about this one."""
    head = token.head
    if token.dep_ not in _CLAUSE_LINKS or head.i <= token.i:
        return False
    if not (any(c.dep_ in _SUBJECTS for c in token.children) or _opens_imperative(token)):
        return False
    if not (_negates(head) or (head.dep_ in _SUBJECTS and head.head.i > head.i and _negates(head.head))
            or _own_subject(head)):
        return False  # also "…; the money pledged in August does not cover it" (a subject clause negated)
    return any(t.text == ";" for t in token.doc[token.i + 1 : head.i])


def _own_subject(head) -> bool:
    """The later clause has a subject of its own ("X has asked them to stay; Y wants them gone")."""
    return any(c.dep_ in _SUBJECTS for c in head.children)


def _opens_imperative(token) -> bool:
    """A subjectless verb that opens its sentence after at most a list number ("3. Pay for …")."""
    before = token.doc[token.sent.start : token.i]
    return not token.is_punct and all(t.is_punct or t.like_num or t.dep_ == "meta" for t in before)


def _negates(head) -> bool:
    """The later clause says no ("nobody misses it", "without that, no treaty holds"): only then
    would hanging the earlier clause under it turn that clause's sign."""
    if any(c.dep_ in _SUBJECTS and c.lower_ in _BACK_POINTING for c in head.children):
        return False  # "the monitors watch; they do not protect": the same subject judged again
    for child in head.children:
        if child.dep_ == "neg" or child.lower_ in NEGATION_WORDS or child.lower_ == "without":
            return True
        if child.dep_ in _SUBJECTS and negative_phrase(child):
            return True
    return False


_ASKING = frozenset(stem(w) for w in "ask asked asks asking wonder wondered inquire inquired question questioned".split())


def put_to(token) -> bool:
    """``token`` heads a question someone put ("X asked whether the administration would press Y"):
    neither the asker nor the one asked about states a position by it. Where the one asked is the
    subject ("the minister was asked whether …", "asked whether …, X said"), the answer may follow."""
    head = token.head
    return stem(head.lower_) in _ASKING and head.i != token.i and any(c.dep_ == "nsubj" for c in head.children)



def says_own(kind: str, lower) -> bool:
    """"X said it will not let Y's guards in": a verb of saying over its own subject's conduct,
    named again by a pronoun, states that subject's intention (a position, not a report)."""
    return kind == "speech" and lower.resolution.kind == "pronoun"
