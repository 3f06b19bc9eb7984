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
    words = [t for t in sent[-4:] if not t.is_space and t.text not in {".", ";"}]  # the cheap test first
    if not words or words[-1].text != ")" or not _opens_imperative(top):
        return None
    words = [t for t in sent if not t.is_space and t.i <= words[-1].i]
    inside = _bracketed(words)
    if not inside or not all(t.text[:1].isupper() or t.lower_ in _LINKS for t in inside):
        return None
    return inside[0].idx, inside[-1].idx + len(inside[-1].text)


def _opens_imperative(top) -> bool:
    # the parser runs without a tagger: an opening root with no subject is the imperative
    before = [t for t in top.sent if t.i < top.i and not t.is_space]
    if not top.text[:1].isupper() or not all(t.like_num or t.is_punct for t in before):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} and not c.like_num for c in top.children)


def _bracketed(words) -> list:
    """The tokens between the last ")" and its "(", none when the bracket does not open."""
    for back in range(len(words) - 2, -1, -1):
        if words[back].text == "(":
            return words[back + 1:-1]
        if words[back].text == ")":
            return []
    return []
