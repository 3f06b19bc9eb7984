"""An issue's keyword inside an actor's name: "the Western Xland Community" is no cue of Xland.

A codebook keyword can be part of the name of an actor the codebook knows ("Western Xland" is a
keyword of return, and the Western Xland Community an actor): inside that name it names the actor,
not the issue, so "X agreed that members of the Western Xland Community visit the cemetery" takes no
stance on return. A hit is dropped where every cue of it lies inside a longer actor mention. Names of
missions are cues on purpose (:mod:`.issue_missions`, source "group") and stay; so do the names of
bodies named after their task ("Centre for Humanitarian Demining and Expertise"). Used by
``issues.hybrid.v1``.

>>> from types import SimpleNamespace as NS
>>> name = NS(span=NS(start=0, end=27))
>>> hit = NS(cues=(NS(start=0, end=17, source="keyword"),))
>>> inside_actor_name(hit, [name])
True
>>> inside_actor_name(hit, [NS(span=NS(start=0, end=17))])
False
"""

from __future__ import annotations

from .issue_bodies import BODY_NOUNS


def inside_actor_name(hit, mentions) -> bool:
    """Every cue of ``hit`` is a keyword lying inside a longer actor mention."""
    return bool(hit.cues) and all(cue.source == "keyword" and _inside(cue, mentions) for cue in hit.cues)


def _inside(cue, mentions) -> bool:
    return any(m.span.start <= cue.start and cue.end <= m.span.end and m.span.end - m.span.start > cue.end - cue.start
               and not _task_body(getattr(m, "text", "")) for m in mentions)


def _task_body(name: str) -> bool:
    """A working body's name ("Centre for Humanitarian Demining and Expertise", "Mine Action Agency"): a body
    named after its task, whose keyword still names the task (:mod:`.issue_bodies`)."""
    words = name.lower().split()
    return bool(words) and (words[0] in BODY_NOUNS or words[-1] in BODY_NOUNS)
