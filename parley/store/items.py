"""Extracted items: writing one document's results atomically, reading them back.

Reads apply the latest review of each item, so a person's decision always wins
over the machine's and survives re-extraction (reviews are keyed by span, not row id).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from parley.core.dates import parse_optional_date
from parley.core.errors import StoreError, ValidationError
from parley.core.types import CandidateActor, ExtractionResult, Mention, Position, Quote, Span

from . import convert, schema
from .migrations import now

# Fields a reviewer may correct, per kind of item.
POSITION_FIELDS = ("actor", "issue", "stance", "modality", "via", "speaker", "date")
QUOTE_FIELDS = ("speaker", "speaker_actor", "date", "text")


class ItemQueries:
    """Mixin of :class:`parley.store.Store` for extracted items (needs ``self.engine``)."""

    engine: Any
    where: str
    latest_reviews: Callable[[str], dict[str, dict]]

    def save_extraction(self, result: ExtractionResult, signature: str, run_id: int | None = None) -> None:
        """Replace one document's machine results with ``result``, in one transaction.

        If anything fails, nothing of this document changes. The ``extractions`` row
        written last marks the document done for ``signature`` (see :meth:`extracted`).
        """
        doc_id = result.doc_id
        try:
            with self.engine.begin() as conn:
                self._require_document(conn, doc_id)
                for table in schema.ITEM_TABLES:
                    conn.execute(delete(table).where(table.c.doc_id == doc_id))
                self._insert_items(conn, result, run_id)
                self._update_camp(conn, result)
                ext = schema.extractions
                conn.execute(delete(ext).where(ext.c.doc_id == doc_id, ext.c.signature == signature))
                conn.execute(insert(ext).values(doc_id=doc_id, signature=signature, run_id=run_id, finished_at=now()))
        except SQLAlchemyError as err:
            reason = str(getattr(err, "orig", err)).splitlines()[0]
            raise StoreError(f"{self.where}: could not save results of {doc_id} ({reason})") from None

    def _require_document(self, conn, doc_id: str) -> None:
        found = conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == doc_id)).first()
        if found is None:
            raise StoreError(f"{self.where}: results for unknown document {doc_id}")

    def _insert_items(self, conn, result: ExtractionResult, run_id: int | None) -> None:
        batches = (
            (schema.sentences, [convert.span_values(s) for s in result.sentences]),
            (schema.mentions, [convert.mention_values(m, run_id) for m in result.mentions]),
            (schema.candidates, [convert.candidate_values(c, run_id) for c in result.candidates]),
            (schema.quotes, [convert.quote_values(q, run_id) for q in result.quotes]),
            (schema.positions, [convert.position_values(p, run_id) for p in result.positions]),
        )
        for table, rows in batches:
            for row in rows:
                _check_span(row, result.doc_id)
            if rows:
                conn.execute(insert(table), rows)

    def _update_camp(self, conn, result: ExtractionResult) -> None:
        if result.camp is None and result.camp_evidence is None:
            return
        table = schema.documents
        conn.execute(update(table).where(table.c.id == result.doc_id)
                     .values(camp=result.camp, camp_evidence=result.camp_evidence))

    def extracted(self, signature: str) -> set[str]:
        """Ids of the documents whose results for ``signature`` are stored."""
        ext = schema.extractions
        with self.engine.connect() as conn:
            return set(conn.execute(select(ext.c.doc_id).where(ext.c.signature == signature)).scalars())

    def _items(self, table, make: Callable, doc_id: str | None) -> list:
        query = select(table).order_by(table.c.doc_id, table.c.span_start, table.c.id)
        if doc_id is not None:
            query = query.where(table.c.doc_id == doc_id)
        with self.engine.connect() as conn:
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
        query = select(table.c.text, table.c.label, n).group_by(table.c.text, table.c.label).order_by(n.desc(), table.c.text)
        with self.engine.connect() as conn:
            return [(r.text, r.label, r.n) for r in conn.execute(query)]

    def quotes(self, doc_id: str | None = None, include_rejected: bool = False) -> list[Quote]:
        """Quotes with reviewers' corrections applied (rejected ones left out unless asked)."""
        reviews = self.latest_reviews("quote")
        found = [_reviewed(q, reviews.get(convert.quote_key(q)), _correct_quote)
                 for q in self._items(schema.quotes, convert.row_quote, doc_id)]
        return [q for q, state in found if include_rejected or state != "rejected"]

    def positions(self, doc_id: str | None = None, include_rejected: bool = False) -> list[Position]:
        """Positions with reviews applied: ``review_state`` says who decided."""
        reviews = self.latest_reviews("position")
        found = [_reviewed(p, reviews.get(convert.position_key(p)), _correct_position)
                 for p in self._items(schema.positions, convert.row_position, doc_id)]
        return [p for p, state in found if include_rejected or p.review_state != "rejected"]


def _check_span(row: dict, doc_id: str) -> None:
    if row["doc_id"] != doc_id:
        raise ValidationError(f"an item of {row['doc_id']} is in the results of {doc_id}")


def _reviewed(item: Any, review: dict | None, correct: Callable) -> tuple[Any, str]:
    """The item as the latest review left it, and that review's decision."""
    if review is None:
        return item, "machine"
    decision = review["decision"]
    if decision == "correct":
        return correct(item, review["fields"]), decision
    if isinstance(item, Position):
        state = "rejected" if decision == "reject" else "accepted"
        return replace(item, review_state=state), decision
    return item, "rejected" if decision == "reject" else decision


def _correct_position(p: Position, fields: dict) -> Position:
    changes = {k: v for k, v in fields.items() if k in POSITION_FIELDS}
    if "date" in changes:
        changes["date"] = parse_optional_date(changes["date"])
    return replace(p, **changes, review_state="corrected")


def _correct_quote(q: Quote, fields: dict) -> Quote:
    changes = {k: v for k, v in fields.items() if k in QUOTE_FIELDS}
    if "date" in changes:
        changes["date"] = parse_optional_date(changes["date"])
        changes["date_source"] = "text"
    return replace(q, **changes)
