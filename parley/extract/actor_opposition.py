""""The opposition" as an agent (used by ``actors.codebook.v1``).

A codebook with a single opposition actor (kind ``party``, its name ending in "opposition": "the
Kestrian opposition") has it named by "the opposition" where the phrase names the body by what is
its own: as the owner of an act ("the opposition's appeal", "the opposition's criticism", "the
opposition's walkout") or before a noun of its own ("the opposition bloc", "the opposition
benches", "the opposition leader"). As an object or a recipient ("hand the opposition a gift",
"ignore the opposition") it does not act, and "the opposition to the plan" is a stance, not a
body. As a bare subject ("the opposition offers no plan") it is left to the words around it: a
speaker's report of what "the opposition" wants is the speaker's characterisation.
"""

from __future__ import annotations

import re

from parley.core.types import Mention

# not "the opposition to the plan" (a stance), nor "the opposition Fatherland Front" (a name follows)
_THE_OPPOSITION = re.compile(r"\b[Tt]he\s+(?P<word>opposition)\b(?!\s+(?:to|of|from|against)\b|\s+[A-Z])")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def the_opposition(codebook) -> str | None:
    """The codebook's only opposition party, or ``None`` where there are none or several."""
    found = [a.id for a in codebook.actors if a.kind == "party" and a.name.lower().endswith("opposition")]
    return found[0] if len(found) == 1 else None


def opposition_mentions(state, doc, actor: str | None, extractor: str) -> list[Mention]:
    """Mentions of ``actor`` for each acting "the opposition" (module docstring)."""
    if actor is None or doc is None:
        return []
    found = []
    for match in _THE_OPPOSITION.finditer(state.text):
        piece = doc.char_span(match.start("word"), match.end("word"), alignment_mode="expand")
        if piece is None or not _owning(piece[0]):
            continue
        span = state.span(match.start(), match.end("word"))
        found.append(Mention(span, actor, span.text_in(state.text), "alias", extractor, 0.8))
    return found


def _owning(token) -> bool:
    """"the opposition's appeal", or "the opposition" right before its noun ("the opposition
    benches"; not "the opposition trading accusations", a parse that takes the verb for a noun)."""
    if token.dep_ == "poss":
        return True
    head = token.head
    return token.dep_ in _MODIFIER_DEPS and head.i == token.i + 1 and not head.lower_.endswith("ing")


def party_state(actor_id: str, codebook) -> str | None:
    """The state a party belongs to by its camp (an opposition bloc's country: "our Government" in its
    leaflet is that state's), or ``None`` where the actor is no party or its camp is no state actor."""
    actors = {a.id: a for a in codebook.actors}
    actor = actors.get(actor_id)
    camp = actors.get(actor.camp) if actor is not None and actor.kind == "party" else None
    return camp.id if camp is not None and camp.kind == "state" and camp.id != actor_id else None
