"""A place name among an issue's keywords that the text uses for a piece of terrain.

A codebook may list a town or district as a cue of an issue ("Meghri" for the transport links
that run through it). The same name before a word for terrain ("the Xville heights", "the Xville
gorge", "the Xville river") names hills or a valley, the ground of a border line, not the road or
railway of the issue: such a cue says nothing of the issue. Likewise the word "mine" for a pit that
is worked ("the gold mine above the village", and "the mine" in a text that names such a pit): no
landmine; and "road" in a figure of speech ("the road to peace", "the road back", "the road ahead"):
no road. Used by ``issues.hybrid.v1``.

>>> from types import SimpleNamespace as NS
>>> names_terrain("They gave away the Xville heights.", NS(start=19, end=25))
True
>>> names_terrain("The Xville railway.", NS(start=4, end=10))
False
"""

from __future__ import annotations

import re
from functools import lru_cache

_TERRAIN = re.compile(
    r"[ \t]+(?:heights|hills?|gorge|ridge|valley|river|mountains?|peaks?|plateau|highlands|slopes)\b")


def names_terrain(text: str, cue) -> bool:
    """The cue is a capitalised name followed by a word for terrain ("Xville heights")."""
    return text[cue.start : cue.start + 1].isupper() and bool(_TERRAIN.match(text, cue.end))


_MINERALS = r"(?:gold|copper|coal|iron|silver|salt|zinc|uranium|molybdenum|diamond|ore|open-pit|opencast)"
_WORKED_MINE = re.compile(rf"\b{_MINERALS}[ \t-]+mines?\b", re.IGNORECASE)
_MINERAL_BEFORE = re.compile(rf"\b{_MINERALS}[ \t-]+$", re.IGNORECASE)
_LANDMINE_AFTER = re.compile(r"[ \t]*(?:-|action|clearance|clearing|maps?|victims?|risk|detection|field|incident)",
                             re.IGNORECASE)


def names_mine_site(text: str, cue) -> bool:
    """The cue is the singular "mine" of a worked pit: "the gold mine", or "the mine" in a text
    that names a gold (copper, coal …) mine, unless words of mine action follow ("mine clearance").

    >>> from types import SimpleNamespace as NS
    >>> names_mine_site("The gold mine employed forty men.", NS(start=9, end=13))
    True
    >>> names_mine_site("A shepherd stepped on a mine.", NS(start=24, end=28))
    False
    """
    if text[cue.start:cue.end].lower() != "mine" or _LANDMINE_AFTER.match(text, cue.end):
        return False
    return bool(_MINERAL_BEFORE.search(text, 0, cue.start)) or _names_worked_mine(text)


@lru_cache(maxsize=4)
def _names_worked_mine(text: str) -> bool:
    """Whether the text names a gold (copper, coal …) mine anywhere: read once per document."""
    return _WORKED_MINE.search(text) is not None


_FIGURE_AFTER = re.compile(
    r"[ \t]+(?:back\b|ahead\b|home\b|to[ \t]+(?:a[ \t]+|lasting[ \t]+|durable[ \t]+)?(?:peace|reconciliation|normali[sz]ation"
    r"|recovery|settlement|agreement|justice|return|dialogue|compromise|war)\b)", re.IGNORECASE)


def figurative_road(text: str, cue) -> bool:
    """The cue "road" (or "path") in a figure of speech: "the road to peace", "the road back".

    >>> from types import SimpleNamespace as NS
    >>> figurative_road("The road to peace is long.", NS(start=4, end=8))
    True
    >>> figurative_road("The road to Xville is open.", NS(start=4, end=8))
    False
    """
    return text[cue.start:cue.end].lower() in {"road", "path"} and bool(_FIGURE_AFTER.match(text, cue.end))


_PLACE_BEFORE = re.compile(
    r"\b(?:as[ \t]+far[ \t]+as|up[ \t]+to|to|towards|at|across|near|along|over|beyond|from)[ \t]+the[ \t]+$", re.IGNORECASE)
_FORCE_AFTER = re.compile(r"[ \t]+(?:guards?|troops|police|posts?|service|patrols?)\b", re.IGNORECASE)


def border_as_place(text: str, cue) -> bool:
    """The cue "border" for a place one travels to or stands at ("rode with us as far as the border",
    "at the border") or for the force that guards it ("Russian border guards"): no line drawn.

    >>> from types import SimpleNamespace as NS
    >>> border_as_place("He rode with us as far as the border.", NS(start=30, end=36))
    True
    >>> border_as_place("The commissions agreed the border.", NS(start=26, end=32))
    False
    """
    if text[cue.start:cue.end].lower() not in {"border", "frontier"}:
        return False
    return bool(_PLACE_BEFORE.search(text, max(cue.start - 20, 0), cue.start) or _FORCE_AFTER.match(text, cue.end))


_THINGS = r"(?:maps|documents|letters|notes|lists|views|messages|greetings|information|data|gifts|fire|instruments)"
_THINGS_AFTER = re.compile(rf"\s+(?:of\s+)?(?:(?:the|their|its|[a-z-]+)\s+)?{_THINGS}\b", re.IGNORECASE)
_THINGS_BEFORE = re.compile(rf"\b{_THINGS}\s+(?:[\w-]+\s+){{0,3}}(?:were|was|are|is|been|being)\s+$", re.IGNORECASE)


def exchange_of_things(text: str, cue) -> bool:
    """The cue "exchange" for things, not people: "exchanged minefield maps", "the maps … were exchanged",
    "an exchange of letters".

    >>> from types import SimpleNamespace as NS
    >>> exchange_of_things("The maps are Soviet and were exchanged in 2024.", NS(start=29, end=38))
    True
    >>> exchange_of_things("They exchanged prisoners.", NS(start=5, end=14))
    False
    """
    if not text[cue.start:cue.end].lower().startswith("exchang"):
        return False
    return bool(_THINGS_AFTER.match(text, cue.end) or _THINGS_BEFORE.search(text, max(cue.start - 60, 0), cue.start))


def about_terrain(text: str, hit) -> bool:
    """Every cue of the hit names terrain, a worked mine, a figurative road, a border as a place or an
    exchange of things:
    the hit says nothing of its issue (weak cues beside them, "open" or "peace" from the label, do
    not make one)."""
    strong = [c for c in hit.cues if c.weight >= 1] or hit.cues
    return bool(strong) and all(names_terrain(text, c) or names_mine_site(text, c) or figurative_road(text, c)
                                or border_as_place(text, c) or exchange_of_things(text, c) for c in strong)
