"""Files for other tools: Gephi-clean GraphML and GEXF 1.3, CSV node/edge lists, tables.

* **GraphML** via networkx: plain ``key``/``data`` attributes of type string, double
  or int (no lists, no visone extensions), which Gephi opens cleanly. Two-mode node
  ids are prefixed ``actor:`` / ``issue:`` (an actor and an issue may share an id);
  the ``label`` attribute holds the plain id.
* **GEXF 1.3**, static for one network, dynamic for a series of windows: each
  window's weights hold over the *slice* from its centre to the next window's
  centre (dates for day windows, window numbers for statement windows), so value
  intervals never overlap — Gephi rejects overlapping intervals.
* Every edge carries ``evidence``: its statements' spans as ``doc:start-end;…``.
* Tables (pandas) go to CSV, JSON (records) or Parquet by the file's suffix.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Sequence

import networkx as nx
import numpy as np
import pandas as pd

from parley.core.errors import ValidationError

from .matrix import spans_text
from .networks import Network, edge_stance, evidence_index

GEXF_NS = "http://gexf.net/1.3"
TABLE_FORMATS = ("csv", "json", "parquet")
NETWORK_FORMATS = ("graphml", "gexf", "csv")


# --------------------------------------------------------------------------- networkx


def node_id(network: Network, label: str, column: bool = False) -> str:
    """The file id of a node: the label, or ``actor:``/``issue:`` + label when two-mode."""
    if not network.two_mode:
        return label
    return f"issue:{label}" if column else f"actor:{label}"


def _node_camps(network: Network) -> dict[str, str]:
    table = network.statements
    return {table.actors[a]: table.camps[c] for a, c in zip(table.actor, table.actor_camp)}


def _node_rows(network: Network) -> list[tuple[str, dict]]:
    if network.kind == "issue":
        return [(n, {"label": n, "kind": "issue", "camp": ""}) for n in network.nodes]
    camps = _node_camps(network)
    rows = [(node_id(network, n), {"label": n, "kind": "actor", "camp": camps.get(n, "")})
            for n in network.nodes]
    if network.two_mode:
        rows += [(node_id(network, n, True), {"label": n, "kind": "issue", "camp": ""})
                 for n in network.columns]
    return rows


def _edge_rows(network: Network, with_evidence: bool = True) -> list[tuple[str, str, dict]]:
    evidence = evidence_index(network) if with_evidence else None
    rows = []
    for u, v, weight in network.edges():
        data: dict = {"weight": weight}
        if network.two_mode:
            r, c = network.nodes.index(u), network.columns.index(v)
            data.update(stance=edge_stance(network, u, v) or "",
                        support=float(network.support[r, c]), oppose=float(network.oppose[r, c]))
        if evidence is not None:
            spans = evidence(u, v)
            data.update(statements=len(spans), evidence=spans_text(spans))
        rows.append((node_id(network, u), node_id(network, v, True), data))
    return rows


def to_networkx(network: Network, with_evidence: bool = True) -> nx.Graph:
    """An undirected networkx graph: every node (isolates too), the non-zero edges."""
    graph = nx.Graph(network_kind=network.kind, network_mode=network.mode,
                     normalisation=network.normalisation)
    graph.add_nodes_from(_node_rows(network))
    graph.add_edges_from(_edge_rows(network, with_evidence))
    return graph


def write_graphml(network: Network, path: str | Path) -> Path:
    """Write a GraphML file Gephi opens (see module doc)."""
    path = Path(path)
    nx.write_graphml(to_networkx(network), path)
    return path


# --------------------------------------------------------------------------- GEXF


def _sub(parent: ET.Element, tag: str, **attributes: object) -> ET.Element:
    return ET.SubElement(parent, tag, {k: str(v) for k, v in attributes.items() if v is not None})


def _gexf_root(description: str, dynamic: bool, timeformat: str) -> tuple[ET.Element, ET.Element]:
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "version": "1.3"})
    meta = _sub(root, "meta", lastmodifieddate=dt.date.today().isoformat())
    _sub(meta, "creator").text = "Parley"
    _sub(meta, "description").text = description
    graph_attributes = {"defaultedgetype": "undirected", "mode": "dynamic" if dynamic else "static"}
    if dynamic:
        graph_attributes.update(timeformat=timeformat, timerepresentation="interval")
    return root, _sub(root, "graph", **graph_attributes)


def _declare(graph: ET.Element, cls: str, names: Sequence[tuple[str, str]], dynamic=False) -> None:
    block = _sub(graph, "attributes", **{"class": cls, "mode": "dynamic" if dynamic else None})
    for name, kind in names:
        _sub(block, "attribute", id=name, title=name, type=kind)


def _values(element: ET.Element, values: dict, spans=()) -> None:
    attvalues = _sub(element, "attvalues")
    for key, value in values.items():
        _sub(attvalues, "attvalue", **{"for": key, "value": value})
    for key, value, start, end in spans:
        _sub(attvalues, "attvalue", **{"for": key, "value": value, "start": start, "end": end})


NODE_ATTRIBUTES = (("kind", "string"), ("camp", "string"))
EDGE_ATTRIBUTES = (("stance", "string"), ("support", "double"), ("oppose", "double"),
                   ("statements", "integer"), ("evidence", "string"))


def _write_xml(root: ET.Element, path: str | Path) -> Path:
    path = Path(path)
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def write_gexf(network: Network, path: str | Path) -> Path:
    """Write one network as a static GEXF 1.3 file."""
    root, graph = _gexf_root(_describe(network), False, "date")
    _declare(graph, "node", NODE_ATTRIBUTES)
    _declare(graph, "edge", EDGE_ATTRIBUTES)
    nodes = _sub(graph, "nodes")
    for nid, data in _node_rows(network):
        _values(_sub(nodes, "node", id=nid, label=data["label"]),
                {"kind": data["kind"], "camp": data["camp"]})
    edges = _sub(graph, "edges")
    for n, (u, v, data) in enumerate(_edge_rows(network)):
        edge = _sub(edges, "edge", id=n, source=u, target=v, weight=_number(data["weight"]))
        _values(edge, {k: data[k] for k, _ in EDGE_ATTRIBUTES if k in data})
    return _write_xml(root, path)


def _describe(network: Network) -> str:
    return f"Parley {network.kind} network: {network.mode}, normalisation {network.normalisation}"


def _number(value: float) -> str:
    return repr(float(value))


# --------------------------------------------------------------------------- dynamic GEXF


def _slices(series: Sequence[Network]) -> list[tuple[str, str]]:
    """Non-overlapping [start, end] per window: from its centre up to the next centre."""
    if series[0].start is None or any(n.start is None for n in series):
        raise ValidationError("a dynamic GEXF needs networks of time windows")
    by_days = all((n.end - n.start).days == (series[0].end - series[0].start).days for n in series)
    if not by_days:
        return [(str(i), str(i)) for i in range(len(series))]
    centres = [n.start + (n.end - n.start) // 2 for n in series]
    step = (centres[1] - centres[0]) if len(centres) > 1 else dt.timedelta(days=1)
    ends = [c - dt.timedelta(days=1) for c in centres[1:]] + [centres[-1] + step - dt.timedelta(days=1)]
    return [(c.isoformat(), e.isoformat()) for c, e in zip(centres, ends)]


def _runs(present: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive runs of True as (first, last) indices."""
    edges = np.diff(np.r_[0, present.astype(int), 0])
    return list(zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1))


def write_dynamic_gexf(series: Sequence[Network], path: str | Path) -> Path:
    """Write networks of consecutive windows (same nodes) as one dynamic GEXF 1.3 file."""
    series = list(series)
    if not series:
        raise ValidationError("no windows to write: the statements have no dates")
    slices = _slices(series)
    timeformat = "integer" if slices[0][0].isdigit() else "date"
    root, graph = _gexf_root(_describe(series[0]) + ", moving windows", True, timeformat)
    _declare(graph, "node", NODE_ATTRIBUTES)
    _declare(graph, "edge", (("weight", "double"),), dynamic=True)
    _declare(graph, "edge", (("evidence", "string"),))
    _dynamic_nodes(_sub(graph, "nodes"), series, slices)
    _dynamic_edges(_sub(graph, "edges"), series, slices)
    return _write_xml(root, path)


def _spells(element: ET.Element, runs, slices) -> None:
    spells = _sub(element, "spells")
    for first, last in runs:
        _sub(spells, "spell", start=slices[first][0], end=slices[last][1])


def _dynamic_nodes(parent: ET.Element, series: Sequence[Network], slices) -> None:
    first = series[0]
    active = np.stack([_active_nodes(n) for n in series], axis=1)
    for index, (nid, data) in enumerate(_node_rows(first)):
        node = _sub(parent, "node", id=nid, label=data["label"])
        _values(node, {"kind": data["kind"], "camp": data["camp"]})
        if active[index].any():
            _spells(node, _runs(active[index]), slices)


def _active_nodes(network: Network) -> np.ndarray:
    """Which nodes (in ``_node_rows`` order) have a statement in this window."""
    table, used = network.statements, network.kernel > 0
    actors = np.zeros(len(table.actors), bool)
    actors[table.actor[used]] = True
    issues = np.zeros(len(table.issues), bool)
    issues[table.issue[used]] = True
    if network.two_mode:
        return np.r_[actors, issues]
    return actors if network.kind == "actor" else issues


def _dynamic_edges(parent: ET.Element, series: Sequence[Network], slices) -> None:
    stack = np.stack([n.weights if n.two_mode else np.triu(n.weights, 1) for n in series])
    whole = _whole_period(series[0])
    evidence = evidence_index(whole)
    rows, cols = np.nonzero((stack != 0).any(axis=0))
    for n, (r, c) in enumerate(zip(rows, cols)):
        u, v = series[0].nodes[r], series[0].columns[c]
        edge = _sub(parent, "edge", id=n, source=node_id(whole, u), target=node_id(whole, v, True))
        weights = stack[:, r, c]
        changes = [("weight", _number(weights[a]), slices[a][0], slices[b][1])
                   for a, b in _value_runs(weights)]
        _values(edge, {"evidence": spans_text(evidence(u, v))}, changes)
        _spells(edge, _runs(weights != 0), slices)


def _value_runs(weights: np.ndarray) -> list[tuple[int, int]]:
    """Runs of equal, non-zero weight as (first, last) window indices."""
    runs, start = [], None
    for i, w in enumerate(weights):
        if start is not None and (w != weights[start]):
            runs.append((start, i - 1))
            start = None
        if start is None and w != 0:
            start = i
    if start is not None:
        runs.append((start, len(weights) - 1))
    return runs


def _whole_period(network: Network) -> Network:
    """The same network over every dated statement of the series, for edge evidence."""
    return replace(network, kernel=network.statements.dated.astype(float))


# --------------------------------------------------------------------------- CSV and tables


def nodes_frame(network: Network) -> pd.DataFrame:
    """Nodes: id, label, kind, camp."""
    return pd.DataFrame([{"id": i, **d} for i, d in _node_rows(network)],
                        columns=["id", "label", "kind", "camp"])


def edges_frame(network: Network) -> pd.DataFrame:
    """Edges with weight, stance and counts (two-mode), statements and evidence."""
    rows = [{"source": u, "target": v, **d} for u, v, d in _edge_rows(network)]
    frame = pd.DataFrame(rows, columns=["source", "target", "weight", *(
        ["stance", "support", "oppose"] if network.two_mode else []), "statements", "evidence"])
    if network.window is not None:
        frame.insert(0, "window", network.window)
        frame.insert(1, "start", network.start.isoformat() if network.start else None)
        frame.insert(2, "end", network.end.isoformat() if network.end else None)
    return frame


def write_network(network: Network, path: str | Path, fmt: str | None = None) -> list[Path]:
    """Write one network as GraphML, GEXF or CSV (``<stem>.nodes.csv`` + ``<stem>.edges.csv``)."""
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt == "graphml":
        return [write_graphml(network, path)]
    if fmt == "gexf":
        return [write_gexf(network, path)]
    if fmt == "csv":
        stem = path.with_suffix("")
        return [write_table(nodes_frame(network), f"{stem}.nodes.csv"),
                write_table(edges_frame(network), f"{stem}.edges.csv")]
    raise ValidationError(f"{path}: network format must be one of {', '.join(NETWORK_FORMATS)}")


def write_table(frame: pd.DataFrame, path: str | Path, fmt: str | None = None) -> Path:
    """Write a table as CSV, JSON (list of records) or Parquet, by ``fmt`` or the suffix."""
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt == "csv":
        frame.to_csv(path, index=False)
    elif fmt == "json":
        frame.to_json(path, orient="records", force_ascii=False, indent=1, date_format="iso")
    elif fmt == "parquet":
        frame.to_parquet(path, index=False, engine="pyarrow")
    else:
        raise ValidationError(f"{path}: table format must be one of {', '.join(TABLE_FORMATS)}")
    return path
