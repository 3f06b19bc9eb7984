"""How a cue hangs on the clause around it: syntax cases of the stance walk (:mod:`.stance_walk`).

* an instrument ("settle the dispute by peaceful means", "through dialogue") is the manner the
  holder commits to, its own issue, not a qualifier of the verb's issue;
* a presence (monitors, troops, guards) that is the subject of a verb of leaving ("the monitors
  should leave") is wanted gone: the walk turns the sign, as "withdraw the monitors" does;
* a cue in the agent of a participle on another issue's noun ("the remains of soldiers found by
  deminers") only describes that noun;
* refusing "the price for X", "the conditions of X" is no refusal of X;
* a cue given terms ("the route must stay under X's control") is not itself wanted;
* the bare topic of a verb of speaking ("spoke of the monuments") is a mention, no stance;
* "silent about X" is a silence, "this does not mean that X …" a denied conclusion, "nobody can say
  that X does not want Y" a denied claim: no stance;
* "X, welcoming Y, said …": the noun a participle of stance hangs on holds it;
* "not everyone", "not all" as a subject says that some, unnamed, disagree: no one's position.

>>> INSTRUMENT_PREPOSITIONS >= {"by", "through"}
True
"""

from __future__ import annotations

from .issue_exclusive import reserved
from .stance_lexicon import ACQUAINTANCE_VERBS, STANCE_NOUNS, STANCE_PREDICATES, stem, stems
from .stance_contents import scope_only
from .stance_syntax import negative_phrase, verbal

INSTRUMENT_PREPOSITIONS = frozenset({"by", "through", "via"})
LEAVING_VERBS = stems("leave depart withdraw exit pack")  # "pack up"
"""Verbs of leaving: with a presence as subject its end is wanted ("the monitors should leave").

Not the same set as ``stance._LEAVING`` (which has "go", "end", "return" but not "depart", "exit");
the two are kept apart so that each reader's output stays as it is."""
_BARE_TOPIC_PATH = 3  # tokens walked: the cue, "of"/"about", the verb; anything more and the cue is no bare topic

PRICE_WORDS = stems("price cost precondition condition terms toll")
"""Nouns of what one pays for a thing: refusing "the price for X" is not refusing X."""

TERMS_VERBS = stems("have stay remain be is are was were")
"""Verbs that give their subject terms ("the route must stay under X's control", "must have no guards")."""

TOPIC_VERBS = stems("speak spoke spoken talk write wrote written")
"""Verbs whose "of"/"about" object is only a topic ("they spoke of the monuments")."""

IMPLYING_VERBS = stems("mean imply suggest signal")
"""Verbs that draw a conclusion: denied ("this does not mean that X …"), the clause is no one's stance."""

CLAIM_VERBS = stems("say tell claim argue")
"""Verbs that put a claim: denied ("nobody can tell us that X is not serious about Y"), the claim is no one's stance."""

_NOBODY_IN_PARTICULAR = frozenset({"everyone", "everybody", "all"})


def instrument(token) -> bool:
    """``token`` is a preposition of means on a verb: "(settle it) by peaceful means"."""
    return token.dep_ == "prep" and token.lower_ in INSTRUMENT_PREPOSITIONS and verbal(token.head)


def done_by(token) -> bool:
    """A participle with its agent on a noun, or that agent ("the soldiers found by deminers"): who did it only
    describes the noun, so a cue in the agent qualifies the noun's issue."""
    if token.dep_ == "agent":
        token = token.head
    return token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children)


def destination(token):
    """The verb of motion whose destination ``token`` is ("return to the route": "return"), else None;
    where troops return to is a place, not an issue of its own."""
    if token is None or token.dep_ != "pobj" or token.head.lower_ not in {"to", "into", "onto"}:
        return None
    return token.head.head


def price_of(cue) -> bool:
    """The cue is what a price or condition is for ("reject the price for the treaty", "the terms of
    the deal"): a refusal of the price is no refusal of the cue."""
    if cue is None or cue.dep_ != "pobj" or cue.head.lower_ not in {"for", "of"}:
        return False
    noun = cue.head.head
    return any(stem(t.lower_) in PRICE_WORDS for t in (noun, *(c for c in noun.children if c.dep_ == "compound")))


def terms_only(cue) -> bool:
    """The cue is the subject of terms set for it ("the route must stay under Ruritanian sovereignty",
    "the corridor must have no foreign guards"): the terms are at stake, not the cue ("the road must
    stay open" has a complement and keeps it)."""
    if cue is None or cue.dep_ != "nsubj" or stem(cue.head.lower_) not in TERMS_VERBS or reserved(cue):
        return False  # "security would stay with their own services alone" refuses anyone else
    children = list(cue.head.children)
    if any(c.dep_ in {"acomp", "oprd", "attr", "neg"} for c in children):
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"under", "with", "without"}) for c in children)


def plural_antecedent(pronoun):
    """The nearest plural noun subject before "they" in its sentence or the one before ("Xian border
    guards stood at the crossing until 2024. The government has said they will not return": the
    guards), else the pronoun itself."""
    doc, sentence = pronoun.doc, pronoun.sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(doc[first:pronoun.i]):
        if token.dep_ in {"nsubj", "nsubjpass"} and token.lower_.endswith("s") and token.lower_ not in {"this", "its"}:
            return token
    return pronoun


def spoke_of(token, previous, path) -> bool:
    """The cue is the bare topic of a verb of speaking ("members who spoke of Ruritanian monuments",
    "she wrote about the railway"): a mention, no stance (what they said about it is not given)."""
    return previous is not None and previous.dep_ == "prep" and previous.lower_ in {"of", "about"} \
        and len(path) == _BARE_TOPIC_PATH and stem(token.lower_) in TOPIC_VERBS


def no_stance(token, previous) -> bool:
    """The walk meets a silence ("remained silent about X", "kept silent on X"), a text read or seen, or a denied conclusion
    ("None of this means that X opposes Y", "this does not suggest that …") or a denied claim ("Nobody can tell us
    that X is not serious about Y"; "Reports suggested that X … This is not X's position"): no stance on the cue."""
    if token.dep_ == "ccomp" and stem(token.head.lower_) in CLAIM_VERBS | IMPLYING_VERBS and _denied(token.head):
        return True  # the denied clause itself, before a holder inside it (a quote's speaker) ends the walk
    if token.lower_ == "silent":
        return previous is not None and previous.lower_ in {"about", "on", "over"}
    if fronted_topic(token, previous) or scope_only(token, previous) or refuted_claim(token) or refuted_next(token) \
            or agenda_owner(token, previous):
        return True
    if stem(token.lower_) in ACQUAINTANCE_VERBS and (_denied(token) or stem(token.lower_) in _SCRUTINY_VERBS):
        return previous is not None and previous.dep_ == "dobj"  # "I have not read the text" (but "to see it signed")
    if previous is None or previous.dep_ != "ccomp" or stem(token.lower_) not in IMPLYING_VERBS:
        return False
    return _denied(token)


_AGENDA_NOUNS = frozenset({"agenda", "agendas"})


def agenda_owner(token, previous) -> bool:
    """"X is not on the agenda of the border commissions, of the railway study …": the bodies whose
    agenda it is are the forum, not what is wanted or refused (the parse may hang the second "of" on the verb)."""
    if previous is None or previous.dep_ not in {"prep", "conj"} or previous.lower_ != "of":
        return False
    if token.lower_ in _AGENDA_NOUNS:
        return True
    places = [token, *token.children] if previous.dep_ == "conj" else list(token.children)  # "on the agenda of A or of B"
    return any(p.lower_ == "on" and any(o.lower_ in _AGENDA_NOUNS for o in p.children) for p in places)


_CLAIM_NOUNS = stems("claim report rumour rumor allegation assertion suggestion story")
_FALSE = stems("false untrue wrong baseless groundless unfounded fake absurd nonsense lie fiction invention")


def refuted_claim(clause) -> bool:
    """``clause`` spells out a claim the sentence calls false ("Claims that X opposes Y are false",
    "reports that X rejects Y are untrue"): what it says is nobody's stance."""
    noun = clause.head
    if clause.dep_ not in {"acl", "relcl"} or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if stem(noun.lower_) not in _CLAIM_NOUNS or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(c.dep_ in {"acomp", "attr"} and stem(c.lower_) in _FALSE for c in noun.head.children)


_HEARSAY = _CLAIM_NOUNS | stems("media press outlet")
_THIS = frozenset({"this", "that", "these", "it", "such"})
_IS = frozenset({"is", "was", "are", "were"})
_TRUTH = stems("position policy view case true correct accurate")  # "This is not X's position", "not true"


def refuted_next(verb) -> bool:
    """``verb`` heads a sentence of hearsay ("Some reports have suggested that X would accept Y") that
    the next sentence denies ("This is not X's position", "That is not true", "That is false"; not "This is
    not new"): nobody's stance."""
    if verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and stem(c.lower_) in _HEARSAY for c in verb.children):
        return False
    following = verb.sent.end
    if following >= len(verb.doc):
        return False
    denial = verb.doc[following].sent.root
    if not any(c.dep_ == "nsubj" and c.lower_ in _THIS for c in denial.children) or denial.lower_ not in _IS:
        return False
    said = [c for c in denial.children if c.dep_ in {"acomp", "attr"}]
    negated = any(c.dep_ == "neg" for c in denial.children)
    return any(stem(c.lower_) in _FALSE or (negated and stem(c.lower_) in _TRUTH) for c in said)


_TOPIC_VERBS = stems("be was were is say said speak spoke talk")
"""Verbs a fronted "On X" only frames: "On observers he was blunt: …" says where the stance lies, not what it is."""


def fronted_topic(token, previous) -> bool:
    """``previous`` is an "On/Regarding X" that opens the clause of a verb of being or saying: a topic, no stance."""
    if previous is None or previous.dep_ != "prep" or previous.lower_ not in {"on", "regarding", "concerning"}:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return stem(token.lower_) in _TOPIC_VERBS and subject is not None and previous.i == token.sent.start \
        and previous.i < subject.i


_SCRUTINY_VERBS = stems("read study")
"""Verbs of looking into a text: "would study the text", "have read the remarks" take no side on it."""


def _denied(verb) -> bool:
    """"does not X", "nobody has X-ed": the verb is negated or has a negative subject."""
    return any(c.dep_ == "neg" or (c.dep_ in {"nsubj", "nsubjpass"} and negative_phrase(c)) for c in verb.children)


def participle_agent(token, previous):
    """"Syldavia, welcoming the treaty, said …", "X's envoy, expressing support for the mission, …": the
    noun an active participle of stance hangs on is the one who welcomes or supports; else None."""
    if previous is None or previous.dep_ != "acl" or not previous.lower_.endswith("ing") or token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    stance = stem(previous.lower_) in STANCE_PREDICATES or any(
        c.dep_ == "dobj" and stem(c.lower_) in STANCE_NOUNS for c in previous.children)
    return token if stance else None


def leaves(token, previous) -> bool:
    """The walk comes from the subject of a verb of leaving ("the monitors should leave", "the troops
    will withdraw from the border", "the mission must leave the region"): the subject's presence ends
    (not "the treaty leaves no room for X", "leaves our people behind": nothing departs)."""
    return previous is not None and previous.dep_ == "nsubj" and (stem(token.lower_) in LEAVING_VERBS or _wanted_end(token)) \
        and not any(c.lower_ == "behind" or c.dep_ == "dobj" and (c.lower_ in {"room", "nothing", "doubt"} or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in token.children)


def _wanted_end(token) -> bool:
    """"called for the mission to end", "wants the mandate to expire", "the mission should end": an
    infinitive or a "should"/"must" of ending, what someone wants to happen (a finite "the war ended"
    is a report of the past, not a wish)."""
    return stem(token.lower_) in _ENDING_VERBS and any(c.dep_ == "aux" and c.lower_ in _WANTING_AUX for c in token.children)


_WANTING_AUX = frozenset({"to", "should", "must"})  # "for the mission to end", "the mission should end with it"


_ENDING_VERBS = stems("end expire cease")


def not_everyone(subject) -> bool:
    """"Not everyone welcomed the deal", "not all agree": a negated universal subject names no holder."""
    return subject.lower_ in _NOBODY_IN_PARTICULAR and any(c.dep_ in {"neg", "advmod", "preconj"} and c.lower_ == "not"
                                                         for c in subject.children)
