"""Recommendations signed with the names of those who made them.

Review reports (the UN's Universal Periodic Review, treaty-body follow-ups, many summit
communiqués' annexes) list each recommendation as a bare imperative and close it with its
sponsors in brackets: "Ensure the protection of all cemeteries … (France)." The imperative has
no subject, so without this the walk would leave the stance to the report's author; the
bracketed names are who recommends it.
"""

from __future__ import annotations

_LINKS = frozenset({"and", ",", "of", "the"})  # "(Islamic Republic of Iran)", "(Germany, France and Spain)"


def sponsor_span(top) -> tuple[int, int] | None:
    """Character span inside the closing brackets of an imperative sentence whose root is ``top``.

    ``None`` unless the sentence opens with the imperative (after a paragraph number such as
    "20.7") and ends with a bracket that holds only names.
    """
    sent = top.sent
    tail = [t for t in sent[-4:] if not t.is_space and t.text not in {".", ";"}]  # the cheap test first
    if not tail or tail[-1].text != ")" or not _opens_imperative(top, sent):
        return None
    inside = _bracketed(sent, tail[-1])
    if not inside or not all(t.text[:1].isupper() or t.lower_ in _LINKS for t in inside):
        return None
    return inside[0].idx, inside[-1].idx + len(inside[-1].text)


def _opens_imperative(top, sent) -> bool:
    # the parser runs without a tagger: an opening root with no subject is the imperative
    before = sent.doc[sent.start:top.i]  # at most a paragraph number ("20.7") before it
    if not top.text[:1].isupper() or not all(t.like_num or t.is_punct or t.is_space for t in before):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} and not c.like_num for c in top.children)


def _bracketed(sent, close) -> list:
    """The words between ``close`` (a ")") and its "(", none when the bracket does not open there."""
    for back in range(close.i - 1, sent.start - 1, -1):
        word = sent.doc[back]
        if word.text == "(":
            return [t for t in sent.doc[back + 1:close.i] if not t.is_space]
        if word.text == ")":
            return []
    return []
    return []
