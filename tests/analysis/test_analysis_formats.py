"""GraphML / GEXF 1.3 validated against XML schemas; CSV, JSON and Parquet tables.

The official GraphML and GEXF XSDs cannot be fetched offline, so the files are checked
against schemas of our own in ``schemas/`` that follow the published ones for every
element and attribute Parley writes (namespaces, element order, enumerations, typed
time values, node/edge/attribute references). Set ``PARLEY_GRAPHML_XSD`` /
``PARLEY_GEXF_XSD`` to local copies of the official schemas to validate against
those too.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from lxml import etree

from analysis_fixtures import pos, three_actors
from parley.analysis import (
    WindowSpec, build_statements, network_series, one_mode_network, position_matrix,
    two_mode_network, two_mode_series, write_dynamic_gexf, write_network, write_table,
)
from parley.core.errors import ValidationError

SCHEMAS = Path(__file__).parent / "schemas"
NS = {"g": "http://gexf.net/1.3"}


def validate(path: Path, schema_file: str, official_env: str) -> etree._ElementTree:
    doc = etree.parse(str(path))
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / schema_file)))
    assert schema.validate(doc), schema.error_log
    official = os.environ.get(official_env)
    if official:
        assert etree.XMLSchema(etree.parse(official)).validate(doc)
    return doc


@pytest.fixture
def table():
    return build_statements([*three_actors(), pos("A", "x", "support", 20),
                             pos("C", "z", "support", 25)])


def test_our_schema_rejects_what_the_published_schema_rejects(tmp_path, table):
    path = write_network(one_mode_network(table), tmp_path / "n.gexf")[0]
    text = path.read_text(encoding="utf-8")
    bad = tmp_path / "bad.gexf"
    bad.write_text(text.replace('version="1.3"', 'version="1.2"'), encoding="utf-8")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf13_subset.xsd")))
    assert not schema.validate(etree.parse(str(bad)))
    bad.write_text(text.replace('target="B"', 'target="nobody"', 1), encoding="utf-8")
    assert not schema.validate(etree.parse(str(bad)))


@pytest.mark.parametrize("kind", ["actor", "issue", "two-mode"])
def test_graphml_is_valid_and_reads_back(tmp_path, table, kind):
    net = two_mode_network(table) if kind == "two-mode" else one_mode_network(table, kind, "subtract")
    path = write_network(net, tmp_path / "n.graphml")[0]
    validate(path, "graphml_subset.xsd", "PARLEY_GRAPHML_XSD")
    graph = nx.read_graphml(path)
    assert graph.number_of_edges() == len(net.edges())
    u, v, data = next(iter(graph.edges(data=True)))
    assert set(data) >= {"weight", "evidence", "statements"}
    assert data["evidence"].count(":") == data["statements"]
    if kind == "two-mode":
        assert {d["kind"] for _, d in graph.nodes(data=True)} == {"actor", "issue"}
        assert "stance" in data


@pytest.mark.parametrize("kind", ["actor", "two-mode"])
def test_static_gexf_is_valid(tmp_path, table, kind):
    net = two_mode_network(table) if kind == "two-mode" else one_mode_network(table, "actor", "conflict")
    doc = validate(write_network(net, tmp_path / "n.gexf")[0], "gexf13_subset.xsd", "PARLEY_GEXF_XSD")
    edges = doc.findall(".//g:edge", NS)
    assert len(edges) == len(net.edges())
    assert doc.getroot().find("g:graph", NS).get("mode") == "static"


def test_dynamic_gexf_has_non_overlapping_window_intervals(tmp_path, table):
    series = [n[0] for n in network_series(table, WindowSpec(10, "days", step=5), modes=("congruence",))]
    path = write_dynamic_gexf(series, tmp_path / "d.gexf")
    doc = validate(path, "gexf13_subset.xsd", "PARLEY_GEXF_XSD")
    graph = doc.getroot().find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("timerepresentation")) == (
        "dynamic", "date", "interval")
    for edge in doc.findall(".//g:edge", NS):
        values = [(a.get("start"), a.get("end")) for a in edge.findall(".//g:attvalue[@for='weight']", NS)]
        assert values and all(s <= e for s, e in values)
        assert all(e1 < s2 for (_, e1), (s2, _) in zip(values, values[1:]))  # no overlap
    # A–B congruence exists in the window of days 1–10 only
    ab = [e for e in doc.findall(".//g:edge", NS) if {e.get("source"), e.get("target")} == {"A", "B"}]
    assert len(ab) == 1 and ab[0].find(".//g:attvalue[@for='evidence']", NS).get("value")


def test_dynamic_gexf_for_statement_windows_and_two_mode(tmp_path, table):
    series = list(two_mode_series(table, WindowSpec(4, "statements", step=2)))
    doc = validate(write_dynamic_gexf(series, tmp_path / "t.gexf"), "gexf13_subset.xsd",
                   "PARLEY_GEXF_XSD")
    assert doc.getroot().find("g:graph", NS).get("timeformat") in {"integer", "date"}
    with pytest.raises(ValidationError):
        write_dynamic_gexf([], tmp_path / "none.gexf")


@pytest.mark.parametrize("suffix", ["csv", "json", "parquet"])
def test_tables_round_trip(tmp_path, suffix):
    frame = position_matrix(three_actors()).to_frame()
    path = write_table(frame, tmp_path / f"m.{suffix}")
    back = {"csv": pd.read_csv, "json": pd.read_json, "parquet": pd.read_parquet}[suffix](path)
    assert list(back["actor"]) == list(frame["actor"])
    assert list(back["evidence"]) == list(frame["evidence"])
    with pytest.raises(ValidationError):
        write_table(frame, tmp_path / "m.xlsx")


def test_csv_node_and_edge_lists(tmp_path, table):
    nodes, edges = write_network(two_mode_network(table), tmp_path / "t.csv")
    frame = pd.read_csv(edges)
    assert set(frame.columns) >= {"source", "target", "weight", "stance", "evidence"}
    assert len(pd.read_csv(nodes)) == len(table.actors) + len(table.issues)
