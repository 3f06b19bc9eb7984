"""Quote dates from a gathering the text dated earlier (used by ``dates.rules.v1``).

A quote whose sentence places its speaker at a gathering named with the definite article ("Our
guest at the assembly, Ms Varga, told members that …", "Speaking at the seminar, …", "X told the
conference that …"), or whose
paragraph's sentence just before opens with it ("The march ended outside parliament. “…,” X told
the crowd."; after a thread's number or an owner's name: "6/9 The Assembly's debate on 3 March …",
which may date the gathering itself), was said there: when an earlier sentence gives that gathering a date on the noun
itself ("at the community assembly on 13 May", "the seminar, held on Tuesday,") or on its verb
("thousands marched through the centre on Tuesday evening"; "the Court heard the case on 13 July" for
"X told the Court" and "at the hearing"), the quote takes that date. Only the
same head noun (or its verb) counts, only a date phrase right after the noun or hanging on the
verb (a date on another word of that sentence may date another event), and never a gathering still
to come ("the next meeting on 2 April").
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate
from parley.core.types import Quote

from .dates_phrases import DateAnchor, find_phrases

# gatherings whose participants a text quotes (as dates_lead's, with a few more words for them)
GATHERING_WORDS = (
    "assembly seminar symposium conference meeting session hearing debate briefing sitting roundtable "
    "forum workshop panel congress colloquium webinar rally march vigil ceremony summit protest gathering court "
    "signing".split()
)
# the verb that narrates a gathering ("thousands marched …"): its date phrases date the gathering
_VERBS = {"march": "marched", "rally": "rallied", "meeting": "met", "assembly": "assembled",
          "protest": "protested", "gathering": "gathered", "hearing": "heard", "court": "heard", "signing": "signed"}
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})
_AT_THE = re.compile(
    r"\b(?:at|during|before|told|addressed|addressing)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>" + "|".join(GATHERING_WORDS) + r")\b",
    re.IGNORECASE,
)
_OPENS_WITH = re.compile(
    r"(?:[^\n:]{0,60}:|\d{1,2}/\d{1,2})?\s*The\s+(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>" + "|".join(GATHERING_WORDS) + r")\b"
)
_TO_COME = re.compile(r"\b(?:next|coming|upcoming|future|planned|proposed)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_BEFORE_DATE = re.compile(r"\s*(?:,\s*)?(?:(?:held|convened|organised|organized)\s+)?", re.IGNORECASE)


def gathering_date(state, quote: Quote, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The date an earlier sentence gave the gathering the quote's sentence places its speaker at."""
    for noun, at in _gatherings_named(state, quote, quoted):
        found = _dated_before(state, noun, at, quoted, anchor)
        if found is not None:
            return found
    return None


def _gatherings_named(state, quote: Quote, quoted) -> list[tuple[str, int]]:
    """(noun, where) of "at the <gathering>" in the quote's sentence, and of "The <gathering>" opening
    the sentence just before it in the same paragraph (after a speaker's label, in a transcript)."""
    index = next((n for n, s in enumerate(state.sentences) if s.start <= quote.span.start < s.end), None)
    if index is None:
        return []
    sentence, text = state.sentences[index], state.text
    named = [(m.group("noun").lower(), m.start()) for m in _AT_THE.finditer(text, sentence.start, sentence.end)
             if not any(a <= m.start() < b for a, b in quoted)]
    previous = state.sentences[index - 1] if index else None
    if previous is not None and "\n" not in text[previous.end : sentence.start]:
        opening = _OPENS_WITH.match(text, previous.start)
        if opening is not None and opening.end() <= previous.end:
            named.append((opening.group("noun").lower(), previous.end))  # its own date too
    return named


def _dated_before(state, noun: str, before: int, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The latest date phrase right after ``noun`` (or hanging on its verb) earlier in the text,
    resolved to a day or a month."""
    text = state.text
    words = [noun] + ([_VERBS[noun]] if noun in _VERBS else [])
    named = re.compile(rf"\b(?:{'|'.join(words)})s?\b", re.IGNORECASE)
    for match in reversed(list(named.finditer(text, 0, before))):
        if any(a <= match.start() < b for a, b in quoted) or _TO_COME.search(text, max(match.start() - 25, 0),
                                                                                 match.start()):
            continue  # "the next meeting on 2 April": nothing was said there yet
        if match.group().lower().rstrip("s") == noun:
            found = _date_after_noun(text, match.end(), before, quoted, anchor)
        else:
            found = _date_on_verb(state, match, before, quoted, anchor)
        if found is not None:
            return found
    return None


def _date_after_noun(text: str, end: int, before: int, quoted, anchor: DateAnchor) -> PartialDate | None:
    """"the assembly on 13 May", "the seminar, held on Tuesday": a phrase right after the noun."""
    gap = _BEFORE_DATE.match(text, end)
    phrases = find_phrases(text, gap.end(), min(gap.end() + 40, before), quoted)
    return _resolved(anchor, phrases[0]) if phrases and phrases[0].start == gap.end() else None


def _date_on_verb(state, match, before: int, quoted, anchor: DateAnchor) -> PartialDate | None:
    """"thousands marched through the centre on Tuesday evening": a phrase of the verb's own clause."""
    doc = state.parsed
    sentence = next((s for s in state.sentences if s.start <= match.start() < s.end), None)
    verb = doc.char_span(match.start(), match.end(), alignment_mode="expand") if doc is not None else None
    if sentence is None or verb is None:
        return None
    for phrase in find_phrases(state.text, sentence.start, min(sentence.end, before), quoted):
        token = doc.char_span(phrase.start, phrase.start + 1, alignment_mode="expand")
        if token is not None and _reaches(token[0], verb[0]):
            return _resolved(anchor, phrase)
    return None


def _reaches(token, verb) -> bool:
    """``verb`` is an ancestor of ``token`` with no clause in between."""
    node = token
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ in _CLAUSE_DEPS:
            return False
        node = node.head
    return node.i == verb.i


def _resolved(anchor: DateAnchor, phrase) -> PartialDate | None:
    """The phrase's date, to a day or a month and not after the document's ("the next meeting on
    1 April" is still to come: nothing was said there yet)."""
    resolved = anchor.resolve(phrase)
    if resolved is None or resolved.month is None:
        return None
    doc = anchor.doc_date
    if doc is not None and _key(resolved, 0) > _key(doc, 31):
        return None
    return resolved


def _key(date: PartialDate, missing: int) -> tuple[int, int, int]:
    return date.year, date.month or (missing and 12), date.day or missing
