"""List items under a lead-in of obligation: "The United States should:" followed by "1. Back the
extension of the mission …", "2. Press X to release …". Each item finishes the lead-in's sentence, so
it argues as "X should back …" does, though its own words carry no modal (used by :mod:`.stance`).

>>> text = "Recommendations\\n\\nThe government should:\\n\\n1. Open the railway.\\n"
>>> listed_under_modal(text, text.index("Open"))
True
>>> listed_under_modal("Steps taken:\\n1. Opened the railway.\\n", 15)
False
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+")
_LEAD_IN = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s*:[ \t]*$", re.IGNORECASE)


def listed_under_modal(text: str, position: int) -> bool:
    """``position`` lies in a list item whose list opens under a line ending in "should:", "must:"."""
    start = text.rfind("\n", 0, position) + 1
    if not _ITEM.match(text, start):
        return False
    while start > 0:
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or _ITEM.match(line):
            continue  # blank lines and the list's earlier items
        return bool(_LEAD_IN.search(line))
    return False
