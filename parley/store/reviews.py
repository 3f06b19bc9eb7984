"""Reviews: a person's accept / correct / reject decisions on extracted items.

Reviews are keyed by a stable item key (document, span and kind-specific fields,
see :func:`parley.store.position_key`), never by row id, so they survive
re-extraction. They are never deleted: undoing a decision is a newer review.
Each item's reviews are numbered 1, 2, …; a reviewer states the number they saw
(optimistic concurrency), so two people cannot silently overwrite each other.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any, Callable

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from parley.core.dates import parse_optional_date
from parley.core.errors import ReviewConflictError, ValidationError
from parley.core.types import Position, Quote

from . import schema
from .connection import Database
from .migrations import now

DECISIONS = ("accept", "correct", "reject", "reset")
# "reset" takes an item back to the machine's version: it counts as not reviewed.
# Fields a reviewer may correct, per kind of item.
POSITION_FIELDS = ("actor", "issue", "stance", "modality", "via", "speaker", "date")
QUOTE_FIELDS = ("speaker", "speaker_actor", "date", "text")


class ReviewQueries(Database):
    """Mixin of :class:`parley.store.Store` for reviews."""

    def record_review(self, kind: str, key: str, decision: str, fields: dict | None,
                      reviewer: str, expected_version: int) -> int:
        """Store a reviewer's decision; returns the item's new review version.

        ``expected_version`` is the version the reviewer saw (0 for an unreviewed
        item). If someone reviewed the item meanwhile, :class:`ReviewConflictError`.
        """
        payload = _checked_review(kind, key, decision, fields, reviewer)
        try:
            with self.writing(f"record a review of {kind} {key}", keep=(IntegrityError,)) as conn:
                latest = _review_version(conn, kind, key)
                if latest != expected_version:
                    raise ReviewConflictError(
                        f"{kind} {key} was reviewed by someone else meanwhile (version {latest}, "
                        f"you saw {expected_version}); reload and decide again")
                conn.execute(insert(schema.reviews).values(
                    **payload, created_at=now(), version=latest + 1))
        except IntegrityError:  # PostgreSQL: another writer committed between our read and write
            raise ReviewConflictError(
                f"{kind} {key} was reviewed by someone else at the same moment; reload and decide again"
            ) from None
        return expected_version + 1

    def review_version(self, kind: str, key: str) -> int:
        """The number of the item's latest review (0 when never reviewed)."""
        with self.reading() as conn:
            return _review_version(conn, kind, key)

    def reviews_for(self, kind: str, key: str) -> list[dict]:
        """The review history of one item, oldest first (``fields`` decoded)."""
        table = schema.reviews
        query = select(table).where(table.c.kind == kind, table.c.item_key == key).order_by(table.c.version)
        with self.reading() as conn:
            return [_review_row(r._mapping) for r in conn.execute(query)]

    def latest_reviews(self, kind: str) -> dict[str, dict]:
        """Item key → its latest review, for every reviewed item of one kind (items whose
        latest decision is ``reset`` are back to the machine's version and left out)."""
        table = schema.reviews
        query = select(table).where(table.c.kind == kind).order_by(table.c.item_key, table.c.version)
        with self.reading() as conn:
            latest = {r.item_key: _review_row(r._mapping) for r in conn.execute(query)}
        return {key: review for key, review in latest.items() if review["decision"] != "reset"}


def _checked_review(kind: str, key: str, decision: str, fields: dict | None, reviewer: str) -> dict:
    if decision not in DECISIONS:
        raise ValidationError(f"review decision must be one of {', '.join(DECISIONS)}; got {decision!r}")
    for name, value in (("kind", kind), ("item key", key), ("reviewer", reviewer)):
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"a review needs a {name}; got {value!r}")
    try:
        encoded = json.dumps(fields or {}, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as err:
        raise ValidationError(f"review fields must be plain JSON values ({err})") from None
    return {"kind": kind, "item_key": key, "decision": decision, "fields": encoded, "reviewer": reviewer}


def _review_version(conn: Any, kind: str, key: str) -> int:
    table = schema.reviews
    query = select(func.max(table.c.version)).where(table.c.kind == kind, table.c.item_key == key)
    return conn.execute(query).scalar() or 0


def _review_row(row: Any) -> dict:
    values = dict(row)
    values["fields"] = json.loads(values["fields"] or "{}")
    return values


def apply_review(item: Any, review: dict | None) -> tuple[Any, str]:
    """The item as its latest review left it, and that review's state.

    >>> from parley.core import Span
    >>> p = Position("a", "i", "support", Span("d", 0, 3))
    >>> apply_review(p, {"decision": "correct", "fields": {"stance": "oppose"}})[0].stance
    'oppose'
    """
    if review is None or review["decision"] == "reset":
        return item, "machine"
    decision = review["decision"]
    state = {"accept": "accepted", "correct": "corrected", "reject": "rejected"}[decision]
    if decision == "correct":
        item = _CORRECTORS[type(item)](item, review["fields"])
    if isinstance(item, Position):
        item = replace(item, review_state=state)
    return item, state


def _correct_position(p: Position, fields: dict) -> Position:
    changes = {k: v for k, v in fields.items() if k in POSITION_FIELDS}
    if "date" in changes:
        changes["date"] = parse_optional_date(changes["date"])
    return replace(p, **changes)


def _correct_quote(q: Quote, fields: dict) -> Quote:
    changes = {k: v for k, v in fields.items() if k in QUOTE_FIELDS}
    if "date" in changes:
        changes["date"] = parse_optional_date(changes["date"])
        changes["date_source"] = "text"
    return replace(q, **changes)


_CORRECTORS: dict[type, Callable[[Any, dict], Any]] = {Position: _correct_position, Quote: _correct_quote}
