"""Verbs that reject their object by a particle or a name given to it. Phrasal verbs of rejection: "vote the treaty down", "throw the bill out", "strike the law down",
"tear up the accord", "turn the offer down", "give up the right of return", "call off the talks". The verb alone is neutral ("vote", "throw"); with its
particle it rejects its object, so the walk up from the object turns the sign. So does a derogatory
name given to the object ("called the treaty a surrender"). Both make the verb a stance, not mere
conduct (used by :mod:`.stance_flips` and :mod:`.stance_syntax`).

>>> (stem("vote"), "down") in REJECTING_PHRASALS
True
"""

from __future__ import annotations

from .stance_lexicon import DEROGATORY_NAMES, OPPOSING_COMPLEMENTS, stem

REJECTING_PHRASALS = frozenset(
    (stem(verb), particle) for verb, particle in (
        ("vote", "down"), ("strike", "down"), ("shoot", "down"), ("turn", "down"), ("knock", "down"),
        ("throw", "out"), ("toss", "out"), ("kick", "out"), ("rule", "out"), ("cross", "out"),
        ("tear", "up"), ("rip", "up"), ("scrap", "off"), ("give", "up"), ("call", "off"),
        ("threw", "out"), ("gave", "up"), ("given", "up"), ("thrown", "out"), ("struck", "down"), ("shot", "down"), ("tore", "up"), ("torn", "up"),
    )  # irregular past forms: the pipeline runs no lemmatiser
)
"""(verb stem, particle) pairs that reject the verb's object."""


def rejecting_phrasal(token, previous) -> bool:
    """The walk comes up from the object of a verb whose particle makes it a rejection."""
    if previous is None or previous.dep_ not in {"dobj", "nsubjpass"}:
        return False
    particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "advmod"}}
    return any((stem(token.lower_), p) in REJECTING_PHRASALS for p in particles)


def derogatory_name(child, previous) -> bool:
    """"called the treaty a surrender", "branded the deal a betrayal": ``child`` is a derogatory name
    given to the object the walk came up from (parsed as a predicate or as a second object)."""
    if stem(child.lower_) not in DEROGATORY_NAMES or previous is None:
        return False
    if child.dep_ == "oprd":
        return previous.dep_ in {"dobj", "nsubjpass"}  # also "the treaty was called a surrender"
    return child.dep_ == "dobj" and previous.dep_ == "dobj" and previous.i < child.i


_REFUSING_NAMES = OPPOSING_COMPLEMENTS | DEROGATORY_NAMES
_ADJECTIVE_ENDINGS = ("able", "ible")  # no tagger in the pipeline: "unacceptable", not "stops"


def refusal_predicated(token, previous) -> bool:
    """The object the walk came up from is given a predicate of refusal: "regarded any change as a
    red line", "described the plan as unacceptable", or (a small clause the parser hangs as a
    clause of its own) "considers any change unacceptable"."""
    if previous is None:
        return False
    if previous.dep_ == "nsubj" and token.dep_ == "ccomp" and token.lower_.endswith(_ADJECTIVE_ENDINGS) and not any(
            c.dep_ in {"cop", "aux"} for c in token.children):
        return _refusing_word(token)  # "considers X unacceptable": no verb of its own
    if previous.dep_ != "dobj":
        return False
    named = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    return any(g.dep_ in {"pobj", "amod", "acomp"} and _refusing_word(g) for g in named)


def _refusing_word(word) -> bool:
    """"unacceptable", "a surrender", "a red line": a word that refuses what it is said of."""
    if stem(word.lower_) in _REFUSING_NAMES:
        return True
    return word.lower_ == "line" and any(c.lower_ == "red" for c in word.children)


_OBSTRUCTING = frozenset(stem(w) for w in "stand stood standing get got block blocked".split())


def obstructs(token, previous) -> bool:
    """"stand in the way of X", "get in the way of X": the walk comes up from "of X" to "way" in a
    phrase of obstruction, which refuses X ("will not stand in the way of" then accepts it)."""
    return (
        token.lower_ == "way" and previous is not None and previous.lower_ == "of" and token.dep_ == "pobj"
        and token.head.lower_ == "in" and stem(token.head.head.lower_) in _OBSTRUCTING
    )


SUPPORTING_PREPOSITIONS = frozenset(
    (stem(verb), prep) for verb, prep in (
        ("stand", "behind"), ("stood", "behind"), ("get", "behind"), ("got", "behind"), ("rally", "behind"),
        ("rally", "around"), ("rally", "round"), ("rallied", "behind"), ("rallied", "around"), ("line", "behind"), ("line", "up"),
    )
)
"""(verb stem, preposition) pairs whose object is backed: "stands fully behind the treaty",
"rallied around the plan"; the verb alone is neutral ("stands on the bridge", "got the text")."""


def backs_object(token, previous) -> bool:
    """The walk comes up through "behind"/"around" to a verb that with it backs the object."""
    if previous is None or previous.dep_ not in {"prep", "prt"} or previous.head.i != token.i:
        return False
    if (stem(token.lower_), previous.lower_) not in SUPPORTING_PREPOSITIONS:
        return False
    return previous.lower_ != "up" or any(c.lower_ == "behind" for c in previous.children)


def rejects_object(token, previous) -> bool:
    """``token`` rejects the object the walk came up from, by its particle or by the name it gives."""
    return rejecting_phrasal(token, previous) or any(derogatory_name(c, previous) for c in token.children) or (
        refusal_predicated(token, previous)) or _in_the_way(token, previous)


def _in_the_way(verb, previous) -> bool:
    """"is standing in the way of X": the verb of obstruction the walk reaches through "in the way"."""
    return previous is not None and previous.lower_ == "in" and stem(verb.lower_) in _OBSTRUCTING and any(
        c.lower_ == "way" for c in previous.children)
