"""Weighted (asymmetric) Nash bargaining solution with the status quo as disagreement point.

``nbs.v1`` picks the package x (one value per issue) that maximises the weighted
Nash product ``Π_i g_i(x)^{c_i}`` (Nash 1950; the asymmetric form of Kalai 1977;
applied to EU legislation by Achen 2006, "Institutional realism and bargaining
models", in Thomson et al., *The European Union Decides*). Actor i's gain over
the status quo q is salience-weighted quadratic loss on the issue scales:

    g_i(x) = Σ_j s_ij [ (q_j - x_ij)² - (x_j - x_ij)² ] / span_j²

Only packages that leave every actor at least as well off as the status quo are
agreements. The first-order condition makes each issue's solution a weighted
mean of the positions with weights ``c_i s_ij / g_i(x)`` (Achen's link to the
compromise model), so the solution never leaves the range of positions. When no
package improves on the status quo for everyone (e.g. on one issue with actors
on both sides of q), the bargain fails and the outcome *is* the status quo
(``details["agreement"] is False``). Without a status quo the solution is
undefined: :class:`ModelError`.

>>> from parley.models.scenario import Scenario, ScenarioIssue
>>> issues = [ScenarioIssue("a", status_quo=0), ScenarioIssue("b", status_quo=0)]
>>> s = Scenario.from_arrays(["x", "y"], issues, [1, 1], [[0, 100], [100, 0]], [[1, 1], [1, 1]])
>>> run(s).positions.round(3).tolist()
[50.0, 50.0]
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize

from parley.core.errors import ModelError
from parley.models.registry import MODELS
from parley.models.scenario import Outcome, Scenario

NAME = "nbs.v1"
_FEASIBLE = 1e-9


def _problem(scenario: Scenario):
    sq = scenario.status_quo()
    if sq is None:
        missing = [i.id for i in scenario.issues if i.status_quo is None]
        raise ModelError(f"{NAME}: the Nash bargaining solution is undefined without a status quo "
                         f"(scenario {scenario.name!r}, issues without one: {', '.join(missing)})")
    span = np.array([i.scale_max - i.scale_min for i in scenario.issues], dtype=float)
    span = np.where(span > 0, span, 1.0)
    s = scenario.salience / span**2
    best = (s * (sq - scenario.positions) ** 2).sum(axis=1)  # each actor's gain at its ideal
    players = (scenario.capability > 0) & (s.sum(axis=1) > 0)
    return sq, scenario.positions[players], s[players], scenario.capability[players], best[players], players


def gains(x: np.ndarray, ideal: np.ndarray, s: np.ndarray, sq: np.ndarray) -> np.ndarray:
    """g_i(x): each actor's gain over the status quo (salience-weighted quadratic)."""
    return (s * ((sq - ideal) ** 2 - (x - ideal) ** 2)).sum(axis=1)


def _most_even_gain(ideal, s, sq, best, bounds) -> tuple[np.ndarray, float]:
    """The package that maximises the smallest relative gain (a feasible start)."""
    m = len(sq)
    start = np.append(ideal.mean(axis=0), 0.0)
    cons = {"type": "ineq", "fun": lambda z: gains(z[:m], ideal, s, sq) / best - z[m]}
    res = minimize(lambda z: -z[m], start, method="SLSQP", constraints=[cons],
                   bounds=list(bounds) + [(None, None)], options={"maxiter": 500, "ftol": 1e-12})
    return res.x[:m], float(res.x[m])


def _nash_product(ideal, s, sq, weight, x0, bounds) -> np.ndarray:
    def objective(x):
        g = gains(x, ideal, s, sq)
        return -(weight @ np.log(np.maximum(g, 1e-300)))

    def gradient(x):
        g = np.maximum(gains(x, ideal, s, sq), 1e-300)
        return ((weight / g)[:, None] * 2 * s * (x - ideal)).sum(axis=0)

    cons = {"type": "ineq", "fun": lambda x: gains(x, ideal, s, sq) - _FEASIBLE * s.sum(axis=1)}
    res = minimize(objective, x0, jac=gradient, method="SLSQP", bounds=bounds, constraints=[cons],
                   options={"maxiter": 1000, "ftol": 1e-14})
    return res.x


@MODELS.register(NAME)
def run(scenario: Scenario, *, seed: int | None = None) -> Outcome:
    """The weighted Nash bargaining solution (status quo = disagreement point).

    Actors with zero capability or no salience do not bargain. Deterministic;
    ``seed`` is recorded. ``details`` says whether an agreement exists and each
    actor's gain over the status quo at the solution.
    """
    sq, ideal, s, weight, best, players = _problem(scenario)
    bounds = list(zip(ideal.min(axis=0), ideal.max(axis=0))) if len(ideal) else []
    if len(ideal) and np.all(best > 0):
        x0, evenness = _most_even_gain(ideal, s, sq, best, bounds)
    else:
        evenness = 0.0
    agreement = evenness > 1e-7
    x = _nash_product(ideal, s, sq, weight, x0, bounds) if agreement else sq.astype(float)
    details = {"agreement": bool(agreement),
               "gains": dict(zip(np.asarray(scenario.actors)[players].tolist(),
                                 gains(x, ideal, s, sq).tolist() if len(ideal) else [])),
               "status_quo": sq.tolist()}
    return Outcome(model=NAME, scenario=scenario.name, issues=scenario.issue_ids,
                   positions=np.asarray(x, dtype=float), details=details, seed=seed)
