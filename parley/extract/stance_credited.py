"""Credit given for an act: "Iran thanks Türkiye for hosting the working group on missing persons",
"the Union praised X and Y for clearing the mines", "we are grateful to X for its help with the
demining". Whoever is thanked or praised *for* the act named by the cue did it, and so holds support,
besides the one who thanks (whom the stance walk finds, :mod:`.stance_walk`). A negated act ("for not
blocking") or a cue that is refused is left to the walk. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .stance_agents import support_findings
from .stance_lexicon import stem, stems
from .stance_walk import Finding

_CREDITING = stems("thank praise commend congratulate applaud credit salute hail".split())
_GRATEFUL = frozenset({"grateful", "thankful", "indebted"})


def credited_findings(ctx, token, polarity: int) -> list[Finding]:
    """Support for whoever a verb of thanking or praising credits with the act that ``token`` (a
    cue) sits in: the verb's object, or the "to" object of "grateful"; none otherwise."""
    if token is None or polarity < 0:
        return []
    credited = _credited(token)
    return support_findings(ctx, credited + [c for t in credited for c in t.children if c.dep_ == "conj"])


def _credited(token) -> list:
    """The thanked or praised party of a "for" phrase over ``token`` (up to six words up)."""
    node = token
    for _ in range(6):  # "thanked X for financing the pillars and the clearance of mines": six up from "mines"
        if node.head.i == node.i or any(c.dep_ == "neg" for c in node.children):
            return []
        previous, node = node, node.head
        if previous.dep_ == "prep" and previous.lower_ == "for":
            return _thanked(node)
    return []


def _thanked(word) -> list:
    """The object of "thanks X (for …)", or the "to" object of "grateful to X (for …)"."""
    if stem(word.lower_) in _CREDITING:
        return [c for c in word.children if c.dep_ == "dobj"]
    word = next((c for c in word.children if c.dep_ == "acomp" and c.lower_ in _GRATEFUL), word)  # "is grateful … for"
    if word.lower_ in _GRATEFUL:
        return [g for c in word.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return []
