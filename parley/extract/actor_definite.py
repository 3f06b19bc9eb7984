"""A body named by the common words of its alias alone (used by ``actors.codebook.v1``).

An alias made of another actor's acronym and lower-case words ("EU monitoring mission", "EU
monitors", "UN peacekeepers") names its actor also as "the monitoring mission", "the monitors",
"the peacekeepers": the definite article says the text means the one body the reader knows. That
holds only where the words belong to one such alias in the whole codebook and the document names
the body or its parent somewhere ("the European Union", "EU"); the head noun alone of a longer
alias ("the mission" for "EU monitoring mission") counts only where the document also uses the
full words of one of the body's aliases ("the monitors"). Such mentions have kind ``reference``: they list the actor as present in the text, but the stance
component takes no holder from them (the words are the issue's own: "the mission stays" in a
minister's speech is the minister's position, not the mission's). Compare :mod:`.actor_owned`
("its monitors").
"""

from __future__ import annotations

import re

from parley.core.types import Codebook, Mention


def definite_bodies(codebook: Codebook) -> dict[str, tuple[str, str, bool]]:
    """Lower-case words → (parent actor, body actor, head only) for aliases "<parent's acronym> <words>"."""
    acronyms = {alias: actor.id for actor in codebook.actors for alias in (actor.name, *actor.aliases)
                if alias.isupper() and 1 < len(alias) <= 6}
    found: dict[str, set[tuple[str, str, bool]]] = {}
    for actor in codebook.actors:
        for alias in actor.aliases:
            first, _, rest = alias.partition(" ")
            if first not in acronyms or acronyms[first] == actor.id or not rest or not rest.islower():
                continue
            found.setdefault(rest, set()).add((acronyms[first], actor.id, False))
            head = rest.split()[-1]
            if head != rest:
                found.setdefault(head, set()).add((acronyms[first], actor.id, True))
    return {words: next(iter(owners)) for words, owners in found.items() if len({o[1] for o in owners}) == 1}


def definite_mentions(state, mentions: list[Mention], bodies: dict, extractor: str) -> list[Mention]:
    """Mentions of a body for "the <words>" (module docstring)."""
    named = {m.actor for m in mentions}
    out = []
    for words, (parent, body, head_only) in bodies.items():
        if not named & {parent, body} or head_only and not _longer_named(state.text, words, bodies, body):
            continue
        for match in re.finditer(rf"\b[Tt]he\s+({re.escape(words)})\b", state.text):
            span = state.span(match.start(1), match.end(1))
            out.append(Mention(span, body, match.group(1), "reference", extractor, 0.7))
    return out


def _longer_named(text: str, head: str, bodies: dict, body: str) -> bool:
    """The document names the body by the full words of one of its aliases ("monitoring mission",
    "monitors"), not only by ``head``."""
    return any(words != head and not owner[2] and owner[1] == body and re.search(rf"\b{re.escape(words)}\b", text)
               for words, owner in bodies.items())
