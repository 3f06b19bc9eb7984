"""Reviews: decisions override the machine, survive re-extraction, never get lost."""

from __future__ import annotations

import multiprocessing

import pytest
from store_samples import sample_doc, sample_result

from parley.core import ExtractionResult, ReviewConflictError, ValidationError
from parley.store import Store, position_key, quote_key


@pytest.fixture
def extracted(store):
    doc = sample_doc()
    store.add_document(doc)
    result = sample_result(doc)
    store.save_extraction(result, "sig")
    return store, result


def test_reviews_override_the_machine_and_survive_reextraction(extracted):
    store, result = extracted
    key = position_key(result.positions[0])
    version = store.record_review("position", key, "correct", {"stance": "support"}, "ana", 0)
    store.save_extraction(result, "sig")  # re-extraction replaces the machine rows
    (position,) = store.positions()
    assert (position.stance, position.review_state) == ("support", "corrected")
    store.record_review("position", key, "reject", {}, "ben", version)
    assert store.positions() == []
    assert store.positions(include_rejected=True)[0].review_state == "rejected"
    assert [(r["reviewer"], r["version"]) for r in store.reviews_for("position", key)] == [("ana", 1), ("ben", 2)]


def test_undoing_is_a_newer_review(extracted):
    store, result = extracted
    key = position_key(result.positions[0])
    store.record_review("position", key, "reject", {}, "ana", 0)
    store.record_review("position", key, "accept", {}, "ana", 1)
    assert [p.review_state for p in store.positions()] == ["accepted"]
    assert len(store.reviews_for("position", key)) == 2 and store.review_version("position", key) == 2


def test_reset_takes_an_item_back_to_the_machine(extracted):
    store, result = extracted
    key = position_key(result.positions[0])
    store.record_review("position", key, "correct", {"stance": "support"}, "ana", 0)
    store.record_review("position", key, "reset", {}, "ana", 1)
    assert store.positions() == list(result.positions)  # machine values, review_state machine
    assert key not in store.latest_reviews("position")
    assert [r["decision"] for r in store.reviews_for("position", key)] == ["correct", "reset"]


def test_a_position_key_ignores_the_machine_stance(extracted):
    store, result = extracted
    key = position_key(result.positions[0])
    store.record_review("position", key, "accept", {}, "ana", 0)
    flipped = result.positions[0].__class__(**{**result.positions[0].__dict__, "stance": "support"})
    store.save_extraction(ExtractionResult(result.doc_id, positions=(flipped,)), "sig2")
    assert [(p.stance, p.review_state) for p in store.positions()] == [("support", "accepted")]


def test_stale_review_is_a_conflict(store):
    store.record_review("quote", "d:1-2", "accept", {}, "ana", 0)
    with pytest.raises(ReviewConflictError, match="version 1, you saw 0"):
        store.record_review("quote", "d:1-2", "reject", {}, "ben", 0)
    with pytest.raises(ReviewConflictError):
        store.record_review("quote", "d:1-2", "reject", {}, "ben", 5)
    assert [r["reviewer"] for r in store.reviews_for("quote", "d:1-2")] == ["ana"]


def test_quote_corrections_apply_and_rejections_hide(extracted):
    store, result = extracted
    key = quote_key(result.quotes[0])
    store.record_review("quote", key, "correct", {"speaker": "Bo Lin", "date": "2025-03-02"}, "ana", 0)
    (fixed,) = store.quotes()
    assert (fixed.speaker, fixed.date.iso(), fixed.date_source) == ("Bo Lin", "2025-03-02", "text")
    store.record_review("quote", key, "reject", {}, "ana", 1)
    assert store.quotes() == [] and len(store.quotes(include_rejected=True)) == 1


def test_review_fields_round_trip_as_json(store):
    fields = {"stance": "oppose", "note": "ünïcode ✓", "n": [1, 2]}
    store.record_review("position", "k", "correct", fields, "ana", 0)
    assert store.reviews_for("position", "k")[0]["fields"] == fields


@pytest.mark.parametrize("args, message", [
    (("position", "k", "maybe", {}, "ana"), "decision must be one of"),
    (("position", "", "accept", {}, "ana"), "item key"),
    (("position", "k", "accept", {}, " "), "reviewer"),
    (("position", "k", "correct", {"when": object()}, "ana"), "plain JSON"),
])
def test_bad_reviews_are_refused(store, args, message):
    with pytest.raises(ValidationError, match=message):
        store.record_review(*args, 0)
    assert list(store.rows("reviews")) == []


def _review_many(path: str, reviewer: str, n: int) -> None:
    """Record ``n`` reviews of one item, reloading the version after each conflict."""
    with Store.open(path) as store:
        done = 0
        while done < n:
            try:
                store.record_review("quote", "shared", "accept", {}, reviewer, store.review_version("quote", "shared"))
                done += 1
            except ReviewConflictError:
                continue


def test_two_processes_reviewing_one_item_never_share_a_version(tmp_path):
    path = str(tmp_path / "p.db")
    Store.open(path).close()
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_review_many, args=(path, name, 15)) for name in ("ana", "ben")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    with Store.open(path) as store:
        history = store.reviews_for("quote", "shared")
    assert [r["version"] for r in history] == list(range(1, 31))
    assert sorted(r["reviewer"] for r in history) == ["ana"] * 15 + ["ben"] * 15
