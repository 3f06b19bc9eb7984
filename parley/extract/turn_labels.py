"""Speaker labels of transcripts in the layouts that name the speaker without a codebook name.

:func:`.holders.transcript_labels` finds labels at line starts ("SECRETARY BLINKEN:") and reads
their actors from the mentions inside them. Three common layouts escape that:

* a time stamp before the label, as podcast and broadcast transcripts print it
  ("[00:01:36] KARAOGLU: …");
* a party or faction in brackets after the name, as parliamentary records print it
  ("JANE DOE (Green faction): …"): the bracket names the actor the speaker stands for;
* a label in capitals ("XIAN FOREIGN MINISTER:", "DOE:"), where the mention finder, which
  matches names as the codebook spells them, sees nothing: its words are compared with the
  codebook's names and demonyms case-insensitively, and a lone surname with the persons the text
  names in full ("Jane Doe of the Y Institute" … "DOE:").

A label of the one who asks ("QUESTION (Jane Roe, Y Post):", "MODERATOR:") carries no actor, whoever
the bracket names: the journalist's turn is nobody's position.

>>> LABEL.match("[00:01:36] DOE (Green faction): Yes.").groups()
('DOE', 'Green faction')
"""

from __future__ import annotations

import re

_STAMP = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
LABEL = re.compile(
    rf"^[ \t]*{_STAMP}([A-Z][\w.'’ -]{{1,60}}?)(?:[ \t]*\(([^()\n]{{1,60}})\))?:[ \t]*", re.MULTILINE)
"""A speaker label: an optional time stamp, the name or title, an optional bracketed affiliation."""


_ASKERS = frozenset("question q moderator host interviewer presenter anchor reporter journalist".split())


def asker_label(label: str) -> bool:
    """The label of a journalist's question or a moderator's turn ("QUESTION", "Moderator")."""
    return label.strip().casefold() in _ASKERS


def label_actors(label: str, codebook, persons) -> tuple[tuple[str, ...], str | None]:
    """Actors and person of a label whose mentions found nothing (capitals, a bare surname)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", label)]
    if not words:
        return (), None
    if len(words) == 1:  # a surname: the person the text named in full
        named = [p for p in persons if p.actor and p.name.split()[-1].casefold() == words[0]]
        if named:
            return (named[-1].actor,), named[-1].name
    found = [actor.id for actor in codebook.actors if _names_actor(words, actor)]
    return (tuple(found), None) if len(found) == 1 else ((), None)


def _names_actor(words: list[str], actor) -> bool:
    """The label's words contain one of the actor's names, aliases or demonyms, as whole words."""
    joined = f" {' '.join(words)} "
    names = (actor.name, *actor.aliases, *actor.demonyms, *actor.members)
    return any(f" {name.casefold()} " in joined for name in names if name)
