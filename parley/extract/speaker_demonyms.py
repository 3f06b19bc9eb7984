"""A speaker given as a person of a nation: "my Kestrian brother", "Kestrian deputies", "our Norlandic
colleagues" stand for the state the demonym names.

The actor finder makes a demonym a mention only before an institution ("the Kestrian delegation"),
so a subject that is a demonym and a word for people (a role, a colleague, a kinsman, members of a
parliament) is resolved here, by ``speakers.rules.v1`` through :func:`.speaker_groups.group_actor`.
Only such a short subject counts: "Kestrian refugees" or "Kestrian villagers" are no state's voice,
and a subject that already names an actor is left to that mention.
"""

from __future__ import annotations

from .speaker_roles import PERSON_ROLES

_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "your", "some", "two", "several"})
# words for people who speak for their state, beside the roles of PERSON_ROLES
_PEOPLE = frozenset(
    """brother brothers sister sisters colleague colleagues counterpart counterparts friend friends partner partners
    deputies deputy lawmakers lawmaker legislators legislator mps parliamentarians officials official diplomats
    diplomat negotiators negotiator delegates delegate ministers minister envoys envoy""".split()
)
_MAX_WORDS = 4  # "my Kestrian brother", "our Kestrian deputy foreign minister"


def demonym_role(words: list[str], demonyms: dict[str, str]) -> str | None:
    """The state of the demonym in a subject of a demonym and a word for people, else ``None``."""
    clean = [w.strip(",.;:") for w in words]
    if clean and clean[0].lower() in _DETERMINERS:
        clean = clean[1:]
    if not 2 <= len(clean) <= _MAX_WORDS or clean[0] not in demonyms:
        return None
    last = clean[-1].lower()
    if last not in _PEOPLE and last not in PERSON_ROLES:
        return None
    if any(w in demonyms for w in clean[1:]):
        return None  # "Kestrian and Norlandic deputies": several states
    return demonyms[clean[0]]
