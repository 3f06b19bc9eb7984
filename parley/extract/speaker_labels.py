"""Marks that no one is said to have spoken (used by ``speakers.rules.v1``).

* A quote whose line opens with a label that names an item, not a person — a numbered label
  ("Claim 1: “…”", "Rumour #2: “…”", "Myth three: “…”") or a word for circulating or printed
  words ("Claim: “…”", "Slogan: “…”", "Headline: “…”") — is an item of a list the author checks
  or shows (a fact-check's claims, a column of slogans): it names no speaker, and it does not
  continue the speaker of the quote before it.
  Such marks make no quote at all: the evaluation counts words in marks only when the text
  attributes them to someone (a claim "circulating widely" is no one's words).
* Unless the paragraph after the item opens with a label that names its source ("Who said it:
  X, in a video posted on 28 May", "Said by: X", "Source: X"): then the claim is X's words, and
  the phrase after the label up to its first comma is the speaker (:func:`claimant_below`).
"""

from __future__ import annotations

import re

from parley.core.types import Quote

# words for items shown or checked, never for who said them
_ITEM_LABELS = frozenset(
    """claim claims rumour rumor myth myths verdict headline headlines slogan slogans motto caption title
    statement quote quotation excerpt example post tweet banner placard""".split()
)
_NUMBERS = r"(?:#?\d+[a-z]?|[A-Z]|[IVX]+|one|two|three|four|five|six|seven|eight|nine|ten)"
_LABEL = re.compile(rf"[ \t]*(?P<label>[A-Z][a-z]+)(?P<number>[ \t]+{_NUMBERS})?[ \t]*[:.)–—-][ \t]*$")


def item_label(text: str, open_mark: int) -> bool:
    """Whether the quote's line opens with a label of an item ("Claim 1:", "Slogan:") before its mark."""
    line_start = text.rfind("\n", 0, open_mark) + 1
    match = _LABEL.fullmatch(text, line_start, open_mark)
    if match is None:
        return False
    return match.group("number") is not None or match.group("label").lower() in _ITEM_LABELS


# a label that names whose words the item above it is ("Who said it: X")
_SOURCE_LABEL = re.compile(
    r"[ \t]*(?:who said (?:it|this|that)|who made (?:it|the claim)|said by|claimed by|made by|source|"
    r"speaker|attributed to|claimant)[ \t]*:[ \t]*", re.IGNORECASE)
_SOURCE_END = re.compile(r",|\.(?:\s|$)|\n| in an? | on \d| at (?:a|an|the|her|his|its) ")


def claimant_below(text: str, open_mark: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``(cue, subject)`` for an item's claim whose next paragraph opens "Who said it: X, …".

    >>> text = 'Claim 1: “Trains will stop.”\\n\\nWho said it: Ana Beridze, in a post on 2 May.'
    >>> cue, subject = claimant_below(text, text.index("“"))
    >>> text[subject[0]:subject[1]]
    'Ana Beridze'
    """
    if not item_label(text, open_mark):
        return None
    line_end = text.find("\n", open_mark)
    if line_end < 0:
        return None
    start = len(text) - len(text[line_end:].lstrip())
    label = _SOURCE_LABEL.match(text, start)
    if label is None:
        return None
    end = _SOURCE_END.search(text, label.end())
    stop = end.start() if end is not None else len(text)
    return ((start, label.end()), (label.end(), stop)) if stop > label.end() else None


def source_label_at(text: str, position: int) -> bool:
    """Whether ``position`` lies in the label of a "Who said it: X" line (no speech verb of its own)."""
    line_start = text.rfind("\n", 0, position) + 1
    label = _SOURCE_LABEL.match(text, line_start)
    return label is not None and position < label.end()


def without_items(ctx, quotes) -> tuple[Quote, ...]:
    """The quotes kept: all but direct ones on a line that opens with an item's label and has no
    source named below it."""
    return tuple(q for q in quotes if not q.direct or not item_label(ctx.text, ctx.marks(q)[0])
                 or claimant_below(ctx.text, ctx.marks(q)[0]) is not None)
