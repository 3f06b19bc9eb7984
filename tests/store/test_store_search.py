"""Full-text search: finds words, ranks, ignores old versions, survives any user text."""

from __future__ import annotations

import re

import pytest
from store_samples import TEXT, sample_doc

from parley.core import Document, ValidationError
from parley.store import fts5_query


@pytest.fixture
def corpus(store):
    docs = [
        sample_doc(title="Velorian statement"),
        Document.from_text("Castelmar, Castelmar and again Castelmar: the talks move.", name="d2"),
        Document.from_text("Négociations à Genève sur le traité.", name="d3", title="Genève"),
    ]
    for doc in docs:
        store.add_document(doc)
    return store, docs


def test_search_finds_and_marks_the_words(corpus):
    store, docs = corpus
    hits = store.search("Castelmar")
    assert [h.document_id for h in hits] == [docs[1].id, docs[0].id]  # more mentions rank higher
    assert hits[0].rank > hits[1].rank
    assert "[Castelmar]" in hits[1].snippet and hits[1].name == "d1"
    assert [h.title for h in store.search("statement")] == ["Velorian statement"]


def test_every_word_must_match(corpus):
    store, docs = corpus
    assert [h.document_id for h in store.search("Castelmar plan")] == [docs[0].id]
    assert store.search("Castelmar treaty-of-nowhere") == []


def test_accents_and_case_do_not_matter(corpus):
    store, docs = corpus
    assert [h.document_id for h in store.search("GENEVE negociations")] == [docs[2].id]


def test_a_star_after_a_word_finds_words_starting_with_it(corpus):
    store, docs = corpus
    assert {h.document_id for h in store.search("Castel*")} == {docs[0].id, docs[1].id}
    assert store.search("Castel") == []


@pytest.mark.parametrize("query", ['"', '"Castelmar', "AND OR", "NOT", "*", "**", "NEAR(", "a:b",
                                  "Castelmar:", "(", "^Castelmar", "{x}", "ünïcödé 東京", "'; DROP TABLE documents; --", "", "_", "Castelmar _",
                                   "\\", "%", "Castelmar%", "\x00"])
def test_search_never_breaks_on_user_text(corpus, query):
    store, docs = corpus
    hits = store.search(query)
    assert isinstance(hits, list)
    if set(re.findall(r"\w+", query)) == {"Castelmar"}:
        assert docs[1].id in {h.document_id for h in hits}
    assert len(store.documents()) == 3


def test_operators_are_searched_as_plain_words(corpus):
    store, _ = corpus
    doc = Document.from_text("Either this OR that, NOT both", name="ops")
    store.add_document(doc)
    assert [h.document_id for h in store.search("OR NOT")] == [doc.id]


def test_old_versions_are_not_found(store):
    store.add_document(Document.from_text("ceasefire agreed", source_path="a.txt"))
    new = Document.from_text("ceasefire broken", source_path="a.txt")
    store.add_document(new)
    assert [h.document_id for h in store.search("ceasefire")] == [new.id]
    assert store.search("agreed") == []


def test_limit(corpus):
    store, _ = corpus
    assert len(store.search("Castelmar", limit=1)) == 1
    with pytest.raises(ValidationError):
        store.search("Castelmar", limit=0)


def test_fts5_query_quotes_every_word():
    assert fts5_query('say "yes" NEAR(no)') == '"say" "yes" "NEAR" "no"'
    assert fts5_query(TEXT[:8] + "*") == '"Velorian"*'
