"""The walk from an issue cue up the dependency parse that ``stance.rules.v1`` is built on.

At each token on the path from the cue to the root the walk

* flips the sign for negation ("not", "no", "never"; but "X is not for sale" holds X), for
  "accused Y of <conduct against the issue>" (the accuser wants the issue), for words of refusal or ending
  ("reject", "refrain from", "cease", "without", "barrier to") and for copulas with such a
  complement ("it is unacceptable that …");
* notes modality: a demand ("should", "calls for", "the need for"), an intention ("will",
  "ready to", "plans"), a condition (the cue inside or beside an "if / unless / once …"
  clause; inside one, the sign is fixed there: "we won't sign unless X" wants X), a
  hypothetical ("would", "could"; a counterfactual "had we …, we wouldn't have …" reads as
  its opposite);
* collects holders — actors that are subjects (or possessors of a stance noun, or agents
  of a passive, or "the X proposed by Y") of the predicates passed. Whoever is urged, called
  on or told what they "should" do is a target, not a holder; what a speaker says another
  actor *does* is an accusation and is dropped, as is what follows "claims that …" unless it
  is rejected, and, in an op-ed, a narrated future about a third party (a prediction).

A relative clause of stance on the cue's noun phrase gives its subject the position ("a
treaty, which the EU has supported"; "the constitution, which Yerevan rejects"); a cue that is
the subject of a future ("a deal will be signed") is a forecast, no author's position (in a joint
statement, a commitment of its issuers); "the results of the war" name an event; "rather
than X" and a negative subject ("no government can accept X", "nobody wants war") turn the sign.

Moving up from a conjunct skips its head ("opposes X and is ready for Y": "ready" is not
opposed); moving up from a purpose clause keeps its sign ("should not have to X to go home").

>>> Finding(("x",), 1, "reported", "asserted", "name").only("x").stance
'support'
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from parley.core.types import Quote

from .holders import DocContext, Resolution, relative_head
from .stance_lexicon import (
    ACCUSATION_WORDS, ACCUSING_VERBS, CONFLICT_WORDS, COPULAS, DEMAND_PREDICATES, DEMAND_WORDS, HYPOTHETICAL_WORDS,
    INTENTION_WORDS, NEUTRAL_PREDICATES, REJECTION_WORDS, STANCE_PREDICATES, stem,
)
from .stance_syntax import OBLIGATION as _OBLIGATION, SUBJECT_DEPS as _SUBJECT_DEPS, agent as _agent
from .stance_syntax import condition_clause as _condition_clause, counterfactual as _counterfactual
from .stance_syntax import demands as _demands, raises_issue, reaches_agreement
from .stance_objects import wanted_kind
from .stance_relative import relative_holders
from .stance_cleft import cleft_clause
from .stance_bound import bound_party
from .stance_pretence import pretended
from .stance_attachment import no_stance, not_everyone, participle_agent, spoke_of
from .stance_colon import colon_announcer
from .stance_recommendation import sponsor_span
from .stance_clauses import before_semicolon, put_to, says_own, passive_patient
from .stance_generic import generic_denial
from .stance_cases import narrated_fragment, own_clause, precondition, refused_condition
from .stance_cases import rights_bearer, said_aside, silent, unnamed_sayer
from .stance_flips import less_preferred, negations
from .stance_scope import not_an_issue, wanted
from .stance_syntax import as_clause_subject, own_activity_reported, question_clause
from .stance_syntax import future as _future, obliged as _obliged, predicate_kind as _predicate_kind
from .stance_syntax import subject as _subject, verbal as _verbal


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
    aside: bool = False  # from a relative clause on the cue's noun: leaves the main clause's holder open

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
    modality: str = "asserted"


@dataclass
class _Walk:
    sign: int
    frozen: bool = False
    conditional: bool = False
    demanded: bool = False
    intended: bool = False
    hypothetical: bool = False
    accused: bool = False
    flips: int = 0
    holders: list[_Holder | None] = field(default_factory=list)
    passed_lower: bool = False  # an actor subject was met below (kept or dropped)
    predicted: bool = False  # the cue is the subject of a future: "the ceasefire will hold"
    blocked: bool = False  # the cue follows "(is) an obstacle to": its subject is blamed, not a holder
    demand_pending: bool = False  # a demand was passed: the next subject up is who demands
    path: set[int] = field(default_factory=set)
    aside: list = field(default_factory=list)  # holders beside the clause ("…, as X asked"), not under its verb

    def flip(self) -> None:
        if not self.frozen:
            self.sign, self.flips = -self.sign, self.flips + 1

    @property
    def modality(self) -> str:
        for name in ("conditional", "demanded", "hypothetical", "intended"):
            if getattr(self, name):
                return name
        return "asserted"

    def hold(self, resolution: Resolution, token, stance_like: bool, future: bool, reported: bool = False) -> None:
        """Record a holder with the modality met so far; what lies above starts afresh."""
        self.holders.append(_Holder(resolution, token, self.sign, stance_like, future, reported, self.modality))
        self.passed_lower = True
        self.demanded = self.intended = self.hypothetical = False


def walk(ctx: DocContext, cue, polarity: int, settings: dict, other_cues: frozenset[int] = frozenset()) -> list[Finding]:
    """Findings for one cue token (see the module docstring).

    ``other_cues``: token indices of other issues' cues in the sentence; a cue inside such a
    phrase ("a one-sided approach to the peace process") only qualifies it.
    """
    quote, outside = _quote_of(ctx, cue.idx), not_an_issue(cue, other_cues)  # each judged once per cue
    found = [] if outside else _walk_up(ctx, cue, polarity, settings, quote)
    if quote is None and not outside:
        found += relative_stances(ctx, cue, polarity)
    return found


def relative_stances(ctx: DocContext, cue, polarity: int) -> list[Finding]:
    """The holders of a relative clause of stance on the cue's phrase (:mod:`.stance_relative`)."""
    return [Finding(r.actors, sign, "reported", "asserted", r.kind, r.person, aside=True)
            for r, sign in relative_holders(ctx, cue, polarity)]


def _walk_up(ctx: DocContext, cue, polarity: int, settings: dict, quote: Quote | None) -> list[Finding]:
    if quote is not None and quote.speaker_actor is None:
        return []
    w = _Walk(polarity)
    token, previous, skip = cue, None, False
    while True:
        if quote is not None and not (quote.span.start <= token.idx < quote.span.end):
            if less_preferred(token, previous):  # "preferable to “any presence …”": the quoted words are refused
                w.flip()
            break
        w.path.add(token.i)
        if any(_condition_clause(c) for c in token.children if c.dep_ == "advcl" and c.i not in w.path):
            w.conditional = True  # "we will not sign unless …": the main clause is conditional
        clause = cleft_clause(token, previous, w.path)  # "What we oppose is X": the copula's subject is
        if clause is not None:  # a clause, whose verb and subject the walk goes on to (only negation here)
            negations(w, token, previous, cue)
            previous, token, skip = token, clause, False
            continue
        if not skip and _step(ctx, w, token, previous, cue, quote):
            break
        if w.holders and w.holders[-1] is None:
            return []
        w.predicted = w.predicted or (previous is not None and previous.dep_ in {"nsubj", "nsubjpass"}
                                      and len(w.path) <= 3 and _future(token) and not _obliged(token))
        if (token.dep_ == "relcl" and w.holders) or token.head.i == token.i or token.head.i in w.path:
            break
        if token.dep_ == "advcl" and own_clause(token):
            w.frozen = True  # a purpose ("to …") or a reason ("as it rejects …") keeps its own sign
        if before_semicolon(token):
            break  # "X must go; without that, nothing holds": the later clause is another sentence
        skip = token.dep_ == "conj" and _verbal(token.head)
        previous, token = token, token.head
    if polarity < 0 and w.flips == 0 and not wanted(cue):
        return []  # fighting mentioned, not wanted or refused
    if _counterfactual(cue.sent):
        w.sign, w.hypothetical = -w.sign, True
    if quote is not None:
        return [] if w.holders and w.holders[-1] is None else [_quote_finding(w, quote)]
    ended = bool(w.holders) and w.holders[-1] is None  # a silence, "not everyone": no one's stance
    return [] if own_activity_reported(cue) or ended else _narration_findings(ctx, w, settings)


def _step(ctx: DocContext, w: _Walk, token, previous, cue, quote) -> bool:
    """Everything the walk does at one token; ``True`` ends the walk."""
    if no_stance(token, previous) or pretended(token, previous):  # "remained silent about X", "this does
        # not mean that X …", "I will not pretend that X …": no stance
        w.holders.append(None)
        return True
    negations(w, token, previous, cue)
    _markers(w, token, cue)
    word = stem(token.lower_)
    if quote is None and stem(cue.lower_) not in CONFLICT_WORDS and _accuses_of(w, token, previous):
        w.holders.clear()
        w.flip()  # "X accused Y of taking sides": X rejects that conduct (of shelling: an event, no stance)
    elif token.i != cue.i and word in ACCUSATION_WORDS and not _claimed_right(token, previous):
        if quote is not None:
            w.holders.append(None)
            return True
        w.holders.clear()
        w.accused = True
    if token.i != cue.i and _demands(token) and w.holders:
        w.holders.clear()  # whoever is called on or urged is a target, not a holder
        w.demand_pending = True
    if _condition(w, token):
        return False
    _proposer(ctx, w, token)
    done = _holder_step(ctx, w, token, previous, quote)
    if not done and not w.holders and quote is None and token.head.i == token.i:
        _announced(ctx, w, token, cue)  # "X and Y agree entirely: no monitors should …"
        _recommended(ctx, w, token)
    if quote is None and question_clause(token):
        w.holders, w.passed_lower = ([None] if put_to(token) else []), True  # "asked whether X would …": no one's
    _wanted_as(ctx, w, token)
    _bound(ctx, w, token, previous)
    return done


def _claimed_right(token, previous) -> bool:
    """"any claim of a right of return", "claims to the land": a right asked for, not a charge."""
    return previous is not None and previous.dep_ == "prep" and previous.lower_ in {"of", "to"} and any(
        c.dep_ == "pobj" and c.lower_ in {"right", "rights", "land", "lands"} for c in previous.children)


def _announced(ctx: DocContext, w: _Walk, top, cue) -> None:
    """The subject of a clause of saying before a colon holds the clause after it (:mod:`.stance_colon`)."""
    found = colon_announcer(top, cue)
    subjects = [found[1], *(c for c in found[1].children if c.dep_ == "conj")] if found is not None else []
    resolutions = [ctx.resolve(s) for s in subjects]
    for resolution in resolutions:
        if resolution.kind == "first" and len(resolutions) > 1 and ctx.camp:
            resolution = Resolution((ctx.camp,), "role")  # "we and Y agree": the issuer with Y
        if resolution.actors or resolution.kind == "first":
            w.hold(resolution, found[0], True, False)


def _recommended(ctx: DocContext, w: _Walk, top) -> None:
    """"Ensure X … (France).": the bracketed sponsors demand it (:mod:`.stance_recommendation`)."""
    span = None if w.holders else sponsor_span(top)
    actors = ctx.actors_in(*span)[0] if span else ()
    if actors:
        w.demanded = True
        w.hold(Resolution(actors, "name"), top, True, False)


def _bound(ctx: DocContext, w: _Walk, token, previous) -> None:
    """"The treaty commits X and Y to recognise …": X and Y intend it (:mod:`.stance_bound`)."""
    party = bound_party(token, previous)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if party is None or (subject is not None and ctx.resolve(subject).actors):
        return
    if any(token.doc[i].dep_ == "relcl" for i in w.path):
        return  # "binds both sides to share data on tailings that reach the rivers from the mines": an aside
    resolution = ctx.resolve(party)
    if resolution.actors:
        w.intended = True
        w.hold(resolution, token, True, False, True)  # a commitment stated, not an opinion's forecast


def _wanted_as(ctx: DocContext, w: _Walk, token) -> None:
    """"(change the constitution), as X demands": X wants what the clause says (see stance_syntax)."""
    holder = as_clause_subject(token, w.path)
    resolution = ctx.resolve(holder) if holder is not None else None
    if resolution is not None and resolution.actors:
        lower, w.demanded = w.passed_lower, True
        w.hold(resolution, token, True, False, True)
        w.aside.append(w.holders.pop())  # the clause's own subject still holds it
        w.passed_lower = lower


def _accuses_of(w: _Walk, token, previous) -> bool:
    """The walk reaches "accuse … of" from conduct against the issue ("of taking sides", "of
    sabotaging the talks"): the accuser stands for the issue."""
    return stem(token.lower_) in ACCUSING_VERBS and w.sign < 0 and w.flips == 0 and previous is not None \
        and previous.dep_ == "prep" and previous.lower_ in {"of", "for"}


def _quote_of(ctx: DocContext, position: int) -> Quote | None:
    for quote in ctx.state.quotes:
        if quote.direct and quote.span.start <= position < quote.span.end:
            return None if narrated_fragment(ctx.doc, quote.span) else quote
    return None


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
    if precondition(token):  # "will not sign before X": X is the condition, wanted
        w.frozen, w.conditional = True, True
        return False
    if not _condition_clause(token):
        return False
    if refused_condition(token):
        w.flip()  # "if X, there will be no signature": X is refused
    w.frozen, w.conditional, w.hypothetical = True, True, False
    w.holders.clear()
    return True


def _proposer(ctx: DocContext, w: _Walk, token) -> None:
    """"the mission proposed by the OCC": the agent of a stance participle on the cue's phrase (also
    hung on the phrase's own "on" object: "the treaty on peace and relations signed by X")."""
    inner = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    inner += [c for g in inner for c in g.children if c.dep_ == "conj"]  # "on friendship and relations signed by X"
    for child in [c for n in [token, *inner] for c in n.children]:
        stance = stem(child.lower_) in STANCE_PREDICATES or reaches_agreement(child)
        if child.dep_ == "acl" and stance and child.i not in w.path and not wanted_kind(token):
            agent = _agent(child)
            if agent is not None:
                resolution = ctx.resolve(agent)
                if resolution.actors:
                    w.hold(resolution, child, True, False)


def _holder_step(ctx: DocContext, w: _Walk, token, previous, quote) -> bool:
    """Look for a holder at ``token``; ``True`` ends the walk."""
    if previous is not None and previous.head.i == token.i and generic_denial(token, previous) and not ctx.resolve(
            previous).actors:
        w.holders.append(None)  # "a treaty between two states does not need X": a maxim on the cue itself
        return True
    subject = _subject(token, w.path) or participle_agent(token, previous)
    if subject is None or passive_patient(subject, previous):
        return False
    if not_everyone(subject) or (generic_denial(token, subject) and not ctx.resolve(subject).actors):
        w.holders.append(None)  # "not everyone welcomed X": some, unnamed, did not; "an empty chair never freed X"
        return True
    resolution = ctx.resolve(relative_head(subject))
    if not resolution.found or rights_bearer(token):
        w.passed_lower = w.passed_lower or unnamed_sayer(token, subject)  # no author's argument either
        return False
    if quote is not None:
        return _quote_holder(w, token, resolution, quote)
    if w.blocked and previous is not None and previous.dep_ in {"attr", "acomp", "oprd"}:
        w.accused = True  # "X is the main obstacle to Y" blames X; it states no position of X
        return False
    if silent(token, previous) or spoke_of(token, previous, w.path):  # "did not say a word about X", "spoke of X"
        w.holders.append(None)
        return True
    kind = _predicate_kind(token, previous)
    negated = any(c.dep_ == "neg" for c in token.children)
    if w.accused and stem(token.lower_) not in REJECTION_WORDS:
        return False
    if w.demand_pending:
        w.demand_pending, w.demanded = False, True
        w.hold(resolution, token, True, False, True)
        return False
    if _obliged(token):
        w.demanded, w.demand_pending = True, True  # "X should …": X is asked, the sayer holds
        w.holders = [h for h in w.holders if h is not None and h.resolution.actors != resolution.actors]
        return False
    if stem(token.lower_) in NEUTRAL_PREDICATES and not _visited_site(token, previous):
        if not negated and not raises_issue(token, previous):
            return False
        kind = "stance"  # "would not discuss" is a refusal; "raised the issue of X" presses for X
    stance_like = kind in {"stance", "attitude", "demand"}
    replaced = None
    if w.holders or w.passed_lower:
        before = len(w.holders)
        replaced = _judge_lower(w, kind, resolution, token)
        stance_like = stance_like or (replaced is not None and (replaced.stance_like or says_own(kind, replaced)))
        if not stance_like and len(w.holders) == before:
            return False
    elif kind == "speech" and any(c.dep_ in _SUBJECT_DEPS for c in token.children):
        stance_like = True  # "X said (that) …" with no other holder: X's own position
    if kind == "demand":
        w.demanded = True
    w.hold(resolution, token, stance_like, _future(token) and not said_aside(token))
    if replaced is not None and w.holders[-1].modality == "asserted":
        w.holders[-1].modality = replaced.modality
    return False


def _visited_site(token, previous) -> bool:
    """"X visited the cemetery": a visit to the site the cue names uses the access it asks for."""
    return stem(token.lower_) == stem("visit") and previous is not None and previous.dep_ == "dobj"


def _judge_lower(w: _Walk, kind: str, upper: Resolution, verb=None) -> _Holder | None:
    """Holders below a verb of saying or wanting: keep positions, drop what is said of others.

    A lower holder that is the upper subject again ("X will not declare its support") is
    replaced by the upper one, whose negation and tense are the ones that count; returns
    the replaced holder. What another is hoped to do ("X hoped Y would sign") is no stance of Y.
    """
    kept, replaced = [], None
    hoped = verb is not None and stem(verb.lower_) in _HOPES
    for holder in w.holders:
        if holder is None or (hoped and holder.future and set(holder.resolution.actors) - set(upper.actors)):
            continue
        if holder.resolution.actors and set(holder.resolution.actors) <= set(upper.actors):
            replaced = replaced or holder
            continue
        if holder.stance_like or (kind == "speech" and _reported_deed(holder)):
            holder.reported = kind in {"speech", "attitude", "stance", "demand"}
            kept.append(holder)
    w.holders = kept
    return replaced


_HOPES = frozenset(stem(w) for w in "hope hoped hopes trust trusted".split())


def _reported_deed(holder: _Holder) -> bool:
    """"The Chair noted that Armenia had let sixty members visit the graves": a deed for the issue,
    done by a named subject of the reported clause, is the doer's, whoever reports it. Not a forecast
    ("would walk"), a state of things ("remained the basis") or a deed against the issue (a charge)."""
    verb = holder.token
    return holder.sign > 0 and not holder.future and holder.resolution.kind == "name" and verb.dep_ == "ccomp" \
        and verb.lower_ not in COPULAS and any(c.dep_ == "nsubj" for c in verb.children)


def _quote_holder(w: _Walk, token, resolution: Resolution, quote: Quote) -> bool:
    """Inside a quote: the speaker's own clause, a demand on another actor, or a report about one."""
    if resolution.kind == "first" or quote.speaker_actor in resolution.actors:
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


def _former(verb) -> bool:
    """"once objected", "had formerly opposed": a stance the holder no longer takes."""
    return any(c.dep_ == "advmod" and c.lower_ in {"once", "formerly"} and c.i < verb.i for c in verb.children)


def _narration_findings(ctx: DocContext, w: _Walk, settings: dict) -> list[Finding]:
    certainty = 0.85 if w.flips >= 2 else 1.0
    holders = [h for h in w.holders if h is not None] + w.aside
    if not holders:
        if w.accused or (w.predicted and not ctx.joint):
            return []  # what one side says of another; a forecast (in a joint statement: a commitment)
        return [Finding((), w.sign, "author", w.modality, "none", free=not w.passed_lower, certainty=certainty)]
    out = []
    for holder in holders:
        if _former(holder.token):
            continue  # "Baku, which once objected to X, has welcomed …": a stance given up
        first = holder.resolution.kind == "first"
        prediction = holder.future and not holder.reported and ctx.opinion and ctx.camp not in holder.resolution.actors
        if (settings.get("drop_predictions", True) and prediction and not first) or (
            holder.sign < 0 and not holder.stance_like and not first
        ):
            continue  # an op-ed's forecast about a third party; what an actor is said to do against an issue
        modality = "conditional" if w.conditional else holder.modality
        finding = Finding(holder.resolution.actors, holder.sign, "reported", modality, holder.resolution.kind,
                          holder.resolution.person, None, certainty)
        out.append(replace(finding, free=True, actors=()) if first else finding)
    return out
