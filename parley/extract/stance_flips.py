"""The sign turns of the stance walk (:mod:`.stance_walk`) met at one token of the path.

Negation ("not", "no", "never"; but "X is not for sale" holds X), complements of refusal ("it is
unacceptable that …"), negative pronouns and subjects ("nobody wants war"), "rather than", verbs of
refusal or ending ("rejects X", "without X", "fight any change"), a subject that must go, stops
or is lost ("the claims had to go", "the cemeteries disappeared"), and "put an end to X". ``w`` is the walk's state: it has ``flip()`` and
``blocked``.
"""

from __future__ import annotations

from .issue_exclusive import GUARDING_STEMS, reserved
from .stance_attachment import leaves
from .stance_cases import after_colon, holds_captive, loses_validity, negated_purpose, removes_refused, squanders, walks_away
from .stance_cases import sends_away, stays_captive
from .stance_clauses import contrast_negation
from .stance_lexicon import LOSS_VERBS, NEGATION_WORDS, NEGATIVE_PRONOUNS, OPPOSE_WORDS, OPPOSING_COMPLEMENTS, stem
from .stance_objects import denied_standing
from .stance_small_clause import departs, wished_removal
from .stance_litotes import conceals
from .stance_phrasal import derogatory_name, obstructs, refusal_predicated, rejecting_phrasal
from .stance_syntax import blocking_complement, contrasted, fights_against, must_go, negative_phrase, not_negotiable
from .stance_syntax import stops_own, superlative_by_negation


def _kept_off(negation, previous) -> bool:
    """"no politics on the rails": what is kept off the cue is denied, not the cue itself."""
    return negation.lower_ == "no" and negation.dep_ == "det" and previous is not None and previous.dep_ == "prep" \
        and previous.lower_ in {"on", "onto"}


_SLOTS = frozenset(stem(w) for w in "item place room paragraph clause provision point space chapter".split())


def _no_slot(token, previous) -> bool:
    """"(an agenda that) contains no item on X", "leaves no room for X": the prep the walk came up by hangs
    on the verb whose object, a slot for the cue, is denied."""
    return previous is not None and previous.dep_ == "prep" and any(
        c.dep_ == "dobj" and stem(c.lower_) in _SLOTS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in token.children)


_COPULAS = frozenset({"is", "was", "are", "were", "be", "remains", "remained"})


def _own_negation(child, previous) -> bool:
    """"no foreign instructors and no foreign bases": a conjunct with its own "no" is not refused
    again by its head's."""
    def negating(word):
        return word.dep_ == "det" and word.lower_ in NEGATION_WORDS
    return previous.dep_ == "conj" and negating(child) and any(negating(c) for c in previous.children) \
        and stem(previous.lower_) not in _SLOTS  # "no item on X and no item on Y": the slot's "no" is kept off X


_EXCEPTING = frozenset({"but", "except", "save"})


def _excepted(child, token, previous) -> bool:
    """"needs no guarantor but the Treaty": the conjunct after "but" is the one thing wanted, so the
    head's "no" does not deny it."""
    return previous.dep_ == "conj" and child.dep_ == "det" and child.lower_ == "no" and any(
        c.dep_ == "cc" and c.lower_ in _EXCEPTING and token.i < c.i < previous.i for c in token.children)


def _negated_place(token, previous) -> bool:
    """"return was “not on the agenda”": where a quote mark splits the copula from its "not", the
    parse hangs the negation on the predicate's preposition; the subject's place is denied."""
    return token.lower_ in _COPULAS and previous is not None and previous.dep_ == "nsubj" and not any(
        c.dep_ == "neg" for c in token.children) and any(
        c.dep_ == "prep" and any(n.dep_ == "neg" for n in c.children) for c in token.children)


def less_preferred(token, previous) -> bool:
    """The cue is what something is preferred to: "preferred Russia to anyone from outside", "a Russian role
    was preferable to any presence of forces from outside"."""
    return token.lower_ in {"to", "over"} and previous is not None and previous.dep_ == "pobj" and stem(
        token.head.lower_) in _PREFERRING


_PREFERRING = frozenset(stem(w) for w in "prefer preferred prefers preferable".split())


def negations(w, token, previous, cue) -> None:
    """Turn the walk's sign for what ``token`` (reached from ``previous``) says of the cue."""
    for child in (() if after_colon(token, previous) else token.children):
        if previous is not None and (child.i == previous.i or _own_negation(child, previous) or _excepted(child, token, previous)):
            continue
        if child.dep_ == "neg" or (child.lower_ in NEGATION_WORDS and child.dep_ in {"det", "advmod", "neg"}) \
                or _not_one_of(child):
            if not (not_negotiable(token) or negated_purpose(token, previous) or contrast_negation(token, child)
                    or conceals(token) or _no_doubt(token, previous) or _kept_off(child, previous)):  # "made no secret of wanting X" wants X
                w.flip()  # "X is not for sale" holds X firmly
        elif (child.dep_ in {"acomp", "attr", "oprd"} and stem(child.lower_) in OPPOSING_COMPLEMENTS) or derogatory_name(
                child, previous):
            w.flip()  # "it is unacceptable that …", "were the main barriers to …", "called the deal a surrender"
        elif (child.lower_ in NEGATIVE_PRONOUNS and child.dep_ in {"dobj", "attr", "pobj"}) or denied_standing(child):
            w.flip()  # "war helps nobody", "outside forces have no place here"
        elif child.dep_ in {"nsubj", "nsubjpass"} and negative_phrase(child) and not superlative_by_negation(token):
            w.flip()  # "no government can accept X", "nobody wants war", "no progress was made on X"
        elif child.lower_ in {"nor", "neither"} and child.i == child.sent.start:
            w.flip()  # "Nor is there any need for X"
    if (token.i == cue.i or (cue.head.lower_ == "by" and cue.head.head.i == token.i)) and by_nobody_else(token):
        w.flip()  # "guarded by our border guards and by nobody else": no one else's presence
    elif token.i == cue.i and (nobody_elses(token) or only_own(token) or reserved(token)):
        w.flip()  # "with its own guards and nobody else's", "only their own officers will work there", "security is theirs alone"
    if _no_slot(token, previous) or _negated_place(token, previous) or less_preferred(token, previous):
        w.flip()  # "preferred X to anyone from outside": the outsider is the one refused
    if contrasted(token, previous) or refusal_predicated(token, previous):
        w.flip()  # "talks rather than war"; "regarded any change as a red line"
    from_subject = previous is not None and previous.dep_ in {"nsubj", "csubj"}
    if token.i != cue.i and blocking_complement(token, previous):
        w.blocked = True  # "mines remain the obstacle to return": return is wanted, the subject is blamed
    elif token.i != cue.i and not from_subject and not _conjoined_preposition(previous) and not _left_without(token) and (
            _opposing_word(token) or token.lower_ == "without" or fights_against(token, previous)
            or removes_refused(token, w.sign) or rejecting_phrasal(token, previous) or obstructs(token, previous)
            or holds_captive(token, previous) or walks_away(token, previous) or sends_away(token, previous)):
        w.flip()  # "rejects X" turns X; "X ends the war" does not turn X; "fight any change" turns the change
    elif from_subject and (must_go(token) or stops_own(token) or loses_validity(token) or leaves(token, previous)
                           or squanders(token) or stem(token.lower_) in LOSS_VERBS or wished_removal(token, previous)
                           or departs(token, previous) or stays_captive(token, previous)):
        w.flip()  # "the claims had to go", "the commissions halt their work", "the churches crumbled": their end
    if previous is not None and previous.dep_ == "prep":
        for child in token.children:  # "put an end to X", "put a stop to X"
            if child.dep_ == "dobj" and stem(child.lower_) in OPPOSE_WORDS:
                w.flip()


_LEAVE = frozenset({stem("leave"), "left"})


def _left_without(token) -> bool:
    """"would leave the Armenians without any prospect of return": a complaint of what is taken
    away, which wants it (the "without" does not turn it)."""
    if token.lower_ != "without":
        return False
    while token.dep_ == "conj":  # "without rights, without homes and without any prospect of return"
        token = token.head
    verb = token.head
    return token.dep_ == "prep" and stem(verb.lower_) in _LEAVE and any(c.dep_ == "dobj" for c in verb.children)


def _conjoined_preposition(previous) -> bool:
    """"against the Treaty and against every protocol": the second preposition has turned its own
    object; the first one's word says nothing more about it ("against X and for Y" keeps Y wanted)."""
    return previous is not None and previous.dep_ == "conj" and any(c.dep_ == "pobj" for c in previous.children)


def _not_one_of(child) -> bool:
    """"not one more road", "not a single soldier": the count on the noun carries the "not"."""
    return child.dep_ in {"nummod", "det", "amod"} and child.lower_ in {"one", "a", "single"} \
        and any(n.lower_ == "not" for n in child.children)


_RULE = stem("rule")


def _opposing_word(token) -> bool:
    """A word of refusal; "rule" only as "rule out" ("ruled out X"), not "the rules of passage on X"."""
    word = stem(token.lower_)
    return word in OPPOSE_WORDS and (word != _RULE or any(c.lower_ == "out" for c in token.children))


def _no_doubt(token, previous) -> bool:
    """"left no doubt that Baku will oppose X", "there is no question that": the clause is affirmed
    ("no question of X", with no clause, still refuses X)."""
    return token.lower_ in {"doubt", "doubts", "question"} and previous is not None and previous.dep_ in {"acl", "ccomp"}


def nobody_elses(noun) -> bool:
    """A conjunct of the noun is "nobody else's" ("its own guards and nobody else's"): the noun is
    kept to its owner, and anyone else's is refused."""
    return any(c.dep_ == "conj" and (negative_phrase(c) or any(n.lower_ in NEGATIVE_PRONOUNS for n in c.children))
               and (c.lower_ == "else" or any(n.lower_ == "else" for n in c.children)) for c in noun.children)


def only_own(noun) -> bool:
    """"only their own border and customs officers": the noun kept to its owners, anyone else's refused."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    marked = (before is not None and before.lower_ == "only") or any(t.lower_ == "only" for t in noun.lefts)
    return marked and any(t.lower_ == "own" and t.i < noun.i for t in noun.subtree)


def by_nobody_else(verb) -> bool:
    """The verb's agent, or a conjunct of it, is "nobody (else)": "guarded … and by nobody else";
    where the parse hangs that "by" elsewhere, "by nobody/no one else" a few words after the verb."""
    agents = [c for c in verb.children if c.lower_ == "by"]
    agents += [g for a in agents for g in a.children if g.dep_ == "conj" and g.lower_ == "by"]
    objects = [p for a in agents for p in a.children if p.dep_ == "pobj"]
    objects += [c for p in objects for c in p.children if c.dep_ == "conj"]  # "by Armenians and nobody else"
    return any(negative_phrase(p) for p in objects) or _by_nobody_after(verb) or _by_alone(verb, agents, objects)


def _by_alone(verb, agents, objects) -> bool:
    """"guarded by Armenians alone", "guarded only by our officers": the guard kept to one side."""
    if stem(verb.lower_) not in GUARDING_STEMS or verb.dep_ in _NOMINAL or not objects:
        return False
    marks = [c for t in (verb, *agents, *objects) for c in t.children if c.dep_ == "advmod"]
    return any((m.lower_ == "alone" and m.i > agents[0].i) or (m.lower_ == "only" and m.i == agents[0].i - 1) for m in marks)


def _by_nobody_after(verb) -> bool:
    if stem(verb.lower_) not in GUARDING_STEMS or verb.dep_ in _NOMINAL:
        return False  # "guards" (the noun) under "guarded … by nobody else" is not the verb
    words = [t.lower_ for t in verb.doc[verb.i + 1:min(verb.i + _EXCLUSIVE_REACH, verb.sent.end)]]
    return any(words[k:k + len(phrase)] == list(phrase) for phrase in _BY_NOBODY_ELSE for k in range(len(words)))


_NOMINAL = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "appos", "attr", "poss"})
_EXCLUSIVE_REACH = 12
_BY_NOBODY_ELSE = (("by", "nobody", "else"), ("by", "no", "one", "else"), ("by", "noone", "else"))

