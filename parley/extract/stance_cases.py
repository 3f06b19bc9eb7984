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

from .stance_set_phrases import set_phrase
from .stance_lexicon import (
    DEMAND_PREDICATES, FIRST_PERSON, NEGATIVE_PRONOUNS, PLURAL_PRONOUNS, RELATIVE_PRONOUNS, SINGULAR_PRONOUNS, SPEECH_PREDICATES,
    LEAVE_VERBS, STANCE_PREDICATES, stem, stems,
)
from .stance_syntax import SUBJECT_DEPS, condition_clause
from .stance_attachment import plural_antecedent
from .issue_exclusive import reserved

_REMOVAL = frozenset(stem(w) for w in "remove eliminate delete erase scrap excise".split())
_SIGNING = frozenset(stem(w) for w in "sign conclude ratify initial initialled".split())


def removes_refused(token, sign: int) -> bool:
    """"removed the territorial claims": removing what the label refuses is wanting the label (a
    topic word such as "the preamble" is no refused pole, so "remove the preamble" stays as it is)."""
    return sign < 0 and stem(token.lower_) in _REMOVAL


def signing_on_condition(token) -> bool:
    """"the treaty cannot be signed while X …", "could be signed only after X …": the signing is a
    condition put on another issue, no stance on the treaty itself ("will not sign unless X" still
    refuses the treaty as it stands)."""
    if stem(token.lower_) not in _SIGNING and not _signature_put(token):
        return False
    clauses = [c for c in token.children if c.dep_ == "advcl" and condition_clause(c)]
    marks = [{m.lower_ for m in c.children if m.dep_ in {"mark", "advmod"}} for c in clauses]
    return any(found & {"only", "while", "whilst"} for found in marks)


def precondition(prep) -> bool:
    """"will not sign before X", "sign not one day before X", "ratify it only after X": X is what the
    signer waits for, a precondition it wants (a preposition of time on a refused or restricted signing)."""
    if prep.dep_ != "prep" or prep.lower_ not in {"before", "until", "after"}:
        return False
    verb = prep.head
    if stem(verb.lower_) not in _SIGNING and not _signature_put(verb):
        return False
    if prep.lower_ == "after":
        return any(c.lower_ == "only" for c in (*prep.children, *verb.children) if c.i < prep.i)
    return any(c.dep_ == "neg" or c.lower_ == "cannot" for c in verb.children) or any(t.dep_ == "neg" for t in prep.subtree)


def _signature_put(token) -> bool:
    """"put our signature under a treaty": a verb whose object is the signature signs."""
    return any(c.dep_ == "dobj" and stem(c.lower_) == stem("signature") for c in token.children)


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
    """"continues to hold Ruritanian prisoners": holding captives is conduct against their release
    (so, narrated of a party, no position of it)."""
    return stem(token.lower_) in _HOLDING and previous is not None and previous.dep_ == "dobj" \
        and stem(previous.lower_) in _CAPTIVES


_STAYING_HELD = frozenset(stem(w) for w in "remain stay sit languish".split())
_CUSTODY = frozenset(stem(w) for w in "custody detention prison prisons jail jails captivity cells".split())


def stays_captive(token, previous) -> bool:
    """"thirteen detainees remain in custody": the captives' subject staying held is their captivity
    going on, against their release (so "regrets that X remain in custody" wants them freed)."""
    return stem(token.lower_) in _STAYING_HELD and previous is not None and previous.dep_ == "nsubj" \
        and any(p.lower_ == "in" and any(stem(o.lower_) in _CUSTODY for o in p.children) for p in token.children)


def captives_return(cue) -> bool:
    """"the remaining detainees to come home": captives going home is their release, not the
    return of the displaced."""
    return stem(cue.lower_) in _RETURNING and any(
        c.dep_ in {"nsubj", "nsubjpass"} and stem(c.lower_) in _CAPTIVES for c in cue.children)


def loses_validity(token) -> bool:
    """"the provisions have not lost their force": losing force ends what the subject names."""
    return token.lower_ in {"lose", "loses", "lost", "losing"} and any(
        c.dep_ == "dobj" and stem(c.lower_) in _VALIDITY for c in token.children)


_HARMING = frozenset(stem(w) for w in "squander waste undermine sabotage jeopardise jeopardize endanger damage destroy".split())


def squanders(token) -> bool:
    """"withdrawing the case throws away the last lever", "X undermines trust": the subject's act does
    harm, so it is argued against (not where nothing is harmed: "threatens no one")."""
    thrown = stem(token.lower_) == stem("throw") and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "away" for c in token.children)
    if not (thrown or stem(token.lower_) in _HARMING):
        return False
    return not any(c.dep_ == "dobj" and (c.lower_ in {"nothing", "nobody", "none"} or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in token.children)


def rights_bearer(token) -> bool:
    """"Those displaced have a right to return": the subject is whom the right belongs to, not
    who argues for it (the author's or a speaker's argument)."""
    return token.lower_ in {"have", "has", "had"} and any(
        c.dep_ == "dobj" and c.lower_ in {"right", "rights"} for c in token.children)


_PERMITTING = LEAVE_VERBS | stems("enable authorise authorize invite")


def negated_purpose(token, previous) -> bool:
    """"We did not initial this treaty to put it in a drawer": the negation denies the purpose
    after the object, not the act the walk comes up from."""
    if stem(token.lower_) in _NEEDING:
        return False  # "will not need monitors to keep our word" denies the need
    # "will not allow X to take part": X's part, no purpose (the passive "must not be allowed to fade" is one)
    permits = stem(token.lower_) in _PERMITTING and previous is not None and previous.dep_ == "dobj"
    return previous is not None and previous.dep_ in {"dobj", "nsubjpass"} and any(
        (c.dep_ == "advcl" or c.dep_ == "xcomp" and not permits) and c.i > previous.i and any(a.lower_ == "to" and a.dep_ == "aux"
                                                                  for a in c.children)
        for c in token.children)


def said_aside(token) -> bool:
    """"Iran, he said, would never accept …": the clause is reported speech, not the writer's forecast."""
    return any(c.dep_ == "parataxis" and stem(c.lower_) in SPEECH_PREDICATES for c in token.children)


def guarantee_of(cue) -> bool:
    """"return … under international protection", "with international guarantees": the terms a
    return is wanted on are an issue of their own, not a qualifier of the return's phrase."""
    if cue.dep_ == "pobj" and cue.head.lower_ in {"in", "with"} and cue.lower_ in _SAFE_TERMS:
        return True  # "return in safety, with guarantees that …": the guarantees are wanted too
    return cue.dep_ == "pobj" and cue.head.lower_ in {"under", "with"} and any(
        stem(c.lower_) == stem("international") for c in cue.children)


_SAFE_TERMS = frozenset({"safety", "security", "guarantees"})


def narrated_fragment(doc, span) -> bool:
    """A quoted noun phrase that the narration governs ("cautioned against 'one-sided assessments'",
    "demanded 'immediate sanctions'"): the stance is the narration's, so the walk reads on past it."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or words.root.dep_ not in {"pobj", "dobj"} or any(t.dep_ == "ROOT" for t in words):
        return False
    if sum(not t.is_punct for t in words) <= 6:  # "extra-regional" is one word, not three
        return not any(t.dep_ in SUBJECT_DEPS | {"aux"} for t in words)
    head = words.root.head  # a longer object of a narrated verb: 'did not need "observers to tell us who …"'
    return words.root.dep_ == "dobj" and not (span.start <= head.idx < span.end) \
        and stem(head.lower_) not in SPEECH_PREDICATES


_LINES = frozenset(stem(w) for w in "border frontier boundary".split())
_OPENING = frozenset(stem(w) for w in "open reopen close shut cross".split())


def opened_crossing(cue) -> bool:
    """"will open its land border with X", "the border could open", "an open border", "keep the border
    quiet": a border opened or closed, quiet or calm, is a
    crossing (transport), not the line's delimitation; one guarded or protected ("guard its own
    borders", "the border is protected by its own guards") is a place held, not a line drawn."""
    if stem(cue.lower_) not in _LINES:
        return False
    verb = stem(cue.head.lower_)
    if any(c.dep_ == "amod" and stem(c.lower_) in _STATES for c in cue.children):
        return True  # "an open border", "a quiet border"
    if cue.dep_ in {"compound", "nmod"} and stem(cue.head.lower_) in _CROSSING_NOUNS:
        return True  # "border procedures", "border stations", "border and customs control": crossing it
    if cue.dep_ == "pobj" and cue.head.lower_ == "on" and stem(cue.head.head.lower_) in _STATIONED:
        return True  # "guards have served on Armenia's borders": where they are, not where the line runs
    if cue.dep_ in {"dobj", "nsubj"} and any(
            c.dep_ in {"oprd", "acomp"} and stem(c.lower_) in _STATES for c in cue.head.children):
        return True  # "keep the border quiet", "the border should have been open"
    return (cue.dep_ in {"dobj", "nsubjpass", "nsubj"} and verb in _OPENING) or \
        (cue.dep_ in {"dobj", "nsubjpass"} and verb in _GUARDING)


_GUARDING = frozenset(stem(w) for w in "guard protect defend patrol secure police watch monitor control".split())
_STATIONED = frozenset(stem(w) for w in "serve served station stationed deploy deployed stand stood".split())
# what a border is like, not where it runs: open or closed to crossing, quiet or calm
_CROSSING_NOUNS = frozenset(stem(w) for w in (
    "procedures crossing crossings checkpoint checkpoints formalities control controls posts station stations "
    "customs regime").split())
_STATES = frozenset(stem(w) for w in "open closed shut quiet calm peaceful stable".split())


def silent(token, previous) -> bool:
    """"did not say a word about X", "said nothing about X": a party's silence, which is no stance
    (unlike "will not declare its support", where the walk comes up from what is declared)."""
    if stem(token.lower_) not in SPEECH_PREDICATES or previous is None or previous.lower_ not in {"about", "word"}:
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "dobj" and c.lower_ in NEGATIVE_PRONOUNS) for c in token.children)


_REFUSING_MARKS = frozenset({"if"})


def refused_condition(token) -> bool:
    """"If the price is X, there will be no signature", "we will not sign if X": what the condition
    names is refused (unlike "not … unless X", where X is wanted)."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _REFUSING_MARKS for c in token.children):
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
    cue's phrase names, not a refusal of it; "once the referendum date is set": a time, no stance."""
    if when_dated(cue):
        return True
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


_DATE_NOUNS = frozenset(stem(w) for w in "date dates timing day deadline schedule timetable".split())
_TIME_MARKS = frozenset({"once", "when", "after", "until", "before", "as soon as"})


def when_dated(cue) -> bool:
    """"(will meet again) once the referendum date is set": the cue names the date of an act in a
    clause of time, which says when something else happens, not what anyone wants."""
    if cue.dep_ != "compound" or stem(cue.head.lower_) not in _DATE_NOUNS:
        return False
    clause = cue.head.head
    return clause.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS for c in clause.children)


# verbs of backing away ("walk away from", "pull out of"); not stance._LEAVING, a different set
_LEAVING = frozenset(stem(w) for w in "walk turn step move back pull opt drop run shy stay".split())


def walks_away(token, previous) -> bool:
    """"walk away from the talks", "pull out of the process", "stays away from X": leaving what
    follows is against it (the walk comes up through "from"/"of" to "away"/"out")."""
    if abandons(token, previous):
        return True
    return token.lower_ in {"away", "out"} and previous is not None and previous.dep_ == "prep" \
        and previous.lower_ in {"from", "of"} and stem(token.head.lower_) in _LEAVING


def sends_away(token, previous) -> bool:
    """"send the mission home", "send the monitors back": sending the object away ends its presence
    (the parser may read "the mission home" as one noun, the walk coming up through "home")."""
    if stem(token.lower_) not in {"send", "ship"} or previous is None or previous.dep_ != "dobj":
        return False
    return previous.lower_ == "home" or any(c.lower_ in {"home", "back", "away"} and c.dep_ in {"advmod", "prt"}
                                            for c in token.children)


def abandons(token, previous) -> bool:
    """"leaves our people behind", "leaves X to the mercy of others": the walk comes up from the
    object of "leave" that "behind" or "to the mercy of" marks as abandoned (against it)."""
    if previous is None or previous.dep_ != "dobj" or stem(token.lower_) != stem("leave"):
        return False
    return any(c.lower_ == "behind" or (c.dep_ == "prep" and c.lower_ == "to" and any(
        g.lower_ == "mercy" for g in c.children)) for c in token.children)


def of_cue(token, cues: frozenset[int]) -> bool:
    """``token`` heads "… of <a cue of another issue>" ("any opening of communications that respects
    X"): what hangs on it qualifies that issue."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.i in cues for g in c.children) for c in token.children)


_REASONS = frozenset({"as", "because", "since"})


def own_clause(token) -> bool:
    """An adverbial clause that keeps its own sign: a purpose ("to sign …") or a reason with its own
    subject ("rejected the idea, as it rejects every observer": the refusal is not refused again)."""
    children = list(token.children)
    if asked_for(token):
        return False  # "(not) ask for X to return": what is asked for, under the asking verb's sign
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in _REASONS for c in children) and any(c.dep_ == "nsubj" for c in children)


def asked_for(token) -> bool:
    """"ask for X to return", "calling for the monitors to stay", "press for Y to be freed": a
    "for"-clause with its own subject under a verb of asking or wanting is what is wanted, not a purpose."""
    children = list(token.children)
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < token.i and not any(True for _ in c.children)
        for c in token.head.children)  # "push for X to be deployed": "for" parsed on the verb
    return token.dep_ == "advcl" and stem(token.head.lower_) in DEMAND_PREDICATES | STANCE_PREDICATES \
        and marked and any(c.dep_ in SUBJECT_DEPS for c in children)


_IDIOMS = frozenset({("in", "return"), ("in", "exchange"), ("on", "balance")})


def idiom(token) -> bool:
    """A cue word inside a set phrase that does not name the issue: "expects the same in return",
    "in exchange for"; only as a bare object of its preposition (no determiner, no modifier)."""
    return token is not None and (token.dep_ == "pobj" and not any(True for _ in token.children)
                                  and (token.head.lower_, token.lower_) in _IDIOMS or _figurative_hostage(token)
                                  or _bargaining_term(token) or _missing_part(token) or set_phrase(token))


_PART_NOUNS = frozenset("piece pieces link links part parts element ingredient puzzle".split())


def _missing_part(token) -> bool:
    """"the missing piece of the corridor", "the missing link": what a plan lacks, not missing persons."""
    return token.lower_ == "missing" and token.dep_ in {"amod", "compound"} and token.head.lower_ in _PART_NOUNS


_BARGAINING_HEADS = frozenset("position positions stance strategy tactic tactics chip card leverage power skills".split())


def _bargaining_term(token) -> bool:
    """"a negotiating position", "a bargaining chip": a stance in talks, not the talks themselves."""
    return token.lower_ in {"negotiating", "bargaining"} and token.dep_ in {"amod", "compound"} and (
        token.head.lower_ in _BARGAINING_HEADS)


def _figurative_hostage(token) -> bool:
    """"made hostages of a legal argument", "hostage to politics": held by a thing, a figure of speech
    ("hostages of the regime", "hostages of Xland" are captives)."""
    if token.lower_ not in {"hostage", "hostages"}:
        return False
    held_by = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "to"} for g in c.children
               if g.dep_ == "pobj"]
    return any(g.text.islower() and all(d.lower_ in {"a", "an"} for d in g.children if d.dep_ in {"det", "poss"})
               for g in held_by)


_UNITS = frozenset(stem(w) for w in "guards troops forces soldiers peacekeepers monitors observers units contingent mission missions".split())
_TERMS = frozenset(stem(w) for w in "sovereignty jurisdiction control law".split())  # "under X sovereignty"


def units_return(token) -> bool:
    """"Russian border guards could return to the crossing", "the monitors should go home": troops
    or monitors coming back or leaving, not displaced people returning home."""
    if token is not None and token.lower_ in {"home", "back"}:
        token = token.head
    if token is None or stem(token.lower_) not in _MOVING:
        return False
    verbs = [token]
    while verbs[-1].dep_ in {"conj", "xcomp"} and len(verbs) < 4:  # "the mission was supposed to pack up and go home"
        verbs.append(verbs[-1].head)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and stem((plural_antecedent(c) if c.lower_ == "they" else c).lower_)
               in _UNITS for verb in verbs for c in verb.children)  # "Xian guards stood there until 2024. … they will not return"


_MOVING = frozenset(stem(w) for w in "return go come".split())


def state_moves(token, names_state) -> bool:
    """"Whether Armenia might return to the alliance", "X should go back to the table": a state (named,
    ``names_state(subject)``) coming back to a body or a forum, not displaced people returning home
    (nothing is returned: no object)."""
    if token is not None and token.lower_ == "back":
        token = token.head
    if token is None or stem(token.lower_) not in _MOVING or any(c.dep_ == "dobj" for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and names_state(c) for c in token.children)


def qualifier(token) -> bool:
    """The cue sits in a phrase that sets terms for something else ("open the roads under Ruritanian
    sovereignty and jurisdiction", "on the basis of full respect for the sovereignty of the states
    concerned"): with another issue's cue in the sentence, it qualifies that issue rather than
    naming its own ("on the basis of respect for each other's sovereignty" is the parties' mutual
    recognition, and stays)."""
    node = token
    for _ in range(6):
        if node is None or node.dep_ not in {"pobj", "prep", "amod", "compound", "conj", "nmod"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ == "under" and node.dep_ == "prep":
            return stem(token.lower_) in _TERMS
        if node.lower_ == "basis" and node.head.lower_ == "on":  # "… of respect for each other's X" is mutual
            return not any(t.lower_ in {"each", "mutual", "mutually"} for t in node.subtree) \
                and not on_named_basis(token)
    return False


def on_named_basis(token) -> bool:
    """"delimits its border on the basis of the Alma-Ata Declaration": a named text as the basis is
    endorsed, an issue of its own, not a term set for the other issue (a principle in lower case, "of
    respect for sovereignty", still is one)."""
    node = token
    for _ in range(5):
        if node.dep_ not in {"pobj", "prep", "compound", "punct"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ == "basis" and node.head.lower_ == "on":
            named = [o for p in node.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            return any(o.text[:1].isupper() and o.left_edge.i <= token.i <= o.i for o in named)
    return False


def restricted(cue) -> bool:
    """"will not accept a treaty that can be overturned": what is refused is a kind of treaty that
    a relative clause marks out, not the treaty itself; the refusal is no opposition to the issue
    ("we oppose any demarcation that separates families" refuses every one: it stays)."""
    return cue is not None and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in cue.children) \
        and any(c.dep_ == "relcl" and stem(c.lower_) not in _SAYING for c in cue.children)
        # "a right of return, which it says is not part of the treaty": a view of it, no kind marked out


_SAYING = frozenset(stem(w) for w in "say says said call calls called describe describes described".split())


_GIVING = frozenset(stem(w) for w in "offer give provide lend grant extend".split())


def given_to(recipient) -> bool:
    """"offered satellite imagery to both commissions": the body something is given to is what the
    giver supports (unlike "told the commissions", whom one only speaks to)."""
    return recipient.dep_ == "dative" and stem(recipient.head.lower_) in _GIVING


_FRAME_NOUNS = frozenset({"part", "element", "component", "condition", "precondition", "basis", "cornerstone"})


def part_of_any(token) -> bool:
    """"must be part of any settlement": the demand is on what any deal contains, no stance on a
    deal itself."""
    return token is not None and token.dep_ == "pobj" and token.head.lower_ == "of" \
        and token.head.head.lower_ in _FRAME_NOUNS and any(c.lower_ == "any" for c in token.children)


_COMPETENCE_NOUNS = frozenset({"matter", "question", "issue", "affair", "business", "decision"})
_COPULAS = frozenset({"is", "are", "was", "were", "be", "remains", "remain"})


def competence(cue) -> bool:
    """"the constitution is a matter for our voters, not for negotiators": who decides on the cue's
    object, said of it as the subject of "is a matter for": a statement of competence, no stance."""
    if cue is None or cue.dep_ != "nsubj" or cue.head.lower_ not in _COPULAS or reserved(cue):
        return False  # "the safety of the line is a matter for the States" refuses anyone else
    return any(c.dep_ == "attr" and c.lower_ in _COMPETENCE_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "for" for p in c.children) for c in cue.head.children)
