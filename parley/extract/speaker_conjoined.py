"""A quote that is the object of a verb joined to a speech verb: the shared subject speaks.

"X thanked “everyone who made today possible” but said …", "The senator praised the “quiet
courage” of the envoys and told reporters …": the quote is no speech verb's object, yet the
sentence's subject, who goes on to speak in the conjoined verb, is the one whose words they are.
Used by ``speakers.rules.v1`` only for a quote no other rule attributed, before it is taken as
going on from the previous quote's speaker. A conjunct with its own subject ("X thanked “…” but
Y said …") is another speaker's verb and gives nothing.
"""

from __future__ import annotations

from .speaker_words import is_cue_verb

_SUBJECTS = frozenset({"nsubj"})
_CLAUSES = frozenset({"ccomp", "relcl", "acl", "advcl", "xcomp", "csubj"})  # someone else's clause


def conjoined_speaker(doc, open_mark: int, close_mark: int):
    """``(cue, subject)`` char spans for a quote whose governing verb has a speech-verb conjunct after
    the quote and a subject of its own, else ``None``."""
    if doc is None:
        return None
    span = doc.char_span(open_mark + 1, open_mark + 2, alignment_mode="expand")
    if span is None:
        return None
    node = span[0]
    while node.head.i != node.i:
        if node.dep_ in _CLAUSES:
            return None  # the quote sits in a clause of its own: that clause's verb is not the speaker's
        node = node.head
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            continue
        cue = next(
            (
                c for c in node.children
                if c.dep_ == "conj" and c.idx > close_mark and is_cue_verb(c.text)
                and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            ),
            None,
        )
        if cue is None:
            return None
        start = subject.left_edge.idx
        return (cue.idx, cue.idx + len(cue.text)), (start, subject.idx + len(subject.text))
    return None
