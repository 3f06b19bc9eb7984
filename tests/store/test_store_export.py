"""Export support: every table's rows as plain JSON-able values; counts; settings."""

from __future__ import annotations

import json

import pytest
from store_samples import sample_doc, sample_result

from parley.core import NotFoundError


def test_every_table_exports_json_able_rows(store):
    doc = sample_doc()
    store.add_document(doc)
    run = store.start_run("sig")
    store.save_extraction(sample_result(doc), "sig", run)
    store.finish_run(run)
    store.record_review("position", "k", "accept", {}, "ana", 0)
    store.set_setting("codebook", "x")
    names = store.table_names()
    assert names[0] == "documents" and len(names) == len(set(names)) == 11
    for table in names:
        rows = list(store.rows(table))
        assert rows, table
        json.dumps(rows)
    (mention,) = store.rows("mentions")
    assert (mention["doc_id"], mention["run_id"], mention["actor"]) == (doc.id, run, "veloria")


def test_counts_per_table(store):
    doc = sample_doc()
    store.add_document(doc)
    store.add_document(sample_doc("another text", name="d1"))  # a second version of d1
    store.save_extraction(sample_result(doc), "sig")
    counts = store.counts()
    assert (counts["documents"], counts["sentences"], counts["quotes"], counts["extractions"]) == (1, 2, 1, 1)


def test_unknown_table_is_not_found(store):
    with pytest.raises(NotFoundError, match="no table 'nope'.*documents"):
        list(store.rows("nope"))


def test_settings(store):
    store.set_setting("k", "v1")
    store.set_setting("k", "v2")
    assert store.get_setting("k") == "v2" and store.get_setting("missing") is None
    assert list(store.rows("settings")) == [{"key": "k", "value": "v2"}]
