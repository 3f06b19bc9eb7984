"""The issuer's own officer in a statement or a readout: "The Federal Foreign Minister welcomed …".

A ministry's press release about its minister's call names its own minister by title alone,
with no country ("The Federal Foreign Minister spoke … with the Foreign Minister of X"), while
the counterpart's title names its country ("the X Foreign Minister", "the Minister of X").
The first definite title in the body that names no actor is the issuer's own; the same title
later is too (used by :mod:`.holders` for a statement whose camp is known).
"""

from __future__ import annotations

import re

from .lexicon import ROLE_NOUNS

_HEADS = "|".join(sorted((w for w in ROLE_NOUNS if w.isalpha()), key=len, reverse=True))
_TITLE = re.compile(rf"\b[Tt]he ((?:[A-Z][\w'’-]+ ){{0,3}}(?:{_HEADS}))\b(?! of\b)", re.IGNORECASE)


def own_title(text: str, body: int, mentions) -> str | None:
    """The lower-case words of the issuer's own officer's title ("federal foreign minister"): the
    first "the <Title>" of the body that names no actor and has no "of …" after it."""
    match = _TITLE.search(text, body)
    if match is None or not match.group(1)[:1].isupper():
        return None  # "the minister" in lower case is a reference back, not an office's own title
    start, end = match.span(1)
    if any(m.span.start < end and start < m.span.end for m in mentions):
        return None
    return " ".join(match.group(1).lower().split())


def phrase_title(tokens) -> str:
    """The lower-case words of a phrase without its determiners ("The Federal Foreign Minister")."""
    return " ".join(t.lower_ for t in sorted(tokens, key=lambda t: t.i) if t.dep_ not in {"det", "punct"})
