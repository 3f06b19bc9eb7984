"""Documents: round trips, versions of a source, no-op re-adds, look-ups."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from store_samples import documents, sample_doc

from parley.core import Document, NotFoundError, PartialDate
from parley.store import Store


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=documents())
def test_any_document_survives_store_and_load(tmp_path_factory, doc):
    with Store.open(tmp_path_factory.mktemp("h") / "p.db") as store:
        assert store.add_document(doc).status == "new"
        assert store.document(doc.id) == doc
        assert store.documents() == [doc]


def test_metadata_and_date_precision_are_stored(store):
    doc = sample_doc(title="T", published=PartialDate(2025, 3), source_path="a.txt", genre="news")
    store.add_document(doc)
    assert store.document(doc.id).published == PartialDate(2025, 3)
    (row,) = store.rows("documents")
    assert (row["published"], row["published_precision"], row["source_key"]) == ("2025-03", "month", "a.txt")


def test_same_text_is_a_no_op(store):
    doc = sample_doc(source_path="a.txt")
    store.add_document(doc)
    before = list(store.rows("documents"))
    again = store.add_document(doc)
    elsewhere = store.add_document(Document.from_text(doc.text, name="copy", source_path="b.txt"))
    assert (again.status, again.version, elsewhere.status) == ("unchanged", 1, "unchanged")
    assert list(store.rows("documents")) == before  # nothing written, not even a timestamp


def test_changed_source_is_a_new_version(store):
    first = Document.from_text("one", name="a", source_path="a.txt")
    second = Document.from_text("one, changed", name="a", source_path="a.txt")
    third = Document.from_text("one, changed twice", name="a", source_path="a.txt")
    assert store.add_document(first).status == "new"
    results = [store.add_document(second), store.add_document(third)]
    assert [(r.status, r.version) for r in results] == [("version", 2), ("version", 3)]
    assert store.documents() == [third]
    assert {d.id for d in store.documents(current_only=False)} == {first.id, second.id, third.id}
    assert store.document_version(third.id)["supersedes"] == second.id
    assert store.document_version(first.id)["is_current"] is False
    assert store.document(first.id) == first  # old versions stay readable


def test_source_is_its_name_when_it_has_no_path(store):
    store.add_document(Document.from_text("v1", name="memo"))
    result = store.add_document(Document.from_text("v2", name="memo"))
    other = store.add_document(Document.from_text("v3", name="other memo"))
    assert (result.status, result.version, other.status) == ("version", 2, "new")
    assert store.document_by_name("memo").text == "v2"


def test_going_back_to_an_earlier_text_makes_it_current_again(store):
    first = Document.from_text("draft", source_path="a.txt")
    store.add_document(first)
    store.add_document(Document.from_text("draft, edited", source_path="a.txt"))
    result = store.add_document(first)
    assert (result.status, result.version) == ("version", 1)
    assert store.documents() == [first]


def test_documents_come_in_ingest_order(store):
    docs = [Document.from_text(f"text {n}", name=name) for n, name in enumerate("zyxw")]
    for doc in docs:
        store.add_document(doc)
    assert store.documents() == docs


def test_unknown_documents_are_not_found(store):
    store.add_document(sample_doc())
    with pytest.raises(NotFoundError, match="no document 'nope'"):
        store.document("nope")
    with pytest.raises(NotFoundError, match="named 'nope'"):
        store.document_by_name("nope")
    assert store.document_by_name("d1").name == "d1"
