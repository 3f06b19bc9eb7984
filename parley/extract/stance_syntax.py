"""Syntactic tests on the dependency parse that the stance walk (:mod:`.stance_walk`) uses.

Each function reads one token's relations (the tagger is off, so word classes are judged
from dependents and relations): who the subject of a predicate is, what kind of predicate
it is (a demand, a stance, an attitude, speech or plain conduct), whether a clause is a
condition, an obligation, a future or a counterfactual; whether "it" stands for something
named (:func:`referential_it`), a subject says no one does it (:func:`negative_phrase`), a verb
reaches an agreement (:func:`reaches_agreement`). For news copy: "asked whether …" is an open
question (:func:`question_clause`), "…, as X demands" names who wants the clause
(:func:`as_clause_subject`), "the claims had to go" and "the commissions halt their work" end
their subject (:func:`must_go`, :func:`stops_own`), "forces on the frontier" and "while the
commissions are at work" are place and time (:func:`located_on`, :func:`time_frame`), and "its
observers recorded …" reports a body's own work (:func:`own_activity_reported`). "Ready to help A and B
conclude" is the helper's (:func:`helper`); the narrower phrase tests of round 6 live in
:mod:`.stance_cases`.
"""

from __future__ import annotations

from .fronted_names import apposed_subject, dated_subject
from .stance_phrasal import backs_object, rejects_object
from .stance_lexicon import (
    ATTITUDE_PREDICATES, CONDITION_MARKS, COPULA_FORMS, DEMAND_PREDICATES, LOCATED_ON, DEMAND_WORDS, POSITION_NOUNS, SPEECH_PREDICATES,
    NEGATIVE_PRONOUNS, NORMATIVE_WORDS, NOT_NEGOTIABLE, OPPOSE_WORDS, STANCE_PREDICATES, TEMPORAL_CONDITION_MARKS, stance_noun, stem,
)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBLIGATION = frozenset({"should", "must", "ought"})
_COPULAS = frozenset({"is", "was", "be", "been", "are", "were", "'s"})
_EMPTY_SUBJECT_VERBS = frozenset(stem(w) for w in "seem appear happen matter take".split())
_REACH_VERBS = frozenset(stem(w) for w in "reach achieve strike".split())
AGREEMENT_NOUNS = frozenset(stem(w) for w in "agreement deal understanding consensus compromise accord arrangement".split())
ANAPHORIC_NOUNS = frozenset(stem(w) for w in "proposal idea demand offer plan precondition request suggestion initiative".split())
BLOCKING_NOUNS = frozenset(stem(w) for w in "obstacle barrier hindrance impediment".split())
FUTURE = frozenset({"will", "would", "shall", "'ll", "’ll", "could", "might"})


def verbal(token) -> bool:
    """A clause head (no tagger runs, so judged from its dependents and its own relation)."""
    clausal = {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "xcomp", "ccomp", "advcl", "acomp"}
    return token.dep_ in {"ROOT", "ccomp", "xcomp", "advcl", "relcl"} or any(c.dep_ in clausal for c in token.children)


def demands(token) -> bool:
    """A verb of calling on or urging ("asked whether …" is a question, no demand)."""
    word = stem(token.lower_)
    if any(c.dep_ == "ccomp" and question_clause(c) for c in token.children):
        return False
    if word in _WISHING and any(c.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "nsubj" for g in c.children)
                                for c in token.children):
        return True  # "Iran wanted Armenia and Azerbaijan to sign": they are asked, Iran holds it
    return word in DEMAND_PREDICATES or (word in DEMAND_WORDS and token.dep_ not in {"aux"})


_WISHING = frozenset(stem(w) for w in "want wants wanted wish expect".split())


def condition_clause(token) -> bool:
    """An adverbial clause of condition: "if / unless / once …", or "until / after / before …"
    where the main clause is modal or negated, the clause has a modal, or "only" stands before it."""
    if token.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in token.children if c.dep_ in {"mark", "advmod"}}
    if marks & CONDITION_MARKS:
        return True
    if marks & {"while", "whilst"} and any(c.dep_ == "neg" or c.lower_ == "cannot" or (c.dep_ in SUBJECT_DEPS and negative_phrase(c))
                                           for c in token.head.children):
        return True  # "cannot be signed while X …", "no treaty should be signed while X …": as "unless X changes"
    modal = any(c.dep_ in {"aux", "neg"} and c.lower_ not in {"to", "has", "have", "had"} for c in token.head.children)
    modal = modal or any(c.dep_ == "aux" and c.lower_ in FUTURE | {"can"} for c in token.children) or "only" in marks
    return bool(marks & TEMPORAL_CONDITION_MARKS) and modal


def agent(token):
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def subject(token, path=frozenset()):
    """The subject (or agent, or stance-noun possessor or "of"/"by" object) of a predicate token.

    A subject on the walked path is the cue's own phrase, not a holder; an agent may then be.
    """
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.lower_ != "there" and c.i not in path
                and (c.lower_ != "it" or referential_it(c))]
    if subjects:  # two subjects are a parse of a dateline ("BAKU - X adopted"): the nearer one
        return helper(_nearest(subjects, token))
    found = agent(token) or dated_subject(token) or apposed_subject(token)
    if found is not None:
        return found
    if stance_noun(token.lower_):
        for child in token.children:
            if child.dep_ == "poss":
                return child
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "of", "from"}:  # "requests from X to …"
                found = next((c for c in child.children if c.dep_ == "pobj"), None)
                if found is not None:
                    return found
    if token.dep_ == "conj" and token.head.i != token.i and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return subject(token.head, path) if token.head.dep_ != "conj" else None
    return None


_HELPING = frozenset(stem(w) for w in "help helping helps helped assist enable".split())


def helper(found):
    """"(Russia is ready to) help Armenia and Azerbaijan conclude a treaty", parsed with the helped
    parties as the subject: the one who helps holds the position, not those helped."""
    left = found.left_edge.i - 1
    if left < found.sent.start or stem(found.doc[left].lower_) not in _HELPING:
        return found
    node = found.doc[left]
    while node.head.i != node.i and not any(c.dep_ in SUBJECT_DEPS for c in node.children):
        node = node.head
    above = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
    return _nearest(above, node) if above else found


def _nearest(subjects, token):
    """Of a predicate's subjects, the nearest one before it (a dateline "MOSCOW - X says" parses as two)."""
    return max(subjects, key=lambda c: (c.i < token.i, c.i if c.i < token.i else -c.i))


_PREPARE = stem("prepare")


_OWN_PLACE = frozenset({"participation", "membership", "presence", "seat", "role"})


def leaves_own(token) -> bool:
    """"froze its participation in X", "suspended its membership": a party leaving something of its
    own does so by choice, a stance (not conduct reported against another)."""
    return stem(token.lower_) in OPPOSE_WORDS and any(
        c.dep_ == "dobj" and c.lower_ in _OWN_PLACE and any(p.dep_ == "poss" for p in c.children) for c in token.children)


def predicate_kind(token, previous) -> str:
    word = stem(token.lower_)
    below = stem(previous.lower_) if previous is not None and previous.dep_ in {"acomp", "xcomp", "attr"} else ""
    complements = {stem(c.lower_) for c in token.children if c.dep_ in {"acomp", "xcomp", "attr", "dobj"}}
    if word in DEMAND_PREDICATES:
        return "demand"
    if word == _PREPARE and any(c.dep_ == "dobj" for c in token.children):
        return "conduct"  # "preparing a new war" is what one does; "prepared to sign" is a readiness
    if _content_of_stance_noun(token, previous) or _against(token, previous) or _petition(token):
        return "stance"  # "X's answer is that return is not on the agenda"; "X is against Y"
    if reaches_agreement(token) or leaves_own(token) or turns_to(token) or rejects_object(token, previous) or backs_object(
            token, previous) or _made_stance(token):
        return "stance"
    if word in STANCE_PREDICATES or below in STANCE_PREDICATES or complements & STANCE_PREDICATES or stance_noun(token.lower_):
        return "attitude" if word in ATTITUDE_PREDICATES else "stance"
    if word in ATTITUDE_PREDICATES:
        return "attitude"
    if word in SPEECH_PREDICATES:
        return "speech"
    return "conduct"


def _petition(token) -> bool:
    """"X is collecting signatures for a referendum against Y": gathering signatures is taking a side."""
    return any(c.dep_ == "dobj" and c.lower_ in {"signatures", "signature"} for c in token.children) \
        and stem(token.lower_) in _GATHERING


_GATHERING = frozenset(stem(w) for w in "collect gather seek raise".split())


def _against(token, previous) -> bool:
    """"X is (firmly) against Y": a copula's "against" is the subject's stance, not an event."""
    return token.lower_ in COPULA_FORMS and previous is not None and previous.dep_ == "prep" and previous.lower_ == "against"


_CONTENT_NOUNS = POSITION_NOUNS | {"answer", "reply", "response", "message", "argument"}


def _content_of_stance_noun(token, previous) -> bool:
    """"X's answer (message, position) is that …": the copula's clause spells out what the
    subject noun's possessor holds."""
    if token.lower_ not in COPULA_FORMS or previous is None or previous.dep_ != "ccomp":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _CONTENT_NOUNS for c in token.children)


def _made_stance(token) -> bool:
    """"the commitment made by X (to …)", "the offer put forward by X": the agent of a participle on a
    stance noun holds that stance, whatever the participle's verb."""
    return token.dep_ == "acl" and stance_noun(token.head.lower_) and any(c.dep_ == "agent" for c in token.children)


_TURNING = frozenset(stem(w) for w in "rely count depend lean turn".split())


def turns_to(token) -> bool:
    """"rely on X", "count on X", "turn to X": looking to someone for help is an attitude, not conduct."""
    return stem(token.lower_) in _TURNING and any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"} for c in token.children)


def obliged(token) -> bool:
    """The clause says its subject should or must act: a demand on it, not its own position.
    A second verb without its own subject shares the first one's modal ("X must A and B")."""
    if token.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS | {"aux"} for c in token.children):
        token = token.head
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in token.children)


def future(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in token.children)


def counterfactual(sentence) -> bool:
    """"Had we …, we would not have …" / "if we had …, we would have …"."""
    tokens = list(sentence)
    would_have = any(
        t.lower_ in {"would", "could", "might"} and "have" in {x.lower_ for x in tokens[k + 1 : k + 3]}
        for k, t in enumerate(tokens)
    )
    if not would_have:
        return False
    for token in tokens:
        auxes = [c for c in token.children if c.dep_ == "aux" and c.lower_ == "had"]
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if auxes and subjects and ("if" in marks or auxes[0].i < subjects[0].i):
            return True
    return False


def referential_it(pronoun) -> bool:
    """"it" standing for something named ("it is ready to sign"), not an empty subject
    ("it is important to …", "it was agreed that …", "it seems …")."""
    head = pronoun.head
    complements = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
    if any(stem(c.lower_) in NORMATIVE_WORDS | OPPOSE_WORDS for c in complements):
        return False
    copula_or_passive = stem(head.lower_) in _COPULAS or any(c.dep_ == "auxpass" for c in head.children)
    extraposed = any(c.dep_ in {"ccomp", "csubj"} and c.i > head.i for c in head.children)
    return not (copula_or_passive and extraposed) and stem(head.lower_) not in _EMPTY_SUBJECT_VERBS


def negative_phrase(token) -> bool:
    """"nobody", "none", "no government", "not one dollar", "not a single soldier": a phrase that says
    no one (or nothing) does it."""
    return token.lower_ in NEGATIVE_PRONOUNS or any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in token.children) \
        or _not_one(token)


def _not_one(token) -> bool:
    """"not one dollar", "not a single soldier" (the "not" on the noun or on its "one")."""
    counts = [c for c in token.children if c.lower_ in {"one", "a", "single"}]
    nots = [c for c in token.children if c.lower_ == "not"] + [n for c in counts for n in c.children if n.lower_ == "not"]
    return bool(counts and nots)


def superlative_by_negation(predicate) -> bool:
    """"Nothing would anchor X more firmly than Y", "nobody wants peace more than we do": a negative
    subject with a comparison ranks what it names first; it refuses nothing. So does "none of this
    replaces X" (X cannot be done without)."""
    return stem(predicate.lower_) in _REPLACING or any(t.lower_ == "than" for t in predicate.subtree)


_REPLACING = frozenset(stem(w) for w in "replace substitute outweigh".split())


def reaches_agreement(token) -> bool:
    """"X reached an agreement on Y", "the deal achieved by X": reaching an agreement is a commitment."""
    if stem(token.lower_) not in _REACH_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"] + ([token.head] if token.dep_ == "acl" else [])
    return any(stem(o.lower_) in AGREEMENT_NOUNS for o in objects)


def blocking_complement(token, previous) -> bool:
    """"(remains) the obstacle to X" as a predicate's complement, reached from "to X": X is what
    the obstacle blocks, so the speaker wants it (no flip; "put obstacles to X" still flips)."""
    return (stem(token.lower_) in BLOCKING_NOUNS and token.dep_ in {"attr", "acomp", "oprd"}
            and previous is not None and previous.dep_ == "prep" and previous.lower_ == "to")


def anaphor_of_stance(token) -> bool:
    """"that" / "this" / "this demand" / "preconditions" as the object or subject of a stance word:
    a reference back to what the previous sentence proposed ("Baku has never refused that")."""
    pronoun = token.lower_ in {"that", "this"} and not any(True for _ in token.children) and token.dep_ in {"dobj", "nsubj"}
    noun = stem(token.lower_) in ANAPHORIC_NOUNS and (
        any(c.dep_ == "det" and c.lower_ in {"this", "that", "such", "these", "those"} for c in token.children)
        or (token.lower_.endswith("s") and not any(c.dep_ == "det" for c in token.children))
        or _bare_definite(token))
    if not (pronoun or noun) or token.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
        return False
    if pronoun and token.head.dep_ == "relcl":
        return False  # "rhetoric that undermines trust": a relative pronoun, not a reference back
    head = stem(token.head.lower_)
    complements = {stem(c.lower_) for c in token.head.children if c.dep_ in {"acomp", "attr", "oprd", "xcomp"}}
    return head in STANCE_PREDICATES | OPPOSE_WORDS or bool(complements & (OPPOSE_WORDS | STANCE_PREDICATES))


def _bare_definite(token) -> bool:
    """"rejected the idea", "welcomed the proposal": "the" and nothing else, so nothing in this
    sentence says which proposal; it is the one just named."""
    children = list(token.children)
    return len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ == "the"


def fights_against(token, previous) -> bool:
    """"fight any change", "combat X", "fight against X": a verb of struggle turns what it is
    against; "fight for X" does not (the walk comes up through "for")."""
    return stem(token.lower_) in _STRUGGLE and previous is not None and previous.dep_ in {"dobj", "prep"} \
        and previous.lower_ != "for"


_STRUGGLE = frozenset(stem(w) for w in ("fight", "combat", "battle"))


def raises_issue(token, previous) -> bool:
    """"raised the issue of X", "raised the question of X", "raised return" (the bare issue): a party
    pressing for X (a diplomatic readout's way of saying it), where "raised the X" only touches X."""
    if stem(token.lower_) != stem("raise") or previous is None:
        return False
    if previous.dep_ == "prep":  # "raised its objection to X", the parser's "to" on the verb: the stance noun's
        return any(c.dep_ == "dobj" and c.lower_ in _RAISED_STANCES for c in token.children)
    return previous.dep_ == "dobj" and (previous.lower_ in {"issue", "question", "matter"}
                                        or not any(c.dep_ in {"det", "poss"} for c in previous.children))


_RAISED_STANCES = frozenset({"objection", "objections", "opposition", "concern", "concerns", "protest", "protests"})


def not_negotiable(token) -> bool:
    """A predicate that, negated, says its subject is held firmly ("is not for sale", "not negotiable")."""
    for child in token.children:
        if child.dep_ in {"acomp", "attr"} and stem(child.lower_) in NOT_NEGOTIABLE:
            return True
        if child.dep_ == "prep" and any(stem(g.lower_) in NOT_NEGOTIABLE for g in child.children if g.dep_ == "pobj"):
            return True
        if child.dep_ == "attr" and not_negotiable(child):
            return True  # "is not a subject for discussion", "not a matter for negotiation"
    return False


_WANTING_AS = frozenset(stem(w) for w in "demand want wish insist propose require request seek prefer urge ask".split())
_REMOVAL_VERBS = frozenset({"go", "goes", "went", "gone"})


OUTSTAYING = frozenset(stem(w) for w in ("outstayed", "overstayed", "outstay", "overstay"))


def must_go(token) -> bool:
    """"the claims had to go", "the preamble must go", "the era of X is over": the subject is to be
    removed or is ended (said of the subject, so it reads as its opposite)."""
    if token.lower_ in _REMOVAL_VERBS:
        return obliged(token)
    if token.lower_ in {"is", "was", "are", "were"} and any(
            c.dep_ in {"advmod", "acomp"} and c.lower_ in {"over", "finished", "gone"} for c in token.children):
        return True  # "the era of mediators deciding for the region is over"
    if stem(token.lower_) in OUTSTAYING:
        return True  # "the monitors had outstayed their welcome"
    return token.lower_ in {"have", "has", "had"} and any(
        c.dep_ == "xcomp" and c.lower_ in _REMOVAL_VERBS and any(a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def question_clause(token) -> bool:
    """A clause put as an open question ("asked whether X would change …", "unclear whether"):
    what it says of its subject is nobody's stated position."""
    asks_who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in token.children)
    if token.dep_ in {"ccomp", "pcomp", "advcl"} and asks_who:
        return True  # "which tells you who wants another war": an indirect question, no one's stance
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children)


def as_clause_subject(token, path):
    """The subject of "as X demands" beside a clause of the walk ("… change its constitution, as X
    demands"): X wants what that clause says. A subject the parser read as part of a noun ("X
    demands" as a compound) counts too."""
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.i in path or stem(clause.lower_) not in _WANTING_AS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        found = [c for c in clause.children if c.dep_ in {"nsubj", "compound"} and c.i < clause.i]
        if found:
            return found[0]
    return None


def located_on(cue) -> bool:
    """"forces on the frontier", "put troops on the border", "on the Armenian side of the border":
    the cue is where something stands."""
    if cue.dep_ == "pobj" and cue.head.lower_ == "of" and cue.head.head.lower_ in {"side", "sides"}:
        return True  # one side of a line is a place, not the line's drawing
    if cue.dep_ == "pobj" and cue.head.lower_ == "on" and any(c.lower_ in _COMPASS for c in cue.children):
        return True  # "on its northern border": a stretch of a state's border is a place
    if cue.dep_ == "pobj" and cue.head.lower_ == "on" and any(c.lower_ == "still" for c in cue.head.children):
        return True  # "with the monitors still on its border": where they stand
    return cue.dep_ == "pobj" and cue.head.lower_ == "on" and stem(cue.head.head.lower_) in LOCATED_ON


_COMPASS = frozenset("northern southern eastern western".split())


def stops_own(token) -> bool:
    """"the commissions halt their work", "the mission suspended its patrols": a verb of ending
    whose object is the subject's own activity ends the subject's part (unlike "the treaty ends the
    war", where the subject is not what ends)."""
    if stem(token.lower_) in _ENDING and obliged(token) and not any(
            c.dep_ in {"dobj", "prep", "ccomp", "xcomp"} for c in token.children):
        return True  # "the mission should end when its mandate expires": the subject itself is to end
    return stem(token.lower_) in OPPOSE_WORDS and any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in {"their", "its"} for p in c.children)
        for c in token.children
    )


_ENDING = frozenset(stem(w) for w in "end cease terminate".split())


def time_frame(cue) -> bool:
    """The cue is the subject of "while … are at work", "while the talks were on", or of a clause
    naming a time ("the day the treaty is signed"): a time around the sentence's point, not an issue
    anyone takes a side on."""
    if cue.dep_ in {"nsubj", "nsubjpass"} and cue.head.dep_ == "relcl" and cue.head.head.lower_ in _TIME_NOUNS:
        return True
    if _deadline(cue):
        return True
    node = cue
    while node.dep_ in {"nsubj", "compound", "amod", "det", "poss"} and node.head.i != node.i:
        node = node.head
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and marks & {"while", "whilst"} and node.lower_ in _COPULAS:
            return True
    return False


_TIME_NOUNS = frozenset("day moment time date week month year minute hour".split())
_EVENT_NOUNS = frozenset({"entry", "signing", "signature", "ratification", "conclusion"})


def _deadline(cue) -> bool:
    """"within one month of the treaty's entry into force", "a year after its signing": the treaty's
    coming marks when something else is due; it is no stance on the treaty."""
    event = cue.head if cue.dep_ in {"poss", "compound"} else None
    if event is None and cue.dep_ == "pobj" and cue.head.lower_ == "of":
        event = cue.head.head
    if event is None or event.lower_ not in _EVENT_NOUNS or event.dep_ != "pobj":
        return False
    return event.head.lower_ == "of" and event.head.head.lower_ in _TIME_NOUNS | {w + "s" for w in _TIME_NOUNS}
_AUXILIARIES_OF_FACT = frozenset({"has", "have", "had", "did", "does", "do", "was", "were", "is", "are", "been", "be"})


def own_activity_reported(cue) -> bool:
    """"(the mission said) its observers had recorded no movement": a body's own people or units
    doing their work (a possessive "its"/"their" on the cue, plain conduct: no modal, negation or
    stance) is an event reported, not a side taken on their presence."""
    verb = cue.head
    if cue.dep_ != "nsubj" or verb.i == cue.i or verb.lower_ in _COPULAS or stem(verb.lower_) in OPPOSE_WORDS:
        return False
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in cue.children):
        return False
    if any(c.dep_ in {"acomp", "attr", "oprd", "xcomp", "ccomp"} for c in verb.children):
        return False
    if any(c.dep_ in {"aux", "neg"} and c.lower_ not in _AUXILIARIES_OF_FACT for c in verb.children):
        return False
    return predicate_kind(verb, None) == "conduct" and stem(verb.lower_) not in SPEECH_PREDICATES


def contrasted(token, previous) -> bool:
    """The walk enters what "rather than" / "instead of" sets aside."""
    if token.lower_ in {"than", "of"} and any(c.lower_ in {"rather", "instead"} for c in token.children):
        return previous is not None and previous.i > token.i
    if previous is None:
        return False
    markers = [c for c in token.children if c.dep_ == "cc" and c.lower_ == "than" and c.i < previous.i]
    return any(m.lower_ in {"rather", "instead"} for c in markers for m in c.children)


def governing_subject(token):
    """The subject of the clause that reports ``token``'s clause ("X said that his government …",
    "X set out his government's view"): the one "he" or "his" most often stands for. ``None``
    when no earlier subject governs it."""
    node = token
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i
                        and not (c.left_edge.i <= token.i <= c.right_edge.i)), None)
        if subject is not None:
            return subject if subject.lower_ not in _PERSONAL_PRONOUNS else None
    return None


_PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we", "you", "who", "which", "that"})

