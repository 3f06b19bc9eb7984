"""Marks that no one is said to have spoken (used by ``speakers.rules.v1``).

* A quote whose line opens with a label that names an item, not a person — a numbered label
  ("Claim 1: “…”", "Rumour #2: “…”", "Myth three: “…”") or a word for circulating or printed
  words ("Claim: “…”", "Slogan: “…”", "Headline: “…”") — is an item of a list the author checks
  or shows (a fact-check's claims, a column of slogans): it names no speaker, and it does not
  continue the speaker of the quote before it.
  Such marks make no quote at all: the evaluation counts words in marks only when the text
  attributes them to someone (a claim "circulating widely" is no one's words).
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


def without_items(ctx, quotes) -> tuple[Quote, ...]:
    """The quotes kept: all but direct ones on a line that opens with an item's label."""
    return tuple(q for q in quotes if not q.direct or not item_label(ctx.text, ctx.marks(q)[0]))
