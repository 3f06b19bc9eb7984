"""The plain-text (Markdown) summary: the report's figures as tables, no scripts.

Text from documents and codebooks is escaped (``<``, ``>``, ``&``, ``|``), so a
Markdown viewer never turns it into HTML or breaks a table.

>>> md_text("a <b>|x")
'a &lt;b&gt;\\\\|x'
"""

from __future__ import annotations

import html
from typing import Any, Iterable, Sequence

ROWS = 40


def md_text(value: Any, width: int = 120) -> str:
    """One table-safe, HTML-safe line of text."""
    text = " ".join(str(value if value is not None else "").split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return html.escape(text, quote=False).replace("|", "\\|")


def _num(value: Any, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    """A Markdown table (cells escaped)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md_text(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _cite(refs: Sequence[Any]) -> str:
    return "; ".join(f"{r.document} [{r.start}–{r.end}] “{r.text}”" for r in refs[:2])


def _overview(part: Any) -> list[str]:
    o = part.value
    lines = [", ".join(f"{k}: {v:,}" for k, v in o.counts.items()), ""]
    if o.first_date:
        lines += [f"Documents from {o.first_date} to {o.last_date}.", ""]
    lines += table(["camp", "documents", "share", "statements from", "statements about"],
                   [(r["camp"], r["documents"], _num(r["documents_share"]), r["statements_from"],
                     r["statements_about"]) for r in o.camps])
    return lines + [f"- warning: {md_text(w, 300)}" for w in o.warnings[:ROWS]] + [""]


def _matrix(part: Any) -> list[str]:
    m = part.value
    if not m.cells:
        return ["not available: no positions in this project yet", ""]
    return table(["actor", "issue", "stance", "net", "support", "oppose", "reviewed", "evidence"],
                 [(m.actor_names[c.actor], m.issue_names[c.issue], c.stance, _num(c.net), c.support,
                   c.oppose, c.reviewed, _cite(c.evidence)) for c in m.cells])


def _network(part: Any) -> list[str]:
    n = part.value
    if not n.nodes:
        return ["not available: no statements to connect actors yet", ""]
    return [f"{len(n.nodes)} nodes, {len(n.edges)} ties ({n.kind}, {n.mode}); strongest:", ""] + table(
        ["from", "to", "weight", "statements", "evidence"],
        [(e.source, e.target, _num(e.weight), e.statements if e.statements is not None else "",
          _cite(e.evidence)) for e in n.edges[:ROWS]])


def _timeline(part: Any) -> list[str]:
    t = part.value
    if not t.series:
        return ["not available: no dated statements yet", ""]
    lines = table([t.period, "support", "oppose", "statements"],
                  [(r["period"], r["support"], r["oppose"], r["statements"]) for r in t.series])
    lines += [f"{t.shifts_total} position shifts:", ""]
    return lines + table(["actor", "issue", "from", "to", "evidence after"],
                         [(s.actor, s.issue, f"{s.before}: {s.from_stance}", f"{s.after}: {s.to_stance}",
                           _cite(s.after_evidence)) for s in t.shifts[:ROWS]])


def _quotes(part: Any) -> list[str]:
    q = part.value
    return [f"{q.total} quotes; first {min(ROWS, len(q.items))}:", ""] + table(
        ["speaker", "actor", "date", "quote", "source"],
        [(r.speaker or "?", r.actor or "", r.date or "", r.text, f"{r.document} [{r.start}–{r.end}]")
         for r in q.items[:ROWS]])


def _forecast(part: Any) -> list[str]:
    f = part.value
    lines = [f"Model {f.model}, {f.draws} draws, seed {f.seed}; 0 = oppose pole, 100 = support pole.", ""]
    lines += table(["issue", "baseline", "mean", "80 % interval"],
                   [(r["issue"], _num(r["baseline"], 1), _num(r["mean"], 1),
                     f"{_num(r['p10'], 1)} – {_num(r['p90'], 1)}") for r in f.issues])
    lines += ["What if:", ""] + table(["change", "issue", "baseline", "with the change", "difference"],
                                      [(r["change"], r["issue"], _num(r["baseline"], 1),
                                        _num(r["variant"], 1), f"{r['delta']:+.1f}") for r in f.whatif])
    lines += ["Settlement check (share of each party's top concerns):", ""]
    if not f.settlement:
        return lines + [md_text(f.settlement_note or "not available"), ""]
    return lines + table(["party", "share"], [(r["party"], _num(r["top_concern_share"])) for r in f.settlement])


def _agreement(part: Any) -> list[str]:
    a = part.value
    lines = [f"{a.items_reviewed} items reviewed by {len(a.reviewers)} reviewer(s); "
             f"alpha between reviewers {_num(a.alpha, 3)}.", ""]
    lines += table(["kind", "accepted", "corrected", "rejected"],
                   [(k, c["accept"], c["correct"], c["reject"]) for k, c in a.decisions.items()])
    if a.machine:
        lines += [f"Machine vs reviewed stance coding: alpha {_num(a.machine['alpha'], 3)}, "
                  f"agreement {_num(a.machine['agreement'])} on {a.machine['units']} units.", ""]
    return lines + [f"- {md_text(n, 300)}" for n in a.notes] + [""]


SECTIONS = (("Corpus and perspective balance", "overview", _overview),
            ("Positions: actors × issues", "matrix", _matrix), ("Discourse network", "network", _network),
            ("Timeline and position shifts", "timeline", _timeline), ("Quotes", "quotes", _quotes),
            ("Forecast, what-if and settlement check", "forecast", _forecast),
            ("Review and agreement", "agreement", _agreement))


def markdown_report(data: Any) -> str:
    """The report of :class:`parley.api.report.ReportData` as Markdown."""
    lines = [f"# {md_text(data.title)}", "", f"Parley report generated {data.generated}.", ""]
    for title, name, write in SECTIONS:
        part = getattr(data, name)
        lines += [f"## {title}", ""]
        lines += write(part) if part.available else [md_text(part.note, 500), ""]
    return "\n".join(lines).rstrip() + "\n"
