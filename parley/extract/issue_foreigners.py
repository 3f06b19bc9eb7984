"""Personnel that an outside actor sends, named by its demonym: "six European advisers", "Turkish
officers", "American instructors".

The presence vocabulary names outside personnel in general words ("foreign troops", "foreign
advisers"). Texts more often name them by the sender: "the European advisers will sit in the station".
Where the demonym is an actor's that is not one of the text's two main states (those are the parties,
whose own guards are no outside presence), the phrase reads as "foreign <noun>" and is a cue of
whatever issue "foreign <noun>" is a cue of; "the (six) advisers" later in the text are the same people.
An actor that an issue's label names ("Keep X as the leading mediator") has that issue for its own
personnel, so its demonym is left out. So are personnel named with the sender's name after them ("the
advisers of the European Union"). Used by ``issues.hybrid.v1``.
"""

from __future__ import annotations

import re

from .holder_plural import main_states
from .lexicon import demonyms_of

PERSONNEL = ("advisers", "advisors", "monitors", "observers", "troops", "soldiers", "guards", "officers",
              "instructors", "peacekeepers", "personnel", "gendarmes", "escorts")
_SERVICE = r"(?:(?:border|military|civilian|police|customs)\s+)?"
_COUNTS = "two|three|four|five|six|seven|eight|nine|ten|[0-9]+|foreign"
_OF_SENDER = re.compile(rf"\b({'|'.join(PERSONNEL)})\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "Advisers of …" opening
_THE_SAME = re.compile(rf"\b(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?:(?:{_COUNTS})\s+)?|(?:{_COUNTS})\s+more\s+)"
                       rf"({'|'.join(PERSONNEL)})\b")  # "the six advisers", "two more advisers"


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


def foreign_personnel(state, sentences, hits: dict, demonyms: dict[str, str], codebook, match) -> dict:
    """``{sentence: [(issue, [(start, end)])]}`` for "<demonym> (border) advisers" or "advisers of <name>"
    of an actor not among the text's two main states, with the issues ``match("foreign advisers")``
    gives that the sentence has no hit for."""
    text, parties = state.text, main_states(state.mentions, codebook)
    outside = {word: actor for word, actor in demonyms.items() if actor not in parties}
    if not parties or not outside:  # no clear parties: no telling whose personnel come from outside
        return {}
    phrase = re.compile(rf"\b({'|'.join(map(re.escape, sorted(outside, key=len, reverse=True)))})\s+{_SERVICE}"
                        rf"({'|'.join(PERSONNEL)})\b")
    sent = [(m.start(), m.end(), m.group(2)) for m in phrase.finditer(text)] + _sent_by_name(state, parties)
    out: dict = {}
    named: dict[str, set[str]] = {}  # "advisers" → the issues of the outside advisers named so far
    for sentence in sentences:
        own = {h.issue for h in hits[sentence]}
        for start, end, noun in sorted(f for f in sent if sentence.start <= f[0] < sentence.end):
            issues = {h.issue for h in match(f"foreign {noun}")}
            named.setdefault(noun, set()).update(issues)
            out.setdefault(sentence, []).extend((issue, [(start, end)]) for issue in sorted(issues - own))
        for found in _THE_SAME.finditer(text, sentence.start, sentence.end):  # "… reject the advisers" later on
            issues = named.get(found.group(1), set()) - own - {i for i, _ in out.get(sentence, [])}
            out.setdefault(sentence, []).extend((issue, [(found.start(), found.end())]) for issue in sorted(issues))
    return {s: found for s, found in out.items() if found}


def _sent_by_name(state, parties) -> list[tuple[int, int, str]]:
    """(start, end, personnel noun) of "the advisers of the European Union" (personnel followed by the
    name of an actor outside ``parties``), of "the European Union advisers" (the name before them) and of "the
    European Union has kept ten advisers", "the European Union, whose eight advisers", "… is adding an adviser",
    "… decided to keep its advisers" (such an actor keeping or sending them)."""
    out = []
    for mention in (m for m in state.mentions if m.actor not in parties):
        found = _OF_SENDER.search(state.text, max(mention.span.start - 40, 0), mention.span.start)
        if found is not None:
            out.append((found.start(), mention.span.end, found.group(1).lower()))
        named = _NAMED_STAFF.match(state.text, mention.span.end) or _WHOSE_STAFF.match(state.text, mention.span.end)
        # "the ten European Union advisers", "the European Union, whose eight advisers"
        if named is not None and not _THEIR_HEAD.search(state.text, max(mention.span.start - 30, 0), mention.span.start):
            out.append((named.start(1), named.end(), named.group(1).lower()))
        kept = _KEEPS.match(state.text, mention.span.end)
        if kept is not None:
            out.append((kept.start(1), kept.end(), kept.group(1).lower().rstrip("s") + "s"))  # the walk starts there
    return out


_THEIR_HEAD = re.compile(r"\b(?:head|chief|leader)\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # a person, not the staff
_NAMED_STAFF = re.compile(rf"\s+{_SERVICE}({'|'.join(PERSONNEL)})\b", re.IGNORECASE)
_WHOSE_STAFF = re.compile(rf",\s+whose\s+(?:(?:{_COUNTS})\s+)?{_SERVICE}({'|'.join(PERSONNEL)})\b", re.IGNORECASE)
_KEEPS = re.compile(rf"\s+(?:has\s+|have\s+|will\s+|is\s+|also\s+|to\s+|(?:decided|agreed|chose)\s+to\s+)*"
                    rf"(?:kept|keeps|keep|sent|sends|send|deployed|deploys|deploy|adding|added|adds|add)\s+(?:(?:a|an|one|{_COUNTS}|more|its|their|further)\s+){{0,2}}"
                    rf"((?:{'|'.join(p.rstrip('s') for p in PERSONNEL)})s?)\b", re.IGNORECASE)
