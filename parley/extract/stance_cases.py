"""Phrase tests of the stance walk (:mod:`.stance_walk`) for cases news and transcripts print often.

Who holds it: "some say" names no actor (:func:`unnamed_sayer`), "X, he said, would …" is reported
speech, not a forecast (:func:`said_aside`). What is no stance: a treaty signed "only after" or
"while" X (:func:`signing_on_condition`), captives held or coming home (:func:`holds_captive`,
:func:`captives_return`), "border guards" and an opened border (:func:`names_a_unit`,
:func:`opened_crossing`), silence (:func:`silent`), a purpose denied (:func:`negated_purpose`),
whom a right belongs to (:func:`rights_bearer`), a date put on an act (:func:`timing_only`). What
turns it: "removed the claims" (:func:`removes_refused`), "have not lost their force"
(:func:`loses_validity`), "if X, there will be no signature" (:func:`refused_condition`), a negation
before a colon that announces the clause (:func:`after_colon`). A quoted noun phrase the narration
governs is read as narration (:func:`narrated_fragment`); "under international guarantees" is an
issue of its own (:func:`guarantee_of`).
"""

from __future__ import annotations

from .stance_lexicon import (
    FIRST_PERSON, NEGATIVE_PRONOUNS, PLURAL_PRONOUNS, RELATIVE_PRONOUNS, SINGULAR_PRONOUNS, SPEECH_PREDICATES, stem,
)
from .stance_syntax import SUBJECT_DEPS, condition_clause

_REMOVAL = frozenset(stem(w) for w in "remove eliminate delete erase scrap excise".split())
_SIGNING = frozenset(stem(w) for w in "sign conclude ratify initial".split())


def removes_refused(token, sign: int) -> bool:
    """"removed the territorial claims": removing what the label refuses is wanting the label (a
    topic word such as "the preamble" is no refused pole, so "remove the preamble" stays as it is)."""
    return sign < 0 and stem(token.lower_) in _REMOVAL


def signing_on_condition(token) -> bool:
    """"the treaty cannot be signed while X …", "could be signed only after X …": the signing is a
    condition put on another issue, no stance on the treaty itself ("will not sign unless X" still
    refuses the treaty as it stands)."""
    if stem(token.lower_) not in _SIGNING:
        return False
    clauses = [c for c in token.children if c.dep_ == "advcl" and condition_clause(c)]
    marks = [{m.lower_ for m in c.children if m.dep_ in {"mark", "advmod"}} for c in clauses]
    return any(found & {"only", "while", "whilst"} for found in marks)


def after_colon(token, previous) -> bool:
    """"it is not a whim: the claims must be removed": the walk came up from a clause after a colon,
    which says what the clause before it announces; that clause's negation is not the walk's."""
    if previous is None or previous.i < token.i or previous.dep_ not in {"ccomp", "parataxis", "advcl", "conj"}:
        return False
    return any(c.dep_ == "punct" and c.text in {":", ";"} and token.i < c.i < previous.i for c in token.children)


_NEEDING = frozenset(stem(w) for w in "need want wish require".split())
_CAPTIVES = frozenset(stem(w) for w in "prisoners detainees captives hostages prisoner detainee captive".split())
_HOLDING = frozenset(stem(w) for w in "hold detain jail imprison keep".split())
_VALIDITY = frozenset(stem(w) for w in "force validity relevance effect meaning".split())
_RETURNING = frozenset(stem(w) for w in "return come go".split())


def holds_captive(token, previous) -> bool:
    """"continues to hold Armenian prisoners": holding captives is conduct against their release
    (so, narrated of a party, no position of it)."""
    return stem(token.lower_) in _HOLDING and previous is not None and previous.dep_ == "dobj" \
        and stem(previous.lower_) in _CAPTIVES


def captives_return(cue) -> bool:
    """"the remaining detainees to come home": captives going home is their release, not the
    return of the displaced."""
    return stem(cue.lower_) in _RETURNING and any(
        c.dep_ in {"nsubj", "nsubjpass"} and stem(c.lower_) in _CAPTIVES for c in cue.children)


def loses_validity(token) -> bool:
    """"the provisions have not lost their force": losing force ends what the subject names."""
    return token.lower_ in {"lose", "loses", "lost", "losing"} and any(
        c.dep_ == "dobj" and stem(c.lower_) in _VALIDITY for c in token.children)


def rights_bearer(token) -> bool:
    """"Those displaced have a right to return": the subject is whom the right belongs to, not
    who argues for it (the author's or a speaker's argument)."""
    return token.lower_ in {"have", "has", "had"} and any(
        c.dep_ == "dobj" and c.lower_ in {"right", "rights"} for c in token.children)


def negated_purpose(token, previous) -> bool:
    """"We did not initial this treaty to put it in a drawer": the negation denies the purpose
    after the object, not the act the walk comes up from."""
    if stem(token.lower_) in _NEEDING:
        return False  # "will not need monitors to keep our word" denies the need
    return previous is not None and previous.dep_ in {"dobj", "nsubjpass"} and any(
        c.dep_ in {"advcl", "xcomp"} and c.i > previous.i and any(a.lower_ == "to" and a.dep_ == "aux"
                                                                  for a in c.children)
        for c in token.children)


def said_aside(token) -> bool:
    """"Iran, he said, would never accept …": the clause is reported speech, not the writer's forecast."""
    return any(c.dep_ == "parataxis" and stem(c.lower_) in SPEECH_PREDICATES for c in token.children)


def guarantee_of(cue) -> bool:
    """"return … under international protection", "with international guarantees": the terms a
    return is wanted on are an issue of their own, not a qualifier of the return's phrase."""
    return cue.dep_ == "pobj" and cue.head.lower_ in {"under", "with"} and any(
        stem(c.lower_) == stem("international") for c in cue.children)


def narrated_fragment(doc, span) -> bool:
    """A quoted noun phrase that the narration governs ("cautioned against 'one-sided assessments'",
    "demanded 'immediate sanctions'"): the stance is the narration's, so the walk reads on past it."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) > 6:
        return False
    root = words.root
    return root.dep_ in {"pobj", "dobj"} and not any(t.dep_ in SUBJECT_DEPS | {"aux", "ROOT"} for t in words)


_LINES = frozenset(stem(w) for w in "border frontier boundary".split())
_OPENING = frozenset(stem(w) for w in "open reopen close shut cross".split())


def opened_crossing(cue) -> bool:
    """"will open its land border with X": a border opened or closed is a crossing (transport),
    not the line's delimitation."""
    return stem(cue.lower_) in _LINES and cue.dep_ in {"dobj", "nsubjpass"} and stem(cue.head.lower_) in _OPENING


def silent(token, previous) -> bool:
    """"did not say a word about X", "said nothing about X": a party's silence, which is no stance
    (unlike "will not declare its support", where the walk comes up from what is declared)."""
    if stem(token.lower_) not in SPEECH_PREDICATES or previous is None or previous.lower_ not in {"about", "word"}:
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "dobj" and c.lower_ in NEGATIVE_PRONOUNS) for c in token.children)


def refused_condition(token) -> bool:
    """"If the price is X, there will be no signature", "we will not sign if X": what the condition
    names is refused (unlike "not … unless X", where X is what is wanted)."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children):
        return False
    main = token.head
    return any(c.dep_ == "neg" or (c.dep_ in {"attr", "dobj"} and any(d.lower_ == "no" for d in c.children))
               for c in main.children)


def unnamed_sayer(token, subject) -> bool:
    """"Some in Brussels say …", "critics argue …": a verb of saying whose subject is a noun phrase
    naming no actor; what follows is those people's view, neither an actor's nor the author's."""
    words = FIRST_PERSON | PLURAL_PRONOUNS | SINGULAR_PRONOUNS | RELATIVE_PRONOUNS
    return stem(token.lower_) in SPEECH_PREDICATES and subject.lower_ not in words


def names_a_unit(cue) -> bool:
    """"border guards", "border troops": the cue names whom a body is made of, not the issue."""
    return cue.dep_ in {"compound", "amod"} and stem(cue.head.lower_) in _UNIT_NOUNS


_UNIT_NOUNS = frozenset(stem(w) for w in "guard guards troops police service officers patrols".split())
_TIME_WORDS = frozenset("year years month months week weeks spring summer autumn winter end elections".split())


def timing_only(cue) -> bool:
    """"a referendum (on the constitution) cannot be held before 2027": a date put on the act the
    cue's phrase names, not a refusal of it."""
    verb = cue
    while verb.dep_ in {"pobj", "prep", "compound", "amod", "poss"} and verb.head.i != verb.i:
        verb = verb.head
    verb = verb.head if verb.dep_ in {"nsubj", "nsubjpass", "dobj"} else verb
    if not any(c.dep_ == "neg" or c.lower_ == "cannot" for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"before", "until"}):
        if any(g.like_num or g.lower_ in _TIME_WORDS for g in prep.children if g.dep_ == "pobj"):
            return True
    return False
