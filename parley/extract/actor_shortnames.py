"""A body named again by the last word of its name (used by ``actors.codebook.v1``).

A text that has named a body in full ("the Western Azerbaijan Community", "the Armenian Civic
League of New England" does not count: its last word is a place) often goes on with the head noun
of that name alone, capitalised and with the definite article: "the Community repeated its demand".
Such a mention names the body where exactly one actor named earlier in the document has a name or
alias of several words ending in that capitalised noun; where two do ("the Armenian Assembly …
the Turkish Assembly") "the Assembly" names neither.
"""

from __future__ import annotations

import re

from parley.core.types import Mention

_THE_HEAD = re.compile(r"\b[Tt]he\s+(?P<head>[A-Z][a-z]{3,})\b(?!\s+(?:[A-Z]|of\b))")


def short_name_mentions(state, mentions: list[Mention], extractor: str) -> list[Mention]:
    """Mentions for "the <Head>" where one body named before ends its name in <Head> (module docstring)."""
    out, named = [], _named_by_last_word(mentions)
    for match in _THE_HEAD.finditer(state.text):
        owners = {actor for end, actor in named.get(match.group("head"), ()) if end <= match.start()}
        if len(owners) == 1:
            span = state.span(match.start("head"), match.end("head"))
            out.append(Mention(span, owners.pop(), match.group("head"), "alias", extractor, 0.8))
    return out


def _named_by_last_word(mentions: list[Mention]) -> dict[str, list[tuple[int, str]]]:
    """Last word → (end, actor) of each name or alias of several words."""
    named: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.kind in ("name", "alias") and " " in m.text:
            named.setdefault(m.text.split()[-1], []).append((m.span.end, m.actor))
    return named
