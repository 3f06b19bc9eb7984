"""Quote dates from the place the words were said: "X repeated in Tallinn that …".

Used by ``dates.rules.v1`` for a quote whose attribution has no date phrase of its own. A speech
verb with "in <Place>" (a name: "said in Valletta", "repeated in The Hague") says where the words
were said (or "in his speech in <Place>": the speech's place); when another sentence of the text, outside quotes, dates what happened at that place,
the words take that day:

* a verb with "in <Place>" and a date phrase of its own ("The treaty was signed in Tallinn on 30
  May", "The leaders met in Geneva on Monday"): that date;
* an event noun with "in <Place>" dated by a span after it ("We spoke to him on Tuesday, a week
  after the signing in Tallinn"): that date less the span (:mod:`.dates_events`), or by a date
  phrase on the noun itself ("the summit in Geneva on 3 March").

* a verb with "at the <site>" ("told journalists at the bridge"): the verb whose phrase names that
  site elsewhere ("handed them over to officials on the bridge yesterday") and its date.

Only a day or a month counts, never one after the document's date, and never a date phrase that
hangs on another word of that sentence ("We spoke to him on Tuesday after the summit in Geneva":
Tuesday dates the conversation, not the summit). A month, a weekday or a lower-case word after
"in" is no place ("said in March", "said in a statement").
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate
from parley.core.types import Quote

from .dates_events import dated_after_span
from .dates_phrases import DateAnchor, find_phrases
from .lexicon import MONTHS, WEEKDAYS

# the speech itself as the place of the words: "said in his speech in Ganja" is said in Ganja
_SPEECH_NOUNS = frozenset("speech address remarks statement interview briefing lecture toast sermon".split())
_VERB_MARKS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
_VERB_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "acl"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})


def place_date(state, quote: Quote, attribution, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The date another sentence gives what happened at the place the quote's verb names, or ``None``."""
    place = _place_of_cue(state, attribution)
    if place is not None:
        pattern = re.compile(rf"\bin\s+(?:[Tt]he\s+)?{re.escape(place)}\b")
    else:
        noun = _site_of_cue(state, attribution)
        if noun is None:
            return None
        pattern = re.compile(rf"\b(?:at|on|in)\s+the\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(noun)}\b", re.IGNORECASE)
    for sentence in state.sentences:
        if sentence.start <= quote.span.start < sentence.end or _inside(sentence, quoted):
            continue
        for match in pattern.finditer(state.text, sentence.start, sentence.end):
            if any(a <= match.start() < b for a, b in quoted):
                continue
            found = _dated_there(state, sentence, match.start(), quoted, anchor, climb=place is None)
            if found is not None:
                return found
    return None


def _place_of_cue(state, attribution) -> str | None:
    """The name in "in <Place>" hanging on the attribution's cue verb, or ``None``."""
    doc = state.parsed
    if doc is None or attribution is None or attribution.cue is None:
        return None
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return None
    for prep in cue[0].children:
        objects = _in_objects(prep)
        if objects and objects[0].lower_ in _SPEECH_NOUNS:  # "put it best in his speech in Ganja"
            objects = next((_in_objects(p) for p in objects[0].children if _in_objects(p)), [])
        if objects and _is_name(objects[0]):
            words = list(objects[0].subtree)
            words = words[1:] if words[0].lower_ == "the" and len(words) > 1 else words
            return doc[words[0].i : words[-1].i + 1].text
    return None


def _site_of_cue(state, attribution) -> str | None:
    """The noun in "at the <site>" hanging on the cue verb ("told journalists at the bridge"), a site
    the text has named before: the words were said where the event the text dates there happened."""
    doc = state.parsed
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand") if (
        doc is not None and attribution is not None and attribution.cue is not None) else None
    if cue is None or not len(cue):
        return None
    for prep in cue[0].children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.text.islower() and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
                return obj.text
    return None


def _in_objects(prep) -> list:
    """The objects of ``prep`` when it is "in", else none."""
    return [c for c in prep.children if c.dep_ == "pobj"] if prep.lower_ == "in" and prep.dep_ == "prep" else []


def _is_name(token) -> bool:
    """A capitalised name that is no month or weekday ("in Tallinn", not "in March")."""
    return token.text[:1].isupper() and token.lower_ not in MONTHS and token.lower_ not in WEEKDAYS


def _dated_there(state, sentence, position: int, quoted, anchor: DateAnchor, climb: bool = False) -> PartialDate | None:
    """The date ``sentence`` gives the word that "in <Place>" at ``position`` hangs on; with ``climb``
    (a site: "handed them over to officials on the bridge"), the verb that phrase belongs to."""
    doc = state.parsed
    span = doc.char_span(position, position + 2, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span[0].head
    while climb and head.dep_ in {"pobj", "dobj", "prep"} and head.head.i != head.i:
        head = head.head  # "to officials on the bridge": up to "handed"
    if head.dep_ not in _VERB_DEPS and not any(c.dep_ in _VERB_MARKS for c in head.children):
        spanned = dated_after_span(state.text, sentence, head.lower_, quoted, anchor)  # "a week after the signing"
        if spanned is not None:
            return _kept(spanned, anchor)
    for phrase in find_phrases(state.text, sentence.start, sentence.end, quoted):
        token = doc.char_span(phrase.start, phrase.start + 1, alignment_mode="expand")
        if token is not None and len(token) and _reaches(token[0], head):
            return _kept(anchor.resolve(phrase), anchor)
    return None


def _reaches(token, head) -> bool:
    """``head`` is an ancestor of ``token`` with no clause in between."""
    node = token
    while node.head.i != node.i and node.i != head.i:
        if node.dep_ in _CLAUSE_DEPS:
            return False
        node = node.head
    return node.i == head.i


def _kept(date: PartialDate | None, anchor: DateAnchor) -> PartialDate | None:
    """A day or a month, not after the document's date."""
    if date is None or date.month is None:
        return None
    doc = anchor.doc_date
    if doc is not None and doc.month is not None and (date.year, date.month, date.day or 1) > (
        doc.year, doc.month, doc.day or 31
    ):
        return None
    return date


def _inside(sentence, quoted) -> bool:
    return any(a <= sentence.start and sentence.end <= b for a, b in quoted)
