"""What-if scenarios: change one thing, rerun the model, compare side by side with the baseline.

Changes (each a frozen dataclass, or parsed from a short text for the CLI):

* ``drop:ACTOR`` — the actor leaves the table;
* ``capability:ACTOR=2.5`` or ``capability:ACTOR*1.5`` — set or scale its clout;
* ``salience:ACTOR:ISSUE+0.2`` (``+-0.2`` lowers, ``=0.8`` sets; no issue = every issue) —
  shift or set a salience (clipped to [0, 1]);
* ``position:ACTOR:ISSUE=40`` — move a position;
* ``coalition:A+B+C`` (optionally ``:ISSUE``) — the members take one common position,
  the capability × salience weighted mean of theirs (a coalition that bargains as
  one bloc; cf. the coalition moves of Bueno de Mesquita 2002, *Predicting Politics*).

>>> from parley.models.scenario import Scenario
>>> s = Scenario.from_arrays(["a", "b", "c"], ["x"], [1, 1, 2], [[0], [50], [100]], [[1], [1], [1]])
>>> r = whatif(s, "compromise", ["drop:c"])
>>> r.rows[0]["baseline"], r.rows[0]["variant"]
(62.5, 25.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from parley.core.errors import ScenarioError
from parley.models.scenario import Outcome, Scenario


@dataclass(frozen=True)
class Change:
    """One change to a scenario; ``apply`` returns the changed scenario."""

    kind: str  # drop | capability | salience | position | coalition
    actors: tuple[str, ...]
    issue: str | None = None
    value: float | None = None
    op: str = "="  # "=" set, "+" shift, "*" scale
    label: str = ""

    def apply(self, s: Scenario) -> Scenario:
        return _APPLY[self.kind](self, s)


def _set(old, op: str, value: float):
    return value if op == "=" else old + value if op == "+" else old * value


def _drop(c: Change, s: Scenario) -> Scenario:
    if len(c.actors) >= s.n_actors:
        raise ScenarioError(f"what-if {c.label!r} would leave no actor")
    return s.without_actors(c.actors)


def _capability(c: Change, s: Scenario) -> Scenario:
    cap = s.capability.copy()
    a = s.actor_index(c.actors[0])
    cap[a] = max(0.0, _set(cap[a], c.op, c.value))
    return s.replace(capability=cap)


def _cell(c: Change, s: Scenario, attr: str, lo: float, hi: float) -> Scenario:
    values = getattr(s, attr).copy()
    a, ks = s.actor_index(c.actors[0]), _issues(c, s)
    for k in ks:
        bounds = (s.issues[k].scale_min, s.issues[k].scale_max) if attr == "positions" else (lo, hi)
        values[a, k] = float(np.clip(_set(values[a, k], c.op, c.value), *bounds))
    return s.replace(**{attr: values})


def _issues(c: Change, s: Scenario) -> list[int]:
    return list(range(s.n_issues)) if c.issue in (None, "*") else [s.issue_index(c.issue)]


def _coalition(c: Change, s: Scenario) -> Scenario:
    rows = [s.actor_index(a) for a in c.actors]
    positions = s.positions.copy()
    for k in _issues(c, s):
        w = s.capability[rows] * s.salience[rows, k]
        w = w if w.sum() > 0 else np.ones(len(rows))
        positions[rows, k] = s.positions[rows, k] @ w / w.sum()
    return s.replace(positions=positions)


_APPLY = {"drop": _drop, "capability": _capability, "coalition": _coalition,
          "salience": lambda c, s: _cell(c, s, "salience", 0.0, 1.0),
          "position": lambda c, s: _cell(c, s, "positions", -np.inf, np.inf)}
_VALUE = re.compile(r"^(?P<who>[^:=+*]+)(?::(?P<issue>[^=+*]+))?(?P<op>[=+*])(?P<value>[-+]?[0-9.]+(?:e[-+]?\d+)?)$")
_HELP = "try drop:A, capability:A=2, capability:A*1.5, salience:A:ISSUE+0.2, position:A:ISSUE=40, coalition:A+B"


def parse_change(text: str) -> Change:
    """``"salience:eu:tax+0.2"`` → :class:`Change` (see the module docstring)."""
    kind, _, rest = text.strip().partition(":")
    if kind in ("drop", "coalition") and rest:
        who, _, issue = rest.partition(":")
        actors = tuple(a.strip() for a in who.split("+")) if kind == "coalition" else (who.strip(),)
        if kind == "drop" and issue:
            raise ScenarioError(f"what-if {text!r}: drop takes an actor only; {_HELP}")
        return Change(kind, actors, issue.strip() or None, label=text.strip())
    m = _VALUE.match(rest) if kind in ("capability", "salience", "position") else None
    issue_ok = m and {"capability": not m["issue"], "position": bool(m["issue"])}.get(kind, True)
    if not issue_ok:
        raise ScenarioError(f"cannot read what-if {text!r}; {_HELP}")
    return Change(kind, (m["who"].strip(),), m["issue"], float(m["value"]), m["op"], text.strip())


@dataclass(frozen=True)
class WhatIfResult:
    """The baseline and each variant's outcome; ``rows`` are issue × variant for display."""

    model: str
    baseline: Outcome
    variants: dict[str, Outcome]
    rows: list[dict]

    def as_dict(self) -> dict:
        return {"model": self.model, "rows": self.rows}


def whatif(scenario: Scenario, model: str, changes: list[str | Change], seed: int | None = None,
           combined: bool = False, **options) -> WhatIfResult:
    """Run ``model`` on the baseline and on each changed scenario (or on all changes at once)."""
    from parley.models import run_model

    parsed = [c if isinstance(c, Change) else parse_change(c) for c in changes]
    if not parsed:
        raise ScenarioError("what-if needs at least one change")
    groups = [("+".join(c.label or c.kind for c in parsed), parsed)] if combined else [(c.label or c.kind, [c]) for c in parsed]
    base = run_model(model, scenario, seed=seed, **options)
    variants, rows = {}, []
    for label, group in groups:
        changed = scenario
        for change in group:
            changed = change.apply(changed)
        variants[label] = out = run_model(model, changed, seed=seed, **options)
        for k, issue in enumerate(scenario.issue_ids):
            rows.append({"change": label, "issue": issue, "baseline": float(base.positions[k]),
                         "variant": float(out.positions[k]), "delta": float(out.positions[k] - base.positions[k])})
    return WhatIfResult(base.model, base, variants, rows)
