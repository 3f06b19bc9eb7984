"""Cheap change detection and raw machine items, for readers that cache (the dashboard).

A caller remembers :meth:`ChangeQueries.change_stamp` and re-reads only when it moves;
after a review it re-reads only :meth:`ChangeQueries.reviewed_documents`.
"""

from __future__ import annotations

from sqlalchemy import func, select

from . import convert, schema
from .connection import Database

REVIEWABLE = (
    ("position", schema.positions, convert.row_position, convert.position_key),
    ("quote", schema.quotes, convert.row_quote, convert.quote_key),
)


class ChangeQueries(Database):
    """Mixin of :class:`parley.store.Store`."""

    def change_stamp(self) -> tuple[int, tuple]:
        """(newest review id, a tuple that changes with documents and extraction results).

        Maxima of integer keys and counts of small tables only: about a millisecond.
        """
        docs, ext, reviews = schema.documents, schema.extractions, schema.reviews
        parts = [select(func.count()).select_from(docs), select(func.max(docs.c.ingested_at)),
                 select(func.count()).select_from(ext), select(func.max(ext.c.finished_at))]
        parts += [select(func.max(t.c.id)) for t in (schema.positions, schema.quotes, schema.mentions)]
        query = select(select(func.max(reviews.c.id)).scalar_subquery(),
                       *(p.scalar_subquery() for p in parts))
        with self.reading() as conn:
            row = conn.execute(query).one()
        return row[0] or 0, tuple(row[1:])

    def reviewed_documents(self, kind: str, since_review: int) -> set[str]:
        """Documents with a review of ``kind`` newer than the review id ``since_review``."""
        table = schema.reviews
        query = select(table.c.item_key).where(table.c.kind == kind, table.c.id > since_review)
        with self.reading() as conn:
            return {key.split(":", 1)[0] for key in conn.execute(query).scalars()}

    def machine_items(self, doc_id: str | None = None) -> list[tuple[str, str, object]]:
        """(kind, review key, item) of every position and quote as the machine made it
        (no review applied), for a review queue."""
        found = []
        for kind, table, make, key in REVIEWABLE:
            query = select(table)
            if doc_id is not None:
                query = query.where(table.c.doc_id == doc_id)
            with self.reading() as conn:
                found += [(kind, key(item), item) for item in map(make, (r._mapping for r in conn.execute(query)))]
        return found
