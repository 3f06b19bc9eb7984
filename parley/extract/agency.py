"""Whether a named actor acts where it is named: recipients, topics and destinations are not agents.

The answer keys count an actor only where the text presents it as an agent. Three
general patterns name an actor without it acting:

* a **recipient**: the indirect object of a verb ("promise the X minority a law",
  "offered a deal to X");
* a **topic** opening a sentence ("On the X community, the president said…",
  "As for X, …");
* a **destination** of a diplomatic title ("Permanent Representative of A to the
  X", "ambassador to X") — and then "X envoy" in the same document is that
  person, not X acting; so is "A's X envoy".

Every rule reads the spaCy dependency parse and the tokens only (the tagger is off).
"""

from __future__ import annotations

from parley.core.types import Mention

from .lexicon import MONTHS, WEEKDAYS
from .segment import sentence_range

DIPLOMATIC_NOUNS = frozenset(
    """representative representatives ambassador ambassadors envoy envoys mission missions
    delegate delegates delegation delegations emissary emissaries observer observers
    rapporteur""".split()
)
"""Nouns of a posting to a state or organisation (lower case)."""

_TOPIC_OPENERS = ("on ", "regarding ", "concerning ", "as for ", "as to ", "with regard to ",
                  "with respect to ", "turning to ")  # not "about": "About 300 X soldiers crossed …"
_POSSESSIVE_WORDS = frozenset({"'s", "’s", "his", "her", "its", "their", "our", "my", "your"})
_DESTINATION_WINDOW = 8


def agents_only(doc, mentions: list[Mention], token_range) -> list[Mention]:
    """The mentions where the actor is an agent (see the module docstring).

    ``token_range(doc, mention)`` gives the mention's token indices.
    """
    ranges = {m: token_range(doc, m) for m in mentions}
    ranges = {m: r for m, r in ranges.items() if len(r)}
    destined = {m.actor for m, r in ranges.items() if is_destination(doc, r.start)}
    return [
        m for m in mentions
        if m not in ranges or not _not_an_agent(doc, ranges[m].start, ranges[m].stop, m.actor in destined)
    ]


def _not_an_agent(doc, start: int, end: int, destined: bool) -> bool:
    return (
        is_recipient(doc, start, end)
        or is_topic(doc, start, end)
        or is_destination(doc, start)
        or is_posting_title(doc, start, end, destined)
    )


def is_recipient(doc, start: int, end: int) -> bool:
    """The indirect object of a verb: "promise X a law", "give a law to X".

    The parser marks "to X" as ``dative``; a bare indirect object it often marks as
    the first of two direct objects of one verb.
    """
    root = doc[start:end].root
    if root.dep_ == "dative" or (root.dep_ == "pobj" and root.head.dep_ == "dative"):
        return True
    if root.dep_ != "dobj":
        return False
    return any(c.dep_ == "dobj" and c.i > root.i for c in root.head.children)


def is_topic(doc, start: int, end: int) -> bool:
    """The actor is named in a topic phrase that opens its sentence ("On X, …")."""
    first = _sentence_start(doc, start)
    before = doc[first:start].text_with_ws.lower() if start > first else ""
    if not before.startswith(_TOPIC_OPENERS) or before.startswith("on behalf") or "," in before:
        return False
    if _time_after_on(before):
        return False  # "On Thursday X's minister told …": a time, not a topic
    for token in doc[end:]:
        if token.is_sent_start:
            return False
        if token.text == ",":
            return True
    return False


def _time_after_on(before: str) -> bool:
    """"on Thursday", "on 5 May", "on May 5": the opener dates the sentence."""
    words = before.split()
    return len(words) > 1 and words[0] == "on" and (
        words[1] in WEEKDAYS or words[1].rstrip(".") in MONTHS or words[1][:1].isdigit()
    )


def _sentence_start(doc, i: int) -> int:
    return sentence_range(doc, i)[0]


def is_destination(doc, start: int) -> bool:
    """``… ambassador/representative/mission … to (the) X``: X is where the person is posted."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "to":
        return False
    window = doc[max(i - _DESTINATION_WINDOW, _sentence_start(doc, i)) : i]
    return any(t.lower_ in DIPLOMATIC_NOUNS for t in window)


def is_posting_title(doc, start: int, end: int, destined: bool) -> bool:
    """"X envoy" standing for a person posted to X: owned by another ("A's X envoy"),
    or X is a destination elsewhere in the document."""
    if end >= len(doc) or doc[end].lower_ not in DIPLOMATIC_NOUNS:
        return False
    owned = start > 0 and doc[start - 1].lower_ in _POSSESSIVE_WORDS
    return destined or owned
