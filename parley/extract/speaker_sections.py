"""The actor a section heading names, for a role with no actor of its own inside that section.

Catalogues, directories and briefs print an item under a heading line that names who it is about
("Iranian Railways, Stand 11-15", "Embassy of France in Georgia"), then a paragraph where someone
speaks by role only ("…," says the head of the delegation). The role is that actor's: the nearest
heading above the quote's paragraph (a paragraph of one short line with no closing punctuation; not
the document's own title), where it names exactly one codebook actor. Used by ``speakers.rules.v1``
for role phrases the sentence leaves without an actor.
"""

from __future__ import annotations

import re

from .speaker_roles import PERSON_ROLES, role_words

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_HEADING_MAX = 90  # characters: "Embassy of France in Georgia, Stand 11-11" with room
_CLOSING = ".!?:;\"”’)"


def section_actor(text: str, start: int, mentions) -> str | None:
    """The one actor named by the heading line at ``start`` (:func:`heading_above`); ``None`` where it
    names none or several.

    >>> from types import SimpleNamespace as NS
    >>> text = "Fair\\n\\nKestrian Railways, Stand 4\\n\\nShows coaches. \\"Soon,\\" says the head of sales."
    >>> mention = NS(actor="kestria", span=NS(start=6, end=14))
    >>> section_actor(text, heading_above(text, 56), [mention])
    'kestria'
    """
    end = text.find("\n", start)
    named = {m.actor for m in mentions if start <= m.span.start and m.span.end <= end}
    return named.pop() if len(named) == 1 else None


def heading_above(text: str, pos: int) -> int | None:
    """Where the nearest heading line above the paragraph at ``pos`` starts; ``None`` where there is none
    or that paragraph is a heading itself."""
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, pos)]
    if _heading(text, starts[-1]):
        return None  # the quote's own line is a heading
    return next((start for start in reversed(starts[1:-1]) if _heading(text, start)), None)  # not the title


# an exhibitor's staff as well as officials
_SECTION_ROLES = PERSON_ROLES | {"director", "manager", "attaché", "attache", "consul", "counsellor", "counselor"}


def section_role(words: str) -> bool:
    """A role phrase of more than one word ("the head of passenger services", "the cultural attaché")."""
    lowered = role_words(words)
    return len(lowered) > 1 and any(w in _SECTION_ROLES for w in lowered)


def _heading(text: str, start: int) -> bool:
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)].strip()
    if not line or len(line) > _HEADING_MAX or line[-1] in _CLOSING:
        return False
    rest = text[end:end + 3] if end >= 0 else ""
    return rest.startswith("\n\n") or rest.startswith("\n \n") or rest.strip() == ""
