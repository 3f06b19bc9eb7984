"""A body named through its parent's possessive pronoun (used by ``actors.codebook.v1``).

An alias made of another actor's acronym and a noun ("EU monitors" for the EU's mission, "OSCE
observers", "UN peacekeepers") names its actor also as "its monitors", "their observers" where the
pronoun's owner is that other actor, named earlier in the same sentence ("We call on the European
Union … to keep its monitors on the border", "The OSCE said its observers would stay", "the UN
and its peacekeepers"). Any other owner ("Norland and its monitors") names nobody new.
"""

from __future__ import annotations

import re

from parley.core.types import Codebook, Mention

_OWNER_PRONOUN = re.compile(r"\b(?:its|their)\s+(?P<noun>[a-z][a-z-]+)\b")


def owned_bodies(codebook: Codebook) -> dict[str, tuple[str, str]]:
    """Noun → (parent actor, body actor) for aliases "<parent's acronym> <noun>"."""
    acronyms = {}
    for actor in codebook.actors:
        for alias in (actor.name, *actor.aliases):
            if alias.isupper() and 1 < len(alias) <= 6:
                acronyms[alias] = actor.id
    found: dict[str, tuple[str, str]] = {}
    for actor in codebook.actors:
        for alias in actor.aliases:
            words = alias.split()
            if len(words) == 2 and words[0] in acronyms and acronyms[words[0]] != actor.id and words[1].islower():
                found.setdefault(words[1], (acronyms[words[0]], actor.id))
    return found


def owned_mentions(state, mentions: list[Mention], bodies: dict[str, tuple[str, str]], extractor: str) -> list[Mention]:
    """Mentions of a body for "its <noun>" whose owner, named before in the sentence, is its parent."""
    found = []
    for match in _OWNER_PRONOUN.finditer(state.text):
        noun = match.group("noun")
        if noun not in bodies:
            continue
        parent, body = bodies[noun]
        sentence = next((s for s in state.sentences if s.start <= match.start() < s.end), None)
        before = [m for m in mentions if sentence is not None and sentence.start <= m.span.start < match.start()]
        if before and before[-1].actor == parent:
            span = state.span(match.start(), match.end())
            found.append(Mention(span, body, span.text_in(state.text), "alias", extractor, 0.8))
    return found
