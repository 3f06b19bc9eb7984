"""An actor's forces on the ground as a cue of the issue that keeps that actor's role.

Where an issue's label makes one state its object ("Keep X as the leading power and mediator"),
that state's troops, peacekeepers or border guards named by its demonym ("Xian border guards",
"the Xian troops") are the role at stake: "will not let Xian border guards onto the road" refuses
it, "we need the Xian troops" wants it. The state itself offering forces ("X offers border guards",
"X's offer of troops", "X's offer to station border guards") offers its role too, and turning to the state for help wants it ("ask
Moscow for guarantees", "rely on X", "we will not turn to X again" refuses it). Only the label's object counts: a label that names the
parties of a treaty ("a treaty between X and Y") is not about either party's forces.
"""

from __future__ import annotations

import re

from .lexicon import demonyms_of
from .stance_lexicon import stem

FORCES_WEIGHT = 1.5  # as much as a keyword: "Xian peacekeepers" is the role itself
_UNITS = ("troops", "peacekeepers", "guards", "border guards", "forces", "soldiers", "military base",
          "base", "contingent", "border troops", "role")  # "a Xian role" is the role itself


def role_actor(label: str, codebook) -> object | None:
    """The state actor the label's verb takes as its object ("Keep X as …"), if any."""
    words = re.findall(r"[^\W\d_]+", label)
    if len(words) < 2:
        return None
    for actor in codebook.actors:
        if actor.kind == "state" and words[1] in (actor.name, *actor.aliases):
            return actor
    return None


def forces_phrases(label: str, codebook) -> list[tuple[str, ...]]:
    """Stemmed phrases "<demonym> <unit>" of the label's object state (none where there is none)."""
    actor = role_actor(label, codebook)
    if actor is None:
        return []
    demonyms = {d for name in (actor.name, *actor.aliases) for d in demonyms_of(name) if d[:1].isupper()}
    return sorted({(stem(d), *(stem(w) for w in unit.split())) for d in demonyms for unit in _UNITS})


_OFFERED = ("troops", "peacekeepers", "border guards", "soldiers", "contingent", "border troops")


def offer_phrases(label: str, codebook, gap: str) -> list[tuple[str, ...]]:
    """Stemmed phrases "<state> … offer(s) … <unit>" of the label's object state, each ``gap`` a few
    words or none: "Xburg offers border guards", "Xburg's offer of troops", "Xburg has again offered
    its border guards", "Xburg's standing offer to place (its own) border guards", "Xburg has offered
    since 2032 to station guards"."""
    actor = role_actor(label, codebook)
    if actor is None:
        return []
    names = {tuple(stem(w) for w in name.split()) for name in (actor.name, *actor.aliases, *actor.metonyms)}
    units = [tuple(stem(w) for w in unit.split()) for unit in _OFFERED]
    return sorted({(*name, gap, "offer", gap, *unit) for name in names for unit in units}
                  | {(*name, gap, "offer", gap, stem("to"), stem(verb), gap, *unit)
                     for name in names for unit in units for verb in _STATIONING})


_STATIONING = "station deploy send post place put".split()


_TURNING = (("ask", "{name}", "for"), ("rely", "on", "{name}"), ("count", "on", "{name}"), ("depend", "on", "{name}"),
            ("turn", "to", "{name}"), ("lean", "on", "{name}"), ("need", "{name}"), ("role", "for", "{name}"), ("prefer", "{name}"),
            *(("{name}", be, *neg, "need") for be in ("is", "are", "was", "be") for neg in ((), ("not",))))
# "we need X", "X is not needed (to stand between us)", "a role for X", "preferred X to …": the state's role itself


def turn_phrases(label: str, codebook) -> list[tuple[str, ...]]:
    """Stemmed phrases of turning to the label's object state for help: "ask Xburg for", "rely on
    Xburg", "turn to Xburg", "need Xburg", "Xburg is not needed" (its name, aliases and metonyms)."""
    actor = role_actor(label, codebook)
    if actor is None:
        return []
    names = {tuple(stem(w) for w in name.split()) for name in (actor.name, *actor.aliases, *actor.metonyms)}
    return sorted({tuple(w for part in phrase for w in (name if part == "{name}" else (stem(part),)))
                   for name in names for phrase in _TURNING})
