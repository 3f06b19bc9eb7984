"""Personnel that an outside actor sends, named by its demonym: "six European advisers", "Turkish
officers", "American instructors".

The presence vocabulary names outside personnel in general words ("foreign troops", "foreign
advisers"). Texts more often name them by the sender: "the European advisers will sit in the station".
Where the demonym is an actor's that is not one of the text's two main states (those are the parties,
whose own guards are no outside presence), the phrase reads as "foreign <noun>" and is a cue of
whatever issue "foreign <noun>" is a cue of; "the (six) advisers" later in the text are the same people.
An actor that an issue's label names ("Keep X as the leading mediator") has that issue for its own
personnel, so its demonym is left out. Used by ``issues.hybrid.v1``.
"""

from __future__ import annotations

import re

from .lexicon import demonyms_of

_PERSONNEL = ("advisers", "advisors", "monitors", "observers", "troops", "soldiers", "guards", "officers",
              "instructors", "peacekeepers", "personnel", "gendarmes")
_SERVICE = r"(?:(?:border|military|civilian|police|customs)\s+)?"
_COUNTS = "two|three|four|five|six|seven|eight|nine|ten|[0-9]+|foreign"
_THE_SAME = re.compile(rf"\b(?:the|these|those|such)\s+(?:(?:{_COUNTS})\s+)?({'|'.join(_PERSONNEL)})\b")


def actor_demonyms(codebook) -> dict[str, str]:
    """``{demonym: actor id}``: the codebook's demonyms, those of state names, and the adjective an
    organisation's name opens with ("European" of "European Union").

    >>> from parley.core.types import Actor, Codebook
    >>> actor_demonyms(Codebook("t", (Actor("eu", "European Union", "organisation"),), ()))
    {'European': 'eu'}
    """
    out = {}
    for actor in codebook.actors:
        names = set(actor.demonyms) | (demonyms_of(actor.name) if actor.kind == "state" else set())
        first = actor.name.split()[0]
        if actor.kind == "organisation" and " " in actor.name and first.endswith("an") and first[:1].isupper():
            names.add(first)
        out.update({name: actor.id for name in names if name[:1].isupper() and not name.endswith("s")})
    return out


def foreign_personnel(text: str, sentences, hits: dict, demonyms: dict[str, str], parties, match) -> dict:
    """``{sentence: [(issue, [(start, end)])]}`` for "<demonym> (border) advisers" of an actor not in
    ``parties``, with the issues ``match("foreign advisers")`` gives that the sentence has no hit for."""
    outside = {word: actor for word, actor in demonyms.items() if actor not in parties}
    if not parties or not outside:  # no clear parties: no telling whose personnel come from outside
        return {}
    phrase = re.compile(rf"\b({'|'.join(map(re.escape, sorted(outside, key=len, reverse=True)))})\s+{_SERVICE}"
                        rf"({'|'.join(_PERSONNEL)})\b")
    out: dict = {}
    named: dict[str, set[str]] = {}  # "advisers" → the issues of the outside advisers named so far
    for sentence in sentences:
        own = {h.issue for h in hits[sentence]}
        for found in phrase.finditer(text, sentence.start, sentence.end):
            issues = {h.issue for h in match(f"foreign {found.group(2)}")}
            named.setdefault(found.group(2), set()).update(issues)
            out.setdefault(sentence, []).extend((issue, [(found.start(), found.end())]) for issue in sorted(issues - own))
        for found in _THE_SAME.finditer(text, sentence.start, sentence.end):  # "… reject the advisers" later on
            issues = named.get(found.group(1), set()) - own - {i for i, _ in out.get(sentence, [])}
            out.setdefault(sentence, []).extend((issue, [(found.start(), found.end())]) for issue in sorted(issues))
    return {s: found for s, found in out.items() if found}
