"""evaluate layer: scoring extraction results against answer keys (pure functions, no store).

>>> from parley.evaluate import Counts
>>> Counts(tp=8, fp=2, fn=0).precision
0.8
"""

from .gold import GoldDocument, GoldPosition, GoldQuote, GoldSet, GoldSource, load_gold, load_gold_set
from .matching import THRESHOLD, match_texts, normalise_quote, similarity
from .scoring import Counts, DateCounts, DocumentErrors, DocumentScore, SetScore, score_document, score_set

__all__ = [
    "Counts", "DateCounts", "DocumentErrors", "DocumentScore", "GoldDocument", "GoldPosition",
    "GoldQuote", "GoldSet", "GoldSource", "SetScore", "THRESHOLD", "load_gold", "load_gold_set",
    "match_texts", "normalise_quote", "score_document", "score_set", "similarity",
]
