"""``X, which on Tuesday called on both sides to “…”, said …``: a verb right after the closing mark
whose subject in the parse stands before the quote.

The reader after the closing mark takes "said the protocol showed …" for an inverted "said X"; when
the parse gives that verb a subject that precedes the quote, the quote sits inside that subject's
relative clause (or its own fronted clause), and the subject is the speaker. Unless the verb has a
subject after it as well: "Peace deal ‘within reach’, says EU envoy" (a headline's inverted
attribution, where the parser also makes the noun before the quote a subject of "says").
"""

from __future__ import annotations

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj"})


def fronted_subject(doc, hit, open_mark: int):
    """``hit`` (cue span, subject span) with the subject replaced by the verb's own subject when that
    stands before the opening mark; ``hit`` unchanged otherwise."""
    if doc is None or hit is None or hit[0][0] > hit[1][0]:
        return hit
    span = doc.char_span(hit[0][0], hit[0][1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return hit
    subjects = [c for c in span[0].children if c.dep_ in _SUBJECT_DEPS and c.idx < open_mark]
    if not subjects or any(c.dep_ in _SUBJECT_DEPS and c.idx > span[0].idx for c in span[0].children):
        return hit  # "Peace deal ‘within reach’, says EU envoy": the subject after the verb speaks
    return _clause_verb(subjects[0], open_mark) or hit[0], _core(subjects[0])


def _clause_verb(subject, open_mark: int) -> tuple[int, int] | None:
    """The verb of the subject's relative clause that holds the quote ("which on Tuesday called"):
    the cue whose time words date the quote, not the main verb's."""
    for clause in (c for c in subject.children if c.dep_ in {"relcl", "acl"}):
        tokens = list(clause.subtree)
        if tokens[0].idx < open_mark <= tokens[-1].idx + len(tokens[-1].text):
            return clause.idx, clause.idx + len(clause.text)
    return None


def _core(token) -> tuple[int, int]:
    """The subject's words without its relative clause or apposition ("Türkiye, which …" → "Türkiye")."""
    kept = [token, *(t for c in token.children if c.i < token.i and c.dep_ not in _CUT_DEPS for t in c.subtree)]
    start = min(t.idx for t in kept)
    return start, token.idx + len(token.text)
