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
