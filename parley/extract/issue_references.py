"""Issue cues from definite references back to a body named earlier in the same text.

A body that an issue's cue names with a qualifier ("the border commissions", "the monitoring
mission") is then written with its head noun alone ("the commissions halt their work", "the
mission will stay"): the definite noun phrase refers back to it and speaks to the same issue.
Only heads that name an institution (:data:`~.lexicon.ORG_WORDS`) or, for a capitalised name
among an issue's keywords ("Hollin Abbey" → "the abbey"), a site (:data:`SITE_WORDS`) count, and
only after the full name has been seen in an earlier sentence ("the two commissions", "both
commissions" count too) (an interviewer's question naming a
site, the answer saying "the abbey"). A document named with its subject ("the border protocol", "a
protocol on the northern section of the border", also in the headline) is then "the protocol", "the
agreement", "the document" or "the Geneva protocol"; "a railway station" is then "the (joint) station". Used
by ``issues.hybrid.v1``, which turns each found reference into a cue (duck-typed here: cues have ``start``,
``end``, ``source``, ``polarity``).

>>> from types import SimpleNamespace as NS
>>> cue = NS(start=4, end=22, source="keyword", polarity=1)
>>> heads_named("The border commissions met.", [NS(issue="border", cues=(cue,))])
{'commission': 'border'}
"""

from __future__ import annotations

import re

from .issue_bodies import BODY_NOUNS
from .lexicon import ORG_WORDS
from .stance_lexicon import stem

_ON_THE_GROUND = frozenset(stem(w) for w in "monitors observers peacekeepers".split())

_SOURCES = frozenset({"keyword", "concept", "label", "group"})  # group: a mission's name ("the EU Mission in X")
_NAME_LINKS = frozenset({"of", "for", "in", "and", "the"})  # "European Court of Human Rights"
SITE_WORDS = frozenset("abbey monastery cathedral church mosque shrine temple heights".split())
"""Heads of a named site that the text may go on calling by the common noun alone."""


def heads_named(text: str, hits) -> dict[str, str]:
    """``{head noun: issue}`` for the multi-word cues of ``hits`` that end in an institution noun."""
    found = {}
    for hit in hits:
        for cue in hit.cues:
            words = text[cue.start : cue.end].lower().split()
            several = len(words) > 1
            name = cue.source == "keyword" and all(w[:1].isupper() or w in _NAME_LINKS for w in text[cue.start : cue.end].split())
            if cue.source == "group" or name:  # a mission's name: "the EU Mission in X" is "the mission",
                words = re.split(r"\s+(?:in|of|for)\s+", " ".join(words))[0].split()  # "the X Court of Y" "the court"
            head = _singular(words[-1]) if several and cue.source in _SOURCES and cue.polarity > 0 else ""
            if name and head in ORG_WORDS:  # "the European Court of Human
                found.setdefault(head.capitalize(), hit.issue)  # Rights" is then "the Court", not "the courts"
            elif head in ORG_WORDS or head in BODY_NOUNS or (name and head in SITE_WORDS) or head in _ROUTE_HEADS | _ACT_HEADS:
                found.setdefault(head, hit.issue)
            body = _body_before(text, cue) or _act_before(text, cue) or _visit_before(text, cue)  # "a commission to search for the missing"
            if body:
                found.setdefault(body, hit.issue)
            if head in _SIGNED_HEADS:  # "a peace treaty" … "the agreement", "the signing"
                _note(found, head, hit.issue)
            document = _document_of(text, cue)
            if document in _SIGNED_HEADS:  # "the railway agreement" … "the agreement"
                _note(found, document, hit.issue)
            elif document:
                found.setdefault(document, hit.issue)
            if cue.polarity > 0 and _RAIL.intersection(words):
                found.setdefault("line", hit.issue)  # "the railway (line) between X and Y" … "the line"
                if _STATION_AFTER.match(text, cue.end):  # "a railway station at X" … "the joint station"
                    found.setdefault(_STATION, hit.issue)
            if cue.polarity > 0 and any(stem(w) in _ON_THE_GROUND for w in words):
                found.setdefault("mission", hit.issue)  # "the EU monitors …; the mission will remain"
    return found


_DOCUMENT_HEADS = "protocol|memorandum|roadmap|framework"
_DOCUMENT_AFTER = re.compile(
    rf"\s+(?:(?!and\b|or\b|the\b|a\b|an\b|to\b|of\b)[a-z-]+\s+)?({_DOCUMENT_HEADS}|agreement|accord|treaty)\b", re.IGNORECASE)
"""The document's noun after the cue, perhaps past one more word ("a transit customs framework")."""
_DOCUMENT_BEFORE = re.compile(rf"\b({_DOCUMENT_HEADS})\s+(?:on|of)\s+[^.,;:()]{{0,40}}$", re.IGNORECASE)


_BODY_BEFORE = re.compile(r"\b([a-z]+)\s+(?:to|on|for)\s+(?:the\s+)?$")
"""A body named by its task just before the cue: "a commission to search for …", "a board on demining"."""


def _body_before(text: str, cue) -> str:
    """The institution noun that the cue's words name the task of ("a joint commission to search for the
    missing"); later "the commission" is the same body, on the same issue."""
    if cue.polarity <= 0:
        return ""
    found = _BODY_BEFORE.search(text, max(cue.start - 40, 0), cue.start)
    head = found.group(1) if found else ""
    return head if head in ORG_WORDS or head in BODY_NOUNS else ""


def _act_before(text: str, cue) -> str:
    """The act noun whose object the cue names ("the joint clearance of mines"): later "the clearance"
    is the same act, on the same issue."""
    found = _ACT_BEFORE.search(text, max(cue.start - 30, 0), cue.start) if cue.polarity > 0 else None
    return found.group(1).lower() if found else ""


def _visit_before(text: str, cue) -> str:
    """"the visits of the Community to the two cemeteries": later "the visit", "the fourth visit" go to
    the same place, on the same issue."""
    found = _VISIT_BEFORE.search(text, max(cue.start - 90, 0), cue.start) if cue.polarity > 0 else None
    return "visit" if found else ""


def _document_of(text: str, cue) -> str:
    """The document a cue names what it is about ("the border protocol", "a protocol on the northern
    section of the border"): later "the protocol" is the same document, on the same issue."""
    if cue.polarity <= 0:
        return ""
    after = _DOCUMENT_AFTER.match(text, cue.end)
    before = _DOCUMENT_BEFORE.search(text, max(cue.start - 60, 0), cue.start)
    found = after or before
    return found.group(1).lower() if found else ""


def references(text: str, sentences, hits: dict, header_hits=()) -> dict:
    """``{sentence: [(issue, [(start, end), …]), …]}``: the sentences (in text order) that refer back
    with "the <head>" to a body an earlier sentence named in full, for an issue ``hits`` (sentence →
    issue hits) gives them no hit for. ``header_hits`` (the title's issue hits) name bodies too: a
    headline's "the border protocol" is the body's "this protocol"."""
    seen: dict[str, str] = {}
    for head, issue in heads_named(text, header_hits).items():
        _note(seen, head, issue)
    out: dict = {}
    for sentence in sentences:
        issues = {h.issue for h in hits[sentence]}
        for head, issue in seen.items():
            if issue is None:
                continue
            spans = [m.span() for m in _reference(head).finditer(text, sentence.start, sentence.end)]
            if spans and issue not in issues:
                out.setdefault(sentence, []).append((issue, spans))
                issues.add(issue)
        for head, issue in heads_named(text, hits[sentence]).items():
            _note(seen, head, issue)
    return out


def _note(seen: dict, head: str, issue: str) -> None:
    """Remember the issue a head noun was named for; a treaty or an agreement named for two issues
    ("the border treaty", "the peace treaty") leaves "the agreement" ambiguous: no reference."""
    if head in _SIGNED_HEADS and (issue is None or seen.get(head, issue) != issue):
        seen[head] = None
    else:
        seen.setdefault(head, issue)


_SIGNED_HEADS = frozenset({"treaty", "agreement", "accord"})
_ROUTE_HEADS = frozenset({"line"})
_STATION = "station"
_STATION_AFTER = re.compile(rf"\s+{_STATION}s?\b")
_ACT_HEADS = frozenset({"clearance", "handover", "exchange"})  # "mine clearance" … "the clearance"
_ACT_BEFORE = re.compile(rf"\b({'|'.join(sorted(_ACT_HEADS))})\s+of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
_VISIT_BEFORE = re.compile(r"\b[Vv]isits?\s+(?:of\s+[^.,;:()]{1,60}?\s+)?to\s+(?:(?:the|two|both|its|their|an?)\s+)*$")
"""Visits to the place a cue names, perhaps with who visits ("visits of the Community to the cemeteries")."""
_RAIL = frozenset({"railway", "railways", "railroad", "rail"})
"""Heads of a route named with its kind ("the railway line"): later "the line" is the same route (not
"the line of contact", "the line between the villages", which is where a border runs)."""
"""Heads of a document named with its subject ("a peace treaty"): later words for it refer back too."""

_DOCUMENT_SYNONYMS = "agreement|accord|document|text"
"""Words a text uses for a document already named ("the protocol … the agreement … the document")."""


_NOT_A_DATE = r"(?!\s+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
""""the agreement on X" is another document; "the agreement on Thursday" is a date, the same one."""


def _reference(head: str) -> re.Pattern:
    """"the <head>", "both <head>s"; for a document also "the Geneva protocol" (a place or date
    name before it) and the generic "the agreement", "the document"."""
    if head[:1].isupper():  # a named body's title, singular and capitalised
        return re.compile(rf"\b[Tt]he\s+{head}\b")
    if head in _ACT_HEADS | {"visit"}:  # one more of the same act: "a fifth joint clearance", "every clearance"
        modifiers = r"\s+(?:[a-z][\w-]*\s+){0,2}"  # "an exchange of views" is another act
        someone = r"(?!\s+of\b)" if head == "visit" else ""  # "the visit of the minister" is another visit
        return re.compile(rf"\b(?:(?:[Tt]he|[Bb]oth){modifiers}{head}s?\b{someone}|(?:[Aa]n?|[Ee]very|[Ee]ach|[Tt]his|[Ii]ts|[Tt]heir)"
                          rf"{modifiers}{head}s?\b(?!\s+of\b))")
    if head in _ROUTE_HEADS or head == _STATION:
        return re.compile(rf"\b[Tt]he\s+(?:(?:new|old|joint|future|planned)\s+)?{head}\b(?!\s+(?:of|between|on|along)\b)")
    if head not in _DOCUMENT_HEADS.split("|") and head not in _SIGNED_HEADS:
        return re.compile(rf"\b(?:[Tt]he|[Bb]oth)\s+(?:(?:[Tt]wo|[Tt]hree|[Bb]oth)\s+)?(?:(?i:{head})s?|"
                          rf"(?:[A-Z][\w-]+\s+(?:and\s+)?){{1,3}}{head}s?)\b")  # "the Xian and Yian commissions" (not
        # "the Joint Commission", a name of its own)
    synonyms = _DOCUMENT_SYNONYMS + ("|signing" if head in _SIGNED_HEADS else "")  # the act of signing it
    return re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][\w-]+\s+)?(?:{head}|{synonyms})\b"
                      rf"(?!\s+(?:on|of|with)\b{_NOT_A_DATE})")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
