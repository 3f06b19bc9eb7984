"""Extracted items: round trips, one transaction per document, resuming an interrupted run."""

from __future__ import annotations

import multiprocessing
import os
import signal
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy.exc import OperationalError
from store_samples import TEXT, item_count, positions, quotes, sample_doc, sample_result

from parley.core import Document, ExtractionResult, Mention, Span, StoreError, ValidationError
from parley.store import Store, items


def test_every_item_round_trips(store):
    doc = sample_doc()
    store.add_document(doc)
    result = sample_result(doc)
    store.save_extraction(result, "sig")
    assert store.sentences(doc.id) == list(result.sentences)
    assert store.mentions(doc.id) == list(result.mentions)
    assert store.candidates() == list(result.candidates)
    assert store.quotes() == list(result.quotes)
    assert store.positions() == list(result.positions)
    assert (store.document(doc.id).camp, store.document(doc.id).camp_evidence) == ("independent", "outlet")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_quote_and_position_survive_store_and_load(tmp_path_factory, data):
    doc = sample_doc()
    found_quotes = data.draw(st.lists(quotes(doc), max_size=4))
    found_positions = data.draw(st.lists(positions(doc), max_size=4))
    with Store.open(tmp_path_factory.mktemp("h") / "p.db") as store:
        store.add_document(doc)
        store.save_extraction(ExtractionResult(doc.id, quotes=tuple(found_quotes),
                                               positions=tuple(found_positions)), "sig")
        order = lambda item: (item.span.start,)  # noqa: E731 - the store returns items in text order
        assert store.quotes() == sorted(found_quotes, key=order)
        assert store.positions() == sorted(found_positions, key=order)


def test_reextraction_replaces_the_machine_rows(store):
    doc = sample_doc()
    store.add_document(doc)
    store.save_extraction(sample_result(doc), "sig", store.start_run("sig"))
    fewer = ExtractionResult(doc.id, mentions=sample_result(doc).mentions)
    store.save_extraction(fewer, "sig2")
    counts = store.counts()
    assert (counts["mentions"], counts["quotes"], counts["positions"], counts["sentences"]) == (1, 0, 0, 0)
    assert store.extracted("sig") == store.extracted("sig2") == {doc.id}


def _store_with_results(store) -> tuple[Document, ExtractionResult, list[dict]]:
    doc = sample_doc()
    store.add_document(doc)
    good = sample_result(doc)
    store.save_extraction(good, "sig")
    return doc, good, _all_rows(store)


def _all_rows(store) -> list[dict]:
    return [row for table in store.table_names() for row in store.rows(table)]


def test_a_constraint_failure_on_the_last_item_rolls_everything_back(store):
    doc, good, before = _store_with_results(store)
    broken = replace(good.positions[0], extractor=None)  # NOT NULL: fails on the last insert
    new = ExtractionResult(doc.id, mentions=good.mentions * 3, positions=good.positions + (broken,), camp="x")
    with pytest.raises(StoreError, match=f"could not save results of {doc.id}"):
        store.save_extraction(new, "sig2")
    assert _all_rows(store) == before
    assert store.mentions(doc.id) == list(good.mentions)
    assert store.extracted("sig2") == set()


def test_a_failure_after_the_inserts_rolls_everything_back(store, monkeypatch):
    doc, good, before = _store_with_results(store)

    def fail(*_args):
        raise OperationalError("UPDATE documents", {}, Exception("disk I/O error"))

    monkeypatch.setattr(items, "_update_camp", fail)
    with pytest.raises(StoreError, match="disk I/O error"):
        store.save_extraction(ExtractionResult(doc.id, mentions=good.mentions * 5), "sig2")
    assert _all_rows(store) == before


def test_items_must_point_into_their_document(store):
    doc, good, before = _store_with_results(store)
    foreign = Mention(Span("someone-else", 0, 3), "x", "abc")
    with pytest.raises(ValidationError, match="someone-else"):
        store.save_extraction(ExtractionResult(doc.id, mentions=(foreign,)), "sig2")
    past_end = Mention(Span(doc.id, 0, len(TEXT) + 1), "x", "abc")
    with pytest.raises(ValidationError, match="past the end"):
        store.save_extraction(ExtractionResult(doc.id, mentions=(past_end,)), "sig2")
    assert _all_rows(store) == before


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
    assert store.extracted("other") == set()
    assert len(list(store.rows("extractions"))) == 1


def _docs(n: int) -> list[Document]:
    return [sample_doc(f"{TEXT} Number {i}.", name=f"d{i}") for i in range(n)]


def _extract_then_die(path: str, die_at: int) -> None:
    """An extraction run killed (SIGKILL, no clean-up) in the middle of one document's write."""
    done = {"n": 0}
    mark = items._mark_extracted

    def mark_or_die(conn, *args):
        if done["n"] == die_at:
            os.kill(os.getpid(), signal.SIGKILL)
        done["n"] += 1
        mark(conn, *args)

    items._mark_extracted = mark_or_die
    with Store.open(path) as store:
        for doc in _docs(5):
            store.save_extraction(sample_result(doc), "sig")


def test_a_killed_run_resumes_without_duplicates(tmp_path):
    path = str(tmp_path / "p.db")
    with Store.open(path) as store:
        for doc in _docs(5):
            store.add_document(doc)
    worker = multiprocessing.get_context("fork").Process(target=_extract_then_die, args=(path, 2))
    worker.start()
    worker.join(60)
    assert worker.exitcode == -signal.SIGKILL
    with Store.open(path) as store:
        assert len(store.extracted("sig")) == 2
        assert store.counts()["mentions"] == 2  # the half-written third document left nothing
        for doc in _docs(5):
            if doc.id not in store.extracted("sig"):
                store.save_extraction(sample_result(doc), "sig")
        per_doc = item_count(sample_result(_docs(1)[0]))
        counts = store.counts()
        assert sum(counts[t] for t in ("sentences", "mentions", "quotes", "positions", "candidates")) == 5 * per_doc
        assert counts["extractions"] == 5


def test_candidate_counts_most_frequent_first(store):
    doc = sample_doc()
    store.add_document(doc)
    cand = sample_result(doc).candidates[0]
    other = replace(cand, text="Bo Lin", span=doc.span(0, 3))
    store.save_extraction(ExtractionResult(doc.id, candidates=(cand, other, cand)), "sig")
    assert store.candidate_counts() == [("Ana Roe", "PERSON", 2), ("Bo Lin", "PERSON", 1)]


def test_runs_are_recorded(store):
    run = store.start_run("pipeline-sig", "codebook x")
    store.finish_run(run, "partial")
    (row,) = store.runs()
    assert (row["id"], row["signature"], row["status"], row["note"]) == (run, "pipeline-sig", "partial", "codebook x")
    assert row["finished_at"] >= row["started_at"]
