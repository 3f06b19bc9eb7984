"""Schema migrations: an ordered list of steps, each applied once, in a transaction.

A store records every applied step in ``schema_version``. Opening a store whose
version is newer than this code knows is refused rather than risked.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from sqlalchemy import Connection, inspect, select, text

from parley.core.errors import StoreError

from . import schema

Step = Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn)
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts "
            "USING fts5(doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
        ))


def _create_indexes(conn: Connection) -> None:
    for statement in schema.index_statements():
        conn.execute(text(statement))


MIGRATIONS: tuple[tuple[int, str, Step], ...] = (
    (1, "tables and full-text index", _create_tables),
    (2, "query indexes", _create_indexes),
)
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The highest applied step, 0 for an empty database."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    found = conn.execute(select(schema.schema_version.c.version)).scalars().all()
    return max(found, default=0)


def migrate(conn: Connection, where: str) -> int:
    """Apply every missing step; returns the version reached."""
    version = current_version(conn)
    if version > LATEST:
        raise StoreError(
            f"{where}: the project was written by a newer Parley (schema v{version}, "
            f"this one knows v{LATEST}); upgrade Parley to open it"
        )
    if version == 0:
        _refuse_foreign(conn, where)
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
    """UTC time stamp in ISO form."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
