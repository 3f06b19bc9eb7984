"""Read and write scenarios: Parley's own YAML and CSV, and a reader for any supported file.

YAML (one document)::

    name: road toll
    issues:
      - {id: toll, low: "no toll", high: "high toll", scale: [0, 100], status_quo: 0}
    actors:
      - {name: city, capability: 2, risk: 0.5, positions: {toll: 80}, salience: {toll: 0.9}}

CSV (one row per actor × issue): ``actor,capability,risk,issue,position,salience,
status_quo,scale_min,scale_max,low,high``; issue columns repeat on every row of
that issue. :func:`read_scenario` also reads the benchmark formats of
:mod:`parley.models.readers` (KTAB CSV/XML, Decide, BDM CSV).

>>> import tempfile, pathlib
>>> s = Scenario.from_arrays(["a", "b"], ["x"], [1, 2], [[10], [90]], [[0.5], [1]])
>>> path = pathlib.Path(tempfile.mkdtemp()) / "s.yaml"
>>> write_scenario(s, path); read_scenario(path).positions.tolist()
[[10.0], [90.0]]
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from parley.core.errors import ScenarioError
from parley.models.scenario import Scenario, ScenarioIssue

CSV_COLUMNS = ("actor", "capability", "risk", "issue", "position", "salience",
               "status_quo", "scale_min", "scale_max", "low", "high")


def _float(value: Any, where: str, what: str) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        raise ScenarioError(f"{where}: {what} must be a number, got {value!r}") from None
    if math.isnan(out):
        raise ScenarioError(f"{where}: {what} is missing")
    return out


def _optional(value: Any, where: str, what: str) -> float | None:
    return None if value in (None, "") else _float(value, where, what)


# -- YAML ------------------------------------------------------------------
def scenario_to_dict(s: Scenario) -> dict[str, Any]:
    """Plain data of a scenario (what the YAML holds)."""
    issues = [{"id": i.id, "low": i.low_label, "high": i.high_label, "scale": [i.scale_min, i.scale_max],
               "status_quo": i.status_quo, "outcome": i.outcome} for i in s.issues]
    actors = []
    for a, name in enumerate(s.actors):
        row = {"name": name, "capability": float(s.capability[a]),
               "positions": {i: float(v) for i, v in zip(s.issue_ids, s.positions[a])},
               "salience": {i: float(v) for i, v in zip(s.issue_ids, s.salience[a])}}
        if s.risk is not None:
            row["risk"] = float(s.risk[a])
        actors.append(row)
    return {"name": s.name, "issues": issues, "actors": actors, "provenance": dict(s.provenance)}


def _issue_from_dict(d: Any, where: str) -> ScenarioIssue:
    if not isinstance(d, dict) or "id" not in d:
        raise ScenarioError(f"{where}: every issue needs an 'id'")
    lo, hi = d.get("scale", [0, 100])
    return ScenarioIssue(str(d["id"]), str(d.get("low", "0")), str(d.get("high", "100")),
                         _float(lo, where, "scale"), _float(hi, where, "scale"),
                         _optional(d.get("status_quo"), where, "status_quo"),
                         _optional(d.get("outcome"), where, "outcome"))


def _actor_row(d: Any, issues: list[str], where: str) -> tuple[str, float, list[float], list[float], Any]:
    if not isinstance(d, dict) or "name" not in d:
        raise ScenarioError(f"{where}: every actor needs a 'name'")
    name = str(d["name"])
    pos, sal = d.get("positions") or {}, d.get("salience") or {}
    missing = [i for i in issues if i not in pos]
    if missing:
        raise ScenarioError(f"{where}: actor {name!r} has no position on {', '.join(missing)}")
    here = f"{where}: actor {name!r}"
    return (name, _float(d.get("capability", 1.0), here, "capability"),
            [_float(pos[i], here, f"position on {i}") for i in issues],
            [_float(sal.get(i, 1.0), here, f"salience on {i}") for i in issues], d.get("risk"))


def scenario_from_dict(data: Any, where: str = "scenario") -> Scenario:
    """Build a scenario from :func:`scenario_to_dict` data; errors name ``where``."""
    if not isinstance(data, dict):
        raise ScenarioError(f"{where}: expected a mapping with 'issues' and 'actors'")
    issues = [_issue_from_dict(d, f"{where}: issue {k + 1}") for k, d in enumerate(data.get("issues") or [])]
    rows = [_actor_row(d, [i.id for i in issues], f"{where}: actor {k + 1}")
            for k, d in enumerate(data.get("actors") or [])]
    if not rows or not issues:
        raise ScenarioError(f"{where}: a scenario needs at least one actor and one issue")
    risks = [r[4] for r in rows]
    risk = None if all(r is None for r in risks) else [_float(r, where, "risk") for r in risks]
    try:
        return Scenario(name=str(data.get("name", Path(where).stem)), actors=tuple(r[0] for r in rows),
                        issues=tuple(issues), capability=np.array([r[1] for r in rows]),
                        positions=np.array([r[2] for r in rows]), salience=np.array([r[3] for r in rows]),
                        risk=None if risk is None else np.array(risk), provenance=data.get("provenance") or {})
    except ScenarioError as err:
        raise ScenarioError(f"{where}: {err}") from None


def write_yaml(s: Scenario, path: str | Path) -> None:
    """Write ``s`` as YAML."""
    Path(path).write_text(yaml.safe_dump(scenario_to_dict(s), sort_keys=False, allow_unicode=True), encoding="utf-8")


def read_yaml(path: str | Path) -> Scenario:
    """Read a scenario written by :func:`write_yaml` (or by hand)."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise ScenarioError(f"{path}{line}: not valid YAML ({getattr(err, 'problem', err)})") from None
    return scenario_from_dict(data, str(path))


# -- CSV -------------------------------------------------------------------
def write_csv(s: Scenario, path: str | Path) -> None:
    """Write ``s`` as long CSV (one row per actor × issue)."""
    with Path(path).open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(CSV_COLUMNS)
        for a, actor in enumerate(s.actors):
            for k, i in enumerate(s.issues):
                out.writerow([actor, repr(float(s.capability[a])), "" if s.risk is None else repr(float(s.risk[a])),
                              i.id, repr(float(s.positions[a, k])), repr(float(s.salience[a, k])),
                              "" if i.status_quo is None else repr(i.status_quo),
                              repr(i.scale_min), repr(i.scale_max), i.low_label, i.high_label])


def read_csv(path: str | Path) -> Scenario:
    """Read long CSV (see :data:`CSV_COLUMNS`; ``risk`` and the issue columns are optional)."""
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    need = {"actor", "issue", "position"} - set(rows[0] if rows else {})
    if need:
        raise ScenarioError(f"{path}:1: missing column(s) {', '.join(sorted(need))}")
    actors: dict[str, dict[str, Any]] = {}
    issues: dict[str, dict[str, Any]] = {}
    for line, r in enumerate(rows, start=2):
        where = f"{path}:{line}"
        a = actors.setdefault(r["actor"], {"name": r["actor"], "positions": {}, "salience": {}})
        a["capability"] = _float(r.get("capability") or 1, where, "capability")
        if r.get("risk"):
            a["risk"] = _float(r["risk"], where, "risk")
        a["positions"][r["issue"]] = _float(r["position"], where, "position")
        a["salience"][r["issue"]] = _float(r.get("salience") or 1, where, "salience")
        issues.setdefault(r["issue"], {"id": r["issue"], "status_quo": r.get("status_quo") or None,
                                       "scale": [r.get("scale_min") or 0, r.get("scale_max") or 100],
                                       "low": r.get("low") or "0", "high": r.get("high") or "100"})
    return scenario_from_dict({"name": Path(path).stem, "issues": list(issues.values()),
                               "actors": list(actors.values())}, str(path))


# -- any file --------------------------------------------------------------
def write_scenario(s: Scenario, path: str | Path) -> None:
    """Write YAML (``.yaml``/``.yml``) or CSV (``.csv``)."""
    suffix = Path(path).suffix.lower()
    if suffix in (".yaml", ".yml"):
        write_yaml(s, path)
    elif suffix == ".csv":
        write_csv(s, path)
    else:
        raise ScenarioError(f"{path}: write .yaml or .csv scenarios, not {suffix or 'no suffix'}")


def read_scenario(path: str | Path) -> Scenario:
    """Read any supported scenario file, recognising the format from suffix and content."""
    from parley.models import readers

    path = Path(path)
    if not path.is_file():
        raise ScenarioError(f"{path}: no such scenario file")
    suffix = path.suffix.lower()
    head = path.read_text(encoding="utf-8-sig", errors="replace")[:2000]
    if suffix in (".yaml", ".yml"):
        return read_yaml(path)
    if suffix == ".xml":
        return readers.read_ktab_xml(path)
    if head.lstrip().startswith(("'#", "#A", "#O", "#/", "#P")):
        return readers.read_decide(path)
    if suffix == ".csv":
        first = head.splitlines()[0].lower().replace(" ", "") if head else ""
        if first.startswith("actor,issue") or "issue" in first.split(","):
            return read_csv(path)
        if first.split(",")[:2] in (["actor", "capability"], ["stakeholder", "resources"]):
            return readers.read_bdm_csv(path)
        return readers.read_ktab_csv(path)
    raise ScenarioError(f"{path}: unknown scenario format (expected .yaml, .csv, .xml or a Decide file)")
