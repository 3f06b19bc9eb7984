"""Turning a project path or database URL into a SQLAlchemy engine, safely.

SQLite gets WAL (readers never block the writer), a busy timeout (a second process
waits instead of failing), foreign keys, and real transactions: the ``sqlite3``
driver's own transaction handling is switched off (it would run DDL and the reads
before a write outside any transaction), and each transaction is opened by us —
``BEGIN IMMEDIATE`` for writes, so two processes that read-then-write are serialized.

>>> database_url("postgresql+psycopg://u:secret@db/parley")
'postgresql+psycopg://u:secret@db/parley'
>>> shown_url("postgresql+psycopg://u:secret@db/parley")
'postgresql+psycopg://u:***@db/parley'
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from parley.core.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
# Execution option read by the ``begin`` listener: how a SQLite transaction starts.
_BEGIN_OPTION = "parley_sqlite_begin"


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a project path or a database URL.

    A path's parent folders are created; an existing file must be a Parley project
    (or an empty SQLite file), checked read-only so that a foreign file is never touched.
    """
    value = str(target).strip()
    if not value:
        raise StoreError("empty project target; expected a file path such as parley.db or a database URL")
    if "://" in value:
        url = _parse_url(value)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            check_project_file(Path(url.database).expanduser())
        return value
    path = Path(value).expanduser().resolve()
    check_project_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"{path}: cannot create its folder ({err.strerror})") from None
    return URL.create("sqlite", database=str(path)).render_as_string()


def shown_url(target: str | Path) -> str:
    """The target as it may appear in messages: a URL's password hidden."""
    value = str(target)
    if "://" not in value:
        return value
    try:
        return make_url(value).render_as_string(hide_password=True)
    except ArgumentError:
        return value


def _parse_url(value: str) -> URL:
    try:
        return make_url(value)
    except ArgumentError:
        raise StoreError(
            f"{shown_url(value)}: not a database URL; expected a file path or a URL such as "
            "sqlite:///parley.db or postgresql+psycopg://user@host/db"
        ) from None


def check_project_file(path: Path) -> None:
    """Refuse a folder, a non-SQLite file, or an SQLite database of another program."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; expected a project file such as parley.db")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise StoreError(f"{path}: not a Parley project (not an SQLite database file)")
    tables = _sqlite_tables(path)
    if tables and "schema_version" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise StoreError(f"{path}: an SQLite database that is not a Parley project (it has tables {shown})")


def _sqlite_tables(path: Path) -> set[str]:
    """Table names, read through a read-only connection (no journal mode change, no lock)."""
    try:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path}: not a Parley project (cannot be read as SQLite: {err})") from None
    return {name for (name,) in rows if not name.startswith("sqlite_")}


def make_engine(url: str, where: str) -> Engine:
    """An engine for ``url``; SQLite connections are set up as the module says."""
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as err:
        raise StoreError(f"{where}: not a usable database URL ({err})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get(_BEGIN_OPTION, '')}".strip())


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the write lock from its first statement (SQLite).

    Reads inside it see the state the writes will be applied to, so check-then-write
    code (versions, review conflicts) is race-free across processes. On PostgreSQL
    it is an ordinary transaction; unique indexes catch the remaining races.
    """
    with engine.connect() as conn:
        conn.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        with conn.begin():
            yield conn


class Database:
    """What every part of the store shares: the engine, and database errors as StoreError."""

    engine: Engine
    where: str  # the target, for messages (a URL's password hidden)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read transaction (one consistent snapshot)."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as err:
            raise StoreError(f"{self.where}: could not read the project ({reason(err)})") from None

    @contextmanager
    def writing(self, what: str, keep: tuple[type[Exception], ...] = ()) -> Iterator[Connection]:
        """A :func:`write_transaction`; a database error becomes ``StoreError`` naming ``what``.

        Errors of the classes in ``keep`` pass through for the caller to handle.
        """
        try:
            with write_transaction(self.engine) as conn:
                yield conn
        except keep:
            raise
        except SQLAlchemyError as err:
            raise StoreError(f"{self.where}: could not {what} ({reason(err)})") from None


def reason(err: BaseException) -> str:
    """The first line of the driver's message, for error texts."""
    text = str(getattr(err, "orig", None) or err)
    return text.splitlines()[0] if text else type(err).__name__
