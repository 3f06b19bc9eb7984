"""A role holder qualified by an organisation's adjective (used by :mod:`.speaker_offices`).

"The European chair of the meeting said …", "a Nordic envoy": a role whose qualifier is the first
word of the names of one codebook organisation only (kind ``organisation``, not a party or a
community: "European" of the Union, its Council and its Commission; a body whose names all hold
the Union's, its mission, does not count) speaks for that organisation. A state's demonym is
left to the actor lookup ("the Kestrian envoy"), and a word that opens the names of several
actors decides nothing.
"""

from __future__ import annotations

import re

from .speaker_roles import PERSON_ROLES

_ROLES = PERSON_ROLES | {"chair", "chairperson", "coordinator", "rapporteur", "co-chair"}
_ROLE_PHRASE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?P<adjective>[A-Z][a-z]+)\s+(?P<role>[a-z]+(?:-[a-z]+)?)\b")


def adjective_organisation(ctx, words: str) -> str | None:
    """The organisation "The <Adjective> <role> …" speaks for (module docstring), else ``None``."""
    match = _ROLE_PHRASE.match(words.strip())
    if match is None or match.group("role") not in _ROLES:
        return None
    adjective = match.group("adjective")
    if adjective.lower() in ctx.demonyms:
        return None
    named: dict[str, set[str]] = {}
    for actor in ctx.codebook.actors:
        for name in (actor.name, *actor.aliases):
            if name.split()[:1] == [adjective] and len(name.split()) > 1:
                named.setdefault(actor.id, set()).add(name)
    owners = [a for a in named if not _sub_body(named[a], [n for b in named if b != a for n in named[b]])]
    if len(owners) != 1:
        return None
    return owners[0] if ctx.codebook.actor(owners[0]).kind == "organisation" else None


def demonym_role(ctx, words: str) -> str | None:
    """The state whose demonym qualifies a role ("the Xian co-chair of the group told …"), for a subject the
    actor lookup missed (a misparse made it the quote's object); else ``None``."""
    match = _ROLE_PHRASE.match(words.strip())
    if match is None or match.group("role") not in _ROLES:
        return None
    return ctx.demonyms.get(match.group("adjective"))


def _sub_body(names: set[str], others: list[str]) -> bool:
    """Every name holds another actor's name ("European Union Mission in X" holds "European Union"):
    a body of that actor, which the bare adjective does not single out."""
    return all(any(other in name for other in others) for name in names)
