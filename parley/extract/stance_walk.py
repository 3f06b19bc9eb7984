"""The walk from an issue cue up the dependency parse that ``stance.rules.v1`` is built on.

At each token on the path from the cue to the root the walk

* flips the sign for negation ("not", "no", "never"), for words of refusal or ending
  ("reject", "refrain from", "cease", "without", "barrier to") and for copulas with such a
  complement ("it is unacceptable that …");
* notes modality: a demand ("should", "calls for", "the need for"), an intention ("will",
  "ready to", "plans"), a condition (the cue inside or beside an "if / unless / once …"
  clause; inside one, the sign is fixed there: "we won't sign unless X" wants X), a
  hypothetical ("would", "could"; a counterfactual "had we …, we wouldn't have …" reads as
  its opposite);
* collects holders — actors that are subjects (or possessors of a stance noun, or agents
  of a passive) of the predicates passed. Whoever is urged or called on is a target, not a
  holder; what a speaker says another actor *does* is an accusation and is dropped, as is a
  narrated future about a third party (a prediction).

>>> Finding(("x",), 1, "reported", "asserted", "name").only("x").stance
'support'
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from parley.core.types import Quote

from .holders import DocContext, Resolution, relative_head
from .stance_lexicon import (
    ACCUSATION_WORDS, ATTITUDE_PREDICATES, CONDITION_MARKS, DEMAND_PREDICATES, DEMAND_WORDS,
    HYPOTHETICAL_WORDS, INTENTION_WORDS, NEGATION_WORDS, OPPOSE_WORDS, PLACE_TIME_PREPOSITIONS,
    SPEECH_PREDICATES, STANCE_NOUNS, STANCE_PREDICATES, TEMPORAL_CONDITION_MARKS, stem,
)

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBLIGATION = frozenset({"should", "must", "ought"})
_FUTURE = frozenset({"will", "would", "shall", "'ll", "’ll", "could", "might"})
_PHRASE_INNER = frozenset({"pobj", "prep", "amod", "compound", "conj", "cc", "det", "poss", "nmod", "appos"})
_WANTING = STANCE_PREDICATES | STANCE_NOUNS | DEMAND_WORDS | DEMAND_PREDICATES | INTENTION_WORDS


@dataclass(frozen=True)
class Finding:
    """A holder's stance on one cue: actors, sign (+1 support, -1 oppose), via and modality."""

    actors: tuple[str, ...]
    sign: int
    via: str
    modality: str
    resolution: str
    person: str | None = None
    quote: Quote | None = None
    certainty: float = 1.0
    free: bool = False  # no holder found: waiting for an author or a transcript speaker

    @property
    def stance(self) -> str:
        return "support" if self.sign > 0 else "oppose"

    def only(self, actor: str) -> "Finding":
        return replace(self, actors=(actor,))

    def assign(self, actors, via: str, person, resolution: str, certainty: float = 1.0) -> "Finding":
        return replace(self, actors=tuple(actors), via=via, person=person, resolution=resolution,
                       certainty=self.certainty * certainty, free=False)


@dataclass
class _Holder:
    resolution: Resolution
    token: Any
    sign: int
    stance_like: bool
    future: bool
    reported: bool = False


@dataclass
class _Walk:
    sign: int
    frozen: bool = False
    conditional: bool = False
    demanded: bool = False
    intended: bool = False
    hypothetical: bool = False
    flips: int = 0
    holders: list[_Holder] = field(default_factory=list)
    passed_lower: bool = False  # a subject actor was met below (kept or dropped)
    demand_pending: bool = False  # a demand was passed: the next subject up is who demands

    def flip(self) -> None:
        if not self.frozen:
            self.sign, self.flips = -self.sign, self.flips + 1

    @property
    def modality(self) -> str:
        for name in ("conditional", "demanded", "hypothetical", "intended"):
            if getattr(self, name):
                return name
        return "asserted"


def walk(ctx: DocContext, cue, polarity: int, settings: dict) -> list[Finding]:
    """Findings for one cue token (see the module docstring)."""
    quote = _quote_of(ctx, cue.idx)
    if (quote is not None and quote.speaker_actor is None) or _place_or_time(cue):
        return []
    w = _Walk(polarity)
    token, previous = cue, None
    while True:
        if quote is not None and not (quote.span.start <= token.idx < quote.span.end):
            break
        _negations(w, token, previous, cue)
        _markers(w, token, cue)
        if token.i != cue.i and stem(token.lower_) in ACCUSATION_WORDS:
            if quote is not None:
                return []
            w.holders.clear()
        if token.i != cue.i and _demands(token) and w.holders:
            w.holders.clear()  # whoever is called on or urged is a target, not a holder
            w.demand_pending = True
        condition = _condition(w, token)
        stop = False if condition else _holder_step(ctx, w, token, previous, quote)
        if stop or (token.dep_ == "relcl" and w.holders) or token.head.i == token.i:
            break
        previous, token = token, token.head
    if polarity < 0 and w.flips == 0 and not _wanted(cue):
        return []  # fighting mentioned, not wanted or refused
    if _counterfactual(cue.sent):
        w.sign, w.hypothetical = -w.sign, True
    if quote is not None:
        return [] if w.holders and w.holders[-1] is None else [_quote_finding(w, quote)]
    return _narration_findings(w, settings)


def _place_or_time(cue) -> bool:
    """The cue names where or when ("at the border", "after the war"), not what is wanted."""
    head = cue
    while head.dep_ in {"compound", "amod"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_TIME_PREPOSITIONS


def _wanted(cue) -> bool:
    """A stance word governs the cue directly ("plans to invade", "wants war")."""
    token = cue
    while token.dep_ in _PHRASE_INNER and token.head.i != token.i:
        token = token.head
    governor = token.head if token.dep_ in {"dobj", "xcomp", "acl", "pobj"} else token
    return stem(governor.lower_) in _WANTING or stem(token.lower_) in _WANTING


def _demands(token) -> bool:
    word = stem(token.lower_)
    return word in DEMAND_PREDICATES or (word in DEMAND_WORDS and token.dep_ not in {"aux"})


def _quote_of(ctx: DocContext, position: int) -> Quote | None:
    for quote in ctx.state.quotes:
        if quote.direct and quote.span.start <= position < quote.span.end:
            return quote
    return None


def _negations(w: _Walk, token, previous, cue) -> None:
    for child in token.children:
        if previous is not None and child.i == previous.i:
            continue
        if child.dep_ == "neg" or (child.lower_ in NEGATION_WORDS and child.dep_ in {"det", "advmod", "neg"}):
            w.flip()
        elif child.dep_ in {"acomp", "attr"} and token.pos_ != "NOUN" and stem(child.lower_) in OPPOSE_WORDS:
            w.flip()  # "it is unacceptable that …", "were the main barriers to …"
    if token.i != cue.i and (stem(token.lower_) in OPPOSE_WORDS or token.lower_ == "without"):
        w.flip()
    if previous is not None and previous.dep_ == "prep":
        for child in token.children:  # "put an end to X", "put a stop to X"
            if child.dep_ == "dobj" and stem(child.lower_) in OPPOSE_WORDS:
                w.flip()


def _markers(w: _Walk, token, cue) -> None:
    word = stem(token.lower_)
    if token.i != cue.i and (word in DEMAND_WORDS or word in DEMAND_PREDICATES):
        w.demanded = True
    if token.i != cue.i and word in INTENTION_WORDS:
        w.intended = True
    for child in token.children:
        if child.dep_ == "aux":
            if child.lower_ in _OBLIGATION:
                w.demanded = True
            elif child.lower_ in {"will", "shall", "'ll", "’ll"}:
                w.intended = True
            elif child.lower_ in HYPOTHETICAL_WORDS:
                w.hypothetical = True


def _condition(w: _Walk, token) -> bool:
    """Passing from a condition clause to its main clause fixes the sign (the condition is wanted).

    Returns whether ``token`` heads a condition (its subject then holds nothing).
    """
    if token.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    head = token.head
    modal_head = any(c.dep_ in {"aux", "neg"} for c in head.children) or any(
        c.lower_ == "only" for c in token.children
    )
    if marks & CONDITION_MARKS or (marks & TEMPORAL_CONDITION_MARKS and modal_head):
        w.frozen, w.conditional = True, True
        w.holders.clear()
        w.hypothetical = False
        return True
    return False


def _holder_step(ctx: DocContext, w: _Walk, token, previous, quote) -> bool:
    """Look for a holder at ``token``; ``True`` ends the walk."""
    subject = _subject(token)
    kind = _predicate_kind(token, previous)
    if subject is None:
        return False
    resolution = ctx.resolve(relative_head(subject))
    if not resolution.found:
        return False
    if quote is not None:
        return _quote_holder(ctx, w, token, resolution, quote)
    if w.demand_pending:
        w.demand_pending, w.demanded, w.passed_lower = False, True, True
        w.holders.append(_Holder(resolution, token, w.sign, True, False, True))
        return False
    if kind == "demand" or _obliged(token):
        w.holders = [h for h in w.holders if h.resolution.actors == resolution.actors]
        if _obliged(token):
            w.demanded = True
            w.passed_lower = True
            return False
        w.demanded = True
    elif w.holders or w.passed_lower:
        _judge_lower(w, kind, resolution)
        if kind not in {"attitude", "stance"}:
            return False
    w.holders.append(_Holder(resolution, token, w.sign, kind in {"stance", "attitude", "demand"}, _future(token)))
    w.passed_lower = True
    return False


def _judge_lower(w: _Walk, kind: str, upper: Resolution) -> None:
    """Holders below a verb of saying or wanting: keep positions, drop what is said of others."""
    kept = []
    for holder in w.holders:
        same = bool(set(holder.resolution.actors) & set(upper.actors)) or holder.resolution.kind == "pronoun"
        if holder.resolution.kind in {"pronoun", "party"} and upper.actors and holder.resolution.kind == "pronoun":
            holder.resolution = upper
        if same or holder.stance_like:
            holder.reported = kind in {"speech", "attitude", "stance", "demand"}
            kept.append(holder)
    w.holders = kept


def _quote_holder(ctx: DocContext, w: _Walk, token, resolution: Resolution, quote: Quote) -> bool:
    """Inside a quote: the speaker's own clause, a demand on another actor, or a report about one."""
    own = resolution.kind == "first" or quote.speaker_actor in resolution.actors
    if own:
        return True
    if _obliged(token) or _predicate_kind(token, None) == "demand":
        w.demanded = True
        return True
    if w.frozen:
        return False
    w.holders.append(None)  # another actor's conduct reported by the speaker: no position
    return True


def _quote_finding(w: _Walk, quote: Quote) -> Finding:
    return Finding((quote.speaker_actor,), w.sign, "quote", w.modality, "name", quote.speaker, quote,
                   0.85 if w.flips >= 2 else 1.0)


def _narration_findings(w: _Walk, settings: dict) -> list[Finding]:
    if not w.holders:
        return [Finding((), w.sign, "author", w.modality, "none", free=not w.passed_lower,
                        certainty=0.85 if w.flips >= 2 else 1.0)]
    out = []
    for holder in w.holders:
        first = holder.resolution.kind == "first"
        if settings.get("drop_predictions", True) and holder.future and not holder.reported and not first:
            continue  # a narrated future of a third party is a prediction
        if holder.sign < 0 and not holder.stance_like and not first:
            continue  # what an actor is said to do against an issue is an accusation
        modality = w.modality if holder.token is not None else "asserted"
        finding = Finding(holder.resolution.actors, holder.sign, "reported", modality, holder.resolution.kind,
                          holder.resolution.person, None, 0.85 if w.flips >= 2 else 1.0)
        out.append(replace(finding, free=True, actors=()) if first else finding)
    return out


def _subject(token):
    """The subject (or agent, or stance-noun possessor) of a predicate token, if any."""
    for child in token.children:
        if child.dep_ in _SUBJECT_DEPS and child.lower_ not in {"there", "it"}:
            return child
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if stem(token.lower_) in STANCE_NOUNS:
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "by"):
                return child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
    if token.dep_ == "conj" and token.head.i != token.i:
        return _subject(token.head) if token.head.dep_ != "conj" else None
    return None


def _predicate_kind(token, previous) -> str:
    word = stem(token.lower_)
    below = stem(previous.lower_) if previous is not None else ""
    complements = {stem(c.lower_) for c in token.children if c.dep_ in {"acomp", "xcomp", "attr", "dobj"}}
    if word in DEMAND_PREDICATES:
        return "demand"
    if word in STANCE_PREDICATES or below in STANCE_PREDICATES or complements & STANCE_PREDICATES or word in STANCE_NOUNS:
        return "attitude" if word in ATTITUDE_PREDICATES else "stance"
    if word in ATTITUDE_PREDICATES:
        return "attitude"
    if word in SPEECH_PREDICATES:
        return "speech"
    return "conduct"


def _obliged(token) -> bool:
    """The clause says its subject should or must act: a demand on it, not its own position."""
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in token.children)


def _future(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in token.children)


def _counterfactual(sentence) -> bool:
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
        subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if auxes and subjects and ("if" in marks or auxes[0].i < subjects[0].i):
            return True
    return False
