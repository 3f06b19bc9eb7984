"""An issue's keyword inside an actor's name: "the Western Xland Community" is no cue of Xland.

A codebook keyword can be part of the name of an actor the codebook knows ("Western Xland" is a
keyword of return, and the Western Xland Community an actor): inside that name it names the actor,
not the issue, so "X agreed that members of the Western Xland Community visit the cemetery" takes no
stance on return. A hit is dropped where every cue of it lies inside a longer actor mention. Names of
missions are cues on purpose (:mod:`.issue_missions`, source "group") and stay. Used by
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


def inside_actor_name(hit, mentions) -> bool:
    """Every cue of ``hit`` is a keyword lying inside a longer actor mention."""
    return bool(hit.cues) and all(cue.source == "keyword" and _inside(cue, mentions) for cue in hit.cues)


def _inside(cue, mentions) -> bool:
    return any(m.span.start <= cue.start and cue.end <= m.span.end and m.span.end - m.span.start > cue.end - cue.start
               for m in mentions)
