"""A place name among an issue's keywords that the text uses for a piece of terrain.

A codebook may list a town or district as a cue of an issue ("Meghri" for the transport links
that run through it). The same name before a word for terrain ("the Xville heights", "the Xville
gorge", "the Xville river") names hills or a valley, the ground of a border line, not the road or
railway of the issue: such a cue says nothing of the issue. Used by ``issues.hybrid.v1``.

>>> from types import SimpleNamespace as NS
>>> names_terrain("They gave away the Xville heights.", NS(start=19, end=25))
True
>>> names_terrain("The Xville railway.", NS(start=4, end=10))
False
"""

from __future__ import annotations

import re

_TERRAIN = re.compile(
    r"[ \t]+(?:heights|hills?|gorge|ridge|valley|river|mountains?|peaks?|plateau|highlands|slopes)\b")


def names_terrain(text: str, cue) -> bool:
    """The cue is a capitalised name followed by a word for terrain ("Xville heights")."""
    return text[cue.start : cue.start + 1].isupper() and bool(_TERRAIN.match(text, cue.end))


def about_terrain(text: str, hit) -> bool:
    """Every cue of the hit names terrain: the hit says nothing of its issue."""
    return bool(hit.cues) and all(names_terrain(text, c) for c in hit.cues)
