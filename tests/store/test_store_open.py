"""Opening a project: targets, migrations, newer and foreign databases."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from store_samples import sample_doc

from parley.core import PartialDate, StoreError
from parley.store import SCHEMA_VERSION, Store, database_url, migrations


def test_a_path_becomes_an_sqlite_project_with_its_folders(tmp_path):
    path = tmp_path / "a" / "b" / "p.db"
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert {"documents", "quotes", "positions", "reviews", "extractions", "documents_fts"} <= tables


def test_connections_use_foreign_keys_and_a_busy_timeout(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("pragma busy_timeout").scalar() >= 1000


def test_a_sqlite_url_works_like_a_path(tmp_path):
    url = database_url(tmp_path / "odd name?x=1#.db")
    with Store.open(url) as store:
        store.add_document(sample_doc())
    assert (tmp_path / "odd name?x=1#.db").exists()


def _v1_store(path) -> None:
    """A project as the first release wrote it: step 1 only, with data in it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrations.MIGRATIONS[0][2](conn)
        conn.execute(text("INSERT INTO schema_version VALUES (1, 'then')"))
        conn.execute(text("INSERT INTO documents (id, name, text, published, language, source_key, version, "
                          "is_current, ingested_at) VALUES (:id, 'd1', :text, '2024-05', 'en', 'd1', 1, 1, 'then')"),
                     {"id": sample_doc().id, "text": sample_doc().text})
    engine.dispose()


def test_an_old_store_is_migrated_and_reopening_is_a_no_op(tmp_path):
    path = tmp_path / "old.db"
    _v1_store(path)
    with sqlite3.connect(path) as conn:
        assert "published_precision" not in {r[1] for r in conn.execute("pragma table_info(documents)")}
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.document(sample_doc().id).published == PartialDate(2024, 5)
    with sqlite3.connect(path) as conn:
        indexes = {r[0] for r in conn.execute("select name from sqlite_master where type='index'")}
        versions = [r[0] for r in conn.execute("select version from schema_version order by version")]
        precision = conn.execute("select published_precision from documents").fetchone()[0]
    assert {"ix_positions_actor_issue", "ix_documents_one_current"} <= indexes
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert precision == "month"  # step 3 filled in the new column for old rows
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from schema_version").fetchone()[0] == SCHEMA_VERSION


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    _v1_store(path)

    def broken(conn):
        conn.execute(text("CREATE INDEX ix_half_done ON documents (name)"))
        raise RuntimeError("step failed")

    steps = migrations.MIGRATIONS[:2] + ((3, "broken", broken),)
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    monkeypatch.setattr(migrations, "LATEST", 3)
    with pytest.raises(RuntimeError):
        Store.open(path)
    with sqlite3.connect(path) as conn:
        indexes = {r[0] for r in conn.execute("select name from sqlite_master where type='index'")}
        assert [r[0] for r in conn.execute("select version from schema_version")] == [1]
    assert "ix_half_done" not in indexes and "ix_positions_actor_issue" not in indexes


def test_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("insert into schema_version values (99, 'future')")
    with pytest.raises(StoreError, match="newer Parley.*v99"):
        Store.open(path)


def test_foreign_files_are_refused_and_left_alone(tmp_path):
    text_file = tmp_path / "notes.db"
    text_file.write_text("my notes")
    with pytest.raises(StoreError, match="notes.db: not a Parley project"):
        Store.open(text_file)
    assert text_file.read_text() == "my notes"


def test_foreign_sqlite_databases_are_refused_untouched(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table customers (id integer)")
    before = other.read_bytes()
    for target in (other, f"sqlite:///{other}"):
        with pytest.raises(StoreError, match="not a Parley project.*customers"):
            Store.open(target)
    assert other.read_bytes() == before  # not even switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_an_empty_file_becomes_a_project(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(path) as store:
        assert store.counts()["documents"] == 0


@pytest.mark.parametrize("target, message", [
    ("", "empty project target"),
    ("nosuchdialect://x", "not a usable database URL"),
    ("postgresql+nosuchdriver://u@h/db", "not a usable database URL"),
    ("://nothing", "not a database URL"),
])
def test_bad_targets_are_clear_errors(target, message):
    with pytest.raises(StoreError, match=message):
        Store.open(target)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_an_unreachable_server_names_the_target_without_its_password():
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql+psycopg://ana:s3cret@127.0.0.1:1/parley?connect_timeout=2")
    assert "127.0.0.1:1/parley" in str(caught.value) and "s3cret" not in str(caught.value)


def _open_and_add(path: str, n: int) -> None:
    with Store.open(path) as store:
        store.add_document(sample_doc(f"text {n}", name=str(n)))


def test_two_processes_can_create_one_project_at_once(tmp_path):
    path = str(tmp_path / "new.db")
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_open_and_add, args=(path, n)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("select version from schema_version order by version")] == \
            list(range(1, SCHEMA_VERSION + 1))
        assert conn.execute("select count(*) from documents").fetchone()[0] == 3
