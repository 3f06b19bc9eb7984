"""Candidate actors: people and organisations the codebook does not know yet, one per name.

Each document gives at most one :class:`CandidateActor` per normalised name, so
that the store's ``candidate_counts()`` reads as "named in N documents". The name
is the fullest form the document gives ("Tomas Arvelin" for "President Arvelin's"),
without a leading "the", titles or a possessive; the span points at the first
occurrence of exactly that form (its text is the name), else the first occurrence.

Left out, because they are not actors to map: codebook names, aliases and
demonyms ("Azerbaijanis"); generic institutions with no name ("the Foreign
Ministry", "Office of the Spokesperson"); places (a word used after "in"/"at",
a dateline "CITY, …", "… Valley", "… Heights") and events ("… War",
"… Declaration"); one-word "persons" (the small NER model's misreadings of
places, except acronyms, kept as organisations); anything with digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.core.types import CandidateActor, Span

from .lexicon import ORG_WORDS, TITLE_WORDS

NON_AGENT_HEADS = frozenset(
    """valley valleys heights hills hill mountain mountains mount river lake sea gulf bay island
    islands peninsula province region district corridor road highway street square bridge border
    airport port abbey church cathedral monastery mosque temple village city town war wars
    conflict crisis declaration treaty agreement accords accord summit conference forum
    format process protocol resolution""".split()
)
"""Last words that make a name a place or an event, not an actor (lower case)."""

_CONNECTORS = frozenset({"of", "the", "for", "and", "on", "to", "in", "at", "&"})
_GENERIC = TITLE_WORDS | ORG_WORDS | _CONNECTORS
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_EXTRACTOR = "actors.codebook.v1"


@dataclass(frozen=True)
class Found:
    """One occurrence of a would-be candidate: its characters, the name it gives and a label."""

    start: int
    end: int
    name: str
    label: str


def found_at(text: str, start: int, end: int, label: str, name: str | None = None) -> Found:
    """An occurrence with its cleaned name; the range narrows to the name where the text holds it.

    >>> found_at("Talks with the Security Council.", 11, 31, "ORG")
    Found(start=15, end=31, name='Security Council', label='ORG')
    """
    surface = text[start:end]
    name = clean_name(name or surface, label)
    at = surface.find(name) if name else -1
    return Found(start + at, start + at + len(name), name, label) if at >= 0 else Found(start, end, name, label)


def clean_name(text: str, label: str) -> str:
    """A name without "the", leading titles (for people), a possessive and line breaks.

    >>> clean_name("the Security Council", "ORG")
    'Security Council'
    >>> clean_name("Spokesperson Matthew Miller’s", "PERSON")
    'Matthew Miller'
    >>> clean_name("Head of Department of History", "ORG")
    'Department of History'
    """
    words = text.split()
    while words and (words[0].lower() in {"the", "a", "an"} or (label == "PERSON" and _is_title(words[0]))):
        words = words[1:]
    if len(words) > 2 and _is_title(words[0]) and words[1].lower() == "of":
        words = words[2:]  # "Head of Department of …": the department
    while words and words[0].lower() in _CONNECTORS:
        words = words[1:]
    if words:
        words[-1] = _POSSESSIVE.sub(lambda m: "s" if m.group().startswith("s") else "", words[-1])
    return " ".join(words).strip(" ,.;:-–—")


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLE_WORDS or word.lower() in TITLE_WORDS


def keep(name: str, label: str, known: frozenset[str]) -> bool:
    """Whether a cleaned name is a candidate actor (see the module docstring).

    ``known`` holds the lower-cased codebook terms and demonyms.

    >>> keep("Foreign Ministry", "ORG", frozenset()), keep("Hollin Abbey", "PERSON", frozenset())
    (False, False)
    >>> keep("Khazar University", "ORG", frozenset()), keep("Azerbaijanis", "ORG", frozenset({"azerbaijani"}))
    (True, False)
    """
    words = name.split()
    if not words or not any(c.isupper() for c in name) or any(c.isdigit() for c in name):
        return False
    lowered = [w.lower() for w in words]
    if all(w in _GENERIC for w in lowered) or lowered[-1] in NON_AGENT_HEADS:
        return False
    folded = name.lower()
    if folded in known or folded.rstrip("s") in known:
        return False
    return not (label == "PERSON" and len(words) == 1)


def relabel(name: str, label: str) -> str:
    """A one-word name in capitals is an acronym: an organisation, whatever NER said."""
    return "ORG" if " " not in name and name.isupper() and len(name) >= 3 else label


def one_per_name(text: str, doc_id: str, found: list[Found], places: set[str], known: frozenset[str]):
    """One :class:`CandidateActor` per name; a person's label wins over an ORG reading of the same name."""
    by_name: dict[str, list[Found]] = {}
    for item in found:
        label = relabel(item.name, item.label)
        if item.name.lower() in places or not keep(item.name, label, known):
            continue
        by_name.setdefault(item.name, []).append(Found(item.start, item.end, item.name, label))
    out = [_candidate(text, doc_id, items) for items in by_name.values()]
    return tuple(sorted(out, key=lambda c: c.span))


def _candidate(text: str, doc_id: str, items: list[Found]) -> CandidateActor:
    """The candidate at the first occurrence spelled exactly as the name (else the first one)."""
    name = items[0].name
    label = "PERSON" if any(i.label == "PERSON" for i in items) else items[0].label
    first = next((i for i in items if text[i.start : i.end] == name), items[0])
    confidence = min(0.8, (0.6 if label == "PERSON" else 0.5) + 0.05 * (len(items) - 1))
    span = Span(doc_id, first.start, first.end)
    return CandidateActor(span, span.text_in(text), label, _EXTRACTOR, round(confidence, 3))
