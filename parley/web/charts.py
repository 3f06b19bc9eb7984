"""Plotly figures (plain JSON) of the report's and dashboard's views.

Every text that may come from a document or a codebook is HTML-escaped before it
goes into a figure, because Plotly reads a few tags in hover texts and labels.
Figures are dictionaries ``{"data": [...], "layout": {...}}`` drawn by ``Plotly.newPlot``.
"""

from __future__ import annotations

import html
import math
from typing import Any, Sequence

import networkx as nx

STANCE_COLOURS = {"support": "#2b6cb0", "oppose": "#c53030", "mixed": "#805ad5"}
PALETTE = ("#2b6cb0", "#c05621", "#2f855a", "#b83280", "#6b46c1", "#975a16", "#2c7a7b",
           "#c53030", "#4a5568", "#d69e2e")
HOVER_EVIDENCE = 2
MAX_EDGES = 400


def esc(text: Any, width: int = 90) -> str:
    """Escaped, shortened text for a Plotly label or hover text."""
    value = " ".join(str(text if text is not None else "").split())
    if len(value) > width:
        value = value[: width - 1] + "…"
    return html.escape(value, quote=True)


def _evidence_lines(evidence: Sequence[Any]) -> str:
    lines = [f"{esc(e.document, 40)} [{e.start}–{e.end}]: “{esc(e.text, 80)}”"
             for e in evidence[:HOVER_EVIDENCE]]
    return "<br>".join(lines)


def _layout(title: str, **extra: Any) -> dict:
    return {"title": {"text": esc(title, 120)}, "margin": {"l": 60, "r": 20, "t": 50, "b": 60},
            "font": {"family": "system-ui, sans-serif", "size": 12},
            "paper_bgcolor": "#ffffff", "plot_bgcolor": "#ffffff", **extra}


def matrix_figure(view: Any) -> dict:
    """Heatmap of net support (−1 oppose … +1 support), evidence on hover."""
    cells = {(c.actor, c.issue): c for c in view.cells}
    z, hover = [], []
    for actor in view.actors:
        row_z, row_h = [], []
        for issue in view.issues:
            cell = cells.get((actor, issue))
            row_z.append(None if cell is None else round(cell.net, 3))
            row_h.append("no statements" if cell is None else (
                f"<b>{esc(view.actor_names[actor], 40)}</b> on {esc(view.issue_names[issue], 50)}<br>"
                f"{cell.stance}: {cell.support} support, {cell.oppose} oppose "
                f"({cell.reviewed} reviewed)<br>{_evidence_lines(cell.evidence)}"))
        z.append(row_z)
        hover.append(row_h)
    trace = {"type": "heatmap", "z": z, "x": [esc(view.issue_names[i], 30) for i in view.issues],
             "y": [esc(view.actor_names[a], 30) for a in view.actors], "zmin": -1, "zmax": 1,
             "colorscale": [[0, "#c53030"], [0.5, "#f7fafc"], [1, "#2b6cb0"]],
             "hoverinfo": "text", "text": hover, "hoverongaps": False,
             "colorbar": {"title": {"text": "net support"}}}
    height = max(320, 28 * len(view.actors) + 140)
    layout = _layout("Positions: actors × issues", height=height, yaxis={"autorange": "reversed"})
    layout["margin"] = {**layout["margin"], "l": 180}  # room for actor names
    return {"data": [trace], "layout": layout}


def _positions(view: Any, seed: int) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in view.nodes)
    graph.add_weighted_edges_from((e.source, e.target, max(float(e.weight), 0.0) + 1e-6)
                                  for e in view.edges)
    if not graph:
        return {}
    return {k: (float(x), float(y)) for k, (x, y) in nx.spring_layout(graph, seed=seed).items()}


def network_figure(view: Any, seed: int = 0) -> dict:
    """Nodes placed by a seeded spring layout, coloured by camp; edge evidence on hover."""
    where = _positions(view, seed)
    shown = view.edges[:MAX_EDGES]  # the heaviest first
    xs: list[float | None] = []
    ys: list[float | None] = []
    for e in shown:
        xs += [where[e.source][0], where[e.target][0], None]
        ys += [where[e.source][1], where[e.target][1], None]
    traces = [{"type": "scatter", "mode": "lines", "x": xs, "y": ys, "hoverinfo": "skip",
               "showlegend": False, "line": {"width": 1, "color": "#a0aec0"}}]
    mids = [e for e in shown if e.evidence]
    traces.append({"type": "scatter", "mode": "markers", "showlegend": False, "hoverinfo": "text",
                   "x": [(where[e.source][0] + where[e.target][0]) / 2 for e in mids],
                   "y": [(where[e.source][1] + where[e.target][1]) / 2 for e in mids],
                   "marker": {"size": 6, "color": "#cbd5e0"},
                   "text": [f"{esc(e.source, 30)} — {esc(e.target, 30)}: weight {e.weight:g}, "
                            f"{e.statements} statements<br>{_evidence_lines(e.evidence)}" for e in mids]})
    camps = sorted({n.camp or "" for n in view.nodes})
    traces.append({"type": "scatter", "mode": "markers+text", "showlegend": False,
                   "x": [where[n.id][0] for n in view.nodes], "y": [where[n.id][1] for n in view.nodes],
                   "text": [esc(n.label, 24) for n in view.nodes], "textposition": "top center",
                   "hoverinfo": "text",
                   "hovertext": [f"{esc(n.label, 40)} (camp {esc(n.camp or '–', 30)}): "
                                 f"{n.statements} statements" for n in view.nodes],
                   "marker": {"size": [8 + 2 * math.sqrt(n.statements) for n in view.nodes],
                              "color": [PALETTE[camps.index(n.camp or "") % len(PALETTE)]
                                        for n in view.nodes]}})
    axis = {"visible": False}
    return {"data": traces, "layout": _layout(f"{view.kind} network ({view.mode})", height=560,
                                              xaxis=axis, yaxis=axis, hovermode="closest")}


def timeline_figure(view: Any) -> dict:
    """Statements per period, support and oppose stacked."""
    periods = [r["period"] for r in view.series]
    bars = [{"type": "bar", "name": stance, "x": periods, "y": [r[stance] for r in view.series],
             "marker": {"color": STANCE_COLOURS[stance]}} for stance in ("support", "oppose")]
    return {"data": bars, "layout": _layout(f"Statements per {view.period}", barmode="stack",
                                            height=360)}


def forecast_figure(view: Any) -> dict:
    """Forecast per issue: mean with its 80 % interval, and the baseline run."""
    issues = [esc(r["issue"], 30) for r in view.issues]
    mean = [r["mean"] for r in view.issues]
    trace = {"type": "scatter", "mode": "markers", "name": "Monte Carlo mean (80 % interval)",
             "x": mean, "y": issues, "marker": {"size": 10, "color": "#2b6cb0"},
             "error_x": {"type": "data", "symmetric": False,
                         "array": [r["p90"] - r["mean"] for r in view.issues],
                         "arrayminus": [r["mean"] - r["p10"] for r in view.issues]}}
    base = {"type": "scatter", "mode": "markers", "name": "baseline", "x": [r["baseline"] for r in view.issues],
            "y": issues, "marker": {"symbol": "x", "size": 9, "color": "#c05621"}}
    layout = _layout(f"Forecast ({view.model}, {view.draws} draws, seed {view.seed})",
                     xaxis={"range": [0, 100], "title": {"text": "0 = oppose pole … 100 = support pole"}},
                     height=max(300, 30 * len(issues) + 140))
    layout["margin"] = {**layout["margin"], "l": 180}  # room for issue ids
    return {"data": [trace, base], "layout": layout}


def camps_figure(overview: Any) -> dict:
    """Documents and statements per source camp."""
    camps = [esc(r["camp"], 30) for r in overview.camps]
    bars = [{"type": "bar", "name": name, "x": camps, "y": [r.get(key, 0) for r in overview.camps]}
            for key, name in (("documents", "documents"), ("statements_from", "statements from"),
                              ("statements_about", "statements about"))]
    return {"data": bars, "layout": _layout("Perspective balance: sources per camp", height=340,
                                            barmode="group")}


def settlement_figure(view: Any) -> dict:
    """Each party's share of its top concerns in a Nash division."""
    rows = view.settlement
    trace = {"type": "bar", "x": [esc(r["party"], 30) for r in rows],
             "y": [r["top_concern_share"] for r in rows], "marker": {"color": "#2f855a"}}
    return {"data": [trace], "layout": _layout("Settlement check: share of top concerns",
                                               yaxis={"range": [0, 1]}, height=320)}
