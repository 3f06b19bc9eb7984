"""``stance.rules.v1``: each actor's support or opposition on the issues a sentence speaks to.

For every issue cue of ``issues.hybrid.v1`` the rules walk the dependency parse from the
cue up to the sentence root (:mod:`.stance_walk`), counting what turns the cue into its
opposite (negation, "reject", "refrain from", "no alternative to" …), noting demands,
intentions, conditions and hypotheticals, and collecting the subjects that hold the
position:

* **quote** — the cue is inside a direct quote: the quote's speaker actor holds it, unless
  the clause reports what another actor does (an accusation) rather than what the speaker
  wants or demands of them;
* **reported** — an actor is the subject of the clause or of a verb of saying, wanting,
  urging … above it ("X says he intends to …", "X's readiness to …"); whoever is urged or
  called on is not a holder, and what one side says another side does is dropped;
* **author** — in an op-ed, an organisation's statement in the first person, a speaker's turn
  in a transcript or an interviewee's answer (never an interviewer's question), an argument with
  no other holder ("X should …", "there is no alternative to …") belongs to the author's camp.
  A turn's first sentence starts with its own label, so a sentence belongs to the turn its end lies
  in; a question in a transcript or an interview ("Mr X, will the treaty be signed?") is no one's.

A stance on "that", "this demand" or "such preconditions" with no issue of its own carries the
issues of the previous sentence ("Borduria has never refused that").

A resolution (:mod:`.voice_resolution`) speaks in its issuing body's voice: its operative clauses
("Welcomes …", "Calls on X to …") are the body's, whoever they ask to act, and its recitals
("whereas …") are facts. An actor an issue's label names offering its own role ("Kestria offered
to mediate", :mod:`.stance_roles`) supports that issue; "X wants Y, and Z has agreed" gives Z
X's stance (:mod:`.stance_assent`).

A narrated future about a third party ("X will not sign") is a prediction and no position;
assessments without a holder are none either. Evidence is the sentence; the date is the
quote's, else the document's. Confidence reflects how direct the evidence is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from parley.core.types import Position

from .holders import DocContext, label_speaker, relative_head
from .holder_self import names_itself, self_reference
from .turn_labels import unowned_turn
from .stance_votes import vote_anaphors
from .issues import IssueHit
from .stance_syntax import OUTSTAYING, anaphor_of_stance
from .stance_lexicon import CONFLICT_WORDS, FIRST_PERSON, MODALS, NORMATIVE_WORDS, STANCE_PREDICATES, stance_noun, stem
from .stance_assent import agreed, assents
from .stance_bargaining import bargains_over_other
from .stance_credited import credited_findings
from .stance_claims import claimant_findings
from .stance_sponsors import sponsor_findings
from .stance_visitors import visitor_findings
from .stance_silence import not_commented
from .stance_cases import competence, idiom, part_of_any, qualifier, restricted, state_moves, units_return
from .stance_attachment import destination, price_of, terms_only
from .stance_objects import acted_on, lays_mines, negated_becoming
from .stance_patients import not_captives
from .stance_reference import named_just_before, restates_position, stance_before
from .stance_addressee import cue_head, told_content
from .stance_agents import (acting_body, agent_findings, body_findings, decliner_findings, doer_findings,
                            label_act_findings, requester_findings, sender_findings, served_body)
from .stance_closure import closed_against_label, kept_against_label, phrase_top
from .stance_commitments import own_body_commitment
from .stance_ellipsis import elliptical
from .stance_exclusion import conditioned_act, excluding_act
from .stance_fronted import fronted_subject
from .stance_named_cues import strong_cues
from .stance_location import place_of_other, venue_of_act
from .stance_timeframe import SAME_ISSUE_TIME_MARKS, entered_into_force, time_frame
from .stance_lead_in import imperative_item, listed_under_modal
from .stance_misparse import noun_root_holder
from .stance_viewpoint import viewpoint_holder
from .stance_roles import offered_roles, presence_issue, role_issues, role_offer
from .stance_walk import Finding, walk
from .voice_resolution import addressees, operative, recital
from .state import Component, DocState, register_component

_OFFER_REACH = 6  # sentences back that "declined the offer" may answer
_BASE_CONFIDENCE = {"quote": 0.8, "reported": 0.7, "author": 0.55}
_RESOLUTION_FACTOR = {"name": 1.0, "first": 1.0, "role": 0.9, "pronoun": 0.85, "party": 0.75, "none": 0.7}


@register_component("stance.rules.v1")
class RuleStance(Component):
    """Positions (actor, issue, stance, modality, via) from the parse and the issue hits."""

    defaults = {"author_positions": True, "drop_predictions": True, "min_confidence": 0.0}
    spacy_needs = frozenset({"parser"})

    def __init__(self, codebook, settings: dict | None = None) -> None:
        super().__init__(codebook, settings)
        self.roles = role_issues(codebook)  # a property of the codebook: found once, not per document
        self.presence = presence_issue(codebook, self.roles)

    def __call__(self, state: DocState) -> DocState:
        if state.parsed is None or not state.issue_hits:
            return state.add(self.name)
        ctx = DocContext(state, self.codebook)
        by_sentence = defaultdict(list)
        for hit in state.issue_hits:
            by_sentence[hit.sentence].append(hit)
        positions: list[Position] = []
        previous, roles, said_before, offers = (), self.roles, (), ((), -_OFFER_REACH - 1, -_OFFER_REACH - 1)
        for n, sentence in enumerate(state.sentences):
            tokens = state.parsed.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if tokens is None:
                continue
            hits, start = by_sentence.get(sentence, ()), len(positions)
            for hit in () if _asked(ctx, sentence) or elliptical(tokens) else hits:
                others = _cue_indices(tokens, [h for h in hits if h.issue != hit.issue])
                positions += self._positions(ctx, sentence, tokens, hit, others)
            earlier = offers[0] if n - offers[1] <= _OFFER_REACH else ()  # "Y declined the offer", some lines on
            offered = self._roles(ctx, sentence, tokens, roles, said_before, earlier, n - offers[2])  # "… Y declined them": the offer, not
            declined = any(p.stance == "oppose" for p in offered)  # what the previous sentence's cues name
            positions += ([] if declined else self._anaphoric(ctx, sentence, tokens, hits, previous, said_before)) + offered
            positions += [self._position(ctx, sentence, IssueHit(sentence, i, 1.5), Finding((a,), sign, "reported", "asserted", "name"))
                          for i, a, sign in agreed(ctx, tokens, hits, said_before, positions, start, state.sentences[max(n - 3, 0)].start)]
            if _question(ctx, sentence):  # "How does Kestria view this?": asks, reports no one's position
                positions[start:] = [p for p in positions[start:] if p.via != "reported"]
            _remember_subjects(ctx, tokens)
            previous, said_before = hits, positions[start:]
            made = tuple((p.issue, p.actor) for p in said_before if role_offer(p, roles, self.presence))
            offers = (tuple(dict.fromkeys(made + earlier)), n, n) if made else (*offers[:2], n) if declined and earlier else offers
            # with the offers still in reach; a decline keeps them near for the next bare "Y declined"
        kept = [p for p in _one_per_key(positions) if p.confidence >= self.settings["min_confidence"]]
        return state.add(self.name, positions=state.positions + tuple(kept))

    def _positions(self, ctx: DocContext, sentence, tokens, hit, others: frozenset[int]) -> list[Position]:
        timed = _untimed_cues(tokens, hit)  # "oppose any presence after the mission ends": not the mission
        strong = _one_reading(strong_cues(ctx.mentions, tokens, timed, others) or timed)  # "ANAMA has been clearing"
        findings = self._walk_cues(ctx, tokens, hit, others, strong)
        if not any(f.actors for f, _ in findings):  # "told the Court that X wants the cases struck out"
            told = [c for c in timed if c not in strong and told_content(tokens, strong, c)]
            findings += self._walk_cues(ctx, tokens, hit, others, _one_reading(told)) if told else []
        findings += self._fallback(ctx, sentence, tokens, findings)
        findings = _addressed(ctx, sentence, findings) + _assenting(ctx, tokens, findings)
        return [self._position(ctx, sentence, hit, f) for f in _best_per_holder(findings)]

    def _walk_cues(self, ctx: DocContext, tokens, hit, others: frozenset[int], chosen: list) -> list[tuple[Finding, int]]:
        """The findings of the walks from ``chosen`` cues of ``hit`` (each word walked once)."""
        cues = [(c, cue_head(tokens, c.start, c.end)) for c in chosen if not _inside_mention(ctx, c)]
        cues = [(c, t) for c, t in (_phrase_head_cue(tokens, c, t, hit.cues) for c, t in cues) if t is not None]
        cues = [(c, t) for c, t in cues if not (c.noun and _used_as_verb(t))
                and not idiom(t) and not competence(t) and not units_return(t) and not units_return(destination(t)) and not terms_only(t)
                and not part_of_any(t) and not (others and qualifier(t)) and not negated_becoming(t)
                and not lays_mines(t) and not time_frame(t, others) and not place_of_other(t, others)
                and not venue_of_act(t) and not not_captives(t) and not conditioned_act(t, others)
                and not state_moves(t, lambda subject: _names_state(ctx, subject)) and not entered_into_force(t)
                and not bargains_over_other(t, c, others) and not not_commented(t)]
        if not hit.cues:
            cues = [(None, _quote_root(ctx, tokens) or tokens.root)]
        findings: list[tuple[Finding, int]] = []
        label = _label(ctx, hit.issue)
        walked: set[tuple[int, int]] = set()  # one word is often the cue of several patterns: walk it once
        for cue, token in cues:
            polarity = cue.polarity if cue is not None else 1
            if token is None or (token.i, polarity) in walked:
                continue  # the same walk again would add the same findings, which the first already gave
            walked.add((token.i, polarity))
            kept = cue is not None and (kept_against_label(label, token)  # "the preamble must stay"
                                        or closed_against_label(label, token))  # "the road to stay closed"
            findings += [(f, polarity) for f in agent_findings(ctx, token, polarity) + doer_findings(ctx, token, polarity)]
            findings += [(f, polarity) for f in requester_findings(ctx, token, polarity)  # "at the request of X"
                         + credited_findings(ctx, token, polarity)  # "thanks X for hosting …"
                         + sponsor_findings(ctx, token, polarity)  # "with X funding"
                         + visitor_findings(ctx, token, polarity)  # "the visit of X to the graves"
                         + claimant_findings(ctx, token, polarity)  # "X's claim against …"
                         + sender_findings(ctx, token, polarity)]  # "the advisers whom X invited"
            findings += [(f, polarity) for f in body_findings(ctx, token, polarity)  # "X's commission met"
                         + decliner_findings(ctx, token, polarity)  # "X has offered …; Y has declined"
                         + label_act_findings(ctx, token, polarity, label)  # "the road, which X opened"
                         + own_body_commitment(ctx, token)]  # "the X Mission will continue"
            findings += [(replace(f, sign=-f.sign), polarity) for act in filter(None, [excluding_act(token)])
                         for f in walk(ctx, act, 1, self.settings, frozenset())]  # "only to lines that no X guards"
            for finding in walk(ctx, token, polarity, self.settings, acted_on(token, others)):
                if not (finding.sign < 0 and (restricted(token) or price_of(token))):  # "no treaty that can be overturned"
                    finding = replace(finding, aside=finding.aside or token.dep_ == "relcl")  # "the treaty that X initialled"
                    findings.append((replace(finding, sign=-finding.sign) if kept else finding, polarity))
        return findings

    def _anaphoric(self, ctx: DocContext, sentence, tokens, hits, previous, said_before) -> list[Position]:
        """"Borduria has never refused that", "we reject such preconditions": a stance on what the
        previous sentence named carries that sentence's issues (those this one does not name); "That is
        the position of the Government" carries the stances the previous sentence gave them."""
        anaphors = [(t, 1) for t in tokens if anaphor_of_stance(t)] + vote_anaphors(tokens) if previous else []
        anaphors = [(t, sign) for t, sign in anaphors if not named_just_before(t, hits)]  # "…, calling such requests"
        if not anaphors:  # "X never refused that"; "I will vote no" on what was just named
            return []
        own = {h.issue for h in hits}
        out = []
        restating = all(restates_position(t) for t, _ in anaphors)
        for hit in (h for h in previous if h.issue not in own and h.score >= 1.5):
            carried = IssueHit(sentence, hit.issue, hit.score)
            negative = all(c.polarity < 0 for c in hit.cues if c.weight >= 0.75)
            polarity = -1 if negative and not restating else 1
            prior = stance_before(said_before, hit.issue) if restating else 1
            findings = [(replace(f, sign=f.sign * prior), polarity * sign) for t, sign in anaphors if prior
                        for f in walk(ctx, t, polarity * sign, self.settings, frozenset())]  # prior 0: nobody's stance before
            findings += self._fallback(ctx, sentence, tokens, findings)
            out += [self._position(ctx, sentence, carried, f) for f in _best_per_holder(findings) if f.actors]
        return out

    def _roles(self, ctx: DocContext, sentence, tokens, roles: dict[str, str], said_before, earlier=(), age=0) -> list[Position]:
        """The actor an issue's label names offering its own role ("Kestria offered to mediate"), and
        whoever declines that offer here or, offered in the sentence before, declines "them" here (``age``:
        sentences since the ``earlier`` offers were made or last declined)."""
        if not roles or _asked(ctx, sentence):
            return []
        before = [(p.issue, p.actor) for p in said_before if role_offer(p, roles, self.presence)]
        return [self._position(ctx, sentence, IssueHit(sentence, issue, 1.5), Finding((actor,), sign, "reported", "intended", "name"))
                for issue, actor, sign in offered_roles(ctx, tokens, roles, before, earlier, self.presence, age)]

    def _fallback(self, ctx: DocContext, sentence, tokens, findings) -> list[tuple[Finding, int]]:
        """No holder on any cue's path: a transcript speaker's or an author's own argument."""
        if ctx.resolution and self.settings["author_positions"]:
            return _clause_of_body(ctx, sentence, findings)
        if ctx.camp and self.settings["author_positions"] and imperative_item(ctx.state.text, tokens):
            return [(f.assign((ctx.camp,), "author", None, "first", ctx.camp_confidence), p) for f, p in findings if f.free]
        if any(f.actors and not f.aside for f, _ in findings) or not self.settings["author_positions"]:
            return []
        free = [(f, p) for f, p in findings if f.free]
        if not free:
            return []
        named = noun_root_holder(ctx, tokens) or fronted_subject(ctx, tokens) or viewpoint_holder(ctx, tokens)
        # misparses: "X's spokesperson for Y called on …" read as a noun phrase; "Under the accord, X and Y
        # will …" with X and Y in the phrase; and "In her view the monitors should leave"
        if named is not None:
            return [(f.assign(named.actors, "reported", named.person, named.kind), p) for f, p in free]
        # the sentence's end, not its start: a turn's first sentence begins with its own label
        speaker = label_speaker(ctx, max(sentence.start, sentence.end - 1))
        if speaker is not None:
            actors, person = speaker
            return [(f.assign(actors, "author", person, "first"), p) for f, p in free]
        if ctx.interview or unowned_turn(ctx, max(sentence.start, sentence.end - 1)):  # an interviewer's
            return []  # question, a chair's or a private letter writer's words: nobody's own argument
        if ctx.joint:  # a joint statement speaks for all its issuers: "the commissions will meet"
            return [(f.assign(ctx.joint, "reported", None, "party"), p) for f, p in free]
        named_itself = any(names_itself(t, ctx.header_names) for t in tokens)  # "Kandovan has always held"
        if ctx.camp and (ctx.opinion or ctx.statement or _first_person(tokens) or named_itself) and (
                _argues(tokens) or named_itself or _own_position(ctx, tokens)
                or listed_under_modal(ctx.state.text, sentence.start)):
            return [(f.assign((ctx.camp,), "author", None, "first", ctx.camp_confidence), p) for f, p in free]
        return []

    def _position(self, ctx: DocContext, sentence, hit, finding: Finding) -> Position:
        quote = finding.quote
        date = quote.date if quote is not None and quote.date is not None else ctx.state.doc_date
        confidence = _BASE_CONFIDENCE[finding.via] * _RESOLUTION_FACTOR.get(finding.resolution, 0.7)
        confidence *= finding.certainty * (1.0 if hit.cues else 0.7) * (1.0 if hit.score >= 1.5 else 0.9)
        return Position(
            actor=finding.actors[0], issue=hit.issue, stance="support" if finding.sign > 0 else "oppose",
            span=sentence, via=finding.via, modality=finding.modality,
            speaker=quote.speaker if quote is not None else finding.person,
            quote_id=quote.id if quote is not None else None, date=date, extractor=self.name,
            confidence=round(max(min(confidence, 1.0), 0.05), 3),
        )


def _clause_of_body(ctx: DocContext, sentence, findings) -> list[tuple[Finding, int]]:
    """A resolution's operative clause is its body's voice, whoever else it names ("deplores X's
    demands for …" holds X's demand and the body's stance); its recitals state facts."""
    text = ctx.state.text[sentence.start : sentence.end]
    if recital(text) or not operative(text):
        return []
    return [(f.assign((ctx.resolution,), "author", None, "first"), p) for f, p in findings if f.free]


def _assenting(ctx: DocContext, tokens, findings) -> list[tuple[Finding, int]]:
    """"X wants Y, and Z has agreed": Z holds X's stance on Y (:mod:`.stance_assent`)."""
    pairs = assents(ctx, tokens) if findings else []
    return [(replace(f, actors=new), p) for new, old in pairs for f, p in findings
            if f.actors and set(f.actors) <= set(old) and f.via == "reported"]


def _addressed(ctx: DocContext, sentence, findings: list[tuple[Finding, int]]) -> list[tuple[Finding, int]]:
    """A resolution's "Encourages X and Y to …": X and Y are asked to act; the body holds the position."""
    if not ctx.resolution:
        return findings
    asked = addressees(ctx.state.text[sentence.start : sentence.end], sentence.start, ctx.actors_in)
    return [(f.assign((ctx.resolution,), "author", None, "first"), p) if f.actors and set(f.actors) <= asked
            else (f, p) for f, p in findings]


def _one_reading(cues: list) -> list:
    """Words read both as a bare keyword and as the label's refused pole ("double standards" where
    the label criticises one-sidedness): the label's reading, which knows the pole, wins."""
    refused = {(c.start, c.end) for c in cues if c.polarity < 0}
    return [c for c in cues if not (c.polarity > 0 and c.source == "keyword" and (c.start, c.end) in refused)]


_NOUN_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "amod", "poss"})


def _phrase_head_cue(tokens, cue, token, every):
    """A cue inside the noun phrase of a cue of the same issue with the other polarity ("the claims
    … in the basic law"): the phrase is about its head, so the walk starts there with its polarity."""
    node = token
    while token is not None and node.dep_ in _NOUN_PHRASE_DEPS and node.head.i != node.i:
        node = node.head
        if node.dep_ == "prep" or node.lower_ in {"of", "in", "on", "against", "for", "to"}:
            continue
        head = next((c for c in every if c.start <= node.idx < c.end and c.polarity != cue.polarity
                     and c.source != "description"), None)  # the label's own words know its pole
        if head is not None:
            return head, cue_head(tokens, head.start, head.end)
        if any(c.dep_ in {"nsubj", "aux", "dobj"} for c in node.children):
            break  # a clause's head, not a noun's
    return cue, token


def _used_as_verb(token) -> bool:
    """A codebook noun the text uses as a verb ("what remains is …", "they must remain")."""
    return any(c.dep_ in {"nsubj", "aux", "auxpass"} for c in token.children)


def _untimed_cues(tokens, hit) -> list:
    """The hit's cues less those in a clause of time on a clause that holds another of its cues."""
    found = [(c, cue_head(tokens, c.start, c.end)) for c in hit.cues]
    every = frozenset(t.i for _, t in found if t is not None)
    return [c for c, t in found if t is None or not time_frame(t, every - {t.i}, SAME_ISSUE_TIME_MARKS)]


def _cue_indices(tokens, hits) -> frozenset[int]:
    """Token indices of the strong cues of ``hits`` (not those used as verbs: "we will fight any
    change to X" is no phrase of fighting that X would only qualify)."""
    out = set()
    for hit in hits:
        for cue in hit.cues:
            if cue.weight >= 0.75 and cue.source != "reference":  # "sign it with the monitors": "it" stands
                token = cue_head(tokens, cue.start, cue.end)  # in for a cue, no phrase of its own
                if token is not None and not (stem(token.lower_) in CONFLICT_WORDS and _used_as_verb(token)) \
                        and not units_return(token) and not idiom(token):  # "the monitors should go home": no one's return
                    out.add(token.i)
    return frozenset(out)


def _names_state(ctx: DocContext, token) -> bool:
    """``token`` is a state's or an organisation's name, alias or capital (not a demonym: "Armenians")."""
    return any(m.span.start <= token.idx < m.span.end and m.kind in {"name", "alias", "metonym"}
               and ctx.codebook.actor(m.actor).kind in {"state", "organisation"} for m in ctx.mentions)


def _inside_mention(ctx: DocContext, cue) -> bool:
    """A cue inside an actor's name ("the international observers" as an actor) is the agent, not the
    issue — unless the name is what the issue is about ("the security of the X community")."""
    inside = [m for m in ctx.mentions if m.span.start <= cue.start and cue.end <= m.span.end]
    if inside and all(_presence(ctx, m) for m in inside):
        return False  # "the EU monitors should stay": the mission's own presence, whatever the cue's source
    if inside and _acting_body_cue(ctx, cue):
        return False  # "the X border commission placed ten markers": the body at work on its task
    return bool(inside) and not (cue.source in {"keyword", "group"} and all(_of_object(ctx, m) for m in inside))


def _acting_body_cue(ctx: DocContext, cue) -> bool:
    span = ctx.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return span is not None and acting_body(served_body(span.root) or span.root)  # "X's Centre for Demining"


def _of_object(ctx: DocContext, mention) -> bool:
    span = ctx.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is not None and span.root.dep_ == "dobj" and stem(span.root.head.lower_) in STANCE_PREDICATES:
        return True  # "supports the X Mission": the object of a stance is what it is about ("described X as" is not)
    if span is not None and span.root.dep_ == "nsubjpass" and stem(span.root.head.lower_) in STANCE_PREDICATES:
        return True  # "Russian border guards were not needed": what is (not) wanted
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in {"of", "for"} \
        and not _owns_stance(span.root)


def _owns_stance(token) -> bool:
    """"the requests of (300 families of) X to visit the graves": X asks, it is no object of the issue."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        owner = token.head.head
        if stance_noun(owner.lower_):
            return True
        if owner.lower_ not in {"families", "family"}:
            return False
        token = owner
    return False


_STAYING = frozenset(stem(w) for w in ("remain", "stay", "continue"))  # "the mission will continue its work"
_LEAVING = frozenset(stem(w) for w in ("go", "leave", "withdraw", "end", "return", "pack"))  # "the monitors should go home",
# "the Xian border guards will not return": the force's presence is the issue (not
# stance_attachment.LEAVING_VERBS, a different set; stance_cases has its own _LEAVING and _MOVING too)
_ADMITTED = frozenset(stem(w) for w in "given granted allowed permitted admitted deployed extended invited".split())
_PRESENCE_NOUNS = frozenset({"presence", "participation", "membership", "deployment"})
_TIE_NOUNS = frozenset({"ties", "bridges", "relations", "links", "cooperation", "alliance"})


def _presence(ctx: DocContext, mention) -> bool:
    """The actor's own presence is the issue: "the monitors should remain", "stay in the CSTO",
    "participation in the CSTO", "bridges with the CSTO" (a mission or an alliance named as what is
    kept or left)."""
    span = ctx.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "nsubj":  # "the monitors should stay", "had outstayed their welcome"
        return stem(root.head.lower_) in _STAYING | OUTSTAYING | _LEAVING
    if root.dep_ == "nsubjpass":  # "the monitors should be given access", "be deployed", "be allowed in"
        return stem(root.head.lower_) in _ADMITTED
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "of", "with"}:
        return False
    holder = root.head.head
    if root.head.lower_ == "with" and span.end < len(ctx.doc) and ctx.doc[span.end].lower_ in {"still", "in", "on"}:
        return True  # "sign it with the EU monitors still on its border": signed with them kept there
    if root.head.lower_ == "with":  # "burn its bridges with the alliance": the ties are the issue
        return holder.lower_ in _TIE_NOUNS or any(c.dep_ == "dobj" and c.lower_ in _TIE_NOUNS for c in holder.children)
    return stem(holder.lower_) in _STAYING or holder.lower_ in _PRESENCE_NOUNS


def _label(ctx: DocContext, issue: str) -> str:
    """The label of an issue of the codebook ("" when none has that id)."""
    return next((i.label for i in ctx.codebook.issues if i.id == issue), "")


def _quote_root(ctx: DocContext, tokens):
    """The head of the quoted words of a sentence, when it holds a direct quote with a speaker."""
    for quote in ctx.state.quotes:
        if quote.direct and quote.speaker_actor and tokens.start_char <= quote.span.start < tokens.end_char:
            inside = [t for t in tokens if quote.span.start <= t.idx < quote.span.end]
            heads = [t for t in inside if not (quote.span.start <= t.head.idx < quote.span.end) or t.head.i == t.i]
            return heads[0] if heads else None
    return None


def _best_per_holder(findings: list[tuple[Finding, int]]) -> list[Finding]:
    """One finding per (actor, via): from a cue of the label's own pole where there is one."""
    chosen: dict[tuple[str, str], tuple[Finding, int]] = {}
    for finding, polarity in findings:
        for actor in finding.actors:
            key = (actor, finding.via)
            single = finding.only(actor)
            if key not in chosen or (polarity > chosen[key][1]):
                chosen[key] = (single, polarity)
    return [f for f, _ in chosen.values()]


def _one_per_key(positions: list[Position]) -> list[Position]:
    """One position per (actor, issue, stance, via) and sentence, the most confident."""
    best: dict[tuple, Position] = {}
    for position in positions:
        key = (position.actor, position.issue, position.stance, position.via, position.span)
        if key not in best or position.confidence > best[key].confidence:
            best[key] = position
    return sorted(best.values(), key=lambda p: (p.span.start, p.actor, p.issue))


def _remember_subjects(ctx: DocContext, tokens) -> None:
    """Main-clause subjects of a sentence, for pronouns and role nouns in later sentences."""
    for token in tokens:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ in {"ROOT", "conj"}:
            resolution = ctx.resolve(token)
            ctx.remember(token, resolution)
            for adopted in (c for c in token.head.children if c.dep_ == "dobj"):
                ctx.remember_document(adopted, resolution)  # "X adopted an appeal": "the appeal" is X's
        elif token.dep_ == "nsubj" and token.lower_ == "who" and token.head.dep_ == "relcl":
            person = relative_head(token)  # "met X's minister, who welcomed …. He asked …": the minister
            ctx.remember(person, ctx.resolve(person))
    fronted = fronted_subject(ctx, tokens)  # "Under the accord, X and Y will …. They also …"
    if fronted is not None:
        ctx.remember(tokens.root, fronted)


def _asked(ctx: DocContext, sentence) -> bool:
    """A question in a transcript or an interview ("Mr X, will the treaty be signed?"): it asks the
    guest; it states neither the asker's position nor the addressee's."""
    return bool(ctx.labels) and _question(ctx, sentence)


def _question(ctx: DocContext, sentence) -> bool:
    return ctx.state.text[sentence.start : sentence.end].rstrip(" \"”’'").endswith("?")


def _first_person(tokens) -> bool:
    return any(t.lower_ in FIRST_PERSON or self_reference(t) for t in tokens)  # "we", "this newspaper"


_POSITION_NOUNS = frozenset({"position", "stance", "view", "policy"})


def _own_position(ctx: DocContext, tokens) -> bool:
    """"Ruritania's position is simple: there is no military solution": the issuer's own position named
    (its possessor is the camp), whatever the parser attaches the elaboration to."""
    return any(t.lower_ in _POSITION_NOUNS and any(
        c.dep_ == "poss" and (c.lower_ in FIRST_PERSON or ctx.resolve(c).actors == (ctx.camp,)) for c in t.children)
        for t in tokens)


def _argues(tokens) -> bool:
    """An argument, not a report: a normative word, a first person, a modal of obligation, or a
    necessary condition ("peace can come only after X is removed" argues for X)."""
    return any(stem(t.lower_) in NORMATIVE_WORDS or t.lower_ in FIRST_PERSON or self_reference(t) for t in tokens) or any(
        t.lower_ in MODALS - {"will", "'ll", "’ll", "can", "may"} for t in tokens
    ) or any(a.lower_ == "only" and b.lower_ in _CONDITION_MARKS for a, b in zip(tokens, tokens[1:]))


_CONDITION_MARKS = frozenset({"after", "if", "when", "once"})
