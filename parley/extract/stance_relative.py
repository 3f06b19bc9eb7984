"""Stances stated in a relative clause on the cue's noun phrase.

"a treaty, which the EU has supported", "the constitution, which Yerevan rejects", "the study of a railway,
which A and B commissioned": the subject of such a clause holds that stance on what the cue names (or,
with a verb of bringing it about, acted for it). A clause the parse hangs on a noun inside the cue's
title ("the Treaty on the Establishment of Peace, which A signed") is the title's. Used by :func:`.stance_walk.walk`.
"""

from __future__ import annotations

from .holders import DocContext, Resolution
from .stance_lexicon import CREATION_VERBS, OPPOSE_WORDS, STANCE_PREDICATES, stem
from .stance_scope import PHRASE_INNER


_RELATIVE_WORDS = STANCE_PREDICATES | OPPOSE_WORDS | CREATION_VERBS


def relative_holders(ctx: DocContext, cue, polarity: int) -> list[tuple[Resolution, int]]:
    """(holder, sign) for each relative clause of stance on the cue's noun phrase."""
    nouns = _noun_phrase(cue)
    found = [_clause_holder(ctx, noun, clause, polarity) for noun in nouns + _acl_tail(nouns)
             for clause in [c for c in noun.children if c.dep_ == "relcl"] + _misread_relative(noun)]
    return [f for f in found if f is not None]


def _clause_holder(ctx: DocContext, noun, clause, polarity: int) -> tuple[Resolution, int] | None:
    word = stem(clause.lower_)
    relative = any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"which", "that", "whom"} for c in clause.children) or \
        not any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "xcomp"} for c in clause.children)  # "the vote it has promised"
    holder = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if not relative or holder is None or word not in _RELATIVE_WORDS:
        return None
    resolution = ctx.resolve(holder)
    if not resolution.actors and holder.lower_ == "they":
        resolution = _outer_subject(ctx, noun)
        resolution = resolution if resolution.actors else _earlier_subject(ctx, holder)
    negated = any(c.dep_ == "neg" for c in clause.children)
    sign = polarity * (-1 if word in OPPOSE_WORDS else 1) * (-1 if negated else 1)
    return (resolution, sign) if resolution.actors else None


def _outer_subject(ctx: DocContext, noun) -> Resolution:
    """"A and B carry out the Treaty they signed": "they" of a relative clause on an object is the
    subject of the object's own verb, when that names more than one actor."""
    verb = noun.head if noun.dep_ == "dobj" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    found = ctx.resolve(subject) if subject is not None else Resolution()
    return found if len(found.actors) >= 2 else Resolution()


def _earlier_subject(ctx: DocContext, pronoun) -> Resolution:
    """"since A and B marked six years of the Treaty they signed": "they" of a relative clause is the
    nearest earlier subject in the sentence that names more than one actor."""
    subjects = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ == "nsubj" and t.lower_ != "they"]
    found = [ctx.resolve(t) for t in reversed(subjects)]
    return next((r for r in found if len(r.actors) >= 2), Resolution())


def _misread_relative(noun) -> list:
    """"the Treaty that A and B signed …" parsed with "that" as the object of a verb outside the noun's
    phrase, or as the mark of a complement clause ("supports the study … that A and B commissioned"):
    that verb is the noun's relative clause (:func:`_clause_holder` still asks it to lack an object)."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.lower_ not in {"that", "which"} or after.dep_ not in {"dobj", "mark"} or after.head.i < after.i:
        return []
    return [after.head] if noun.i not in {t.i for t in after.head.subtree} else []


def _acl_tail(nouns: list) -> list:
    """The last noun of an infinitive on the phrase where a clause after a comma hangs on it: "X's
    offer to place guards at Akhurik station, which Y declined" (the parse hangs the clause on the
    station; one declines the offer)."""
    return [g.head for n in nouns for verb in n.children if verb.dep_ == "acl" for g in verb.subtree
            if g.dep_ == "relcl" and g.head.dep_ in {"dobj", "pobj"} and g.head.i + 1 < len(g.doc) and g.head.nbor().text == ","]


def _noun_phrase(cue) -> list:
    """The cue, the nouns it sits in ("the normalisation of relations and a treaty") and their "of" objects."""
    chain, token = [cue], cue
    while token.dep_ in PHRASE_INNER and token.head.i != token.i:
        token = token.head
        chain.append(token)
    objects = [g for t in chain for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return chain + objects + _title_nouns(cue)


def _title_nouns(cue) -> list:
    """The capitalised nouns of a title the cue heads ("the Treaty on the Establishment of Peace and
    Interstate Relations, which A and B signed": the parse hangs the clause on a noun of the title)."""
    found, todo = [], [cue] if cue.text[:1].isupper() else []
    while todo:
        token = todo.pop()
        inner = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "of", "for", "between"}
                 for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()]
        inner += [c for c in token.children if c.dep_ == "conj" and c.text[:1].isupper() and token is not cue]
        found += inner
        todo += inner
    return found
