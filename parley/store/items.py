"""Extracted items: writing one document's results atomically, reading them back.

Reads apply the latest review of each item, so a person's decision always wins
over the machine's and survives re-extraction (reviews are keyed by span, not row id).
"""

from __future__ import annotations

from typing import Any, Callable

from sqlalchemy import delete, func, insert, select, update

from parley.core.errors import StoreError, ValidationError
from parley.core.types import CandidateActor, ExtractionResult, Mention, Position, Quote, Span

from . import convert, schema
from .connection import Database
from .migrations import now
from .reviews import apply_review


class ItemQueries(Database):
    """Mixin of :class:`parley.store.Store` for extracted items."""

    latest_reviews: Callable[[str], dict[str, dict]]

    def save_extraction(self, result: ExtractionResult, signature: str, run_id: int | None = None) -> None:
        """Replace one document's machine results with ``result``, in one transaction.

        Earlier sentences, mentions, candidates, quotes and positions of the document
        are deleted, the new ones inserted, its camp updated when the result has one,
        and the ``extractions`` row that marks it done for ``signature`` (see
        :meth:`extracted`) is written last. If anything fails, nothing of this
        document changes. Reviews are untouched: they are keyed by span.
        """
        doc_id = result.doc_id
        with self.writing(f"save results of {doc_id}") as conn:
            _check_items(result, self._text_length(conn, doc_id))
            for table in schema.ITEM_TABLES:
                conn.execute(delete(table).where(table.c.doc_id == doc_id))
            _insert_items(conn, result, run_id)
            _update_camp(conn, result)
            _mark_extracted(conn, doc_id, signature, run_id)

    def _text_length(self, conn: Any, doc_id: str) -> int:
        table = schema.documents
        length = conn.execute(select(func.length(table.c.text)).where(table.c.id == doc_id)).scalar()
        if length is None:
            raise StoreError(f"{self.where}: results for unknown document {doc_id}")
        return int(length)

    def extracted(self, signature: str) -> set[str]:
        """Ids of the documents whose results for ``signature`` are stored.

        A re-run after an interruption skips these; the others had no results
        written at all, since each document is saved in one transaction.
        """
        ext = schema.extractions
        with self.reading() as conn:
            return set(conn.execute(select(ext.c.doc_id).where(ext.c.signature == signature)).scalars())

    def _items(self, table, make: Callable, doc_id: str | None) -> list:
        query = select(table).order_by(table.c.doc_id, table.c.span_start, table.c.id)
        if doc_id is not None:
            query = query.where(table.c.doc_id == doc_id)
        with self.reading() as conn:
            return [make(r._mapping) for r in conn.execute(query)]

    def sentences(self, doc_id: str | None = None) -> list[Span]:
        """Sentence spans of one document (or all)."""
        return self._items(schema.sentences, convert.row_span, doc_id)

    def mentions(self, doc_id: str | None = None) -> list[Mention]:
        """Actor mentions of one document (or all)."""
        return self._items(schema.mentions, convert.row_mention, doc_id)

    def candidates(self, doc_id: str | None = None) -> list[CandidateActor]:
        """Persons and organisations not in the codebook, as found."""
        return self._items(schema.candidates, convert.row_candidate, doc_id)

    def candidate_counts(self) -> list[tuple[str, str, int]]:
        """(text, label, count) of candidate actors, most frequent first."""
        table = schema.candidates
        n = func.count().label("n")
        query = (select(table.c.text, table.c.label, n).group_by(table.c.text, table.c.label)
                 .order_by(n.desc(), table.c.text, table.c.label))
        with self.reading() as conn:
            return [(r.text, r.label, r.n) for r in conn.execute(query)]

    def quotes(self, doc_id: str | None = None, include_rejected: bool = False) -> list[Quote]:
        """Quotes with reviewers' corrections applied (rejected ones left out unless asked)."""
        reviews = self.latest_reviews("quote")
        found = [apply_review(q, reviews.get(convert.quote_key(q)))
                 for q in self._items(schema.quotes, convert.row_quote, doc_id)]
        return [q for q, state in found if include_rejected or state != "rejected"]

    def positions(self, doc_id: str | None = None, include_rejected: bool = False) -> list[Position]:
        """Positions with reviews applied: ``review_state`` says who decided."""
        reviews = self.latest_reviews("position")
        found = [apply_review(p, reviews.get(convert.position_key(p)))
                 for p in self._items(schema.positions, convert.row_position, doc_id)]
        return [p for p, state in found if include_rejected or state != "rejected"]


def _check_items(result: ExtractionResult, length: int) -> None:
    """Every span must lie in the document the result is for (evidence must resolve)."""
    speakers = [q.speaker_span for q in result.quotes if q.speaker_span is not None]
    spans = [*result.sentences, *(m.span for m in result.mentions), *(c.span for c in result.candidates),
             *(q.span for q in result.quotes), *speakers, *(p.span for p in result.positions)]
    for span in spans:
        if span.doc_id != result.doc_id:
            raise ValidationError(f"an item of {span.doc_id} is in the results of {result.doc_id}")
        if span.end > length:
            raise ValidationError(
                f"span [{span.start}, {span.end}) is past the end of {result.doc_id} ({length} characters)")


def _insert_items(conn: Any, result: ExtractionResult, run_id: int | None) -> None:
    batches = (
        (schema.sentences, [convert.span_values(s) for s in result.sentences]),
        (schema.mentions, [convert.mention_values(m, run_id) for m in result.mentions]),
        (schema.candidates, [convert.candidate_values(c, run_id) for c in result.candidates]),
        (schema.quotes, [convert.quote_values(q, run_id) for q in result.quotes]),
        (schema.positions, [convert.position_values(p, run_id) for p in result.positions]),
    )
    for table, rows in batches:
        if rows:
            conn.execute(insert(table), rows)


def _update_camp(conn: Any, result: ExtractionResult) -> None:
    if result.camp is None and result.camp_evidence is None:
        return
    table = schema.documents
    conn.execute(update(table).where(table.c.id == result.doc_id)
                 .values(camp=result.camp, camp_evidence=result.camp_evidence))


def _mark_extracted(conn: Any, doc_id: str, signature: str, run_id: int | None) -> None:
    ext = schema.extractions
    conn.execute(delete(ext).where(ext.c.doc_id == doc_id, ext.c.signature == signature))
    conn.execute(insert(ext).values(doc_id=doc_id, signature=signature, run_id=run_id, finished_at=now()))
