"""Helpers shared by the round-by-round extraction tests (test_*_roundN.py): a pipeline over a
module's own codebook and header, and the (quote, speaker) and (quote, date) pairs they assert on."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from parley.core.types import Actor, Codebook, Document
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


def positions(result) -> set[tuple[str, str, str]]:
    """(actor, issue, stance) of each position found."""
    return {(p.actor, p.issue, p.stance) for p in result.positions}


def toy_fixtures(book: Codebook):
    """Module-scoped pytest fixtures over ``book``: ``pipeline``, ``run(text, **meta)`` → result and
    ``parse(text)`` → spaCy Doc. Use as ``pipeline, run, parse = toy_fixtures(BOOK)`` in a test module."""

    @pytest.fixture(scope="module", name="pipeline")
    def _pipeline():
        return build_pipeline(default_config(), book)

    @pytest.fixture(scope="module", name="run")
    def _run(pipeline):
        return lambda text, **meta: pipeline.run(Document.from_text(text, **meta))

    @pytest.fixture(scope="module", name="parse")
    def _parse(pipeline):
        return lambda text: pipeline.nlp(text)

    return _pipeline, _run, _parse


def about(result, text: str, words: str) -> set[tuple[str, str, str]]:
    """The (actor, issue, stance) triples whose evidence sentence contains ``words``."""
    return {(p.actor, p.issue, p.stance) for p in result.positions if words in text[p.span.start:p.span.end]}


def hand_parse(pipeline, words: str, heads: list[int], deps: str):
    """A ``Doc`` with a parse written by hand (space-separated words and labels): the misparse a rule
    guards against, independent of the model's version."""
    return Doc(pipeline.nlp.vocab, words=words.split(), heads=heads, deps=deps.split())


def word(doc, text: str):
    """The first token of ``doc`` that reads ``text``."""
    return next(t for t in doc if t.text == text)


TOY_STATES = (
    Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania",), ("Anna Black",), ("Strelsau",),
          ("Ruritanian",)),
    Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",),
          ("Bordurian",)),
    Actor("syldavia", "Syldavia", "state", ("Republic of Syldavia",), ("Ottokar Wiesel",), ("Klow",),
          ("Syldavian",)),
)
"""The three invented states the round tests' toy codebooks share."""
