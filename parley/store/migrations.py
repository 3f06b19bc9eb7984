"""Schema migrations: an ordered list of steps, each applied once, in one transaction.

A store records every applied step in ``schema_version``. A new project runs
every step from 1, exactly as an old project catching up does, so the steps are
exercised on every open of a fresh store. Opening a store whose version is newer
than this code knows is refused rather than risked. Steps are frozen once
released: a change of schema is a new step at the end.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from sqlalchemy import Connection, inspect, select, text, update
from sqlalchemy.sql.functions import func

from parley.core.errors import StoreError

from . import schema

Step = Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    schema.metadata_at(1).create_all(conn)
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts "
            "USING fts5(doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
        ))


# (index name, table, columns) of step 2.
_ITEM_TABLES_V1 = ("sentences", "mentions", "candidates", "quotes", "positions")
_QUERY_INDEXES = (
    *((f"ix_{name}_doc", name, "doc_id") for name in _ITEM_TABLES_V1),
    ("ix_documents_source", "documents", "source_key, version"),
    ("ix_positions_actor_issue", "positions", "actor, issue"),
)


def _create_indexes(conn: Connection) -> None:
    for name, table, columns in _QUERY_INDEXES:
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})"))
    # One row per review version of an item: two simultaneous reviews cannot both win.
    conn.execute(text(
        "CREATE UNIQUE INDEX IF NOT EXISTS ix_reviews_item ON reviews (kind, item_key, version)"))


def _add_date_precisions(conn: Connection) -> None:
    """Explicit date precision beside each ISO date, filled in for existing rows."""
    _add_columns(conn, 3)
    for table, date, precision in (
        (schema.documents, "published", "published_precision"),
        (schema.quotes, "date", "date_precision"),
        (schema.positions, "date", "date_precision"),
    ):
        length = func.length(table.c[date])
        for size, name in ((4, "year"), (7, "month"), (10, "day")):
            conn.execute(update(table).where(length == size).values({precision: name}))


def _add_columns(conn: Connection, version: int) -> None:
    """``ALTER TABLE … ADD COLUMN`` for every column that schema ``version`` added."""
    for table in schema.metadata.sorted_tables:
        for column in table.columns:
            if schema.added_in(column) == version:
                kind = column.type.compile(dialect=conn.dialect)
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))


def _one_current_version(conn: Connection) -> None:
    """At most one current version per source, even when two processes race; look-up indexes."""
    # Before the index, a race could leave two current versions: keep the newest.
    conn.execute(text(
        "UPDATE documents SET is_current = :no WHERE is_current AND EXISTS ("
        "SELECT 1 FROM documents newer WHERE newer.source_key = documents.source_key "
        "AND newer.is_current AND (newer.version, newer.id) > (documents.version, documents.id))"
    ), {"no": False})
    conn.execute(text(
        "CREATE UNIQUE INDEX IF NOT EXISTS ix_documents_one_current "
        "ON documents (source_key) WHERE is_current"
    ))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_name ON documents (name)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_extractions_signature ON extractions (signature)"))
    if conn.dialect.name == "postgresql":  # full-text search without an FTS5 table
        conn.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_documents_fulltext ON documents "
            f"USING gin ({FULLTEXT_VECTOR})"
        ))


# The PostgreSQL text-search vector of a document (also used by the search query,
# which must repeat the indexed expression exactly for the index to be used).
FULLTEXT_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"

MIGRATIONS: tuple[tuple[int, str, Step], ...] = (
    (1, "tables and full-text index", _create_tables),
    (2, "query indexes", _create_indexes),
    (3, "date precision columns", _add_date_precisions),
    (4, "one current version per source, look-up indexes", _one_current_version),
)
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The highest applied step, 0 for an empty database."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(select(func.max(schema.schema_version.c.version))).scalar() or 0


def check_version(conn: Connection, where: str) -> int:
    """The store's version; refuses one newer than this code or a foreign database."""
    version = current_version(conn)
    if version > LATEST:
        raise StoreError(
            f"{where}: the project was written by a newer Parley (schema v{version}, "
            f"this one knows v{LATEST}); upgrade Parley to open it"
        )
    if version == 0:
        _refuse_foreign(conn, where)
    return version


def migrate(conn: Connection, where: str) -> int:
    """Apply every missing step inside the caller's transaction; returns the version reached."""
    version = check_version(conn, where)
    for number, _, step in MIGRATIONS:
        if number > version:
            step(conn)
            conn.execute(schema.schema_version.insert().values(version=number, applied_at=now()))
    return max(version, LATEST)


def _refuse_foreign(conn: Connection, where: str) -> None:
    tables = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
    if tables:
        shown = ", ".join(sorted(tables)[:5])
        raise StoreError(f"{where}: a database that is not a Parley project (it has tables {shown})")


def now() -> str:
    """UTC time stamp in ISO form (microseconds, so that ingest order sorts)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")
