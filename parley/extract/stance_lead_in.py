"""List items under a lead-in of obligation: "The United States should:" followed by "1. Back the
extension of the mission …", "2. Press X to release …". Each item finishes the lead-in's sentence, so
it argues as "X should back …" does, though its own words carry no modal (used by :mod:`.stance`).

>>> text = "Recommendations\\n\\nThe government should:\\n\\n1. Open the railway.\\n"
>>> listed_under_modal(text, text.index("Open"))
True
>>> listed_under_modal("Steps taken:\\n1. Opened the railway.\\n", 15)
False

Measures listed as commands: an action plan's "1.1. Agree with the other side on rules for the
pillars", a report's "- Open the crossing to buses". A numbered or bulleted item that opens with a
bare verb and has no subject is the issuer's own programme, so it argues for what it names as
"we will agree …" would (the author's camp).

The pipeline's parser runs without a tagger, so the verb's form is read from its spelling: an item
that opens with "Opened", "Ensuring" or "Supports" reports or describes, it does not command.

>>> text = "Measures\\n\\n1.1. Agree on rules for the pillars."
>>> opens_item(text, text.index("Agree"))
True
>>> opens_item("The sides agree on rules.", 9)
False
>>> commanding_form("Opened"), commanding_form("Ensure"), commanding_form("Supports"), commanding_form("Proceed"), commanding_form("Agreed")
(False, True, False, True, False)
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


_MARKER = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-z]\)|[-•*–])[ \t]+$")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_BARE_EED = frozenset({"proceed", "succeed", "exceed", "need", "heed", "feed", "speed", "seed"})
_VERB_CHILDREN = frozenset({"dobj", "prep", "ccomp", "xcomp", "advcl", "dative", "prt", "advmod"})


def opens_item(text: str, position: int) -> bool:
    """``position`` is the first word of a numbered or bulleted list item."""
    start = text.rfind("\n", 0, position) + 1
    return start < position and bool(_MARKER.match(text[start:position]))


def commanding_form(word: str) -> bool:
    """The bare form a command takes: not "-ed" (but "proceed"), "-ing", or a third person's "-s"."""
    lower = word.lower()
    if lower.endswith("ed"):
        return lower in _BARE_EED  # "agreed", "guaranteed" are past forms
    return not lower.endswith("ing") and (not lower.endswith("s") or lower.endswith("ss"))


def imperative_item(text: str, tokens) -> bool:
    """The sentence ``tokens`` is a list item commanding a measure: its root is its first word, a
    capitalised bare verb with an object or complement and no subject."""
    first = tokens[0]
    if first.dep_ != "ROOT" or not first.text[:1].isupper() or not commanding_form(first.text):
        return False
    deps = {child.dep_ for child in first.children}
    return not deps & _SUBJECTS and bool(deps & _VERB_CHILDREN) and opens_item(text, first.idx)
