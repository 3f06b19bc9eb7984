"""The doer of an issue's act, named as its agent: "the release by X of …", "detainees released by X".

A codebook issue is often an act ("release detainees", "clear landmines") that support means
calling for *or carrying out*. Where the cue word is that act and names who did it with "by" (a
noun's "the release by X", a participle's "released by X"), the agent carried it out: it holds
support, whoever else in the sentence welcomes or reports the act. Only the cue word's own agent
counts: "mines laid by X" names who laid mines, not who cleared them. Used by ``stance.rules.v1``.

The same for a doer named otherwise (:func:`doer_findings`): the owner of an act noun ("X's handover
of eight detainees", "X's release of …") and the subject of a verb in the past that carried the act
out ("… the fact that X handed over further maps"), not one that is asked, promised or denied ("X
must hand over the maps", "X has not released them"); and one given leave to do it ("X allowed Y to
visit the cemeteries": Y).

And the owners of a body whose name is the cue, acting as a subject ("the border commissions of X and
Y ended their meeting"): a state's own commission at work is that state at work on the issue
(:func:`body_findings`).
"""

from __future__ import annotations

from dataclasses import replace

from .issue_foreigners import PERSONNEL
from .stance_roles import names_before, said_no
from .stance_flips import by_nobody_else
from .stance_lexicon import LEAVE_VERBS, stem, stems
from .stance_walk import Finding

_ACT_NOUNS = stems("handover hand-over release return transfer exchange repatriation clearance delivery")
_DONE_VERBS = frozenset("handed released freed returned transferred cleared repatriated delivered exchanged searched".split())
_NOT_DONE = frozenset({"aux", "auxpass", "neg"})  # "must hand", "had not released", "to hand"
_CONDITIONS = frozenset({"if", "unless", "once", "until", "when", "before", "whether"})  # "if X released them"


# stems: the plurals match too; the teams a state sends to do the work ("X's forensic teams", "X deminers")
BODY_NOUNS = stems("commission committee agency team deminer sapper")
_DECLINES = stems("decline refuse reject".split())
_REFUSALS = _DECLINES | stems("halt suspend boycott quit abandon".split())


def acting_body(token) -> bool:
    """``token`` is a working body's noun and the subject of its clause, alone or coordinated ("A and
    B forensic teams have been digging", parsed with "teams" a conjunct of "A")."""
    if token is None or (stem(token.lower_) not in BODY_NOUNS | _SERVICE_NOUNS and not _railways_of(token)):
        return False
    top = _conjoined_owners(token)[-1]
    served = stem(token.lower_) in _SERVICE_NOUNS | BODY_NOUNS and top.dep_ == "pobj" and top.head.dep_ == "agent"
    served = served or (top.dep_ == "appos" and top.head.dep_ in {"nsubj", "nsubjpass"})  # "ANAMA, X's agency, is …"
    return top.dep_ in {"nsubj", "nsubjpass"} or _activity_of(top) is not None or _agent_of_act(top) or served


# a state's service named by the cue it runs ("the railway administrations of X and Y signed …"): where
# it acts, its state acts on the issue; a passive's agent too ("was signed by the railway administrations")
_SERVICE_NOUNS = stems("administration operator centre center")


def _railways_of(token) -> bool:
    """"the railways of A, B and C": the states' railway companies (a plural with its owners named)."""
    return token.lower_ == "railways" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def served_body(token):
    """The body the cue names: the service noun it modifies ("railway" of "the railway administrations"),
    an agency in apposition whose name it opens ("mine" of "ANAMA, Azerbaijan's mine action agency"), or
    the body whose capitalised name it ends ("Demining" of "the Centre for Humanitarian Demining"); None
    otherwise."""
    if token.dep_ in {"compound", "amod"} and stem(token.head.lower_) in _SERVICE_NOUNS:
        return token.head
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Azerbaijan's mine action agency, is clearing …": the agency
    if head.i != token.i and stem(head.lower_) in BODY_NOUNS and head.dep_ == "appos":
        return head
    named = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"for", "on"} else None
    if named is not None and token.text[:1].isupper() and stem(named.lower_) in _SERVICE_NOUNS | BODY_NOUNS:
        return named  # "Armenia's Centre for Humanitarian Demining checked the path"
    return None


def _agent_of_act(token) -> bool:
    """"the clearance of the verge by A and B deminers", "cleared by X teams": the body did the act."""
    by = token.head if token.dep_ == "pobj" and token.head.lower_ == "by" else None
    if by is None:
        return False
    act = by.head
    if act.dep_ == "pobj" and act.head.lower_ == "of":
        act = act.head.head  # "by" hung on the act's object: "the clearance of the verge by …"
    if act.dep_ == "conj" and act.head.lower_ in _DONE_VERBS:
        act = act.head  # "cleared and marked by X deminers"
    return stem(act.lower_) in _ACT_NOUNS or act.lower_ in _DONE_VERBS


_ACTIVITIES = stems("work meeting session effort")


def _activity_of(token):
    """The activity noun of "the work of the X commission", "the meetings of …"; None otherwise."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and stem(token.head.head.lower_) in _ACTIVITIES:
        return token.head.head
    return None


def body_findings(ctx, token, polarity: int) -> list[Finding]:
    """Support for the owners of the body ``token`` names when it is the subject of a verb that is
    not negated ("the border commissions of X and Y met", "the X border commission placed ten
    markers"); none otherwise."""
    token = served_body(token) or token
    if polarity < 0 or not acting_body(token):
        return []
    owners = _conjoined_owners(token)
    activity = _activity_of(owners[-1])  # "supports the work of the X commission": the verb over "work"
    verb = owners[-1].head if activity is None else activity.head  # "A and B teams": the conjunct hangs on "A"
    if any(c.dep_ == "neg" or _none_of(c) for c in verb.children) or stem(verb.lower_) in _REFUSALS:
        return []  # "the X commission did not meet", "… refused to meet", "X deminers left no records"
    found = [f for f in (ctx.resolve(t) for t in owners) if f.actors and f.kind == "name"]
    named = {a for f in found for a in f.actors}
    # "In April Armenian and Azerbaijani deminers will …", the names parsed under "In"; "by Armenian and
    # Azerbaijani deminers", the noun resolved to its nearest name alone
    before = [actors for actors in names_before(ctx, token) + _modifier_names(ctx, token) if not set(actors) <= named]
    return [Finding(f.actors, 1, "reported", "asserted", "name", f.person) for f in found] + [
        Finding(actors, 1, "reported", "asserted", "name") for actors in before]


def _modifier_names(ctx, token) -> list[tuple[str, ...]]:
    """The actors of the body noun's coordinated modifiers ("Armenian and Azerbaijani deminers")."""
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"}]
    modifiers += [g for m in modifiers for g in m.subtree if g.dep_ == "conj"]
    found = [ctx.resolve(m) for m in modifiers]
    return [f.actors for f in found if f.actors and f.kind == "name"]


def _none_of(child) -> bool:
    return child.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)


def _conjoined_owners(token) -> list:
    """The body's noun and the conjuncts it hangs on ("A and B teams", parsed with "teams" under "A")."""
    owners = [token]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        owners.append(token)
    return owners


def agent_findings(ctx, token, polarity: int) -> list[Finding]:
    """A support finding for the actors of ``token``'s own "by" agent; none without one.

    ``polarity``: the cue's (+1 where the cue names the issue's pole, the act itself).
    """
    if token is None or polarity < 0 or any(c.dep_ == "neg" for c in token.head.children):
        return []
    out = []
    agents = [c for c in token.children if c.lower_ == "by" and c.dep_ in {"agent", "prep"}]
    agents += [c for p in token.children if p.dep_ in {"agent", "prep"}  # "by X in July and by Y in May"
               for c in p.children if c.lower_ == "by" and c.dep_ == "conj"]
    if by_nobody_else(token):
        return []  # "guarded by X and by nobody else": X keeps the act to itself, against outside help
    for by in agents:
        for agent in (c for c in by.children if c.dep_ == "pobj"):
            found = ctx.resolve(agent)
            if found.actors and found.kind == "name":
                out.append(Finding(found.actors, 1, "reported", "asserted", "name", found.person))
    return out


def doer_findings(ctx, token, polarity: int) -> list[Finding]:
    """A support finding for the owner of the act noun over ``token`` or the subject of a past verb
    that did the act to it (module docstring); none without one."""
    if token is None or polarity < 0:
        return []
    doer = _act_owner(token) or _past_doer(token) or _own_act(token) or _cleared_of(token) or _permitted(token)
    found = ctx.resolve(doer) if doer is not None else None
    if found is None or not found.actors or found.kind != "name":
        return []
    return [Finding(found.actors, 1, "reported", "asserted", "name", found.person)]


_REQUEST_NOUNS = frozenset({"request", "requests", "behest", "initiative", "urging", "invitation"})
_GRANTED = {"at": _REQUEST_NOUNS, "after": _REQUEST_NOUNS,  # "after a joint request of X and Y"
            "with": frozenset({"consent", "permission", "approval", "blessing", "leave"})}


def requester_findings(ctx, token, polarity: int) -> list[Finding]:
    """"The Court struck the cases off its list at the joint request of the two governments", "At
    X's request, the mission was extended": whoever asked for the act the cue's verb did supports it."""
    if token is None or polarity < 0:
        return []
    return support_findings(ctx, _requesters(token))


def support_findings(ctx, holders) -> list[Finding]:
    """A reported support finding for each of ``holders`` (tokens) that resolves to actors."""
    resolved = [ctx.resolve(holder) for holder in holders]
    return [Finding(found.actors, 1, "reported", "asserted", found.kind, found.person) for found in resolved if found.actors]


def _requesters(token) -> list:
    """The owners of an "at the request of X" / "at X's request" / "with the consent of X" on a verb over
    ``token`` (up to three words up: the object, its "of" phrase, the verb) or in a relative clause on
    it, with their conjuncts."""
    node, climbed = token, [token] + [c for t in token.subtree if t.dep_ == "pobj" or t.i == token.i
                                      for c in t.children if c.dep_ == "relcl"]  # "visits to X, which take place with …"
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        climbed.append(node)
    near = {token.i, token.head.i} | {t.i for t in climbed if t.dep_ == "relcl"}  # a consent's own clause only
    for node in climbed:
        for request in (g for c in node.children if c.dep_ == "prep" and c.lower_ in _GRANTED
                        and (c.lower_ != "with" or node.i in near)
                        for g in c.children if g.dep_ == "pobj" and g.lower_ in _GRANTED[c.lower_]):
            owners = [c for c in request.children if c.dep_ == "poss"]
            owners += [g for c in request.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            return owners + [c for o in owners for c in o.children if c.dep_ == "conj"]
    return []


def _act_owner(token):
    """"X's handover of Y" (the cue Y, or the act noun itself): X."""
    act = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    if stem(act.lower_) in _ACT_NOUNS:
        return next((c for c in act.children if c.dep_ == "poss"), None)
    return None


def _past_doer(token):
    """"X handed over the maps" (the cue as the object of a verb in the past): X."""
    token = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token  # "maps of minefields"
    verb = token.head
    if token.dep_ != "dobj" or not _done(verb, _NOT_DONE):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _own_act(token):
    """"after the agencies of X and Y cleared it" (the cue the verb of doing it, in the past): its subject."""
    if token.lower_ not in _DONE_VERBS or not _carried_out(token, _NOT_DONE):
        return None
    return next((c for c in token.children if c.dep_ == "nsubj"), None)


def _cleared_of(token):
    """"the verges were cleared of mines by X", "X cleared the verges of mines" (the cue the object of
    "of" on a verb in the past that did the act; or of "for" on a verb of searching, "the site was
    checked for mines by X"): X."""
    searched = token.dep_ == "pobj" and token.head.lower_ == "for" and stem(token.head.head.lower_) in _SEARCH_VERBS
    verb = token.head.head if token.dep_ == "pobj" and (token.head.lower_ == "of" or searched) else None
    past = verb is not None and (verb.lower_ in _DONE_VERBS or searched and verb.lower_.endswith("ed"))  # "was checked"
    if not past or not _carried_out(verb, _NOT_DONE - {"auxpass"}):  # "were cleared" is done
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is not None:
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_SEARCH_VERBS = stems("check search survey screen sweep inspect scan")
_CONSENTS = stems("agree decide consent")
_TO_THE_ACT = frozenset({"dobj", "pobj", "prep", "compound", "amod", "poss"})


def _permitted(token):
    """"X allowed Y to visit the cemeteries", "X let Y return" (the cue in what Y is let do, the leave
    given, not refused or asked for): Y, who wants to do it."""
    act = token
    while act.dep_ in _TO_THE_ACT and act.head.i != act.i:
        act = act.head
    permit = act.head
    if act.dep_ not in {"xcomp", "ccomp"} or stem(permit.lower_) not in LEAVE_VERBS:
        return None
    if any(c.dep_ == "neg" for c in permit.children) or not _granted(permit):  # "X has not allowed Y to
        return None  # return", "we ask X to let Y return", "let it be them": Y's wish unsaid
    doers = [c for c in act.children if c.dep_ == "nsubj"] or [c for c in permit.children if c.dep_ == "dobj"]
    return doers[0] if doers else None


def _granted(permit) -> bool:
    """The leave was given ("X let", "X agreed to let"), not asked for or a bare imperative."""
    if permit.dep_ == "xcomp" and stem(permit.head.lower_) in _CONSENTS:
        permit = permit.head
    # "On 19 May Armenia allowed …" parsed with Armenia in the date's phrase: a past form still gave it
    return any(c.dep_ == "nsubj" for c in permit.children) or permit.dep_ == "ROOT" and permit.lower_.endswith("ed")


def _done(verb, not_done) -> bool:
    """``verb`` carried the act out: a verb of doing it in the past, with none of ``not_done`` (dependency
    labels) and no mark of a condition ("if X released them")."""
    return verb.lower_ in _DONE_VERBS and _carried_out(verb, not_done)


def _carried_out(verb, not_done) -> bool:
    """No ``not_done`` dependant (a modal, a negation) and no mark of a condition on ``verb``."""
    return not any(c.dep_ in not_done or c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


_OFFERS = stems("offer propose suggest ask request".split())


def decliner_findings(ctx, token, polarity: int) -> list[Finding]:
    """Opposition for the subject of a bare "declined" answering the offer the cue sits in: "X has
    offered to station its guards at the crossings; Y has declined", "X offered to mediate, but Y
    refused" (nothing declined by name: what is declined is the offer)."""
    offer = _offer_verb(token)
    if offer is None or _pays_for(offer):
        return []
    answers = [c for c in offer.children if c.dep_ == "conj"]
    if offer.dep_ == "ccomp" and any(p.text == ";" for p in offer.head.children):
        answers.append(offer.head)  # "X has offered …; Y has declined", parsed with the offer under "declined"
    found = []
    for verb in answers:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (stem(verb.lower_) in _DECLINES or said_no(verb)) or _says_what(verb, offer):
            continue
        resolution = ctx.resolve(subject)
        if resolution.actors and resolution.kind == "name":
            found.append(Finding(resolution.actors, -polarity, "reported", "asserted", "name", resolution.person))
    return found


_PAYING = stems("finance co-finance cofinance fund pay invest lend".split())


def _pays_for(offer) -> bool:
    """"X offered to co-finance the line; Y declined": Y turns down X's money, not the line."""
    return any(stem(c.lower_) in _PAYING for c in offer.children if c.dep_ in {"xcomp", "advcl"})


def _offer_verb(token):
    """The verb of offering that the cue is, or whose infinitive it sits in (two steps up at most)."""
    for _ in range(3):
        if token is None:
            return None
        if stem(token.lower_) in _OFFERS:
            return token
        token = token.head if token.head.i != token.i and token.dep_ in _OFFERED else None
    return None


_OFFERED = frozenset({"xcomp", "advcl", "dobj", "prep", "pobj", "nsubj"})
"""Steps from the cue up to the offer: "offered to place guards" (the infinitive as xcomp or advcl), "asked
for observers to go" (the cue as the infinitive's subject)."""


def _says_what(verb, offer) -> bool:
    """The decline names what it declines ("declined the invitation", "refused to sign"): not a bare answer,
    nor one whose object is the offer itself ("declined the offer", "rejected it")."""
    return any(c.dep_ in {"dobj", "xcomp", "ccomp", "prep"} and c.i != offer.i and c.lower_ != "no"
               and not (c.dep_ == "dobj" and stem(c.lower_) in _THE_OFFER) for c in verb.children)


_THE_OFFER = stems("offer proposal suggestion it this that".split())


def label_act_findings(ctx, token, polarity: int, label: str) -> list[Finding]:
    """Support for the subject of a relative clause on the cue's noun whose verb is the act the issue's
    label opens with ("Open transport links": "the road, which X and Y opened to the villagers");
    none where that clause is negated."""
    words = label.split()
    if token is None or polarity < 0 or not words:
        return []
    act = stem(words[0])
    found = []
    for clause in (c for c in token.children if c.dep_ == "relcl" and stem(c.lower_) == act):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ == "neg" for c in clause.children):
            continue
        resolution = ctx.resolve(subject)
        if resolution.actors and resolution.kind == "name":
            found.append(Finding(resolution.actors, 1, "reported", "asserted", "name", resolution.person, aside=True))
    return found


_SENDING = stems("invite send request deploy provide welcome".split())


def sender_findings(ctx, token, polarity: int) -> list[Finding]:
    """Support for whoever sends, invites or asks for what the cue names, in a relative clause on it:
    "the advisers whom both Governments invited", "advisers, whom X will send at the request of Y"
    (X and Y), or in a clause of reason on its verb ("the advisers work here because X invited them"); none
    where that clause is negated."""
    if token is None or polarity < 0:
        return []
    found, verb = [], token.head if token.dep_ in {"nsubj", "nsubjpass"} else None
    reasons = [c for c in (verb.children if verb is not None else ()) if c.dep_ == "advcl" and stem(c.lower_) in _SENDING
               and any(o.dep_ == "dobj" and o.lower_ in {"them", "it"} for o in c.children)]  # "… because X invited them"
    for clause in [c for c in token.children if c.dep_ in {"relcl", "acl"} and stem(c.lower_) in _SENDING] + reasons:
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        holders = [c for c in clause.children if c.dep_ == "nsubj"] + _requesters(next(clause.children, clause))
        holders += [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        holders += [c for h in holders for c in h.children if c.dep_ == "conj"]  # "invited by X and Y"
        found += [replace(f, aside=True) for f in support_findings(ctx, holders)]
    return found + _owner_at_work(ctx, token)


def _owner_at_work(ctx, token) -> list[Finding]:
    """"The advisers of the European Union will count the buses": the actor whose personnel the cue names
    (by "of", a demonym or its name before them), at work as a subject that is not negated, keeps them there."""
    verb = token.head
    if stem(token.lower_) not in _PERSONNEL or token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    if stem(verb.lower_) in _REFUSALS | LEAVE_VERBS | _WITHDRAWING:
        return []
    owners = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in token.children if (c.dep_ == "amod" and c.lower_ in ctx.demonyms) or c.dep_ == "compound"]
    return [f for f in support_findings(ctx, owners) if f.resolution == "name"]  # "the European Union advisers"


_WITHDRAWING = stems("leave withdraw go depart quit".split())
_PERSONNEL = stems(PERSONNEL)
