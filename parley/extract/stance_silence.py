"""Saying nothing is no stance: "declined to comment on the mission", "would not comment on the
railway", "refused to speculate about the talks".

What a comment verb is about is no object of the refusal that governs the verb: the speaker refused
to speak, not the mission. Only the comment verbs themselves count ("refused to discuss the treaty"
refuses the talks about it and stays a stance).
"""
from __future__ import annotations

from .stance_lexicon import stem, stems

COMMENT_VERBS = stems(["comment", "commenting", "speculate", "speculating", "elaborate", "elaborating"])
_NOUN_PATH = frozenset({"pobj", "prep", "compound", "amod", "det", "poss", "dobj", "nmod"})


def not_commented(token) -> bool:
    """``token`` is what a comment verb is about ("declined to comment on the mission")."""
    node = token
    while node is not None and node.dep_ in _NOUN_PATH and node.head.i != node.i:
        node = node.head
        if stem(node.lower_) in COMMENT_VERBS:
            return True
    return False
