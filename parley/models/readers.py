"""Readers of the negotiation-model benchmark formats; each returns :class:`Scenario`.

* KTAB CSV and XML (KAPSARC's Spatial Model of Politics; ``smpSchema.xsd``):
  saliences on 0-100 are divided by 100 (``provenance["salience_scale"] = 100``);
  the XML's model parameters, PRNG seed and ideal-accommodation matrix go into
  ``provenance``.
* Decide's tab-separated format (Stokman's exchange model, foarsitter/
  decide-exchange-model): rows ``#A`` actor, ``#P`` issue, ``#M`` scale point,
  ``#D`` actor issue position salience power; quote ``'``. An actor absent from
  an issue gets salience 0 at the issue's weighted mean (listed in
  ``provenance["absent"]``).
* BDM CSV (actor, capability, position, salience): one issue.
* The DEU table (Thomson et al.; DEU III, Arregui & Perarnaud 2021): one scenario
  per issue, see :func:`read_deu`.

Every reader raises :class:`ScenarioError` naming the file and line on bad input.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from parley.core.errors import ScenarioError
from parley.models.scenario import Scenario, ScenarioIssue


def _num(text: Any, where: str, what: str) -> float:
    try:
        return float(str(text).strip())
    except (TypeError, ValueError):
        raise ScenarioError(f"{where}: {what} must be a number, got {text!r}") from None


def _build(where: str, **fields: Any) -> Scenario:
    try:
        return Scenario(**fields)
    except ScenarioError as err:
        raise ScenarioError(f"{where}: {err}") from None


def _scale_of(values: Iterable[float]) -> tuple[float, float]:
    values = list(values)
    return min(0.0, min(values)), max(100.0, max(values))


# -- KTAB ------------------------------------------------------------------
def read_ktab_csv(path: str | Path) -> Scenario:
    """KTAB CSV: name row, header row (Actor, Description, Power, then Position/Salience pairs)."""
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        rows = [[c.strip() for c in r] for r in csv.reader(fh)]
    rows = [r[:-1] if r and r[-1] == "" else r for r in rows]
    if len(rows) < 3 or len(rows[0]) < 4:
        raise ScenarioError(f"{path}:1: a KTAB CSV needs a row 'name, description, actors, dimensions', "
                            "a header row and actor rows")
    n_actors, n_dims = int(_num(rows[0][2], f"{path}:1", "actor count")), int(_num(rows[0][3], f"{path}:1", "dimension count"))
    header = rows[1]
    if len(header) < 3 + 2 * n_dims:
        raise ScenarioError(f"{path}:2: expected {3 + 2 * n_dims} columns for {n_dims} dimensions, got {len(header)}")
    dims = [header[3 + 2 * k].replace(" Position", "").strip() or f"dim{k + 1}" for k in range(n_dims)]
    body = [(line, r) for line, r in enumerate(rows[2:], start=3) if any(r)]
    if len(body) != n_actors:
        raise ScenarioError(f"{path}:1: declares {n_actors} actors but {len(body)} actor rows follow")
    cap, pos, sal = [], [], []
    for line, r in body:
        where = f"{path}:{line}"
        if len(r) < 3 + 2 * n_dims:
            raise ScenarioError(f"{where}: expected {3 + 2 * n_dims} columns, got {len(r)}")
        cap.append(_num(r[2], where, "capability"))
        pos.append([_num(r[3 + 2 * k], where, f"position on {dims[k]}") for k in range(n_dims)])
        sal.append([_num(r[4 + 2 * k], where, f"salience on {dims[k]}") / 100 for k in range(n_dims)])
    issues = tuple(ScenarioIssue(d, *("0", "100"), *_scale_of(np.array(pos)[:, k])) for k, d in enumerate(dims))
    return _build(str(path), name=rows[0][0], actors=tuple(r[0] for _, r in body), issues=issues,
                  capability=np.array(cap), positions=np.array(pos), salience=np.array(sal),
                  provenance={"format": "ktab-csv", "source": str(path), "salience_scale": 100,
                              "description": rows[0][1]})


def _xml_values(actor, tag: str, child: str, dims: list[str], name: str, path) -> list[float]:
    cells = actor.find(tag)
    values = [] if cells is None else list(cells.iter(child))
    if len(values) != len(dims):
        line = actor.sourceline if cells is None else cells.sourceline
        raise ScenarioError(f"{path}:{line}: actor {name!r} has {len(values)} {child} values, expected {len(dims)}")
    out = []
    for cell, dim in zip(values, dims):
        if not (cell.text or "").strip():
            raise ScenarioError(f"{path}:{cell.sourceline}: actor {name!r} has no {tag.lower()} on {dim!r}")
        out.append(_num(cell.text, f"{path}:{cell.sourceline}", f"{tag.lower()} on {dim}"))
    return out


def read_ktab_xml(path: str | Path) -> Scenario:
    """KTAB XML scenario (``smpSchema.xsd``): actors, dimensions, parameters, seed, accommodation."""
    from lxml import etree

    try:
        root = etree.parse(str(path)).getroot()
    except etree.XMLSyntaxError as err:
        raise ScenarioError(f"{path}:{err.lineno}: not well-formed XML ({err.msg})") from None
    dims = [(d.text or "").strip() for d in root.iterfind("Dimensions/dName")]
    actors = list(root.iterfind("Actors/Actor"))
    if not dims or not actors:
        raise ScenarioError(f"{path}: a KTAB scenario needs <Dimensions> and <Actors>")
    names = [(a.findtext("name") or "").strip() for a in actors]
    cap = [_num(a.findtext("capability"), f"{path}:{a.sourceline}", f"capability of {n}") for a, n in zip(actors, names)]
    pos = [_xml_values(a, "Position", "dCoord", dims, n, path) for a, n in zip(actors, names)]
    sal = [[v / 100 for v in _xml_values(a, "Salience", "dSal", dims, n, path)] for a, n in zip(actors, names)]
    accommodation = np.eye(len(names))
    for pair in root.iterfind("IdealAdjustment/iaPair"):
        where = f"{path}:{pair.sourceline}"
        try:
            i, j = names.index(pair.findtext("adjustingIdeal")), names.index(pair.findtext("referencePos"))
        except ValueError:
            raise ScenarioError(f"{where}: iaPair names an unknown actor") from None
        accommodation[i, j] = _num(pair.findtext("adjust"), where, "adjust")
    params = {c.tag: (c.text or "").strip() for c in root.iterfind("ModelParameters/*")}
    provenance = {"format": "ktab-xml", "source": str(path), "salience_scale": 100, "ktab_parameters": params,
                  "prng_seed": (root.findtext("prngSeed") or "").strip(), "accommodation": accommodation.tolist(),
                  "description": (root.findtext("desc") or "").strip()}
    issues = tuple(ScenarioIssue(d, "0", "100", *_scale_of(np.array(pos)[:, k])) for k, d in enumerate(dims))
    return _build(str(path), name=(root.findtext("name") or Path(path).stem).strip(), actors=tuple(names),
                  issues=issues, capability=np.array(cap), positions=np.array(pos), salience=np.array(sal),
                  provenance=provenance)


# -- Decide ----------------------------------------------------------------
def _decide_rows(path) -> list[tuple[int, list[str]]]:
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quotechar="'"))
    return [(n, [c.strip() for c in r]) for n, r in enumerate(rows, start=1) if r and any(r)]


_DECIDE_WIDTH = {"#A": 2, "#P": 2, "#M": 3, "#D": 6}


def read_decide(path: str | Path) -> Scenario:
    """Decide's tab-separated input (``#A``, ``#P``, ``#M``, ``#D`` rows)."""
    actors: dict[str, None] = {}
    scale: dict[str, list[float]] = {}
    data: dict[tuple[str, str], tuple[float, float, float, int]] = {}
    name = Path(path).stem
    for line, r in _decide_rows(path):
        where, kind = f"{path}:{line}", r[0]
        if len(r) < _DECIDE_WIDTH.get(kind, 0):
            raise ScenarioError(f"{where}: a {kind} row needs {_DECIDE_WIDTH[kind]} fields, got {len(r)}")
        if kind == "#/" or not kind:
            continue  # a comment row
        if kind == "#O":
            name = r[1] if len(r) > 1 else name
        elif kind == "#A":
            actors[r[1]] = None
        elif kind == "#P":
            scale.setdefault(r[1], [])
        elif kind == "#M":
            scale.setdefault(r[1], []).append(_num(r[2], where, "scale point"))
        elif kind == "#D":
            if r[1] not in actors or r[2] not in scale:
                raise ScenarioError(f"{where}: #D row names an undeclared actor or issue ({r[1]!r}, {r[2]!r})")
            data[(r[1], r[2])] = (*(_num(v, where, w) for v, w in zip(r[3:6], ("position", "salience", "power"))), line)
        else:
            raise ScenarioError(f"{where}: unknown row type {kind!r} (expected #A, #P, #M or #D)")
    return _decide_scenario(path, name, list(actors), scale, data)


def _decide_power(path, actors, data) -> np.ndarray:
    power = []
    for a in actors:
        rows = sorted((line, p) for (who, _), (_, _, p, line) in data.items() if who == a)
        values = {p for _, p in rows}
        if len(values) > 1 or (rows and rows[0][1] < 0):
            line = next(line for line, p in rows if p != rows[0][1] or p < 0)
            raise ScenarioError(f"{path}:{line}: actor {a!r} needs one non-negative power on every issue; "
                                f"found {sorted(values)}")
        power.append(rows[0][1] if rows else 0.0)
    return np.array(power)


def _decide_scenario(path, name, actors, scale, data) -> Scenario:
    issues = list(scale)
    pos = np.full((len(actors), len(issues)), np.nan)
    sal = np.zeros_like(pos)
    for (a, i), (x, s, _, _) in data.items():
        pos[actors.index(a), issues.index(i)], sal[actors.index(a), issues.index(i)] = x, s
    power = _decide_power(path, actors, data)
    salience_scale = 100 if sal.max(initial=0) > 1 else 1
    sal = sal / salience_scale
    absent = [(actors[a], issues[k]) for a, k in np.argwhere(np.isnan(pos))]
    for k in range(len(issues)):
        here = ~np.isnan(pos[:, k])
        w = power[here] * sal[here, k]
        pos[~here, k] = (pos[here, k] @ w / w.sum()) if w.sum() > 0 else np.nanmean(pos[:, k])
    objs = tuple(ScenarioIssue(i, *(("0", "100") if len(scale[i]) < 2 else (f"{min(scale[i]):g}", f"{max(scale[i]):g}")),
                               *((min(scale[i]), max(scale[i])) if len(scale[i]) >= 2 else (0.0, 100.0)))
                 for i in issues)
    return _build(str(path), name=name, actors=tuple(actors), issues=objs, capability=power,
                  positions=pos, salience=sal,
                  provenance={"format": "decide", "source": str(path), "salience_scale": salience_scale,
                              "absent": absent})


# -- BDM -------------------------------------------------------------------
def read_bdm_csv(path: str | Path) -> Scenario:
    """BDM CSV (Actor|Stakeholder, Capability|Resources, Position, Salience): one issue.

    Saliences above 1 are read as percentages.
    """
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        rows = [(n, r) for n, r in enumerate(csv.reader(fh), start=1) if r and any(c.strip() for c in r)]
    if len(rows) < 2:
        raise ScenarioError(f"{path}: a BDM CSV needs a header and at least one actor row")
    names, cap, pos, sal = [], [], [], []
    for line, r in rows[1:]:
        where = f"{path}:{line}"
        if len(r) < 4:
            raise ScenarioError(f"{where}: expected actor, capability, position, salience")
        names.append(r[0].strip())
        cap.append(_num(r[1], where, "capability"))
        pos.append(_num(r[2], where, "position"))
        sal.append(_num(r[3], where, "salience"))
    scale = 100 if max(sal) > 1 else 1
    # the BDM scales are the range the actors span (years, shares...), not 0-100
    issue = ScenarioIssue(Path(path).stem, f"{min(pos):g}", f"{max(pos):g}", min(pos), max(pos))
    return _build(str(path), name=Path(path).stem, actors=tuple(names), issues=(issue,), capability=np.array(cap),
                  positions=np.array(pos)[:, None], salience=np.array(sal)[:, None] / scale,
                  provenance={"format": "bdm-csv", "source": str(path), "salience_scale": scale})


# -- DEU -------------------------------------------------------------------
@dataclass(frozen=True)
class DeuIssue:
    """One DEU issue: its scenario (actors with a position) and its table row."""

    scenario: Scenario
    line: int
    proposal: str
    procedure: str
    voting: str
    introduced: str


def _deu_cell(row: dict[str, str], key: str, where: str) -> float | None:
    text = (row.get(key) or "").strip()
    return None if text in ("", "NA", ".") else _num(text, where, key)


def read_deu(path: str | Path, missing_salience: float | None = 0.0) -> list[DeuIssue]:
    """The DEU table: one :class:`DeuIssue` per issue row (the GDP row is skipped).

    Actors are the ``p<code>`` columns with a position on that issue; capability
    is 1 (weightings are the backtest's business; GDP per actor is in
    ``provenance["gdp"]``). An actor with a position but no salience gets
    ``missing_salience`` (0 by default, which reproduces the published baselines;
    listed in ``provenance["salience_missing"]``); ``None`` makes it an error.
    """
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        rows = list(reader)
        fields = reader.fieldnames or []
    codes = [f[1:] for f in fields if f.startswith("p") and "s" + f[1:] in fields]
    if not codes or "out" not in fields:
        raise ScenarioError(f"{path}:1: expected p<actor>/s<actor> columns and 'out' (a DEU table)")
    gdp_row = next((r for r in rows if not (r.get("isnr") or "").strip()), None)
    gdp = {c: _deu_cell(gdp_row, "p" + c, f"{path}:2") for c in codes} if gdp_row else {}
    out = []
    for line, row in enumerate(rows, start=2):
        if row is gdp_row:
            continue
        out.append(_deu_issue(path, line, row, codes, gdp, missing_salience))
    return out


def _deu_issue(path, line, row, codes, gdp, missing_salience) -> DeuIssue:
    where = f"{path}:{line}"
    names, pos, sal, assumed = [], [], [], []
    for c in codes:
        x = _deu_cell(row, "p" + c, where)
        if x is None:
            continue
        s = _deu_cell(row, "s" + c, where)
        if s is None:
            if missing_salience is None:
                raise ScenarioError(f"{where}: actor {c!r} has a position but no salience")
            s = missing_salience * 100
            assumed.append(c)
        names.append(c)
        pos.append(x)
        sal.append(s / 100)
    if not names:
        raise ScenarioError(f"{where}: issue {row.get('isnr')!r} has no actor with a position")
    issue = ScenarioIssue(row["isnr"].strip(), status_quo=_deu_cell(row, "rp", where),
                          outcome=_deu_cell(row, "out", where))
    scenario = _build(where, name=issue.id, actors=tuple(names), issues=(issue,), capability=np.ones(len(names)),
                      positions=np.array(pos)[:, None], salience=np.array(sal)[:, None],
                      provenance={"format": "deu", "source": str(path), "line": line, "salience_scale": 100,
                                  "gdp": {n: gdp.get(n) for n in names},
                                  "salience_missing": assumed})
    return DeuIssue(scenario, line, (row.get("prnr") or "").strip(), (row.get("proc") or "").strip(),
                    (row.get("counvte") or "").strip(), (row.get("intro") or "").strip())
