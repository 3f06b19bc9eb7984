"""The state a treaty between parties sets up, named without the document: "the peace between A and B",
"peace with B".

A label such as "Conclude a comprehensive peace treaty between A and B" names the state ("peace") by
the document that would fix it ("treaty"). Speakers who back or reject it often name the state and
the parties and leave the document out: "we support the peace between A and B", "we do not oppose
peace with B". The state word followed by "between" or "with" is then as much a cue as a keyword;
alone ("peace") it stays the weak label word it was, since "peace" also names the goal of any talks.
"""

from __future__ import annotations

from .stance_lexicon import STOP_WORDS, stem

DOCUMENT_NOUNS = frozenset(stem(w) for w in "treaty agreement accord".split())
_RELATIONS = ("between", "with")


def relation_phrases(label_stems: list[str]) -> list[tuple[str, ...]]:
    """Stem pairs ``(state, "between"|"with")`` for each "<state> <document> between" of a label.

    >>> pairs = relation_phrases([stem(w) for w in "conclude a peace treaty between the parties".split()])
    >>> pairs == [(stem("peace"), "between"), (stem("peace"), "with")]
    True
    """
    out = []
    for state, document, relation in zip(label_stems, label_stems[1:], label_stems[2:]):
        if document in DOCUMENT_NOUNS and relation == "between" and state not in DOCUMENT_NOUNS \
                and state not in STOP_WORDS:
            out += [(state, stem(r)) for r in _RELATIONS]
    return out
