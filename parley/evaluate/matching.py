"""Quote text normalisation, similarity and one-to-one matching.

Normalisation (the eval README): lower case, whitespace collapsed, quotation
marks stripped, punctuation at both ends ignored; curly apostrophes read as
straight ones so "Armenia’s" equals "Armenia's".

Similarity is ``rapidfuzz.fuzz.ratio / 100`` on the normalised texts: the
normalised Indel similarity ``1 - (insertions + deletions) / (len(a) + len(b))``.
It is symmetric and counts a missing half of a quote against the match
(a prediction covering half the gold scores about 0.67), unlike
``partial_ratio`` or token-set ratios, which would accept fragments or merged
quotes. A pair matches at ``>= 0.8``.

Matching is greedy by similarity (ties: gold order, then prediction order),
which is one-to-one: each gold and each predicted quote is used at most once.

>>> normalise_quote('  “We are  very close,”  ')
'we are very close'
>>> similarity("We are very close", "we are very close.")
1.0
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

THRESHOLD = 0.8
_DOUBLE_MARKS = re.compile('[“”„«»‟"]')
_EDGES = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)


def normalise_quote(text: str) -> str:
    """The text as quotes are compared (see the module docstring)."""
    text = _DOUBLE_MARKS.sub(" ", text).replace("’", "'").replace("‘", "'")
    text = " ".join(text.lower().split())
    return _EDGES.sub("", text)


def similarity(a: str, b: str) -> float:
    """Normalised similarity of two quote texts in [0, 1]."""
    return fuzz.ratio(normalise_quote(a), normalise_quote(b)) / 100


def match_texts(gold: list[str], predicted: list[str], threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one matches ``(gold index, predicted index, similarity)`` at or above ``threshold``.

    >>> match_texts(["a b c d", "x y z w"], ["x y z w", "a b c d", "a b c d"])
    [(0, 1, 1.0), (1, 0, 1.0)]
    """
    norm_gold = [normalise_quote(t) for t in gold]
    norm_pred = [normalise_quote(t) for t in predicted]
    pairs = []
    for g, gtext in enumerate(norm_gold):
        for p, ptext in enumerate(norm_pred):
            score = fuzz.ratio(gtext, ptext) / 100
            if score >= threshold:
                pairs.append((-score, g, p))
    used_g, used_p, matches = set(), set(), []
    for neg_score, g, p in sorted(pairs):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            matches.append((g, p, -neg_score))
    return sorted(matches)
