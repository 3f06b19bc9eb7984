"""An actor that assents to what another's clause proposes: "X wants Y, and Z has agreed".

A conjoined verb of assent with a subject of its own and no object of its own ("…, and Yerevan
has agreed", "Baku accepted"; or one that names the first clause back: "…, and Z welcomes the
offer") takes the object of the first clause: its subject shares the first
subject's stance on every issue of that clause. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .stance_lexicon import stem

_ASSENT = frozenset(stem(w) for w in "agree accept consent concur endorse welcome back support".split())
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "neg"})
_PROPOSALS = frozenset("offer proposal idea plan initiative move decision step suggestion".split())
"""Nouns that name back what the first clause proposes: "X offered Y, and Z welcomes the offer"."""


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
        if any(c.dep_ in _OWN_OBJECTS and not _names_it_back(c) for c in token.children):
            continue  # "agreed to X", "did not agree": a clause of its own
        mine = next((c for c in token.children if c.dep_ == "nsubj"), None)
        first = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if mine is not None and first is not None:
            out.append((ctx.resolve(mine).actors, ctx.resolve(first).actors))
    return [(a, b) for a, b in out if a and b and a != b]
