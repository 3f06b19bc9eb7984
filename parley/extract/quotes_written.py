"""Words in marks that are written on an object, not said (used by ``quotes.rules.v1``).

"Protesters held banners reading “…”", "placards that read “…”", "a sign saying “…”", "T-shirts
bearing the words “…”", "graffiti proclaiming “…”", "a plaque inscribed “…”": the marks give what
a banner, a placard or a wall shows — a slogan, not a speaker's words — whatever its length, so
they are no quote. A statement or a letter "reading" its words is not such an object.
"""

from __future__ import annotations

import re

_OBJECTS = (
    "banners? placards? posters? signs? signboards? billboards? t-shirts? shirts? stickers? graffiti "
    "flags? murals? plaques? inscriptions? leaflets? flyers? walls? stones?"
).split()
_VERBS = (
    r"reading|that\s+read|which\s+read|read|saying|that\s+said|which\s+said|bearing(?:\s+the\s+words?)?"
    r"|with\s+the\s+words?|inscribed(?:\s+with)?|proclaiming|declaring|emblazoned\s+with|painted\s+with"
)
_WRITTEN = re.compile(
    rf"\b(?:{'|'.join(_OBJECTS)})\b(?:[ \t]+[\w'’-]+){{0,4}}?[ \t]+(?:{_VERBS})[ \t]*[:,]?[ \t]*$",
    re.IGNORECASE,
)
_LOOK_BACK = 80


def written_on_object(text: str, open_mark: int) -> bool:
    """Whether the words before the mark say a banner, a sign or a wall shows the quoted words."""
    start = max(text.rfind("\n", 0, open_mark) + 1, open_mark - _LOOK_BACK)
    return _WRITTEN.search(text, start, open_mark) is not None
