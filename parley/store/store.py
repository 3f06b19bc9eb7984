"""The project store: one SQLite file (or a PostgreSQL database) per project.

>>> import tempfile, pathlib
>>> from parley.core import Document
>>> path = pathlib.Path(tempfile.mkdtemp()) / "demo.db"
>>> with Store.open(path) as store:
...     store.add_document(Document.from_text("Baku and Yerevan talk.", name="d")).status
'new'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from parley.core.errors import NotFoundError, StoreError
from parley.core.types import Document

from . import convert, schema
from .connection import database_url, make_engine, reason, shown_url, write_transaction
from .changes import ChangeQueries
from .items import ItemQueries
from .migrations import LATEST, check_version, migrate, now
from .reviews import ReviewQueries
from .search import SearchQueries, index_text

# How often add_document retries after losing a race to another writer (PostgreSQL).
_ADD_ATTEMPTS = 3


@dataclass(frozen=True)
class AddResult:
    """What ``add_document`` did: ``new``, ``unchanged`` or ``version`` (a changed source)."""

    status: str
    doc_id: str
    version: int


class Store(ItemQueries, ReviewQueries, SearchQueries, ChangeQueries):
    """A Parley project. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, engine: Engine, where: str) -> None:
        self.engine = engine
        self.where = where
        try:
            self.schema_version = self._migrate()
        except SQLAlchemyError as err:
            engine.dispose()
            raise StoreError(f"{where}: cannot open the project ({reason(err)})") from None
        except BaseException:
            engine.dispose()
            raise

    def _migrate(self) -> int:
        # Check in a read transaction first: the usual up-to-date open takes no write lock.
        with self.reading() as conn:
            version = check_version(conn, self.where)
        if version == LATEST:
            return version
        with write_transaction(self.engine) as conn:
            return migrate(conn, self.where)

    @classmethod
    def open(cls, target: str | Path) -> "Store":
        """Open the project at a path or URL, creating and migrating it as needed.

        A path is an SQLite file (its folder is created); a URL such as
        ``postgresql+psycopg://user@host/db`` names a database server.
        """
        url = database_url(target)
        where = shown_url(target)
        return cls(make_engine(url, where), where)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.where!r})"

    # -- settings ---------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        """A project setting (``None`` when unset)."""
        table = schema.settings
        with self.reading() as conn:
            return conn.execute(select(table.c.value).where(table.c.key == key)).scalar()

    def set_setting(self, key: str, value: str) -> None:
        """Set a project setting (replacing an earlier value)."""
        with self.writing(f"set {key}") as conn:
            conn.execute(delete(schema.settings).where(schema.settings.c.key == key))
            conn.execute(insert(schema.settings).values(key=key, value=value))

    # -- documents --------------------------------------------------------------

    def add_document(self, doc: Document) -> AddResult:
        """Store a document; the same text again is a no-op, a changed source a new version.

        A source is its ``source_path`` (else its ``name``): a different text from the
        same source becomes version n+1, superseding the current one. The same text
        from anywhere is ``unchanged`` and nothing is written — except when it is an
        earlier version of this very source, which becomes current again (``version``).
        """
        for attempt in range(_ADD_ATTEMPTS):
            try:
                with self.writing(f"add {doc.name or doc.id}", keep=(IntegrityError,)) as conn:
                    return _add_document(conn, doc)
            except IntegrityError as err:  # another process added the same source meanwhile
                if attempt == _ADD_ATTEMPTS - 1:
                    name = doc.name or doc.id
                    raise StoreError(f"{self.where}: could not add {name} ({reason(err)})") from None
        raise AssertionError("unreachable")

    def documents(self, current_only: bool = True) -> list[Document]:
        """Every document (only current versions unless asked), in ingest order."""
        table = schema.documents
        query = select(table).order_by(table.c.ingested_at, table.c.name, table.c.id)
        if current_only:
            query = query.where(table.c.is_current)
        with self.reading() as conn:
            return [convert.row_document(r._mapping) for r in conn.execute(query)]

    def document(self, doc_id: str) -> Document:
        """One document by id (any version); :class:`NotFoundError` when absent."""
        with self.reading() as conn:
            row = conn.execute(select(schema.documents).where(schema.documents.c.id == doc_id)).first()
        if row is None:
            raise NotFoundError(f"{self.where}: no document {doc_id!r}")
        return convert.row_document(row._mapping)

    def document_by_name(self, name: str) -> Document:
        """The current document with this name; :class:`NotFoundError` when absent."""
        table = schema.documents
        query = select(table).where(table.c.name == name, table.c.is_current).order_by(table.c.ingested_at)
        with self.reading() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise NotFoundError(f"{self.where}: no document named {name!r}")
        return convert.row_document(row._mapping)

    def document_version(self, doc_id: str) -> dict[str, Any]:
        """Version bookkeeping of a document: version, supersedes, is_current, ingested_at."""
        table = schema.documents
        query = select(table.c.version, table.c.supersedes, table.c.is_current, table.c.ingested_at)
        with self.reading() as conn:
            row = conn.execute(query.where(table.c.id == doc_id)).first()
        if row is None:
            raise NotFoundError(f"{self.where}: no document {doc_id!r}")
        return dict(row._mapping)

    # -- runs -------------------------------------------------------------------

    def start_run(self, signature: str, note: str | None = None) -> int:
        """Record the start of an extraction or import run; returns its id."""
        with self.writing("record a run") as conn:
            result = conn.execute(insert(schema.runs).values(
                signature=signature, note=note, started_at=now(), status="running"))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str = "ok") -> None:
        """Mark a run finished with ``status`` (``ok``, ``partial``, ``failed``…)."""
        with self.writing(f"finish run {run_id}") as conn:
            done = conn.execute(update(schema.runs).where(schema.runs.c.id == run_id)
                                .values(finished_at=now(), status=status))
        if done.rowcount == 0:
            raise NotFoundError(f"{self.where}: no run {run_id}")

    def runs(self) -> list[dict]:
        """Every run, oldest first."""
        return list(self.rows("runs"))

    # -- export -----------------------------------------------------------------

    def table_names(self) -> list[str]:
        """Every table, in export order."""
        return list(schema.EXPORT_ORDER)

    def rows(self, table: str) -> Iterator[dict]:
        """Every row of one table as plain JSON-able values, in a stable order."""
        if table not in schema.metadata.tables:
            raise NotFoundError(f"no table {table!r}; tables: {', '.join(self.table_names())}")
        found = schema.metadata.tables[table]
        with self.reading() as conn:
            for row in conn.execute(select(found).order_by(*found.primary_key.columns)):
                yield dict(row._mapping)

    def counts(self) -> dict[str, int]:
        """Rows per table (documents: current versions only)."""
        out = {}
        with self.reading() as conn:
            for name in ("documents", "sentences", "mentions", "candidates", "quotes", "positions",
                         "reviews", "runs", "extractions"):
                table = schema.metadata.tables[name]
                query = select(func.count()).select_from(table)
                if name == "documents":
                    query = query.where(table.c.is_current)
                out[name] = conn.execute(query).scalar() or 0
        return out


def _add_document(conn: Any, doc: Document) -> AddResult:
    table = schema.documents
    source = doc.source_path or doc.name or doc.id
    stored = select(table.c.version, table.c.is_current, table.c.source_key).where(table.c.id == doc.id)
    existing = conn.execute(stored).first()
    if existing and not existing.is_current and existing.source_key == source:
        # The source went back to an earlier text: that version is current again.
        _retire_current(conn, source)
        conn.execute(update(table).where(table.c.id == doc.id).values(is_current=True))
        return AddResult("version", doc.id, existing.version)
    if existing:
        return AddResult("unchanged", doc.id, existing.version)
    previous = _retire_current(conn, source)
    version = previous.version + 1 if previous else 1
    conn.execute(insert(table).values(
        **convert.document_values(doc), source_key=source, version=version, is_current=True,
        supersedes=previous.id if previous else None, ingested_at=now()))
    index_text(conn, doc)
    return AddResult("version" if previous else "new", doc.id, version)


def _retire_current(conn: Any, source: str) -> Any:
    """Mark the source's current version superseded; returns its (id, version) or ``None``."""
    table = schema.documents
    query = select(table.c.id, table.c.version).where(table.c.source_key == source, table.c.is_current)
    previous = conn.execute(query).first()
    if previous:
        conn.execute(update(table).where(table.c.id == previous.id).values(is_current=False))
    return previous
