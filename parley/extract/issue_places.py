"""A place named by a keyword of one issue as where another issue's object lies.

"Kestria" may be a keyword of transport links, but "the mosques of Kestria", "the cemeteries in
Kestria" speak of heritage: the place only says where the mosques are. Where every cue of a hit is a
capitalised keyword (a place name) directly after "of", "in", "near" or "around" that follows a cue of
another issue, or its phrase's head noun ("mosques of Kestria", "the landmines in the Klowville area",
"any border agreement in Kestria"), or one of the ends
"between" names ("the state border between Xland and the Kestria exclave"), the hit is dropped. Used by
``issues.hybrid.v1``.

>>> from types import SimpleNamespace as NS
>>> place = NS(issue="roads", cues=(NS(start=15, end=22, source="keyword", weight=1.5),))
>>> mosques = NS(issue="heritage", cues=(NS(start=4, end=11, source="keyword", weight=1.5),))
>>> place_of_other("the mosques of Kestria", [place, mosques], place)
True
>>> place_of_other("the road to Kestria", [place], place)
False
"""

from __future__ import annotations

import re

_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|in|near|around)\s+(?:the\s+)?$")  # "border (agreement) in X"
_MAX_GAP = 28  # characters from the other cue to the place: " agreement around the " (22) with room
_SPANNING = re.compile(r"\s+between\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:and\s+(?:the\s+)?)?$")
_BORDER_PLACE = re.compile(r"borders?\s+(?:strip|area|zone|region|districts?|villages?)\b", re.IGNORECASE)
_BORDER_STAFF = re.compile(r"border,?\s+(?:guards?|officers?|police|customs)\b", re.IGNORECASE)  # the word "border" alone
_MAX_SPAN = 48  # " between the Republic of Ruritania and the " with room


def place_of_other(text: str, hits, hit) -> bool:
    """Every strong cue of ``hit`` is a proper-name keyword placing a cue of another hit (the weak rest,
    a shared label word such as "open", would make no hit by itself)."""
    if hit.cues and all(where_staff_go(text, c) for c in hit.cues):
        return True  # "send its transport police to the joint station": the police, not the station
    others = [c for h in hits if h.issue != hit.issue for c in h.cues if c.source != "reference"]
    strong = [c for c in hit.cues if c.weight >= 0.75]
    if strong and all(_border_of_other(text, c) for c in hit.cues) and any(c.weight >= 1.5 for c in others):
        return True  # "the clearance of the border strip", "only their own border, customs … officers": no line to draw
    return bool(strong) and bool(others) and all(_places(text, cue, others) for cue in strong)


def _border_of_other(text: str, cue) -> bool:
    """The cue opens "border strip/area/zone", is the word "border" before "guards/officers/customs", or
    is the road of "access road(s)" (the way to a site where the other issue's work is done)."""
    word = text[cue.start:cue.end].lower()
    return bool(_BORDER_PLACE.match(text, cue.start)) or (word == "border" and bool(_BORDER_STAFF.match(
        text, cue.start))) or (word in {"road", "roads"} and text[max(cue.start - 7, 0):cue.start].lower() == "access ")


_STAFF = r"(?:police|escorts?|guards?)"
_DET = r"(?:the|its|their|any|every|a)\s+"
_STAFF_PLACE = re.compile(rf"\b(?:{_STAFF}(?:\s+[\w-]+){{0,3}}?\s+(?:(?:on|onto|at|for|along|in)\s+(?:{_DET})?|to\s+{_DET})"
                          rf"|police\s+(?:{_DET})?)(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
_TRANSPORT_STAFF = re.compile(r"transport\s+police\b", re.IGNORECASE)


def where_staff_go(text: str, cue) -> bool:
    """The cue is the "transport" of "transport police", or a common noun for where police, escorts or
    guards are sent or kept ("police on the passenger trains", "escorts on the route", "to police the station").

    >>> from types import SimpleNamespace as NS
    >>> where_staff_go("send its police to the joint station", NS(start=23, end=36))
    True
    >>> where_staff_go("send its police to build the joint station", NS(start=29, end=42))
    False
    """
    if _TRANSPORT_STAFF.match(text, cue.start):
        return True
    if text[cue.start:cue.start + 1].isupper():
        return False  # "send its border guards to the Syunik section": a named route may be the issue
    return bool(_STAFF_PLACE.search(text, max(cue.start - 60, 0), cue.start))


def _places(text: str, cue, others) -> bool:
    if cue.source != "keyword" or not text[cue.start:cue.start + 1].isupper():
        return False
    return any((other.end < cue.start <= other.end + _MAX_GAP and _BETWEEN.fullmatch(text, other.end, cue.start))
               or (other.end < cue.start <= other.end + _MAX_SPAN and _SPANNING.fullmatch(text, other.end, cue.start))
               for other in others)
