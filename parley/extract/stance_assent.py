"""An actor that assents to what another's clause proposes: "X wants Y, and Z has agreed".

A conjoined verb of assent with a subject of its own and no object of its own ("…, and Yerevan
has agreed", "Baku accepted"; or one that names the first clause back: "…, and Z welcomes the
offer"; a time is no object: "…, and the Union agreed on 30 May") takes the object of the first
clause: its subject shares the first subject's stance on every issue of that clause. A sentence that only assents ("The Union agreed on 21
February.") does the same for the sentence before (:func:`assented`). Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .stance_lexicon import stem
from .stance_roles import asks_here

_ASSENT = frozenset(stem(w) for w in "agree accept consent concur endorse welcome back support".split())
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "neg"})
_PROPOSALS = frozenset("offer proposal idea plan initiative move decision step suggestion request".split())
"""Nouns that name back what the first clause proposes: "X offered Y, and Z welcomes the offer"."""


_TIMES = frozenset("january february march april may june july august september october november december "
                    "week weeks day days month months year".split())


def _when(child) -> bool:
    """"agreed on 30 May", "accepted within a week": a time, no object of its own."""
    return child.dep_ == "prep" and child.lower_ in {"on", "in", "within", "after"} and any(
        t.lower_ in _TIMES or t.like_num for t in child.subtree if t.i != child.i)


def _names_it_back(child) -> bool:
    """"the offer", "this proposal": an object that is the first clause's proposal, not one of its own."""
    return child.dep_ == "dobj" and child.lower_ in _PROPOSALS and any(
        d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in child.children)


def assents(ctx, tokens) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """``(assenting actors, actors of the first clause's subject)`` for each bare conjoined assent."""
    out = []
    for token in tokens:
        if token.dep_ != "conj" or stem(token.lower_) not in _ASSENT:
            continue
        if any(c.dep_ in _OWN_OBJECTS and not _names_it_back(c) and not _when(c) for c in token.children):
            continue  # "agreed to X", "did not agree": a clause of its own
        mine = next((c for c in token.children if c.dep_ == "nsubj"), None)
        first = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if mine is not None and first is not None:
            out.append((ctx.resolve(mine).actors, ctx.resolve(first).actors))
    return [(a, b) for a, b in out if a and b and a != b]


def assented(ctx, tokens, said_before) -> list[tuple[str, str]]:
    """``(issue, actor)``: "Both Governments asked the Union to keep its advisers. The Union agreed on 21
    February.": the one who agrees holds what the sentence before (its positions ``said_before``) asked for."""
    actors = bare_assent(ctx, tokens)
    issues = dict.fromkeys(p.issue for p in said_before if p.stance == "support" and p.via == "reported"
                           and p.actor not in actors)
    return [(issue, actor) for issue in issues for actor in actors]


def agreed(ctx, tokens, hits, said_before, positions, upto: int, since: int) -> list[tuple[str, str, int]]:
    """``(issue, actor, sign)`` of a sentence that only assents to the one before ("Y agreed.", where it
    names no issue of its own: :func:`assented`) or backs a decision made in the ``positions`` before
    index ``upto``, from character ``since`` on (:func:`endorsed`)."""
    agreeing = [] if hits else [(issue, actor, 1) for issue, actor in assented(ctx, tokens, said_before)]
    if not any(_backing(t) for t in tokens):
        return agreeing  # most sentences back nothing: no need to gather the positions before
    return agreeing + endorsed(ctx, tokens, [p for p in positions[:upto] if p.span.start >= since], said_before, positions[:upto])


def bare_assent(ctx, tokens) -> tuple[str, ...]:
    """The actors of a sentence that only assents ("The Union agreed on 21 February."): a main verb of
    assent with a subject, no object of its own and no negation; ``()`` otherwise."""
    root = tokens.root
    if stem(root.lower_) not in _AGREEING or any(c.dep_ in _OWN_OBJECTS and not _when(c) for c in root.children):
        return ()
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    found = ctx.resolve(subject) if subject is not None else None
    return found.actors if found is not None and found.kind == "name" else ()


_AGREEING = frozenset(stem(w) for w in "agree accept consent".split())


_DECIDED = frozenset("decision decisions refusal refusals request requests choice answer reply position".split())
_BACKS = frozenset(stem(w) for w in "support supports welcome welcomes back backs endorse endorses applaud applauded".split())


def endorsed(ctx, tokens, recent, said_before=(), earlier=()) -> list[tuple[str, str, int]]:
    """``(issue, actor, sign)``: "The United States supports that decision", "Z supports their decision",
    "Z said that it supports the decisions of A and B", "Z backed both refusals", "Z gave the same
    answer", "Z said the same": the backer holds the stances that the decision's makers took in the ``recent`` positions
    (each named maker's latest, or for "that decision" those of the latest sentence; for "the same" those of
    the sentence before, ``said_before``; for "the refusals" the latest oppositions among all ``earlier``)."""
    out = []
    for verb in (t for t in tokens if _backing(t)):
        decision = next((c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in _DECIDED or _the_same(c))), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if decision is None or subject is None or asks_here(tokens):
            continue  # "A asked X to …, and Z supports that request": this sentence's own (:func:`assents`)
        backers, makers = ctx.resolve(subject).actors, _makers(ctx, decision)
        named_back = decision.lower_ in {"same", "refusals"} or any(d.lower_ in _BACK_THERE for d in decision.children)
        if not backers or makers == () or (makers is None and not named_back):
            continue  # "the request of the families": someone's that is no actor's
        pool = list(said_before) if decision.lower_ == "same" else recent
        if decision.lower_.startswith("refusal"):  # "applauded the refusals": the latest refusals, however far back
            pool = [p for p in earlier or pool if p.stance == "oppose"]
        out += [(p.issue, b, 1 if p.stance == "support" else -1) for p in _latest_acts(pool, makers)
                for b in backers if p.actor not in backers]
    return list(dict.fromkeys(out))


def _latest_acts(recent, makers) -> list:
    """The positions of each maker's latest sentence among ``recent``; with no makers named, those of
    the latest sentence."""
    if not makers:
        return [p for p in recent if p.span == recent[-1].span] if recent else []
    last = {p.actor: p.span for p in recent if p.actor in makers}
    return [p for p in recent if last.get(p.actor) == p.span]


def _backing(verb) -> bool:
    """"supports", "backed", "gave the same answer", "said the same", not negated."""
    return (stem(verb.lower_) in _BACKS or _gave_the_same(verb) or any(_the_same(c) for c in verb.children)) and not _negative(verb)


_BACK_THERE = frozenset({"that", "this", "those", "these", "both", "same"})  # "both refusals", "the same answer"
_GIVING = frozenset(stem(w) for w in "give gave given take took taken make made".split())


def _gave_the_same(verb) -> bool:
    """"Z gave the same answer (a day later)": Z answered as the maker of the answer before."""
    return stem(verb.lower_) in _GIVING and any(
        c.dep_ == "dobj" and any(a.lower_ == "same" for a in c.children) for c in verb.children)


def _the_same(noun) -> bool:
    """"Armenia said the same (on 4 February)": the object of saying is "the same" alone (not "the same day")."""
    return noun.dep_ == "dobj" and noun.lower_ == "same" and stem(noun.head.lower_) in _SAYING


_SAYING = frozenset(stem(w) for w in "say said says answer answered reply replied".split())


def _makers(ctx, decision) -> tuple[str, ...] | None:
    """Whose decision it is: its possessor ("their decision", "Baku's refusal") or its "of" phrase ("the
    decisions of A and B"), with conjuncts; ``None`` where it names nobody."""
    owners = [c for c in decision.children if c.dep_ == "poss"]
    owners += [g for c in decision.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners += [c for o in owners for c in o.children if c.dep_ == "conj"]
    return tuple(a for o in owners for a in ctx.resolve(o).actors) if owners else None


def _negative(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
