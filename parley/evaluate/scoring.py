"""Scores of extraction results against answer keys (the metrics of the eval README).

* actors: the set of codebook actors per document; precision/recall/F1
  micro-averaged over documents (true/false positives summed, then divided).
* quotes: only direct quotes are scored; gold and predicted texts are matched
  one-to-one at similarity >= 0.8 (:mod:`.matching`). ``quotes_speaker``
  counts a match only when ``speaker_actor`` is equal too (both ``None`` counts
  as equal); its false positives/negatives are the other predicted/gold quotes.
* positions: the set of (actor, issue, stance) triples per document; a
  predicted position counts only when its evidence span is a sentence of the
  document (equal to one of the result's sentences; without sentences, a
  non-empty span inside the text).
* dates: on matched quotes, the share whose predicted date equals the gold date
  exactly at the gold's precision ("2023-10-16" against "2023-10" is wrong).

Empty cases: precision is 1.0 when nothing was predicted and nothing was
missed (0.0 when gold items were missed); recall likewise; F1 is 0 when both
are 0. Date accuracy is ``None`` with no matched quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from parley.core.errors import ValidationError
from parley.core.types import Document, ExtractionResult, Quote

from .gold import GoldDocument
from .matching import match_texts


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class DateCounts:
    """Exactly right dates among matched quotes."""

    correct: int = 0
    n: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None

    def __add__(self, other: "DateCounts") -> "DateCounts":
        return DateCounts(self.correct + other.correct, self.n + other.n)

    def to_json(self) -> dict:
        accuracy = self.accuracy
        return {"accuracy": None if accuracy is None else round(accuracy, 4), "n": self.n}


@dataclass(frozen=True)
class DocumentErrors:
    """What went wrong in one document, for debugging (texts, not spans)."""

    missed_actors: tuple[str, ...] = ()
    spurious_actors: tuple[str, ...] = ()
    missed_quotes: tuple[str, ...] = ()
    spurious_quotes: tuple[str, ...] = ()
    wrong_speakers: tuple[tuple[str, str | None, str | None, str | None], ...] = ()
    wrong_dates: tuple[tuple[str, str | None, str | None, str], ...] = ()
    missed_positions: tuple[tuple[str, str, str], ...] = ()
    spurious_positions: tuple[tuple[str, str, str], ...] = ()

    def lines(self) -> list[str]:
        """One readable line per error."""
        out = [f"  missed actor: {a}" for a in self.missed_actors]
        out += [f"  spurious actor: {a}" for a in self.spurious_actors]
        out += [f"  missed quote: {_short(t)}" for t in self.missed_quotes]
        out += [f"  spurious quote: {_short(t)}" for t in self.spurious_quotes]
        out += [f"  wrong speaker: {_short(t)} gold={g} got={p} ({s})" for t, g, p, s in self.wrong_speakers]
        out += [f"  wrong date: {_short(t)} gold={g} got={p} ({src})" for t, g, p, src in self.wrong_dates]
        out += [f"  missed position: {k}" for k in self.missed_positions]
        out += [f"  spurious position: {k}" for k in self.spurious_positions]
        return out


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


@dataclass(frozen=True)
class DocumentScore:
    """Counts for one document."""

    doc_id: str
    actors: Counts
    quotes: Counts
    quotes_speaker: Counts
    positions: Counts
    dates: DateCounts
    errors: DocumentErrors = field(default_factory=DocumentErrors)

    def to_json(self) -> dict:
        return {
            "actors": self.actors.to_json(), "quotes": self.quotes.to_json(),
            "quotes_speaker": self.quotes_speaker.to_json(), "positions": self.positions.to_json(),
            "dates": self.dates.to_json(),
        }


@dataclass(frozen=True)
class SetScore:
    """Scores of a set: per document and micro-averaged totals."""

    documents: tuple[DocumentScore, ...]

    @property
    def total(self) -> DocumentScore:
        """Counts summed over documents (micro average)."""
        total = DocumentScore("total", Counts(), Counts(), Counts(), Counts(), DateCounts())
        for doc in self.documents:
            total = DocumentScore(
                "total", total.actors + doc.actors, total.quotes + doc.quotes,
                total.quotes_speaker + doc.quotes_speaker, total.positions + doc.positions,
                total.dates + doc.dates,
            )
        return total

    def to_json(self) -> dict:
        errors = {d.doc_id: [line.strip() for line in d.errors.lines()] for d in self.documents}
        return {
            "total": self.total.to_json(),
            "documents": {d.doc_id: d.to_json() for d in self.documents},
            "errors": {doc_id: lines for doc_id, lines in errors.items() if lines},
        }

    def error_report(self) -> str:
        """Every document's errors, one per line, documents without errors left out."""
        blocks = []
        for doc in self.documents:
            lines = doc.errors.lines()
            if lines:
                blocks.append("\n".join([f"{doc.doc_id}:"] + lines))
        return "\n".join(blocks)


def score_document(result: ExtractionResult, document: Document, gold: GoldDocument) -> DocumentScore:
    """Compare one document's extraction with its answer key."""
    if result.doc_id != document.id:
        raise ValidationError(f"result is for document {result.doc_id}, not {document.id} ({gold.doc_id})")
    actors, actor_errors = _actors(result, gold)
    quotes, speaker, dates, quote_errors = _quotes(result, gold)
    positions, position_errors = _positions(result, document, gold)
    errors = DocumentErrors(**actor_errors, **quote_errors, **position_errors)
    return DocumentScore(gold.doc_id, actors, quotes, speaker, positions, dates, errors)


def score_set(pairs: Iterable[tuple[ExtractionResult, Document, GoldDocument]]) -> SetScore:
    """Score every ``(result, document, gold)`` triple of a set."""
    return SetScore(tuple(score_document(r, d, g) for r, d, g in pairs))


def _actors(result: ExtractionResult, gold: GoldDocument):
    predicted, wanted = set(result.actors()), set(gold.actors)
    counts = Counts(len(predicted & wanted), len(predicted - wanted), len(wanted - predicted))
    return counts, {"missed_actors": tuple(sorted(wanted - predicted)), "spurious_actors": tuple(sorted(predicted - wanted))}


def _quotes(result: ExtractionResult, gold: GoldDocument):
    predicted: list[Quote] = [q for q in result.quotes if q.direct]
    matches = match_texts([g.text for g in gold.quotes], [q.text for q in predicted])
    speaker_ok = [(g, p) for g, p, _ in matches if predicted[p].speaker_actor == gold.quotes[g].speaker_actor]
    dates_ok = [(g, p) for g, p, _ in matches if _iso(predicted[p].date) == _iso(gold.quotes[g].date)]
    n_pred, n_gold, n_match = len(predicted), len(gold.quotes), len(matches)
    quotes = Counts(n_match, n_pred - n_match, n_gold - n_match)
    speaker = Counts(len(speaker_ok), n_pred - len(speaker_ok), n_gold - len(speaker_ok))
    matched_g, matched_p = {g for g, _, _ in matches}, {p for _, p, _ in matches}
    errors = {
        "missed_quotes": tuple(g.text for i, g in enumerate(gold.quotes) if i not in matched_g),
        "spurious_quotes": tuple(q.text for i, q in enumerate(predicted) if i not in matched_p),
        "wrong_speakers": tuple(
            (gold.quotes[g].text, gold.quotes[g].speaker_actor, predicted[p].speaker_actor, predicted[p].speaker)
            for g, p, _ in matches if (g, p) not in speaker_ok
        ),
        "wrong_dates": tuple(
            (gold.quotes[g].text, _iso(gold.quotes[g].date), _iso(predicted[p].date), predicted[p].date_source)
            for g, p, _ in matches if (g, p) not in dates_ok
        ),
    }
    return quotes, speaker, DateCounts(len(dates_ok), n_match), errors


def _iso(date) -> str | None:
    return None if date is None else date.iso()


def _positions(result: ExtractionResult, document: Document, gold: GoldDocument):
    sentences = {" ".join(s.text_in(document.text).split()) for s in result.sentences}
    predicted = {p.key for p in result.positions if _is_sentence(p.span, document, sentences)}
    wanted = {p.key for p in gold.positions}
    counts = Counts(len(predicted & wanted), len(predicted - wanted), len(wanted - predicted))
    return counts, {
        "missed_positions": tuple(sorted(wanted - predicted)),
        "spurious_positions": tuple(sorted(predicted - wanted)),
    }


def _is_sentence(span, document: Document, sentences: set[str]) -> bool:
    if span.doc_id != document.id or span.end > len(document.text):
        return False
    text = " ".join(span.text_in(document.text).split())
    return bool(text) and (text in sentences if sentences else True)
