"""An actor that assents to what another's clause proposes: "X wants Y, and Z has agreed".

A conjoined verb of assent with a subject of its own and no object of its own ("…, and Yerevan
has agreed", "Baku accepted"; or one that names the first clause back: "…, and Z welcomes the
offer"; a time is no object: "…, and the Union agreed on 30 May") takes the object of the first
clause: its subject shares the first subject's stance on every issue of that clause. A sentence that only assents ("The Union agreed on 21
February.") does the same for the sentence before (:func:`assented`). Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .stance_lexicon import stem

_ASSENT = frozenset(stem(w) for w in "agree accept consent concur endorse welcome back support".split())
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "neg"})
_PROPOSALS = frozenset("offer proposal idea plan initiative move decision step suggestion".split())
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
