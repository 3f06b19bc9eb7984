"""A pronoun that introduces a quote with a colon (used by :mod:`.speakers`).

"He went further: “…”", "She was blunter still: “…”": the words before the colon open with "he" or
"she" as their subject and say nothing else than how the words came (a few words, no speech verb
needed), so the quote is that pronoun's, resolved like any "he said" (the last person or role
holder who spoke). Longer clauses ("He pointed to the map of the region and the new road: “…”") are
left alone: their colon may introduce a title or a list. A participle clause of being asked or of
speaking may open the words ("Asked about the islands, she was firm: “…”", "Speaking to the
press, he went further: “…”").
"""

from __future__ import annotations

import re

# "Asked about the islands, she was firm:": a participle clause of being asked or of speaking first
_ASIDE = r"(?:(?:[Ww]hen\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Ss]peaking|[Tt]alking)\b[^:;.“”\"]{0,80}?,\s*)?"
_PRONOUN_INTRO = re.compile(
    rf"\s*{_ASIDE}(?P<pronoun>\b(?:[Hh]e|[Ss]he))\s+(?P<rest>[a-z][\w\s,'’-]*?)\s*:\s*$")
_INTRO_WORDS = 5  # "He went further", "She put it more bluntly still"


def pronoun_intro(text: str, start: int, end: int):
    """(colon span, pronoun span) for "He went further:" filling ``text[start:end]``, else ``None``."""
    match = _PRONOUN_INTRO.fullmatch(text, start, end)
    if match is None or len(match.group("rest").split()) > _INTRO_WORDS:
        return None
    colon = text.rindex(":", start, end)
    return (colon, colon + 1), match.span("pronoun")
