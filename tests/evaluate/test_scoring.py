"""Scoring extraction results against answer keys: hand-made gold/prediction pairs."""

from __future__ import annotations

import pytest

from parley.core.dates import PartialDate
from parley.core.errors import ValidationError
from parley.core.types import Document, ExtractionResult, Mention, Position, Quote, Span
from parley.evaluate import Counts, score_document, score_set
from parley.evaluate.gold import GoldDocument, GoldPosition, GoldQuote, GoldSource

TEXT = "Ruritania spoke. “We want peace,” Tasch said. “No war,” she said. Borduria agreed."
DOC = Document.from_text(TEXT)


def span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(DOC.id, start, start + len(text))


def gold(**overrides) -> GoldDocument:
    fields = dict(
        doc_id="d", source=GoldSource(), perspective=None, actors=("ruritania", "borduria"),
        quotes=(
            GoldQuote("We want peace", "Tasch", "borduria", PartialDate(2024, 5, 3)),
            GoldQuote("No war", "Flavia", "ruritania", PartialDate(2024, 5)),
        ),
        positions=(GoldPosition("borduria", "peace", "support", "Borduria agreed."),),
    )
    return GoldDocument(**{**fields, **overrides})


def mention(text: str, actor: str) -> Mention:
    return Mention(span(text), actor, text)


def quote(text: str, actor: str | None, date: PartialDate | None, direct: bool = True) -> Quote:
    return Quote(span(text), text, speaker_actor=actor, date=date, direct=direct)


PERFECT = ExtractionResult(
    DOC.id,
    sentences=(span("Ruritania spoke."), span("Borduria agreed.")),
    mentions=(mention("Ruritania", "ruritania"), mention("Borduria", "borduria")),
    quotes=(quote("We want peace", "borduria", PartialDate(2024, 5, 3)), quote("No war", "ruritania", PartialDate(2024, 5))),
    positions=(Position("borduria", "peace", "support", span("Borduria agreed.")),),
)


def test_perfect():
    score = score_document(PERFECT, DOC, gold())
    for counts in (score.actors, score.quotes, score.quotes_speaker, score.positions):
        assert counts.f1 == 1.0
    assert score.dates.accuracy == 1.0 and score.dates.n == 2
    assert score.errors.lines() == []


def test_partial():
    result = ExtractionResult(
        DOC.id,
        sentences=PERFECT.sentences,
        mentions=(mention("Ruritania", "ruritania"), mention("Tasch", "league")),
        quotes=(
            quote("We want peace", "ruritania", PartialDate(2024, 5, 3)),   # wrong speaker actor
            quote("No war", "ruritania", PartialDate(2024, 5, 16)),         # day where gold has a month
            quote("Ruritania spoke", None, None),                           # spurious
        ),
    )
    score = score_document(result, DOC, gold())
    assert (score.actors.tp, score.actors.fp, score.actors.fn) == (1, 1, 1)
    assert (score.quotes.tp, score.quotes.fp, score.quotes.fn) == (2, 1, 0)
    assert (score.quotes_speaker.tp, score.quotes_speaker.fp, score.quotes_speaker.fn) == (1, 2, 1)
    assert (score.dates.correct, score.dates.n) == (1, 2)
    assert score.positions.recall == 0.0
    lines = "\n".join(score.errors.lines())
    assert "wrong speaker" in lines and "wrong date" in lines and "spurious quote" in lines


def test_indirect_quotes_are_not_scored():
    result = ExtractionResult(DOC.id, quotes=PERFECT.quotes + (quote("Borduria agreed", "borduria", None, direct=False),))
    assert score_document(result, DOC, gold()).quotes.precision == 1.0


def test_duplicate_predictions_count_once():
    twice = quote("We want peace", "borduria", PartialDate(2024, 5, 3))
    result = ExtractionResult(DOC.id, quotes=(twice, twice))
    score = score_document(result, DOC, gold(quotes=gold().quotes[:1]))
    assert (score.quotes.tp, score.quotes.fp) == (1, 1)


def test_empty_prediction_and_empty_gold():
    empty = ExtractionResult(DOC.id)
    both_empty = score_document(empty, DOC, gold(actors=(), quotes=(), positions=()))
    assert both_empty.quotes.f1 == 1.0 and both_empty.dates.accuracy is None
    missed = score_document(empty, DOC, gold())
    assert missed.quotes.precision == 0.0 and missed.quotes.recall == 0.0 and missed.quotes.f1 == 0.0


def test_position_evidence_must_be_a_sentence():
    not_a_sentence = Position("borduria", "peace", "support", span("Borduria"))
    result = ExtractionResult(DOC.id, sentences=PERFECT.sentences, positions=(not_a_sentence,))
    assert score_document(result, DOC, gold()).positions.tp == 0


def test_result_for_another_document_is_refused():
    with pytest.raises(ValidationError):
        score_document(ExtractionResult("other"), DOC, gold())


def test_set_is_micro_averaged_and_serialised():
    half = ExtractionResult(DOC.id, mentions=(mention("Ruritania", "ruritania"),))
    scores = score_set([(PERFECT, DOC, gold(doc_id="a")), (half, DOC, gold(doc_id="b"))])
    total = scores.total
    assert (total.actors.tp, total.actors.fn) == (3, 1)
    data = scores.to_json()
    assert set(data) == {"total", "documents", "errors"} and set(data["documents"]) == {"a", "b"}
    assert set(data["errors"]) == {"b"} and data["errors"]["b"][0].startswith("missed actor:")
    assert set(data["total"]) == {"actors", "quotes", "quotes_speaker", "positions", "dates"}
    assert set(data["total"]["quotes"]) == {"precision", "recall", "f1"}
    assert set(data["total"]["dates"]) == {"accuracy", "n"}
    assert data["total"]["actors"]["recall"] == 0.75
    assert scores.error_report().startswith("b:")


def test_counts_arithmetic():
    assert Counts(1, 1, 0) + Counts(1, 0, 2) == Counts(2, 1, 2)
    assert Counts(2, 0, 2).f1 == pytest.approx(2 / 3)
