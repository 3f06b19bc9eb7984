"""An actor offering its own role where an issue's label is about that role.

Some issues name an actor in their label ("Keep Russia as the leading power and mediator",
"Give X a guarantor or peacekeeping role"): that actor offering to mediate, its guarantees, its
border guards or peacekeepers ("Moscow offered to mediate", "Moscow offers its border guards for
the crossing", "Russian border guards were ready to …") is its support for the issue, though no
cue of the label need be in the sentence; so is its claim that it "has a role to play". Only the named actor's own offer counts: another
actor offering to mediate says nothing about the first one's role. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

import re

from .issue_missions import presence_label
from .lexicon import MONTHS
from .stance_lexicon import NEGATION_WORDS, stem

_ROLE_WORDS = frozenset(stem(w) for w in """mediate mediation mediator guarantee guarantees guarantor guards
    peacekeepers peacekeeping host observer police escorts""".split())  # "ready to host talks": a venue offered is a mediator's role;
# "asked to attend the review as an observer": a seat asked for is a part claimed
_ON_THE_GROUND = frozenset(stem(w) for w in "police escorts".split())  # a role offered as people at a place
# ("send its transport police to the station"): an outside presence as well as the actor's role
_OFFERS = frozenset(stem(w) for w in "offer propose ready willing prepared want seek insist".split())
_ASKS = frozenset(stem(w) for w in "ask request".split())  # "X asked that X attend as an observer": its own part
_DECLINES = frozenset(stem(w) for w in "decline refuse reject".split())
_COMING = frozenset(stem(w) for w in "return come stay remain deploy".split())  # with a modal: "could return"
_MODALS = frozenset({"could", "would", "can", "will", "may", "might"})
_CLIMB = frozenset({"dobj", "xcomp", "conj", "pobj", "prep", "acomp", "advcl", "ccomp"})


def presence_issue(codebook, roles: dict[str, str]) -> str | None:
    """The issue of outside personnel on the ground (its label is about monitors, observers or
    peacekeepers: :func:`.issue_missions.presence_label`), where one issue is that and no role issue."""
    found = [i.id for i in codebook.issues if i.id not in roles and presence_label(i.label)]
    return found[0] if len(found) == 1 else None


def role_offer(position, roles: dict[str, str], presence: str | None) -> bool:
    """An offer :func:`offered_roles` found: the role actor's support for its role issue, or for the
    presence issue (its police offered)."""
    return position.stance == "support" and (roles.get(position.issue) == position.actor
                                             or (position.issue == presence and position.actor in roles.values()))


def role_issues(codebook) -> dict[str, str]:
    """``{issue id: actor id}`` for the issues whose label names one codebook actor by its name and a part
    it plays (:data:`_ROLE_LABEL`)."""
    out = {}
    for issue in codebook.issues:
        named = {a.id for a in codebook.actors for n in (a.name, *a.aliases)
                 if len(n) >= 3 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", issue.label)}
        if len(named) == 1 and _ROLE_LABEL.search(issue.label):
            out[issue.id] = named.pop()
    return out


_ROLE_LABEL = re.compile(r"(?i)\b(?:mediat\w*|guarant\w*|peacekeep\w*|roles?|power|leader\w*|host\w*)\b")
"""A label about an actor's part ("as the leading power and mediator", "a guarantor role"), not one that
names a state in passing ("amending Xland's constitution", "displaced from Xland")."""


def offered_roles(ctx, tokens, roles: dict[str, str], before=(), earlier=(), presence=None, age=0) -> list[tuple[str, str, int]]:
    """``(issue, actor, sign)``: support for each role word of the sentence that the issue's own
    actor offers, and opposition for whoever declines the offer in the same sentence ("X offered to
    guarantee the crossing, and once more both Governments thanked it and declined") or, where this
    sentence offers nothing, the offers ``before`` (``(issue, actor)`` of the sentence before: "Y and
    Z declined them"), or ``earlier`` ones (a few sentences back) where the decline names an offer ("Y
    declined the offer on 27 April, and Z declined it the next day"); and support for whoever backs the
    offer by name ("Z supports the request")."""
    offers = _offers(ctx, tokens, roles, presence)
    offers += [(i, a) for i, a in earlier if i == presence and (i, a) not in offers and any(o == a for _, o in offers)]
    # "the fourteenth Russian offer", some lines after its police were offered: the same offer, police and all
    named = list(before) + (list(earlier) if _names_the_offer(tokens, age <= _BARE_REACH) else [])
    answered = offers or ([] if asks_here(tokens) else list(dict.fromkeys(named)))
    declined = [(issue, actor, -1) for issue, owner in answered for actor in _decliners(ctx, tokens) if actor != owner]
    backed = [(issue, actor, 1) for issue, owner in answered for actor in _backers(ctx, tokens) if actor != owner]
    return list(dict.fromkeys([(issue, actor, 1) for issue, actor in offers] + declined + backed))


def _backers(ctx, tokens) -> tuple[str, ...]:
    """The subjects of "supports the request", "welcomed the offer": backing the offer named back."""
    verbs = [t for t in tokens if stem(t.lower_) in _BACKING and not _negated(t) and not _whether(t)
             and any(c.dep_ == "dobj" and stem(c.lower_) in _OFFER_NOUNS - {"it"} and _bare(c) for c in t.children)]
    subjects = [next((c for c in v.children if c.dep_ == "nsubj"), None)
                or next((c for c in v.head.children if c.dep_ == "nsubj" and v.dep_ in {"advcl", "conj", "xcomp"}), None)
                for v in verbs]  # "X wrote to the chair supporting the request": X
    subjects += [_calling_for(offer) for offer in tokens if _offer(offer) and any(_to_be_accepted(c) for c in offer.children)]
    return tuple(dict.fromkeys(a for s in subjects if s is not None for a in ctx.resolve(s).actors))


def _to_be_accepted(clause) -> bool:
    """"(called for the offer) to be accepted": a passive of accepting hung on the offer."""
    return stem(clause.lower_) in _ACCEPTS and any(c.dep_ == "auxpass" for c in clause.children)


def _calling_for(offer):
    """The subject of "called (again) for the offer to be accepted", "urged …": the offer's backer."""
    verb = offer.head.head if offer.dep_ == "pobj" and offer.head.lower_ == "for" else offer.head
    if stem(verb.lower_) not in _CALLS or _negated(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_ACCEPTS = frozenset(stem(w) for w in "accept accepted".split())
_CALLS = frozenset(stem(w) for w in "call called urge urged press pressed want wanted".split())


def _whether(verb) -> bool:
    """"(asked) whether the Committee supports the offer": a question, not a backing."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children)


def _bare(noun) -> bool:
    """"the request", "Moscow's request", "the offer of 20 January to protect …": nothing after it that names
    another ("the request of 212 families")."""
    return not any(c.dep_ == "relcl" or (c.dep_ == "prep" and not _dated(c)) for c in noun.children)


def _dated(prep) -> bool:
    """"the offer of 20 January": a date, no other owner."""
    return prep.lower_ == "of" and any(t.lower_ in MONTHS for t in prep.subtree)


_BACKING = frozenset(stem(w) for w in "support supports welcome welcomed back backs endorse endorsed".split())


def _decliners(ctx, tokens) -> tuple[str, ...]:
    """The actors of the sentence's subjects of a plain "declined" / "refused" ("… and declined", with
    the subject of the verb it is joined to; "declined it", "declined the offer", not "declined the
    invitation")."""
    found = []
    for verb in (t for t in tokens if _declining(t) and not _negated(t) and _declines_offer(t)):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"][:1]
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):  # "the offer was declined by both governments"
            subjects = [g for a in _agents(verb) for g in a.children if g.dep_ == "pobj"]
        elif not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"][:1]
        found += [a for s in subjects for a in (ctx.resolve(s).actors or _named_before(ctx, s))]
    return tuple(dict.fromkeys(found))


def _agents(verb) -> list:
    """The "by" phrases of a passive verb: its agent, and a "by" joined to another of its phrases ("declined by A
    on 4 March and by B on 5 March", parsed with the second "by" a conjunct of "on")."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    return agents + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "conj" and g.lower_ == "by"]


def _named_before(ctx, token) -> tuple[str, ...]:
    """"…, and A and B both declined", parsed with "both" as the subject: the actors named right before it."""
    if token.lower_ not in {"both", "all"}:
        return ()
    return tuple(a for actors in names_before(ctx, token) for a in actors)


def asks_here(tokens) -> bool:
    """"A and B have asked the Union to keep …, and Z supports that request": the request is this sentence's own."""
    return any(stem(t.lower_) in _ASKS and any(c.dep_ == "nsubj" for c in t.children) for t in tokens)


def _names_the_offer(tokens, bare: bool = True) -> bool:
    """A decline or a backing whose object is an offer noun or "it": "declined the offer", "has declined
    every offer", "declined it on 23 July", "supports the request"; or, where ``bare`` (the offer near), a
    decline with no object ("Yerevan declined on 4 March")."""
    return any((_declining(t) or stem(t.lower_) in _BACKING)
               and any(c.dep_ == "dobj" and stem(_of_which(c).lower_) in _OFFER_NOUNS for c in t.children) for t in tokens) \
        or (bare and any(_declining(t) and _bare_decline(t) for t in tokens))


def _bare_decline(verb) -> bool:
    """"Yerevan declined on 4 March": a decline with a subject and no object, which answers the offer in reach."""
    return any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in {"dobj", "xcomp", "ccomp", "prt", "auxpass", "nsubjpass"} for c in verb.children)


_OFFER_NOUNS = frozenset(stem(w) for w in "offer offers proposal proposals request requests it".split())
_BARE_REACH = 3  # sentences after the offer (or its last decline) that a bare "Y declined on 4 March" still answers


def names_before(ctx, token) -> list[tuple[str, ...]]:
    """The actors named right before ``token``, one by one ("A, B and C deminers", "A and B both"), however parsed."""
    named = []
    for t in reversed(token.doc[max(token.i - 6, 0):token.i]):
        actors = tuple(m.actor for m in ctx.mentions if m.span.start <= t.idx < m.span.end)
        if not actors and t.lower_ not in {"and", ","}:
            break
        named += [actors] if actors else []
    return named[::-1]


def said_no(verb) -> bool:
    """"Y has said no": a bare refusal in words."""
    return stem(verb.lower_) == stem("said") and any(c.lower_ == "no" and c.dep_ in {"intj", "dobj"} for c in verb.children)


def _declining(verb) -> bool:
    """"declined", "refused", "turned down", "said no"."""
    return stem(verb.lower_) in _DECLINES or (stem(verb.lower_) == stem("turn") and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)) or said_no(verb)


def _declines_offer(verb) -> bool:
    """Nothing else named as declined ("declined them", "declined to discuss it"; not "declined the
    invitation", "declined to predict the outcome")."""
    act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    what = next((c for c in (act or verb).children if c.dep_ == "dobj"), None)
    if act is not None and what is None:
        return False
    what = _of_which(what) if what is not None else None
    return what is None or what.lower_ in {"it", "them", "this", "that", "both", "all"} or stem(what.lower_) in _OFFERS | _OFFER_NOUNS


def _of_which(noun):
    """"each of those offers": the offers."""
    if noun.lower_ in {"each", "all", "both", "any", "none"}:
        return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), noun)
    return noun


def _offers(ctx, tokens, roles: dict[str, str], presence=None) -> list[tuple[str, str]]:
    """``(issue, actor)`` for each role word of the sentence that the issue's own actor offers (and the
    ``presence`` issue for its police or escorts)."""
    wanted = set(roles.values())
    found = []
    for token in tokens:
        if stem(token.lower_) not in _ROLE_WORDS:
            continue
        owner = _owner(ctx, token)
        if owner in wanted:
            found += [(issue, actor) for issue, actor in roles.items() if actor == owner]
            found += [(presence, owner)] if presence and stem(token.lower_) in _ON_THE_GROUND else []
    for token in tokens:  # "Moscow says it still has a role to play"; "the Russian offer", of nothing named
        owner = _claimed_role(ctx, token) or _bare_owned_offer(ctx, token)
        if owner in wanted:
            found += [(issue, actor) for issue, actor in roles.items() if actor == owner]
    return list(dict.fromkeys(found))


def _owner(ctx, token) -> str | None:
    """Whose role the word is: a demonym or possessor on it ("Russian border guards", "its
    guarantees" of Moscow), the owner of the offer noun it completes ("Russia's offer to guarantee"), or
    the subject of the offer that governs it ("Moscow offered to mediate")."""
    for child in token.children:
        if child.dep_ in {"amod", "compound"} and child.lower_ in ctx.demonyms:
            return _offered(token, ctx.demonyms[child.lower_])
        if child.dep_ == "poss":
            actors = ctx.resolve(child).actors
            if len(actors) == 1 and (_offered(token, actors[0]) or _negated(token)):
                return _offered(token, actors[0])  # else "to place officers of its police": the offer is higher up
    owner = _offer_owner(token)
    if owner is not None:
        actors = _actors_of(ctx, owner)
        return actors[0] if len(actors) == 1 else None
    node, inner = token, None
    for _ in range(4):
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            break
        node = node.head
        owner = _offer_owner(node)  # "an offer from X to place officers of its police"
        if owner is not None:
            actors = _actors_of(ctx, owner)
            return actors[0] if len(actors) == 1 else None
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        actors = ctx.resolve(subject).actors if subject is not None else ()
        asks = stem(node.lower_) in _ASKS  # "X asked to attend as an observer", "asked that X attend …"
        if subject is not None and (_offered_at(node) or asks) and not _negated(node):
            found = actors[0] if len(actors) == 1 else None
            return None if asks and not _offered_at(node) and inner not in {None, found} else found
        inner = actors[0] if len(actors) == 1 else inner
    return None


def _offer_owner(token):
    """The possessor of the offer noun the role word completes: "Russia" in "Russia's offer to guarantee",
    "its offer of transport police", "the Russian offer to send"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and _offer(token.head.head):
        return next((c for c in token.head.head.children if c.dep_ == "poss"), None)
    of = next((t for t in reversed(token.doc[max(token.i - 3, 0):token.i]) if t.lower_ == "of" and _offer(t.head)), None)
    if of is not None and not any(c.dep_ == "pobj" for c in of.children):  # "its offer of transport police stands",
        return next((c for c in of.head.children if c.dep_ == "poss"), None)  # parsed with "police stands" a noun
    noun = token.head if token.dep_ in {"acl", "xcomp"} else None
    if token.dep_ == "advcl":  # "declined an offer from X to place …", the infinitive hung on the verb
        noun = next((c for c in token.head.children if c.dep_ == "dobj" and _offer(c) and c.i < token.i), None)
    if noun is None or not (_offer(noun) or stem(noun.lower_) in _ASKS):
        return None
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for g in c.children if g.dep_ == "pobj"]
    return next((c for c in noun.children if c.dep_ == "poss"), None) or next(iter(of), None) or next(
        (c for c in noun.children if c.dep_ == "amod" and c.text[:1].isupper()), None)  # "a request of X to …", "the Russian offer"


def _actors_of(ctx, owner) -> tuple[str, ...]:
    """The actors an offer's owner names: a name, a pronoun or a demonym ("the tenth Russian offer")."""
    return (ctx.demonyms[owner.lower_],) if owner.lower_ in ctx.demonyms else ctx.resolve(owner).actors


def _bare_owned_offer(ctx, token) -> str | None:
    """The owner of an offer that names nothing ("the Russian offer", "Moscow's offer stands"): the offer the
    text is about, which for a role actor is its role (not an offer of engineers or of money)."""
    if not _offer(token) or token.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "dep"} or any(
            _names_more(c) for c in token.children):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in ctx.demonyms)), None)
    if owner is None and token.dep_ == "dobj" and stem(token.head.lower_) in _MAKING:  # "Russia will make a fifteenth offer"
        owner = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    actors = _actors_of(ctx, owner) if owner is not None else ()
    return actors[0] if len(actors) == 1 else None


_MAKING = frozenset(stem(w) for w in "make made makes renew renewed repeat repeated".split())


def _names_more(child) -> bool:
    """A phrase on an offer noun that says what is offered ("of engineers", "to send police"), not one that only
    says more of the offer (", which is a matter for …", "to be accepted", "made on 2 March")."""
    if child.dep_ == "relcl":
        return not (_after_comma(child) or _to_be_accepted(child))
    return child.dep_ == "prep" or (child.dep_ == "acl" and stem(child.lower_) not in _MAKING)


def _after_comma(clause) -> bool:
    """", which is a matter for Armenians": a clause set off by a comma says more of the noun, naming no other offer."""
    return clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","


def _claimed_role(ctx, token) -> str | None:
    """The subject of "has a role to play" ("it still has a role to play"): an actor claiming a part
    for itself, where the issue's label names that part."""
    if token.lower_ != "role" or token.dep_ != "dobj" or token.head.lower_ not in {"has", "have", "had"} or _negated(token.head):
        return None
    if not any(c.dep_ in {"relcl", "acl"} and c.lower_ == "play" for c in token.children):
        return None
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    actors = ctx.resolve(subject).actors if subject is not None else ()
    return actors[0] if len(actors) == 1 else None


def _offered(token, actor: str) -> str | None:
    """The actor, where its role word is offered ("offers its guards", "guards were ready to …",
    "guards could return") and not refused ("no Russian guards")."""
    head = token.head
    offered = _offer(head) or any(_offer(c) for c in head.children if c.dep_ in {"acomp", "xcomp"})
    offered = offered or (stem(head.lower_) in _COMING and any(c.lower_ in _MODALS for c in head.children))
    offered = offered or (head.dep_ in {"xcomp", "ccomp"} and _offer(head.head))  # "ready to send its border guards",
    # "proposed that its border guards help"
    return actor if offered and not any(_negated(t) for t in (token, head)) else None


def _offer(token) -> bool:
    return stem(token.lower_) in _OFFERS


def _offered_at(node) -> bool:
    """An offer at ``node`` ("offered") or in its complement ("remained ready", "is willing")."""
    return _offer(node) or any(_offer(c) for c in node.children if c.dep_ in {"acomp", "xcomp"})


def _negated(token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATION_WORDS and c.dep_ in {"det", "advmod"}) for c in token.children)

