"""The project store: round trips, versions, search, atomic writes, migrations, reviews."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import create_engine, text

from parley.core import (
    Document, ExtractionResult, Mention, PartialDate, Position, Quote, ReviewConflictError, Span,
    StoreError,
)
from parley.store import SCHEMA_VERSION, Store, position_key, quote_key
from parley.store import migrations

TEXT = "Velorian minister Ana Roe said \"we will sign\". Kestrel rejected the plan in Castelmar."


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "p.db") as opened:
        yield opened


def sample_result(doc: Document) -> ExtractionResult:
    quote_span = doc.span(TEXT.index("we will"), TEXT.index("sign") + 4)
    return ExtractionResult(
        doc_id=doc.id,
        sentences=(doc.span(0, 47), doc.span(48, len(TEXT))),
        mentions=(Mention(doc.span(0, 8), "veloria", "Velorian", "demonym", "actors.codebook.v1", 0.9),),
        quotes=(Quote(quote_span, "we will sign", "Ana Roe", "veloria", doc.span(18, 25), "said",
                      PartialDate(2025, 3), "text", True, "quotes.rules.v1", 0.8),),
        positions=(Position("kestrel", "plan", "oppose", doc.span(48, len(TEXT)), "reported",
                            extractor="stance.rules.v1", confidence=0.6),),
        camp="independent", camp_evidence="test",
    )


def test_every_item_round_trips(store):
    doc = Document.from_text(TEXT, name="d1", title="T", published=PartialDate(2025, 3, 4), source_path="a.txt")
    assert store.add_document(doc).status == "new"
    result = sample_result(doc)
    store.save_extraction(result, "sig")
    assert store.document(doc.id).published == doc.published
    assert store.quotes() == list(result.quotes)
    assert store.mentions(doc.id) == list(result.mentions)
    assert store.positions() == list(result.positions)
    assert store.sentences(doc.id) == list(result.sentences)
    assert store.document(doc.id).camp == "independent"


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200).filter(str.strip)
dates = st.builds(PartialDate, st.integers(1900, 2100), st.one_of(st.none(), st.integers(1, 12)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, title=st.one_of(st.none(), texts), date=st.one_of(st.none(), dates))
def test_any_document_survives_store_and_load(tmp_path_factory, text, title, date):
    doc = Document.from_text(text, title=title, published=date, name="x")
    with Store.open(tmp_path_factory.mktemp("h") / "p.db") as store:
        store.add_document(doc)
        assert store.document(doc.id) == doc


def test_same_text_is_a_no_op_and_changed_source_a_new_version(store):
    first = Document.from_text("one", name="a", source_path="a.txt")
    assert store.add_document(first).status == "new"
    assert store.add_document(first).status == "unchanged"
    second = Document.from_text("one, changed", name="a", source_path="a.txt")
    result = store.add_document(second)
    assert (result.status, result.version) == ("version", 2)
    assert [d.id for d in store.documents()] == [second.id]
    assert {d.id for d in store.documents(current_only=False)} == {first.id, second.id}


@pytest.mark.parametrize("query", ['"', "AND OR", "*", "NEAR(", "sign*", "Castelmar", "ünïcödé", ""])
def test_search_never_breaks_on_user_text(store, query):
    doc = Document.from_text(TEXT, name="d1")
    store.add_document(doc)
    hits = store.search(query)
    assert isinstance(hits, list)
    if query == "Castelmar":
        assert hits[0].document_id == doc.id and "[Castelmar]" in hits[0].snippet


def test_failed_save_leaves_earlier_results_intact(store):
    doc = Document.from_text(TEXT, name="d1")
    store.add_document(doc)
    good = sample_result(doc)
    store.save_extraction(good, "sig")
    foreign = Mention(Span("someone-else", 0, 3), "x", "abc")
    with pytest.raises(Exception):
        store.save_extraction(
            ExtractionResult(doc.id, mentions=good.mentions + (foreign,)), "sig2")
    assert store.mentions(doc.id) == list(good.mentions)
    assert store.quotes(doc.id) == list(good.quotes)
    assert store.extracted("sig2") == set()


def test_results_for_unknown_document_are_refused(store):
    with pytest.raises(StoreError, match="unknown document"):
        store.save_extraction(ExtractionResult("nope"), "sig")


def test_extracted_tells_which_documents_are_done(store):
    docs = [Document.from_text(f"text {n}", name=str(n)) for n in range(3)]
    for doc in docs:
        store.add_document(doc)
    store.save_extraction(ExtractionResult(docs[1].id), "sig")
    store.save_extraction(ExtractionResult(docs[1].id), "sig")  # again: still one row
    assert store.extracted("sig") == {docs[1].id}
    assert len(list(store.rows("extractions"))) == 1


def test_old_store_is_migrated_and_reopening_is_a_no_op(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # a store as the first release wrote it: step 1 only
        version, _, step = migrations.MIGRATIONS[0]
        step(conn)
        conn.execute(text("INSERT INTO schema_version VALUES (1, 'then')"))
    engine.dispose()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        indexes = {r[0] for r in conn.execute("select name from sqlite_master where type='index'")}
        versions = [r[0] for r in conn.execute("select version from schema_version")]
    assert "ix_positions_actor_issue" in indexes
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from schema_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_store_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("insert into schema_version values (99, 'future')")
    with pytest.raises(StoreError, match="newer Parley"):
        Store.open(path)


def test_foreign_files_are_refused_and_left_alone(tmp_path):
    text_file = tmp_path / "notes.db"
    text_file.write_text("my notes")
    with pytest.raises(StoreError, match="not a Parley project"):
        Store.open(text_file)
    assert text_file.read_text() == "my notes"
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table customers (id integer)")
    with pytest.raises(StoreError, match="customers"):
        Store.open(other)
    with sqlite3.connect(other) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master")]
    assert tables == ["customers"]


def test_reviews_override_the_machine_and_survive_reextraction(store):
    doc = Document.from_text(TEXT, name="d1")
    store.add_document(doc)
    result = sample_result(doc)
    store.save_extraction(result, "sig")
    key = position_key(result.positions[0])
    version = store.record_review("position", key, "correct", {"stance": "support"}, "ana", 0)
    store.save_extraction(result, "sig")  # re-extraction
    (position,) = store.positions()
    assert (position.stance, position.review_state) == ("support", "corrected")
    store.record_review("position", key, "reject", {}, "ben", version)
    assert store.positions() == []
    assert store.positions(include_rejected=True)[0].review_state == "rejected"
    assert [r["reviewer"] for r in store.reviews_for("position", key)] == ["ana", "ben"]


def test_stale_review_is_a_conflict(store):
    store.record_review("quote", "d:1-2", "accept", {}, "ana", 0)
    with pytest.raises(ReviewConflictError):
        store.record_review("quote", "d:1-2", "reject", {}, "ben", 0)


def test_quote_corrections_apply(store):
    doc = Document.from_text(TEXT, name="d1")
    store.add_document(doc)
    quote = sample_result(doc).quotes[0]
    store.save_extraction(ExtractionResult(doc.id, quotes=(quote,)), "sig")
    store.record_review("quote", quote_key(quote), "correct", {"speaker": "Bo Lin", "date": "2025-03-02"}, "ana", 0)
    (fixed,) = store.quotes()
    assert (fixed.speaker, fixed.date.iso()) == ("Bo Lin", "2025-03-02")


def _add_many(path: str, start: int) -> None:
    with Store.open(path) as store:
        for n in range(start, start + 25):
            store.add_document(Document.from_text(f"document number {n}", name=str(n)))


def test_two_processes_can_write_one_project(tmp_path):
    path = str(tmp_path / "shared.db")
    Store.open(path).close()
    workers = [multiprocessing.Process(target=_add_many, args=(path, s)) for s in (0, 100)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    with Store.open(path) as store:
        assert store.counts()["documents"] == 50


def test_settings_and_export_rows(store):
    store.set_setting("k", "v1")
    store.set_setting("k", "v2")
    assert store.get_setting("k") == "v2" and store.get_setting("missing") is None
    assert {"documents", "quotes", "positions", "reviews"} <= set(store.table_names())
    assert list(store.rows("settings")) == [{"key": "k", "value": "v2"}]


def test_bad_targets_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="URL"):
        Store.open("nosuchdialect://x")


def test_postgresql_round_trip_when_a_server_is_given():
    import os

    url = os.environ.get("PARLEY_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set PARLEY_TEST_POSTGRES_URL=postgresql+psycopg://… to test PostgreSQL")
    with Store.open(url) as store:
        doc = Document.from_text(TEXT + " (postgres)", name="pg")
        store.add_document(doc)
        store.save_extraction(sample_result(doc), "sig-pg")
        assert store.document(doc.id) == doc
        assert doc.id in store.extracted("sig-pg")
        assert store.search("Castelmar")
