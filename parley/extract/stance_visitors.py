"""Visitors of the place a cue names: "the eighth visit of the Western Xland Community to the graves",
"the Council's visit to the cemetery", "members of the Community visited the graves", "Ruritania let forty
families visit the cemetery", "the cemetery, which sixty families visited".

Whoever visits a place, or is to visit it, holds to what the place stands for: support for the visitors,
besides whoever allows or refuses the visit (whom the stance walk finds, :mod:`.stance_walk`). A visit
said not to happen ("did not visit") is left to the walk. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .stance_agents import support_findings
from .stance_lexicon import stem, stems
from .stance_walk import Finding

_VISITS = stems("visit visits visited visiting".split())
_UP = frozenset({"pobj", "prep", "dobj", "compound", "conj", "appos", "npadvmod"})
_TOWARDS = frozenset({"to", "at", "in"})  # the place visited: "to the graves", "at Davalu", "in the valley"
_REACH = 4  # words up from the cue to the visit: "the visit of X to the graves at Y" (graves, to, visit)


def visitor_findings(ctx, token, polarity: int) -> list[Finding]:
    """Support for the visitors of the visit over ``token`` (a cue of the place visited)."""
    if token is None or polarity < 0:
        return []
    visit = _visit_over(token)
    if visit is None or any(c.dep_ == "neg" for c in visit.children):
        return []
    return support_findings(ctx, _visitors(visit))


def _visit_over(token):
    """The visit noun or verb whose destination the cue is (a few words up), or a relative clause of
    visiting on it ("the cemetery, which sixty families visited")."""
    relative = next((c for c in token.children if c.dep_ == "relcl" and stem(c.lower_) in _VISITS), None)
    node = token
    for _ in range(_REACH):
        if relative is not None or stem(node.lower_) in _VISITS:
            return relative or node
        if node.dep_ not in _UP or node.head.i == node.i or (node.dep_ == "prep" and node.lower_ not in _TOWARDS):
            return None  # "the visits of Karabakh Armenians": who visits, not where
        before = _visit_just_before(node) if node.dep_ == "prep" else None
        if before is not None:
            return before
        node = node.head
    return node if stem(node.lower_) in _VISITS else None


def _visit_just_before(prep):
    """"consented to the eighth visit of X to the cemetery", parsed with "to the cemetery" on the verb: the
    visit phrase that ends right before the preposition."""
    node = prep.doc[prep.i - 1] if prep.i > 0 else None
    while node is not None and node.right_edge.i == prep.i - 1 and node.i != prep.head.i:
        if stem(node.lower_) in _VISITS:
            return node
        node = node.head if node.head.i != node.i else None
    return None


def _visitors(visit) -> list:
    """The visit's owner ("the Council's visit"), its "of"/"by" phrase, the verb's subject, or where the
    verb is another's complement ("let X visit", "allowed X to visit") that verb's object; with conjuncts."""
    found = [c for c in visit.children if c.dep_ in {"poss", "nsubj"}]
    found += [g for c in visit.children if c.dep_ == "prep" and c.lower_ in {"of", "by"} for g in c.children if g.dep_ == "pobj"]
    if not found and visit.dep_ in {"xcomp", "ccomp"}:
        found = [c for c in visit.head.children if c.dep_ == "dobj"]
    return found + [c for f in found for c in f.children if c.dep_ == "conj"]
