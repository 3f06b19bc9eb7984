"""The analysis API and CLI over a store-like object (the interface of ``parley.store.Store``)."""

from __future__ import annotations

import importlib
import json
import sys
import types
from pathlib import Path

import pandas as pd
import pytest

from analysis_fixtures import three_actors
from parley.core import Document, PartialDate, Position, Span

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"


class FakeStore:
    """Just what the analysis API uses of a project store, kept in memory."""

    def __init__(self, documents=(), positions=()):
        self.docs = {d.id: d for d in documents}
        self.saved = list(positions)
        self.settings: dict[str, str] = {}
        self.runs: list[tuple] = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def documents(self):
        return list(self.docs.values())

    def positions(self, doc_id=None, include_rejected=False):
        return [p for p in self.saved if (include_rejected or p.review_state != "rejected")
                and (doc_id is None or p.span.doc_id == doc_id)]

    def add_document(self, doc):
        self.docs[doc.id] = doc

    def start_run(self, signature, note):
        self.runs.append((signature, note))
        return len(self.runs)

    def finish_run(self, run_id, status):
        self.runs[run_id - 1] += (status,)

    def save_extraction(self, result, signature, run_id):
        self.saved = [p for p in self.saved if p.span.doc_id != result.doc_id] + list(result.positions)

    def get_setting(self, key):
        return self.settings.get(key)

    def set_setting(self, key, value):
        self.settings[key] = value


def _load(name: str):
    """Import ``name``; while parley.api's other modules are unfinished, load ours alone."""
    try:
        return importlib.import_module(name)
    except ImportError:
        saved = {k: sys.modules.get(k) for k in ("parley.api", name)}
        stub = types.ModuleType("parley.api")
        stub.__path__ = [str(REPO / "parley" / "api")]
        sys.modules["parley.api"] = stub
        try:
            return importlib.import_module(name)
        finally:
            for key, module in saved.items():
                if module is None:
                    sys.modules.pop(key, None)
                else:
                    sys.modules[key] = module


@pytest.fixture(scope="module")
def api():
    return _load("parley.api.analysis")


@pytest.fixture
def store():
    doc = Document.from_text("A long enough text for the spans " * 10, camp="A",
                             published=PartialDate(2024, 1, 1))
    positions = [Position(p.actor, p.issue, p.stance, Span(doc.id, p.span.start % 200, p.span.start % 200 + 5),
                          date=p.date, via=p.via) for p in three_actors()]
    positions.append(Position("A", "x", "oppose", positions[0].span, review_state="corrected"))
    return FakeStore([doc], positions)


def test_positions_and_filters(api, store, tmp_path):
    matrix = api.positions(store, tmp_path / "m.parquet")
    assert matrix.cell("A", "x").stance == "oppose"  # the correction overrides the machine
    assert len(pd.read_parquet(tmp_path / "m.parquet")) == len(matrix.cells)
    only = api.positions(store, rule=api.an.StatementFilter(actors=("B",)))
    assert {c.actor for c in only.cells} == {"B"}


def test_networks_static_and_windowed(api, store, tmp_path):
    request = api.NetworkRequest(kind="actor", mode="conflict", normalisation="jaccard")
    built = api.network(store, tmp_path / "n.graphml", request)
    assert len(built) == 1 and (tmp_path / "n.graphml").exists()
    windowed = api.NetworkRequest(window="3d", step="3d")
    series = api.network(store, tmp_path / "w.gexf", windowed)
    assert len(series) == 3 and "dynamic" in (tmp_path / "w.gexf").read_text()
    api.network(store, tmp_path / "w.csv", windowed)
    assert set(pd.read_csv(tmp_path / "w.edges.csv")["window"]) <= {0, 1, 2}
    two = api.network(store, tmp_path / "t.gexf", api.NetworkRequest(kind="two-mode", mode="combine"))
    assert two[0].two_mode


def test_timeline_balance_polarisation_reliability(api, store, tmp_path):
    counts, shifts = api.timeline(store, tmp_path / "t.csv", "week")
    assert counts["statements"].sum() == 8 and (tmp_path / "t.shifts.csv").exists()
    report = api.balance(store, tmp_path / "b.json")
    assert (tmp_path / "b.camps.json").exists() and len(report.cells) == 8
    frame = api.polarisation(store, tmp_path / "p.csv")
    assert 0 <= frame.loc[0, "score"] <= 1
    result = api.reliability(store)
    assert [(d.actor, d.first, d.second) for d in result.disagreements] == [("A", "support", "oppose")]
    other = FakeStore(store.documents(), store.positions())
    assert api.reliability(store, other).alpha == 1.0


def test_dna_import_then_export(api, tmp_path):
    sample = (SHARED / "interop" / "dna" / "sample.dna").resolve()
    if not sample.exists():
        pytest.skip("../shared is absent")
    store = FakeStore()
    report = api.import_dna(store, sample)
    assert (report.documents, report.positions) == (7, 40)
    assert json.loads(store.settings[api.DNA_EXTRA_KEY])["format"] == "dna3"
    out = api.export_dna(store, tmp_path / "out.dna")
    assert out.positions == 40
    from parley.ingest.dna import read_dna

    assert set(read_dna(tmp_path / "out.dna").positions) == set(read_dna(sample).positions)


def test_cli_commands(api, store, tmp_path, monkeypatch):
    cli = _load("parley.cli.analysis")
    from typer.testing import CliRunner

    from parley.cli.app import app

    monkeypatch.setattr(cli.api, "_opened", lambda target: store)
    runner = CliRunner()
    out = tmp_path / "net.gexf"
    result = runner.invoke(app, ["network", "--mode", "congruence", "--window", "3d", "--format",
                                 "gexf", "--out", str(out), "--exclude-actor", "C"])
    assert result.exit_code == 0, result.output
    assert out.exists() and 'id="C"' not in out.read_text() and 'id="A"' in out.read_text()
    for args in (["positions", "--issue", "x"], ["timeline", "--period", "month"], ["balance"],
                 ["reliability"], ["polarisation", "--window", "3d"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    bad = runner.invoke(app, ["positions", "--start", "yesterday"])
    assert bad.exit_code != 0
