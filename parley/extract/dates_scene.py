"""Quote dates in a report from the scene of an event (used by ``dates.rules.v1``).

A report whose lead sentence narrates a one-off event in the simple past on a given day ("The
first ferry in forty years crossed the strait yesterday, …", "Three hundred villagers marched to
the dam on Tuesday", "The new bridge opened to traffic on Monday morning") is a report from that
scene **when it ties some speaker's words to the event itself**: a speech verb with a temporal
clause whose subject is one of the lead's nouns ("…,” he said as the ferry docked", "she told
reporters while the marchers waited", "he said when the bridge opened"). Then the quotes it gives
in the simple past ("X said", "he added", "she told reporters") with no time of their own were said
at the scene, on the lead's day, not on the day of publication. A lead alone does not make a
scene ("The bridge on Tuesday drew crowds …. “…,” X said." keeps the publication date): nothing
says the words were spoken there. Words said in the present or the present perfect ("X says",
"X has said") are not the scene's.
"""

from __future__ import annotations

from parley.core.dates import PartialDate
from parley.core.types import Quote

from .dates_lead import hangs_on, lead_sentence
from .dates_phrases import DateAnchor, find_phrases
from .issues import body_start
from .lexicon import SPEECH_VERBS

_TEMPORAL_MARKS = frozenset({"as", "when", "while", "after", "before", "until", "once"})
# the parse has no part-of-speech tags: a simple past is a form in "-ed" or one of these
_IRREGULAR_PAST = frozenset(
    """said told ran came went began rode stood saw spoke wrote took made left met held brought drove flew
    sat gave got kept led found put set sang sent stopped fell rose broke shook won lost struck threw
    wore hung swam drew grew knew""".split()
)


def scene_date(state, quote: Quote, attribution, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The lead event's day for a simple-past quote of a report from the scene (module docstring)."""
    doc, body = state.parsed, body_start(state)
    if doc is None or attribution is None or attribution.cue is None or quote.span.start < body:
        return None
    lead = lead_sentence(state, body)
    if lead is None or lead.end > quote.span.start or not _simple_past(_token(doc, attribution.cue.start)):
        return None
    found = _lead_event(state, lead, quoted, anchor)
    if found is None:
        return None
    day, nouns = found
    tied = any(_tied_to(_token(doc, a.cue.start), nouns) for a in state.attributions if a.cue)
    return day if tied or _narrator_there(doc, lead.end, quote.span.start, quoted) else None


_NARRATORS = frozenset({"i", "we"})
# verbs of being there, not of working a story up ("we obtained a copy", "we put questions to …")
_PRESENT_AT = frozenset(
    "sat shared rode stood watched walked saw met joined arrived travelled traveled boarded spent waited heard".split())


def _narrator_there(doc, start: int, end: int, quoted) -> bool:
    """The writer tells in the simple past what they did between the lead and the quote ("In the second
    carriage I shared a table with X"): a first-person report from the scene, whose words were heard there."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(
        t.lower_ in _NARRATORS and t.dep_ == "nsubj" and t.head.lower_ in _PRESENT_AT and _past(t.head) and t.head.i > t.i
        and not any(a <= t.idx < b for a, b in quoted) for t in span)


def _lead_event(state, lead, quoted, anchor: DateAnchor):
    """(day, lemmas of the lead's nouns) when the lead's main verb is a simple past, not a speech
    verb, with a day phrase hanging on it."""
    doc = state.parsed
    for phrase in find_phrases(state.text, lead.start, lead.end, quoted):
        token = _token(doc, phrase.start)
        root = token.sent.root if token is not None else None
        if root is None or not _past(root) or root.lower_ in SPEECH_VERBS or not hangs_on(token, root):
            continue
        resolved = anchor.resolve(phrase)
        if resolved is not None and resolved.day is not None:
            nouns = {_singular(t.lower_) for t in root.sent if t.is_alpha and t.i != token.i}
            return resolved, nouns
    return None


def _tied_to(cue, nouns: set[str]) -> bool:
    """A speech verb with a temporal clause in the simple past whose subject is one of ``nouns``
    ("he said as the train stopped")."""
    if cue is None or cue.lower_ not in SPEECH_VERBS:
        return False
    for clause in cue.children:
        if clause.dep_ != "advcl" or not _past(clause):
            continue
        marked = any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TEMPORAL_MARKS for c in clause.children)
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if marked and any(_singular(s.lower_) in nouns for s in subjects if not s.is_stop):
            return True
    return False


def _simple_past(cue) -> bool:
    """A speech verb in the simple past with no auxiliary ("said", not "has said", "says")."""
    return cue is not None and _past(cue)


def _past(verb) -> bool:
    """A verb in the simple past: "-ed" or an irregular past form, with no auxiliary ("has said")."""
    form = verb.lower_
    past = form in _IRREGULAR_PAST or form.endswith("ed") and len(form) > 4
    return past and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _singular(word: str) -> str:
    """"lorries" → "lorry", "trains" → "train" (the parse gives no lemmas)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _token(doc, position: int):
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    return span[0] if span is not None else None
