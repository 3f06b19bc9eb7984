"""``segment.spacy.v1``: sentences from the spaCy parse, with line breaks respected.

Sentence spans are trimmed of surrounding whitespace; whitespace-only
"sentences" (blank lines) are dropped. Without a parse (a pipeline that asked
for none) paragraphs and sentence-final punctuation are used instead.
"""

from __future__ import annotations

import re

from parley.core.types import Span

from .state import Component, DocState, register_component

_FALLBACK = re.compile(r"[^\n.!?]*(?:[.!?]+[\"”’)]*|\n|$)")


@register_component("segment.spacy.v1")
class SpacySegmenter(Component):
    """Sentences from spaCy; a line break starts a sentence unless the next line is lower case."""

    defaults = {"newline_boundaries": True}

    def needs(self) -> frozenset[str]:
        extra = {"line_breaks"} if self.settings["newline_boundaries"] else set()
        return frozenset({"parser", *extra})

    def __call__(self, state: DocState) -> DocState:
        if state.parsed is None:
            bounds = [(m.start(), m.end()) for m in _FALLBACK.finditer(state.text)]
        else:
            bounds = [(s.start_char, s.end_char) for s in state.parsed.sents]
        spans = tuple(s for s in (_trimmed(state, a, b) for a, b in bounds) if s is not None)
        return state.add(self.name, sentences=spans)


def _trimmed(state: DocState, start: int, end: int) -> Span | None:
    """The span without leading/trailing whitespace; ``None`` when nothing is left."""
    piece = state.text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    left = start + (len(piece) - len(piece.lstrip()))
    return state.span(left, left + len(stripped))


def sentence_range(doc, i: int) -> tuple[int, int]:
    """Token indices ``[start, end)`` of the sentence holding token ``i``.

    Walks from the token to the nearest sentence starts; ``token.sent`` would walk the
    whole document on every call, which made long documents slow.
    """
    start = i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return start, end


def text_of(doc) -> str:
    """``doc.text``, built once per document (spaCy joins the tokens again on every access)."""
    cached = doc.user_data.get("parley_text")
    if cached is None:
        cached = doc.user_data["parley_text"] = doc.text
    return cached
