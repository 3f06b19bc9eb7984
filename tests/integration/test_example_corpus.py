"""The bundled example corpus end to end: ingest, extract, store, score against its keys."""

from __future__ import annotations

import json

import pytest

from parley import api
from parley.cli import main

# A sound first version must find most of the example's quotes with the right speaker;
# these floors make a regression fail the suite (measured figures are in docs/benchmarks.md).
MIN_QUOTE_F1 = 0.80
MIN_QUOTE_SPEAKER_F1 = 0.70
MIN_ACTOR_F1 = 0.80


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    return api.demo(tmp_path_factory.mktemp("demo") / "demo.db")


def test_demo_ingests_every_example_document(demo_report):
    docs = {p.stem for p in (api.example_dir() / "docs").iterdir()}
    assert not demo_report.ingest.failures
    assert demo_report.counts["documents"] >= len(docs)
    assert len(demo_report.camps) >= 4, demo_report.camps


def test_extracted_quotes_match_the_answer_keys(demo_report):
    total = demo_report.scores["total"]
    assert total["quotes"]["f1"] >= MIN_QUOTE_F1, total
    assert total["quotes_speaker"]["f1"] >= MIN_QUOTE_SPEAKER_F1, total
    assert total["actors"]["f1"] >= MIN_ACTOR_F1, total


def test_every_stored_item_points_at_its_text(demo_report):
    with api.open_project(demo_report.project) as store:
        texts = {d.id: d.text for d in store.documents()}
        for quote in store.quotes():
            covered = quote.span.text_in(texts[quote.span.doc_id])
            assert quote.text.split()[0] in covered
            assert quote.extractor.count(".v") == 1
        for mention in store.mentions():
            assert mention.span.text_in(texts[mention.span.doc_id]) == mention.text


def test_demo_twice_changes_nothing(demo_report):
    again = api.demo(demo_report.project)
    items = ("documents", "sentences", "mentions", "quotes", "positions", "candidates")
    assert {k: again.counts[k] for k in items} == {k: demo_report.counts[k] for k in items}
    assert not again.ingest.added and not again.extract.extracted


def test_export_writes_every_table(demo_report, tmp_path):
    files = api.export(demo_report.project, tmp_path, "csv")
    names = {f.stem for f in files}
    assert {"documents", "quotes", "mentions", "positions"} <= names


def test_eval_command_on_the_shared_dev_set(tmp_path, capsys, shared):
    setdir = shared("eval", "dev")
    out = tmp_path / "scores.json"
    assert main(["eval", str(setdir), "--json", str(out)]) == 0
    scores = json.loads(out.read_text())
    assert set(scores["total"]) >= {"actors", "quotes", "quotes_speaker", "positions", "dates"}
    assert len(scores["documents"]) == len(list((setdir / "gold").glob("*.json")))
    assert "total (micro)" in capsys.readouterr().out


def test_eval_command_lists_errors_on_request(tmp_path, capsys):
    out = tmp_path / "scores.json"
    assert main(["eval", str(api.example_dir()), "--errors", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    errors = json.loads(out.read_text())["errors"]
    # every document with a miss is listed on screen under its name, with its misses
    for doc_id, lines in errors.items():
        assert f"{doc_id}:" in printed
        assert lines[0].split(":")[0] in printed
    assert errors or "no errors" in printed
