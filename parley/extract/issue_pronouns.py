"""Issue cues from plural pronouns that go on with a cue's noun ("the European monitors … Baku
wants them gone").

A text names the object of an issue once ("asks about the European monitors") and then goes on
with "they", "them" or "their" ("Their mandate runs to 2031. Baku wants them gone"). The pronoun
speaks to the issue of the last plural noun before it when that noun is an issue's cue, within one
paragraph, where the pronoun is what a stance acts on (:func:`_acted_on`); any other plural noun in between (people, parties, "Armenians") takes the pronoun
instead, and a paragraph break ends the chain. Used by ``issues.hybrid.v1``, which turns each
found pronoun into a cue of weight ``REFERENCE_WEIGHT``.
"""

from __future__ import annotations

import re

from .stance_contents import SCOPE_NOUNS
from .stance_lexicon import DEMAND_PREDICATES, stem

_PLURAL_PRONOUNS = frozenset({"they", "them"})
# the pipeline parses without a tagger: a plural noun is a noun's dependency and a plural ending
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "oprd"})
_COPULAS = frozenset({"are", "were", "be", "been", "is", "was"})  # "They are guests …": a description
_STAYING = frozenset("stay stays stayed remain remains remained leave leaves left return returns returned go goes "
                     "gone went withdraw withdraws withdrew".split())
_IRREGULAR = frozenset({"people", "men", "women", "children", "police"})
_WEAK_SOURCES = frozenset({"description"})  # a description's word alone names no object


def pronoun_references(doc, text: str, sentences, hits: dict) -> dict:
    """``{sentence: [(issue, [(start, end), …]), …]}``: plural pronouns that stand for the last
    plural noun before them when that noun is a cue of an issue the sentence has no hit for."""
    if doc is None:
        return {}
    out: dict = {}
    carried, last_end = None, None
    for sentence in sentences:
        if last_end is not None and "\n\n" in text[last_end : sentence.start]:
            carried = None  # a new paragraph: no chain across it
        last_end = sentence.end
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        carried = _walk(span, hits.get(sentence, []), carried, out.setdefault(sentence, []))
    return {s: found for s, found in out.items() if found}


def _walk(span, sentence_hits, carried: str | None, found: list) -> str | None:
    """Note the pronouns of one sentence in ``found``; returns the issue carried on after it."""
    here = {h.issue for h in sentence_hits}
    for token in span:
        if token.lower_ in _PLURAL_PRONOUNS:
            if carried is not None and carried not in here and _acted_on(token):
                _note(found, carried, (token.idx, token.idx + len(token.text)))
        elif _plural_noun(token):
            carried = _cue_issue(sentence_hits, token.idx)
    return carried


def _note(found: list, issue: str, place: tuple[int, int]) -> None:
    """Add ``place`` to the issue's entry in ``found`` ("asked them to stay; wants them gone": both)."""
    entry = next((spans for carried, spans in found if carried == issue), None)
    if entry is None:
        found.append((issue, [place]))
    else:
        entry.append(place)


def _cue_issue(sentence_hits, position: int) -> str | None:
    """The issue whose cue covers ``position`` (None when no cue, or cues of two issues, do)."""
    issues = {h.issue for h in sentence_hits for c in h.cues
              if c.source not in _WEAK_SOURCES and c.start <= position < c.end}
    return issues.pop() if len(issues) == 1 else None


def _plural_noun(token) -> bool:
    """A plural noun in the parse ("monitors", "Armenians", "people"), not a verb's "-s" form."""
    word = token.lower_
    if token.dep_ not in _NOUN_DEPS or word in _PLURAL_PRONOUNS:
        return False
    return word in _IRREGULAR or len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _acted_on(pronoun) -> bool:
    """The pronoun is what a stance acts on: an object ("wants them gone"), the subject of a clause
    another verb governs ("demands that they leave") or of a verb of staying or leaving ("they will
    not return"); not the subject of a main clause that says what they do ("They would freeze the
    conflict") or are ("They are guests")."""
    head = pronoun.head
    if head.lower_ in _COPULAS:
        return False
    return pronoun.dep_ not in {"nsubj", "nsubjpass"} or head.dep_ != "ROOT" or head.lower_ in _STAYING


# Singular "it"/"its" taken up by an act of approval or of keeping on: "when our parliament ratified
# it", "after its ratification by X", "no grounds for extending it". The pronoun stands for the last
# cue noun of the sentence before it; only these acts are read, as "it" has many other antecedents.
_SINGULAR = frozenset({"it", "its"})
_SINGULAR_WORD = re.compile(r"\bits?\b", re.IGNORECASE)  # a sentence without one is not parsed through
_TAKING_UP = frozenset(stem(w) for w in "ratify ratified sign signed initial initialled approve endorse implement "
                       "extend renew prolong".split())
# a stance taken on it ("rejected it", "refused to discuss it"): the pronoun alone is the cue, the walk reads the stance
_STANCE_ON = frozenset(stem(w) for w in "reject oppose welcome support accept discuss".split())
_TAKING_UP_NOUNS = frozenset(stem(w) for w in "ratification signing signature approval endorsement implementation "
                             "extension renewal".split())


def singular_references(doc, text: str, sentences, hits: dict) -> dict:
    """``{sentence: [(issue, [(start, end), …]), …]}``: "it" as the object of an act of approval or
    renewal ("ratified it") and "its" owning such an act noun ("its ratification"), standing for the
    last cue noun before it in the same sentence (the act's phrase is the cue)."""
    if doc is None:
        return {}
    out: dict = {}
    before: list = []  # the previous sentence's hits, within a paragraph: "The treaty … . X ratified it in July"
    for n, sentence in enumerate(sentences):
        sentence_hits = hits.get(sentence, [])
        if n and "\n\n" in text[sentences[n - 1].end:sentence.start]:
            before = []
        worth = (sentence_hits or before) and _SINGULAR_WORD.search(text, sentence.start, sentence.end)
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if worth else None
        for token in span if span is not None else ():
            act = _taken_up(token) if token.lower_ in _SINGULAR else None
            issue = None if act is None else _last_cue_issue(doc, sentence_hits, token.idx) or (
                _last_cue_issue(doc, before, sentence.start) if not _earlier_noun(span, token) else None)
            if issue is not None:
                first, last = min(token.idx, act.idx), max(token.idx + len(token.text), act.idx + len(act.text))
                _note(out.setdefault(sentence, []), issue, (first, last))
        before = sentence_hits
    return {s: found for s, found in out.items() if found}


def _earlier_noun(span, pronoun) -> bool:
    """A singular noun of the sentence, before the pronoun, that is a subject or object: the
    pronoun's likelier antecedent than anything in the sentence before."""
    return any(t.i < pronoun.i and t.dep_ in {"nsubj", "nsubjpass", "dobj"} and t.lower_ not in _SINGULAR
               and t.head.i != pronoun.head.i  # "X's parliament ratified it": the doer, no antecedent
               and not t.lower_.endswith("s") and t.text[:1].islower() for t in span)


def _taken_up(pronoun):
    """The act that takes the pronoun up: the verb it is the object of, or the noun it owns."""
    head = pronoun.head
    if pronoun.dep_ == "dobj" and stem(head.lower_) in _TAKING_UP:
        return head
    if pronoun.dep_ == "dobj" and stem(head.lower_) in _STANCE_ON:
        return pronoun
    if pronoun.dep_ == "poss" and stem(head.lower_) in _TAKING_UP_NOUNS:
        return head
    return None


def _last_cue_issue(doc, sentence_hits, position: int) -> str | None:
    """The issue of the last strong cue before ``position`` that is a clause's own argument (not one
    inside a phrase of place or purpose: "a treaty built on recognition of each other's borders")."""
    cues = [(c.start, h.issue) for h in sentence_hits for c in h.cues
            if c.end <= position and c.weight >= 0.75 and c.source not in _WEAK_SOURCES | {"reference"}
            and _argument(doc, c.start, c.end)]
    return max(cues)[1] if cues else None


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT"})


def _argument(doc, start: int, end: int) -> bool:
    """The cue's phrase is a subject or object, directly or as the "of" noun of one ("the mandate of
    the mission")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in {"compound", "amod"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
        if head.dep_ == "attr" and stem(head.lower_) in SCOPE_NOUNS:
            return False  # "X is not part of the treaty … will not discuss it": "it" is X
    if head.dep_ == "pobj" and head.head.lower_ == "for" and stem(head.head.head.lower_) in DEMAND_PREDICATES:
        return True  # "called for the return": what is asked for is the call's object
    return head.dep_ in _ARGUMENTS
