"""A verb of coming back to an activity, not a return of people: "ready to return to work on X".

A codebook may list "return" as a cue of the return of displaced people. The same word followed by
"to" and an activity or a meeting ("return to the talks", "return to trilateral work", "returned to
the negotiating table", "return to normal") resumes that activity: it says nothing of anyone going
home; nor does "return the compliment" or "returned the call", answering in kind. Used by
``issues.hybrid.v1``.

>>> from types import SimpleNamespace as NS
>>> resumes_activity("Kestria is ready to return to trilateral work on the railway.", NS(start=20, end=26))
True
>>> resumes_activity("They want to return to their villages.", NS(start=13, end=19))
False
"""

from __future__ import annotations

import re

_ACTIVITY = (r"work|talks|negotiations?|(?:negotiating\s+)?table|dialogue|diplomacy|format|process|business"
             r"|normal(?:ity|cy)?|power|office|the\s+(?:issue|question|subject|topic|agenda)")
_RESUMED = re.compile(
    rf"\s+to\s+(?:(?:the|their|its|our|a|direct|joint|trilateral|bilateral|regular|peace)\s+){{0,2}}(?:{_ACTIVITY})\b",
    re.IGNORECASE)
_RETURNED_IDIOM = re.compile(  # "returns the compliment", "returned the call": answering in kind
    r"\s+(?:the|a|his|her|their|its|that)\s+(?:compliment|favou?r|call|greeting|gesture|fire|serve)\b", re.IGNORECASE)
_VERB = re.compile(r"return(?:s|ed|ing)?$", re.IGNORECASE)


def resumes_activity(text: str, cue) -> bool:
    """The cue is the verb "return" whose "to" names an activity, or an idiom of answering in kind."""
    return bool(_VERB.match(text[cue.start : cue.end])) and bool(
        _RESUMED.match(text, cue.end) or _RETURNED_IDIOM.match(text, cue.end))


def about_resumption(text: str, hit) -> bool:
    """Every cue of the hit is such a return to an activity: the hit says nothing of its issue."""
    return bool(hit.cues) and all(resumes_activity(text, c) for c in hit.cues)
