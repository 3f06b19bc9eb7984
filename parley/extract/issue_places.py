"""A place named by a keyword of one issue as where another issue's object lies.

"Kestria" may be a keyword of transport links, but "the mosques of Kestria", "the cemeteries in
Kestria" speak of heritage: the place only says where the mosques are. Where every cue of a hit is a
capitalised keyword (a place name) directly after "of", "in", "near" or "around" that follows a cue of
another issue ("mosques of Kestria", "the landmines in the Klowville area"), the hit is dropped. Used by
``issues.hybrid.v1``.

>>> from types import SimpleNamespace as NS
>>> place = NS(issue="roads", cues=(NS(start=15, end=22, source="keyword"),))
>>> mosques = NS(issue="heritage", cues=(NS(start=4, end=11, source="keyword"),))
>>> place_of_other("the mosques of Kestria", [place, mosques], place)
True
>>> place_of_other("the road to Kestria", [place], place)
False
"""

from __future__ import annotations

import re

_BETWEEN = re.compile(r"\s+(?:of|in|near|around)\s+(?:the\s+)?$")
_MAX_GAP = 16  # characters from the other cue to the place: " around the " (12) with room for extra spaces


def place_of_other(text: str, hits, hit) -> bool:
    """Every cue of ``hit`` is a proper-name keyword placing a cue of another hit."""
    others = [c for h in hits if h.issue != hit.issue for c in h.cues if c.source != "reference"]
    return bool(hit.cues) and bool(others) and all(_places(text, cue, others) for cue in hit.cues)


def _places(text: str, cue, others) -> bool:
    if cue.source != "keyword" or not text[cue.start:cue.start + 1].isupper():
        return False
    return any(other.end < cue.start <= other.end + _MAX_GAP and _BETWEEN.fullmatch(text, other.end, cue.start)
               for other in others)
