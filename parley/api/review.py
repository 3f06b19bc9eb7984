"""The review workflow: a queue of extracted items, people's decisions, and their agreement.

The queue lists the machine's positions and quotes least certain first. A reviewer
*accepts*, *corrects* (speaker, actor, issue, stance, modality, date) or *rejects*
an item; every decision is stored with the reviewer and the time (never deleted:
:func:`undo` is a newer decision) and every analysis applies it from then on,
because the store's reads apply the latest review. A decision names the review
version its author saw, so two reviewers never overwrite each other silently: the
later one gets :class:`~parley.core.errors.ReviewConflictError`.

:class:`LiveProject` is an open project for long-running interfaces (the web
dashboard): it answers the store's reads from memory until the data changes.

>>> import tempfile, pathlib
>>> from parley.core import Document, ExtractionResult, Position
>>> path = pathlib.Path(tempfile.mkdtemp()) / "p.db"
>>> doc = Document.from_text("Veloria backs the treaty.", name="d1")
>>> with opened(path) as store:
...     _ = store.add_document(doc)
...     store.save_extraction(ExtractionResult(doc.id, positions=(
...         Position("veloria", "treaty", "support", doc.span(0, 25), confidence=0.4),)), "t")
>>> item = review_queue(path).items[0]
>>> (item.kind, item.machine["stance"], item.version)
('position', 'support', 0)
>>> decide(path, "position", item.key, "correct", "ana", 0, {"stance": "oppose"}).current["stance"]
'oppose'
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator


from parley.core.dates import parse_optional_date
from parley.core.errors import ConfigError, NotFoundError, ValidationError
from parley.core.types import MODALITIES, STANCES, Codebook, Document, Position, Quote
from parley.store import Store

REVIEW_KINDS = ("position", "quote")
DECISIONS = ("accept", "correct", "reject")
QUEUE_STATUSES = ("pending", "reviewed", "all")
# What a reviewer may correct, per kind of item (a quote's "actor" is its speaker's actor).
CORRECTABLE = {"position": ("speaker", "actor", "issue", "stance", "modality", "date"),
               "quote": ("speaker", "actor", "date")}
QUOTE_STORE_FIELDS = {"actor": "speaker_actor"}
MAX_FIELD = 500
MAX_REVIEWER = 100
CONTEXT = 160


# --------------------------------------------------------------------------- open projects


def _is_store(target: Any) -> bool:
    return hasattr(target, "positions") and hasattr(target, "documents")


@contextmanager
def opened(target: Any) -> Iterator[Any]:
    """An open store: ``target`` itself when it is one (or a :class:`LiveProject`)."""
    if _is_store(target):
        with nullcontext(target) as store:
            yield store
        return
    with Store.open(target) as store:
        yield store


def memo(target: Any, key: tuple, compute: Callable[[], Any], reviews: bool = True) -> Any:
    """``compute()``, remembered by a :class:`LiveProject` until its data changes."""
    if isinstance(target, LiveProject):
        return target.memo(key, compute, reviews)
    return compute()


@dataclass(frozen=True)
class Stamp:
    """What a project holds, cheaply: ``items`` changes with documents and extraction
    results, ``reviews`` (the id of the newest review) with every decision."""

    items: tuple
    reviews: int


class _ItemCache:
    """One kind of item of every document; after a review only its document is re-read."""

    def __init__(self, kind: str, read: Callable[[Any, str | None], list]) -> None:
        self.kind, self.read = kind, read
        self.lock = threading.Lock()
        self.by_doc: dict[str, list] | None = None
        self.stamp: Stamp | None = None
        self.items: tuple = ()

    def get(self, store: Any, stamp: Stamp) -> tuple:
        with self.lock:
            if self.by_doc is None or self.stamp is None or self.stamp.items != stamp.items:
                self.by_doc = {}
                for item in self.read(store, None):
                    self.by_doc.setdefault(item.span.doc_id, []).append(item)
            elif self.stamp.reviews != stamp.reviews:
                for doc_id in store.reviewed_documents(self.kind, self.stamp.reviews):
                    self.by_doc[doc_id] = self.read(store, doc_id)
            else:
                return self.items
            self.stamp = stamp
            self.items = tuple(itertools.chain.from_iterable(self.by_doc.values()))
            return self.items


class LiveProject:
    """An open project whose reads are answered from memory until the data changes.

    It offers the store's read calls (``documents``, ``positions``, ``quotes`` …), so
    every ``parley.api`` function accepts it as its ``target``; after a review only
    the reviewed document's items are read again. Thread-safe; close it when done.
    """

    MEMO_SIZE = 64
    # How long a stamp is trusted (seconds). Writes made through this object are seen at
    # once; writes by another process (a running ``parley extract``) within this delay.
    STAMP_TTL = 0.5
    WRITES = frozenset({"record_review", "add_document", "save_extraction", "set_setting",
                        "start_run", "finish_run"})

    def __init__(self, target: Any) -> None:
        self.store = target if _is_store(target) else Store.open(target)
        self.where = str(getattr(self.store, "where", target))
        self._memo: OrderedDict[tuple, tuple[Any, Any]] = OrderedDict()
        self._locks: dict[tuple, threading.Lock] = {}
        self._guard = threading.Lock()
        self._positions = _ItemCache("position", lambda s, d: s.positions(d, include_rejected=True))
        self._quotes = _ItemCache("quote", lambda s, d: s.quotes(d))
        self._stamp: tuple[float, Stamp] | None = None
        self._writes = 0  # a stamp read while a write happened is not kept

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.store, name)  # writes and uncached reads go to the store
        if name not in self.WRITES:
            return found

        def write(*args: Any, **kwargs: Any) -> Any:
            try:
                return found(*args, **kwargs)
            finally:
                self._writes += 1
                self._stamp = None  # the next read sees this write

        return write

    def close(self) -> None:
        """Release the store's connections."""
        self.store.close()

    def stamp(self) -> Stamp:
        """The project's current :class:`Stamp` (one small query, trusted for ``STAMP_TTL``)."""
        known = self._stamp
        if known is not None and time.monotonic() - known[0] < self.STAMP_TTL:
            return known[1]
        asked, writes = time.monotonic(), self._writes
        newest_review, items = self.store.change_stamp()
        found = Stamp(items, newest_review)
        if writes == self._writes:
            self._stamp = (asked, found)
        return found

    def memo(self, key: tuple, compute: Callable[[], Any], reviews: bool = True) -> Any:
        """``compute()`` remembered under ``key`` until the items (or, with ``reviews``,
        the reviews) change; one computation at a time per key."""
        current = self.stamp()
        version = current if reviews else current.items
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._guard:
                found = self._memo.get(key)
            if found is not None and found[0] == version:
                return found[1]
            value = compute()
            with self._guard:
                self._memo[key] = (version, value)
                self._memo.move_to_end(key)
                while len(self._memo) > self.MEMO_SIZE:
                    self._memo.popitem(last=False)
            return value

    def documents(self, current_only: bool = True) -> list[Document]:
        """As :meth:`Store.documents`, remembered."""
        return self.memo(("documents", current_only),
                         lambda: self.store.documents(current_only), reviews=False)

    def document(self, doc_id: str) -> Document:
        """As :meth:`Store.document`, from the remembered documents when there."""
        found = self.memo(("documents-by-id",), lambda: {d.id: d for d in self.documents(False)},
                          reviews=False).get(doc_id)
        return found if found is not None else self.store.document(doc_id)

    def positions(self, doc_id: str | None = None, include_rejected: bool = False) -> list[Position]:
        """As :meth:`Store.positions`; the whole project's are kept up to date in memory."""
        if doc_id is not None:
            return self.store.positions(doc_id, include_rejected)
        found = self._positions.get(self.store, self.stamp())
        return list(found if include_rejected else (p for p in found if p.review_state != "rejected"))

    def quotes(self, doc_id: str | None = None, include_rejected: bool = False) -> list[Quote]:
        """As :meth:`Store.quotes`; the whole project's (rejected left out) from memory."""
        if doc_id is not None or include_rejected:
            return self.store.quotes(doc_id, include_rejected)
        return list(self._quotes.get(self.store, self.stamp()))


# --------------------------------------------------------------------------- queue


@dataclass(frozen=True)
class MachineEntry:
    """A machine-made item as extracted, with its review key."""

    kind: str
    key: str
    confidence: float
    item: Any


def _machine_rows(store: Any, doc_id: str | None = None) -> list[MachineEntry]:
    return [MachineEntry(kind, key, float(item.confidence), item)
            for kind, key, item in store.machine_items(doc_id)]


def machine_entries(target: Any, store: Any) -> tuple[tuple[MachineEntry, ...], dict[str, set]]:
    """Every machine item, least certain first, and the keys of each kind."""
    def compute():
        entries = tuple(sorted(_machine_rows(store), key=lambda e: (e.confidence, e.kind, e.key)))
        keys = {k: {e.key for e in entries if e.kind == k} for k in REVIEW_KINDS}
        return entries, keys

    return memo(target, ("machine-items",), compute, reviews=False)


def latest_reviews(target: Any, store: Any, kind: str) -> dict[str, dict]:
    """Item key → latest review of one kind (remembered by a live project)."""
    return memo(target, ("latest-reviews", kind), lambda: store.latest_reviews(kind))


@dataclass(frozen=True)
class ReviewItem:
    """One extracted item as a reviewer sees it.

    ``machine`` holds the fields as extracted, ``current`` as the latest decision
    left them (``None`` when rejected); ``version`` is the number of decisions so
    far, which the next decision must name as its ``expected_version``.
    """

    kind: str
    key: str
    version: int
    doc_id: str
    document: str
    start: int
    end: int
    evidence: str
    before: str
    after: str
    confidence: float
    extractor: str
    machine: dict[str, str | None]
    current: dict[str, str | None] | None
    decision: str | None = None
    reviewer: str | None = None
    reviewed_at: str | None = None
    history: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewQueue:
    """One page of the queue and the counts behind it."""

    items: list[ReviewItem]
    kind: str
    status: str
    offset: int
    limit: int
    total: int
    pending: int
    reviewed: int


def item_fields(kind: str, item: Any) -> dict[str, str | None]:
    """The reviewable fields of a position or quote as plain strings."""
    date = item.date.iso() if item.date else None
    if kind == "quote":
        return {"speaker": item.speaker, "actor": item.speaker_actor, "date": date,
                "text": item.text}
    return {"actor": item.actor, "issue": item.issue, "stance": item.stance,
            "modality": item.modality, "via": item.via, "speaker": item.speaker, "date": date}


def current_fields(kind: str, machine: dict, review: dict | None) -> dict | None:
    """The fields as ``review`` left them: ``None`` when rejected, corrections applied."""
    if review is None or review["decision"] == "accept":
        return dict(machine)
    if review["decision"] == "reject":
        return None
    fixes = {("actor" if kind == "quote" and k == "speaker_actor" else k): v
             for k, v in review["fields"].items()}
    return {**machine, **fixes}


def _item(store: Any, entry: MachineEntry, latest: dict | None, history: list[dict] | None = None) -> ReviewItem:
    span = entry.item.span
    doc = store.document(span.doc_id)
    machine = item_fields(entry.kind, entry.item)
    return ReviewItem(
        kind=entry.kind, key=entry.key, version=latest["version"] if latest else 0,
        doc_id=span.doc_id, document=doc.name or doc.title or doc.id, start=span.start,
        end=span.end, evidence=span.text_in(doc.text),
        before=doc.text[max(0, span.start - CONTEXT):span.start],
        after=doc.text[span.end:span.end + CONTEXT], confidence=entry.confidence,
        extractor=entry.item.extractor, machine=machine,
        current=current_fields(entry.kind, machine, latest),
        decision=latest["decision"] if latest else None,
        reviewer=latest["reviewer"] if latest else None,
        reviewed_at=str(latest["created_at"]) if latest else None, history=history or [],
    )


def check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    """A clear :class:`ValidationError` when ``value`` is not one of ``allowed``."""
    if value not in allowed:
        raise ValidationError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")


def review_queue(target: Any, kind: str = "all", status: str = "pending", limit: int = 20,
                 offset: int = 0) -> ReviewQueue:
    """Machine-made items, least certain first: ``pending`` (never reviewed), ``reviewed`` or ``all``."""
    check_choice("kind", kind, ("all", *REVIEW_KINDS))
    check_choice("status", status, QUEUE_STATUSES)
    if limit < 1 or offset < 0:
        raise ValidationError(f"limit must be ≥ 1 and offset ≥ 0; got {limit} and {offset}")
    kinds = REVIEW_KINDS if kind == "all" else (kind,)
    with opened(target) as store:
        entries, keys = machine_entries(target, store)
        latest = {k: latest_reviews(target, store, k) for k in kinds}
        wanted = {"pending": False, "reviewed": True}.get(status)
        chosen = (e for e in entries if e.kind in kinds
                  and (wanted is None or (e.key in latest[e.kind]) == wanted))
        page = [_item(store, e, latest[e.kind].get(e.key))
                for e in itertools.islice(chosen, offset, offset + limit)]
    total = sum(len(keys[k]) for k in kinds)
    reviewed = sum(len(keys[k] & latest[k].keys()) for k in kinds)
    shown = {"pending": total - reviewed, "reviewed": reviewed, "all": total}[status]
    return ReviewQueue(page, kind, status, offset, limit, shown, total - reviewed, reviewed)


def _entry(store: Any, kind: str, key: str) -> MachineEntry:
    check_choice("kind", kind, REVIEW_KINDS)
    for entry in _machine_rows(store, key.split(":", 1)[0]):
        if entry.kind == kind and entry.key == key:
            return entry
    raise NotFoundError(f"{store.where}: no {kind} with key {key!r}")


def review_item(target: Any, kind: str, key: str) -> ReviewItem:
    """One item with its whole review history (oldest first)."""
    with opened(target) as store:
        history = store.reviews_for(kind, key)
        return _item(store, _entry(store, kind, key), history[-1] if history else None,
                     [_history_row(h) for h in history])


def _history_row(review: dict) -> dict:
    return {"version": review["version"], "decision": review["decision"],
            "fields": review["fields"], "reviewer": review["reviewer"],
            "at": str(review["created_at"])}


# --------------------------------------------------------------------------- decisions


def codebook_or_none(store: Any) -> Codebook | None:
    """The project's codebook, or ``None`` when it has none."""
    from .project import project_codebook

    try:
        return project_codebook(store)
    except ConfigError:
        return None


def _check_reviewer(reviewer: str) -> str:
    name = (reviewer or "").strip()
    if not name or len(name) > MAX_REVIEWER or not name.isprintable():
        raise ValidationError(f"a reviewer name of 1–{MAX_REVIEWER} printable characters is needed; "
                              f"got {reviewer!r}")
    return name


def _check_value(name: str, value: Any, book: Codebook | None) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if name in ("speaker", "date", "actor"):
            return None  # clearing who spoke or when is a correction too
        raise ValidationError(f"{name} cannot be empty")
    if not isinstance(value, str) or len(value) > MAX_FIELD:
        raise ValidationError(f"{name} must be text of at most {MAX_FIELD} characters")
    value = value.strip()
    allowed = {"stance": STANCES, "modality": MODALITIES,
               "actor": book.actor_ids if book else None, "issue": book.issue_ids if book else None}
    if allowed.get(name) is not None:
        check_choice(name, value, tuple(allowed[name]))
    if name == "date":
        return parse_optional_date(value).iso()  # type: ignore[union-attr]
    return value


def checked_fields(kind: str, decision: str, fields: dict | None, book: Codebook | None) -> dict | None:
    """The corrections of a ``correct`` decision, validated and in the store's field names."""
    if decision != "correct":
        if fields:
            raise ValidationError(f"only a correction carries fields; {decision!r} got {sorted(fields)}")
        return None
    if not fields:
        raise ValidationError(f"a correction needs at least one of {', '.join(CORRECTABLE[kind])}")
    unknown = sorted(set(fields) - set(CORRECTABLE[kind]))
    if unknown:
        raise ValidationError(f"a {kind} cannot correct {', '.join(unknown)}; "
                              f"only {', '.join(CORRECTABLE[kind])}")
    if kind == "position" and any(fields.get(k) in (None, "") for k in ("actor", "issue") if k in fields):
        raise ValidationError("a position's actor and issue cannot be empty")
    checked = {name: _check_value(name, value, book) for name, value in fields.items()}
    if kind == "quote":
        return {QUOTE_STORE_FIELDS.get(k, k): v for k, v in checked.items()}
    return checked


def decide(target: Any, kind: str, key: str, decision: str, reviewer: str,
           expected_version: int, fields: dict | None = None) -> ReviewItem:
    """Record ``reviewer``'s decision on an item and return the item as it now stands.

    ``expected_version`` is the item's ``version`` the reviewer saw; when someone
    decided meanwhile, :class:`~parley.core.errors.ReviewConflictError` is raised.
    """
    check_choice("kind", kind, REVIEW_KINDS)
    check_choice("decision", decision, DECISIONS)
    name = _check_reviewer(reviewer)
    with opened(target) as store:
        _entry(store, kind, key)
        stored = checked_fields(kind, decision, fields, codebook_or_none(store))
        store.record_review(kind, key, decision, stored, name, int(expected_version))
        return review_item(store, kind, key)


def undo(target: Any, kind: str, key: str, reviewer: str, expected_version: int) -> ReviewItem:
    """Take back the latest decision: the one before it is recorded again (as a newer
    decision, so the history stays); undoing a first decision resets the item to the
    machine's version (unreviewed again)."""
    name = _check_reviewer(reviewer)
    with opened(target) as store:
        _entry(store, kind, key)
        history = store.reviews_for(kind, key)
        if not history:
            raise ValidationError(f"{kind} {key} has no decision to undo")
        before = history[-2] if len(history) > 1 else {"decision": "reset", "fields": {}}
        store.record_review(kind, key, before["decision"], before["fields"] or None, name,
                            int(expected_version))
        return review_item(store, kind, key)

