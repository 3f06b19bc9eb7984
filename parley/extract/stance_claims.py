"""Cases taken against an issue's thing: "X's claim against the border pillars", "X filed a complaint
against the railway", "a petition against the visit filed by X", "X's campaign against the railway", "X
has announced a picket against the passenger service". Whoever brings a legal or formal
case against what the cue names opposes it, whatever the sentence then says of the case ("X's claim
against Y … does not touch our area" still shows X against Y). A case not brought ("X has not filed
a complaint against Y") shows nothing. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from dataclasses import replace

from .stance_agents import support_findings
from .stance_lexicon import stem, stems
from .stance_walk import Finding

_CASE_NOUNS = stems("claim lawsuit suit complaint petition appeal challenge objection injunction".split()
                    + "campaign picket protest rally march boycott".split())  # public campaigns are cases too
_BRINGING = stems("file bring lodge submit launch mount announce hold stage organise organize lead run".split())


def claimant_findings(ctx, token, polarity: int) -> list[Finding]:
    """Opposition (a finding of sign -1) for whoever owns or brought a case "against" ``token`` (a cue)."""
    case = _case_against(token)
    if case is None:
        return []
    return [replace(f, sign=-1) for f in support_findings(ctx, _claimants(case))]


def _case_against(token):
    """The case noun over "against <token>" ("the border pillars": the phrase's head), if any."""
    while token is not None and token.dep_ in {"compound", "amod"} and token.head.i != token.i:
        token = token.head  # "the border pillars"
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "against":
        return None
    case = token.head.head
    return case if stem(case.lower_) in _CASE_NOUNS else None


def _claimants(case) -> list:
    """"X's claim", "the claim of X"; "X filed a claim", "a claim filed by X" (not "X has not filed …")."""
    owners = [c for c in case.children if c.dep_ == "poss"]
    owners += [g for p in case.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
    verb = case.head
    if case.dep_ in {"dobj", "nsubjpass"} and stem(verb.lower_) in _BRINGING and not any(c.dep_ == "neg" for c in verb.children):
        owners += [c for c in verb.children if c.dep_ == "nsubj"]
        owners += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    for participle in (c for c in case.children if c.dep_ == "acl" and stem(c.lower_) in _BRINGING):
        owners += [g for a in participle.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return owners + [c for o in owners for c in o.conjuncts]
