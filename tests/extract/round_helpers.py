"""Helpers shared by the round-by-round extraction tests (test_*_roundN.py): a pipeline over a
module's own codebook and header, and the (quote, speaker) and (quote, date) pairs they assert on."""

from __future__ import annotations

from parley.core.types import Codebook, Document
from parley.extract import build_pipeline, default_config


def headed_runner(book: Codebook, head: str):
    """``run(text, head=head)`` → ExtractionResult of the header lines plus ``text``."""
    pipeline = build_pipeline(default_config(), book)
    return lambda text, head=head: pipeline.run(Document.from_text(head + text))


def quoted_speakers(result) -> list[tuple[str, str | None]]:
    """(text, speaker actor) of each direct quote, in order."""
    return [(q.text, q.speaker_actor) for q in result.quotes if q.direct]


def quoted_dates(result) -> list[tuple[str, str | None]]:
    """(text, date as written, or None) of each direct quote, in order."""
    return [(q.text, q.date and str(q.date)) for q in result.quotes if q.direct]
