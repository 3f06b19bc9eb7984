"""A mission named by its name as a cue of the issue of foreign presence.

Where an issue's label is about outside monitors, observers or peacekeepers on the ground
("Keep foreign peacekeepers, monitors … presence"), the codebook's names of a mission ("EU
Mission in X", "OCC monitoring mission", "UN mission") say the same thing: "support for the EU
Mission in X", "no need for the continued presence of the X Mission". Only the names that hold a
word of monitoring count ("EU", the mission's acronym, is the organisation too); the stance
rules then take the name as the issue where it is the object of "of"/"for" or the subject of
"stay" (:func:`parley.extract.stance._inside_mention`).
"""

from __future__ import annotations

import re

from .stance_lexicon import stem

# not "observers": "international observers" are as often commentators as a mission
PRESENCE_STEMS = frozenset(stem(w) for w in "monitors monitoring peacekeepers peacekeeping mission".split())
_LABEL_STEMS = frozenset(stem(w) for w in "monitors observers peacekeepers presence".split())
MISSION_WEIGHT = 1.5  # as much as a keyword: a mission named alone is the issue


def presence_label(label: str) -> bool:
    """The label is about outside monitors, observers or peacekeepers on the ground."""
    return any(stem(w) in _LABEL_STEMS for w in re.findall(r"[A-Za-z]+", label))


def mission_names(codebook) -> list[str]:
    """The actors' names and aliases that name a mission ("EU Mission in X", "UN mission")."""
    out = []
    for actor in codebook.actors:
        for name in (actor.name, *actor.aliases):
            if any(stem(w) in PRESENCE_STEMS for w in re.findall(r"[A-Za-z]+", name)):
                out.append(name)
                out += _short_form(name)
    return sorted(set(out))


def _short_form(name: str) -> list[str]:
    """"EU Mission" of "EU Mission in X": a text that has named the mission in full goes on with
    its name without the place ("the EU Mission is in X at X's invitation"). Only a capitalised
    "Mission" counts: "the EU mission" may be any delegation."""
    short = re.split(r"\s+(?:in|to|for)\s+", name)[0]
    words = short.split()
    return [short] if short != name and len(words) >= 2 and words[-1] == "Mission" else []
