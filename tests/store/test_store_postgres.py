"""The same store on PostgreSQL; runs only when PARLEY_TEST_POSTGRES_URL names a server.

Each run works in a fresh schema of that database (dropped afterwards), so the
tests never touch existing tables.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from store_samples import sample_doc, sample_result

from parley.core import Document, ReviewConflictError, StoreError
from parley.store import SCHEMA_VERSION, Store, position_key

URL = os.environ.get("PARLEY_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set PARLEY_TEST_POSTGRES_URL=postgresql+psycopg://… to test PostgreSQL")


@pytest.fixture
def pg_url():
    name = f"parley_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    sep = "&" if "?" in URL else "?"
    yield f"{URL}{sep}options=-csearch_path%3D{name}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
    admin.dispose()


def test_round_trip_versions_and_search(pg_url):
    with Store.open(pg_url) as store:
        assert store.schema_version == SCHEMA_VERSION
        doc = sample_doc(source_path="a.txt")
        assert store.add_document(doc).status == "new"
        assert store.add_document(doc).status == "unchanged"
        result = sample_result(doc)
        store.save_extraction(result, "sig", store.start_run("sig"))
        stored = store.document(doc.id)
        assert (stored.text, stored.camp) == (doc.text, "independent")
        assert store.quotes() == list(result.quotes) and store.positions() == list(result.positions)
        assert store.extracted("sig") == {doc.id}
        hits = store.search('castel* "(')
        assert [h.document_id for h in hits] == [doc.id] and "[Castelmar]" in hits[0].snippet
        newer = Document.from_text("A changed text about Castelmar.", source_path="a.txt")
        assert store.add_document(newer).version == 2
        assert [h.document_id for h in store.search("Castelmar")] == [newer.id]
    with Store.open(pg_url) as again:  # re-opening migrates nothing
        assert again.counts()["documents"] == 1


def test_failed_save_rolls_back_and_reviews_conflict(pg_url):
    with Store.open(pg_url) as store:
        doc = sample_doc()
        store.add_document(doc)
        good = sample_result(doc)
        store.save_extraction(good, "sig")
        broken = good.positions[0].__class__(**{**good.positions[0].__dict__, "extractor": None})
        with pytest.raises(StoreError):
            store.save_extraction(good.__class__(doc.id, mentions=good.mentions * 2, positions=(broken,)), "sig2")
        assert store.mentions() == list(good.mentions) and store.extracted("sig2") == set()
        key = position_key(good.positions[0])
        store.record_review("position", key, "reject", {}, "ana", 0)
        with pytest.raises(ReviewConflictError):
            store.record_review("position", key, "accept", {}, "ben", 0)
        assert store.positions() == []


@pytest.mark.parametrize("query", ['"', "AND OR", "*", "NEAR(", "'; DROP TABLE documents; --", "_", "\\", "%", "ünï 東京", "a:b & !c | d"])
def test_hostile_search_text(pg_url, query):
    with Store.open(pg_url) as store:
        store.add_document(sample_doc())
        assert isinstance(store.search(query), list)
        assert store.counts()["documents"] == 1


def test_a_foreign_database_is_refused(pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id integer)"))
    with pytest.raises(StoreError, match="not a Parley project.*customers"):
        Store.open(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents' AND table_schema = current_schema()")).scalar() == 0
    engine.dispose()
