"""A verb or noun of one issue whose object is named by a keyword of another issue.

"Return" is a cue of the right of return; "the return of the remains of the missing" and "to
return every prisoner" speak of the missing and the detainees, whose keyword is the object of
the return. Only a codebook keyword names the object ("the return of the Karabakh Armenians" names
a group, whose return it is). Where every cue of a hit is one such word, directly followed by (an "of", a
determiner and capitalised or adjective words, then) a cue of another issue, the hit belongs to
that other issue alone. Used by ``issues.hybrid.v1``.

>>> from types import SimpleNamespace as NS
>>> ret = NS(issue="return", cues=(NS(start=4, end=10),))
>>> dead = NS(issue="missing", cues=(NS(start=18, end=25, source="keyword"),))
>>> governed_by_other("the return of the remains", [ret, dead], ret)
True
>>> dead_later = NS(issue="missing", cues=(NS(start=28, end=35, source="keyword"),))
>>> governed_by_other("the return on 4 June of the remains", [ret, dead_later], ret)
True
"""

from __future__ import annotations

import re

from .issue_exclusive import reserved_at
from .issue_forces import FORCES_WEIGHT

_BETWEEN = re.compile(r"\s+(?:(?:on|in|at|this|last|next)(?:\s+[\w-]+){1,3}\s+(?=of\s))?(?:of\s+)?"
                      r"(?:(?:the|every|all|its|their|our|his|her|any|[A-Z][\w-]*)\s+){0,3}$")
"""Between the verb or noun and its object: "of", determiners, capitalised words; a short time or place
phrase may come before the "of" ("the return on 4 June of the remains")."""


def governed_by_other(text: str, hits, hit) -> bool:
    """Every cue of ``hit`` is directly followed by the object a cue of another hit names."""
    if hit.cues and all(_vote_on_other(text, cue, hits, hit) for cue in hit.cues):
        return True  # "a referendum to stop the trains": the vote's subject is the other issue
    others = [c for h in hits if h.issue != hit.issue for c in h.cues if _names_object(c)]
    return bool(hit.cues) and bool(others) and all(_object_named(text, cue, others) for cue in hit.cues)


_VOTE_ON = re.compile(r"(?:referendum|vote|ballot)\s+(?:to\s+\w+|against|on|about|over)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _vote_on_other(text: str, cue, hits, hit) -> bool:
    """The cue is "referendum" (or a vote) on what a cue of another issue names: "a referendum to stop
    the trains", "a referendum against the passenger service"."""
    if text[cue.start:cue.end].lower() not in {"referendum", "vote", "ballot"}:
        return False
    others = [c for h in hits if h.issue != hit.issue for c in h.cues if c.start > cue.end]
    return any(_VOTE_ON.fullmatch(text, cue.start, other.start) for other in others)


def _names_object(cue) -> bool:
    """A keyword, or a phrase of forces or a mission as strong as one ("the return of Xian border
    guards" is their presence); a group the label names ("Karabakh Armenians", weaker) returns itself."""
    return cue.source == "keyword" or (cue.source == "group" and getattr(cue, "weight", 0.0) >= FORCES_WEIGHT)


def _object_named(text: str, cue, others) -> bool:
    if reserved_at(text, cue.start):
        return False  # "the safety of the railway is a matter for the States": whose safety, no act on the railway
    for other in others:
        if cue.end < other.start <= cue.end + 40 and _BETWEEN.fullmatch(text, cue.end, other.start):
            return True
    return False
