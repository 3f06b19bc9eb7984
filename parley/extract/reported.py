"""Indirect (reported) speech found in the dependency parse.

Five patterns, each giving the cue, the speaker's words (the subject) and the
reported clause:

* a speech verb with a clausal complement: "X said (that) …", "X told Y on
  Monday that …", "… , the minister said";
* "X stated this at …" / "X said so": the clause is the sentence before;
* "X stressed the need to …", "X reiterated its commitment to …": the object of a verb of
  emphasis or restatement, when a complement follows its noun;
* "according to X, …" / "…, according to X": the clause is the rest of the
  sentence.

A clause mostly inside quotation marks is a direct quote, not a reported one,
and a verb inside quotation marks reports nothing (it is the speaker's own
words). A clause ends at a direct quote it reports when a joined clause with its own
speaker and speech verb follows ("X said that “…”, and Y suggested that …"). Of reports
nested in one another only the outermost is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import PRONOUNS, SPEECH_VERBS
from .news_datelines import wire_dateline_end
from .segment import sentence_range, text_of

_ANAPHORS = frozenset({"this", "so"})
_EMPHASIS_VERBS = re.compile(
    r"(?:stress|emphasi[sz]|underlin|underscor|highlight|reiterat|reaffirm|express|voic)(?:e|es|ed|ing|s)?$"
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_EDGE_PUNCT = " \t\r\n,.;:!?–—-"
_MAX_DIRECT_SHARE = 0.5
_MAX_SUBJECT_TOKENS = 15
_EXPLETIVES = frozenset({"it", "there"})
_WORDS = re.compile(r"\w+")
_MIN_CLAUSE_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?]\S*\s+")
_JOINED_AFTER = re.compile(r"\s*[,;]?\s*(?:and|but|while|whereas)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Reported:
    """Character ranges ``(start, end)`` of one report's cue, subject and reported clause."""

    cue: tuple[int, int]
    subject: tuple[int, int]
    clause: tuple[int, int]


def find_reported(doc, direct: list[tuple[int, int]]) -> list[Reported]:
    """Reported speech in a parsed ``doc``; ``direct`` are the (open, close) marks of direct quotes."""
    if doc is None:
        return []
    found: list[Reported] = []
    for token in doc:
        if _inside(token.idx, direct):
            continue
        report = _report_of(doc, token)
        if report is not None:
            report = _before_introduced_quote(text_of(doc), report, direct)
        if report is not None:
            report = _before_next_report(doc, report, direct)
        if report is not None and _mostly_direct(report.clause, direct) < _MAX_DIRECT_SHARE:
            found.append(report)
    return _outermost(found)


def _report_of(doc, token) -> Reported | None:
    if token.lower_ == "according":
        return _according(doc, token)
    if token.lower_ not in SPEECH_VERBS and not _EMPHASIS_VERBS.match(token.lower_):
        return None
    if token.text[:1].isupper() and not token.is_sent_start:
        return None  # "the United States", "Says Who" in a title: a name, not a verb of saying
    subject = _subject(token)
    if subject is None:
        return _trailing(doc, token)
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        return _make(token, subject, _clause_range(doc, clause))
    if any(c.lower_ in _ANAPHORS and c.dep_ in {"dobj", "advmod"} for c in token.children):
        return _make(token, subject, _sentence_before(doc, token))
    return _emphasised_object(doc, token, subject)


def _emphasised_object(doc, verb, subject) -> Reported | None:
    """``X stressed the need to …``, ``X reiterated its commitment to …``: the object of a verb of
    emphasis or restatement, when a complement follows its noun, is what X said."""
    if not _EMPHASIS_VERBS.match(verb.lower_):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in _ANAPHORS or not any(c.dep_ in {"prep", "acl"} for c in obj.children):
        return None
    return _make(verb, subject, _trim(text_of(doc), obj.left_edge.idx, _end(obj.right_edge)))


def _subject(verb) -> tuple[int, int] | None:
    """The subject's characters: the active ``nsubj`` subtree (of the verb, or of the verb it is
    joined to). A passive subject is the hearer ("X was told that"), "it" an expletive
    ("it can be said that"): neither is a speaker."""
    for head in (verb, verb.head if verb.dep_ == "conj" else None):
        if head is None:
            continue
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if not subjects:
            continue
        subject = max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i))  # nearest before
        if subject.dep_ == "nsubjpass" or subject.lower_ in _EXPLETIVES:
            return None
        return _trim(text_of(subject.doc), subject.left_edge.idx, _end(subject.right_edge))
    return None


def _trailing(doc, verb) -> Reported | None:
    """``CLAUSE, SUBJECT told …`` that the parser left without a subject: the words between the
    last comma and the verb (ending in a name or a pronoun) speak, the words before report."""
    if verb.lower_.endswith("ing") and verb.dep_ in {"advcl", "acl", "xcomp", "pcomp"}:
        return None  # "X, an adviser, spent an hour explaining …": a participle has no subject of its own
    sentence = doc[slice(*sentence_range(doc, verb.i))]
    commas = [t for t in doc[sentence.start : verb.i] if t.text == ","]
    if not commas:
        return None
    comma = commas[-1]
    between = doc[comma.i + 1 : verb.i]
    last = between[-1] if len(between) else None
    if last is None or len(between) > _MAX_SUBJECT_TOKENS or not (last.text[:1].isupper() or last.lower_ in PRONOUNS):
        return None
    opening = text_of(doc)[sentence.start_char : comma.idx]
    starts = [m.end() for m in _SENTENCE_END.finditer(opening)]
    clause = _trim(text_of(doc), sentence.start_char + (starts[-1] if starts else 0), comma.idx)
    return _make(verb, _trim(text_of(doc), between.start_char, between.end_char), clause)


def _according(doc, token) -> Reported | None:
    """``according to X`` with the rest of its sentence as the reported clause."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    sentence = doc[slice(*sentence_range(doc, token.i))]
    phrase = (token.left_edge.idx, _end(token.right_edge))
    before = _trim(text_of(doc), sentence.start_char, phrase[0])
    after = _trim(text_of(doc), phrase[1], sentence.end_char)
    clause = max((before, after), key=lambda r: r[1] - r[0])
    subject = _trim(text_of(doc), source.left_edge.idx, _end(source.right_edge))
    comma = text_of(doc).find(",", source.idx, subject[1])
    subject = _trim(text_of(doc), subject[0], comma) if comma > 0 else subject  # "X, which …": X
    return _make_span(text_of(doc), token.idx, token.idx + len(token.text), subject, clause)


def _clause_range(doc, clause) -> tuple[int, int]:
    """The complement clause without its "that" and edge punctuation."""
    words = [t for t in clause.subtree]
    while words and ((words[0].dep_ == "mark" and words[0].lower_ == "that") or words[0].is_punct):
        words = words[1:]
    if not words:
        return (0, 0)
    return _trim(text_of(doc), words[0].idx, _end(words[-1]))


def _sentence_before(doc, token) -> tuple[int, int]:
    start = sentence_range(doc, token.i)[0]
    if start == 0:
        return (0, 0)
    previous = doc[slice(*sentence_range(doc, start - 1))]
    return _trim(text_of(doc), previous.start_char, previous.end_char)


def _make(verb, subject, clause) -> Reported | None:
    return _make_span(text_of(verb.doc), verb.idx, verb.idx + len(verb.text), subject, clause)


def _make_span(text: str, cue_start: int, cue_end: int, subject, clause) -> Reported | None:
    if clause[1] <= clause[0] or subject[1] <= subject[0]:
        return None
    if len(_WORDS.findall(text[clause[0] : clause[1]])) < _MIN_CLAUSE_WORDS:
        return None
    return Reported((cue_start, cue_end), subject, clause)


def _end(token) -> int:
    return token.idx + len(token.text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without whitespace and punctuation at the edges, nor a dateline in front."""
    start = wire_dateline_end(text, start, end) or start
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def _before_introduced_quote(text: str, report: Reported, direct) -> Reported | None:
    """A clause running into a direct quote it introduces ("X said that A: “B”") ends before the colon."""
    start, end = report.clause
    for open_mark, _ in direct:
        if start < open_mark < end and text[start:open_mark].rstrip().endswith(":"):
            cut = _trim(text, start, text.rindex(":", start, open_mark))
            return Reported(report.cue, report.subject, cut) if cut[1] > cut[0] else None
    return report


def _before_next_report(doc, report: Reported, direct) -> Reported:
    """``X said that “A”, and in July Y suggested that …``: a clause that runs past a direct quote into
    a joined clause with a speech verb and a subject of its own ends at the quote (the parser may
    hang the second report inside the first)."""
    text = text_of(doc)
    start, end = report.clause
    for _, close in direct:
        if start < close < end and _JOINED_AFTER.match(text, close + 1) and _own_report_after(doc, close, end):
            return Reported(report.cue, report.subject, (start, close + 1))
    return report


def _own_report_after(doc, start: int, end: int) -> bool:
    """A speech verb in ``(start, end)`` with its own subject there."""
    span = doc.char_span(start + 1, end, alignment_mode="contract")
    return span is not None and any(
        t.lower_ in SPEECH_VERBS and any(c.dep_ == "nsubj" and c.idx > start for c in t.children) for t in span
    )


def _inside(position: int, direct: list[tuple[int, int]]) -> bool:
    return any(a <= position <= b for a, b in direct)


def _mostly_direct(clause: tuple[int, int], direct: list[tuple[int, int]]) -> float:
    """The share of the clause's characters inside quotation marks."""
    length = max(clause[1] - clause[0], 1)
    covered = sum(max(0, min(b + 1, clause[1]) - max(a, clause[0])) for a, b in direct)
    return covered / length


def _outermost(found: list[Reported]) -> list[Reported]:
    """Drop a report whose cue lies inside another report's clause; one report per clause."""
    kept: list[Reported] = []
    for report in sorted(found, key=lambda r: r.clause[0] - r.clause[1]):
        if any(k.clause[0] <= report.cue[0] < k.clause[1] or k.clause == report.clause for k in kept):
            continue
        kept.append(report)
    return sorted(kept, key=lambda r: r.clause)
