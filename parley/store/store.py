"""The project store: one SQLite file (or a PostgreSQL database) per project.

>>> import tempfile, pathlib
>>> from parley.core import Document
>>> path = pathlib.Path(tempfile.mkdtemp()) / "demo.db"
>>> with Store.open(path) as store:
...     store.add_document(Document.from_text("Baku and Yerevan talk.", name="d")).status
'new'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from parley.core.errors import NotFoundError, ReviewConflictError, StoreError
from parley.core.types import Document

from . import convert, schema
from .items import ItemQueries
from .migrations import migrate, now

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class AddResult:
    """What ``add_document`` did: ``new``, ``unchanged`` or ``version`` (a changed source)."""

    status: str
    doc_id: str
    version: int


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result."""

    document_id: str
    name: str | None
    title: str | None
    snippet: str
    rank: float


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL; a path's folder is created."""
    value = str(target)
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    _check_sqlite_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; expected a project file such as parley.db")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise StoreError(f"{path}: not a Parley project (not an SQLite database file)")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


class Store(ItemQueries):
    """A Parley project. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, engine: Engine, where: str) -> None:
        self.engine = engine
        self.where = where
        self.is_sqlite = engine.dialect.name == "sqlite"
        try:
            with engine.begin() as conn:
                self.schema_version = migrate(conn, where)
        except SQLAlchemyError as err:
            engine.dispose()
            raise StoreError(f"{where}: cannot open the project ({_reason(err)})") from None

    @classmethod
    def open(cls, target: str | Path) -> "Store":
        """Open (creating and migrating on first use) the project at a path or URL."""
        url = database_url(target)
        try:
            engine = create_engine(url)
        except (SQLAlchemyError, ImportError, ValueError) as err:
            raise StoreError(f"{target}: not a usable database URL ({err})") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        return cls(engine, str(target))

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- settings ---------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        """A project setting (``None`` when unset)."""
        with self.engine.connect() as conn:
            return conn.execute(select(schema.settings.c.value).where(schema.settings.c.key == key)).scalar()

    def set_setting(self, key: str, value: str) -> None:
        """Set a project setting (replacing an earlier value)."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.settings).where(schema.settings.c.key == key))
            conn.execute(insert(schema.settings).values(key=key, value=value))

    # -- documents --------------------------------------------------------------

    def add_document(self, doc: Document) -> AddResult:
        """Store a document; the same text again is a no-op, a changed source a new version."""
        source = doc.source_path or doc.name or doc.id
        with self.engine.begin() as conn:
            existing = conn.execute(select(schema.documents.c.version).where(schema.documents.c.id == doc.id)).first()
            if existing:
                return AddResult("unchanged", doc.id, existing.version)
            previous = self._current_of_source(conn, source)
            version = previous.version + 1 if previous else 1
            if previous:
                conn.execute(update(schema.documents).where(schema.documents.c.id == previous.id).values(is_current=False))
            values = convert.document_values(doc)
            conn.execute(insert(schema.documents).values(
                **values, source_key=source, version=version, is_current=True,
                supersedes=previous.id if previous else None, ingested_at=now()))
            self._index_text(conn, doc)
        return AddResult("version" if previous else "new", doc.id, version)

    def _current_of_source(self, conn, source: str):
        table = schema.documents
        query = select(table.c.id, table.c.version).where(table.c.source_key == source, table.c.is_current)
        return conn.execute(query).first()

    def _index_text(self, conn, doc: Document) -> None:
        if self.is_sqlite:
            conn.execute(text("INSERT INTO documents_fts(doc_id, title, text) VALUES (:i, :t, :x)"),
                         {"i": doc.id, "t": doc.title or "", "x": doc.text})

    def documents(self, current_only: bool = True) -> list[Document]:
        """Every document (only current versions unless asked), in ingest order."""
        table = schema.documents
        query = select(table).order_by(table.c.ingested_at, table.c.name, table.c.id)
        if current_only:
            query = query.where(table.c.is_current)
        with self.engine.connect() as conn:
            return [convert.row_document(r._mapping) for r in conn.execute(query)]

    def document(self, doc_id: str) -> Document:
        """One document by id."""
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.documents).where(schema.documents.c.id == doc_id)).first()
        if row is None:
            raise NotFoundError(f"{self.where}: no document {doc_id!r}")
        return convert.row_document(row._mapping)

    def document_by_name(self, name: str) -> Document:
        """The current document with this name."""
        table = schema.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.name == name, table.c.is_current)).first()
        if row is None:
            raise NotFoundError(f"{self.where}: no document named {name!r}")
        return convert.row_document(row._mapping)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over current documents; any user text is safe."""
        terms = re.findall(r"\w+", query)
        if not terms:
            return []
        if not self.is_sqlite:
            return self._search_like(terms, limit)
        match = " ".join('"' + t.replace('"', "") + '"' for t in terms)
        sql = text(
            "SELECT f.doc_id, d.name, d.title, snippet(documents_fts, 2, '[', ']', '…', 14) AS snip, "
            "bm25(documents_fts) AS rank FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
            "WHERE documents_fts MATCH :q AND d.is_current ORDER BY rank LIMIT :n"
        )
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(sql, {"q": match, "n": limit}).all()
        except OperationalError as err:
            raise StoreError(f"search failed for {query!r}: {_reason(err)}") from None
        return [SearchHit(r.doc_id, r.name, r.title, r.snip, r.rank) for r in rows]

    def _search_like(self, terms: list[str], limit: int) -> list[SearchHit]:
        table = schema.documents
        query = select(table.c.id, table.c.name, table.c.title, table.c.text).where(table.c.is_current)
        for term in terms:
            query = query.where(table.c.text.ilike(f"%{term}%"))
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit)).all()
        return [SearchHit(r.id, r.name, r.title, _snippet(r.text, terms[0]), 0.0) for r in rows]

    # -- runs -------------------------------------------------------------------

    def start_run(self, signature: str, note: str | None = None) -> int:
        """Record the start of an extraction or import run; returns its id."""
        with self.engine.begin() as conn:
            result = conn.execute(insert(schema.runs).values(signature=signature, note=note, started_at=now(), status="running"))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str = "ok") -> None:
        """Mark a run finished."""
        with self.engine.begin() as conn:
            conn.execute(update(schema.runs).where(schema.runs.c.id == run_id).values(finished_at=now(), status=status))

    # -- reviews ----------------------------------------------------------------

    def record_review(self, kind: str, key: str, decision: str, fields: dict | None,
                      reviewer: str, expected_version: int) -> int:
        """Store a reviewer's decision; refuses if someone else reviewed the item meanwhile.

        ``expected_version`` is the version the reviewer saw (0 for an unreviewed item);
        the new version is returned. Reviews are never deleted: undoing is a newer review.
        """
        table = schema.reviews
        try:
            with self.engine.begin() as conn:
                latest = self._review_version(conn, kind, key)
                if latest != expected_version:
                    raise ReviewConflictError(
                        f"{kind} {key} was reviewed by someone else meanwhile (version {latest}, "
                        f"you saw {expected_version}); reload and decide again")
                conn.execute(insert(table).values(
                    kind=kind, item_key=key, decision=decision, fields=json.dumps(fields or {}),
                    reviewer=reviewer, created_at=now(), version=latest + 1))
        except IntegrityError:
            raise ReviewConflictError(f"{kind} {key} was reviewed by someone else at the same moment") from None
        return expected_version + 1

    def _review_version(self, conn, kind: str, key: str) -> int:
        table = schema.reviews
        query = select(func.max(table.c.version)).where(table.c.kind == kind, table.c.item_key == key)
        return conn.execute(query).scalar() or 0

    def reviews_for(self, kind: str, key: str) -> list[dict]:
        """The review history of one item, oldest first."""
        table = schema.reviews
        query = select(table).where(table.c.kind == kind, table.c.item_key == key).order_by(table.c.version)
        with self.engine.connect() as conn:
            return [_review_row(r._mapping) for r in conn.execute(query)]

    def latest_reviews(self, kind: str) -> dict[str, dict]:
        """Item key → its latest review, for every reviewed item of one kind."""
        table = schema.reviews
        query = select(table).where(table.c.kind == kind).order_by(table.c.version)
        with self.engine.connect() as conn:
            return {r.item_key: _review_row(r._mapping) for r in conn.execute(query)}

    # -- export -----------------------------------------------------------------

    def table_names(self) -> list[str]:
        """Every table, in export order."""
        return list(schema.EXPORT_ORDER)

    def rows(self, table: str) -> Iterator[dict]:
        """Every row of one table as plain values."""
        if table not in schema.metadata.tables:
            raise NotFoundError(f"no table {table!r}; tables: {', '.join(self.table_names())}")
        with self.engine.connect() as conn:
            for row in conn.execute(select(schema.metadata.tables[table])):
                yield dict(row._mapping)

    def counts(self) -> dict[str, int]:
        """Rows per table (documents: current versions only)."""
        out = {}
        with self.engine.connect() as conn:
            for name in ("documents", "sentences", "mentions", "candidates", "quotes", "positions", "reviews"):
                table = schema.metadata.tables[name]
                query = select(func.count()).select_from(table)
                if name == "documents":
                    query = query.where(table.c.is_current)
                out[name] = conn.execute(query).scalar() or 0
        return out


def _review_row(row: Any) -> dict:
    values = dict(row)
    values["fields"] = json.loads(values["fields"] or "{}")
    return values


def _snippet(body: str, term: str, width: int = 80) -> str:
    at = body.lower().find(term.lower())
    start = max(0, at - width // 2)
    return ("…" if start else "") + body[start : start + width] + "…"


def _reason(err: Exception) -> str:
    return str(getattr(err, "orig", err)).splitlines()[0]
