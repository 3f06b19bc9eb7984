"""The compromise model (weighted mean) and the weighted median / Condorcet median voter.

* ``compromise.v1``: each issue lands on the mean of the actors' positions weighted
  by capability × salience (van den Bos 1991; Achen 2006, "Evaluating political
  decision-making models", in Thomson et al., *The European Union Decides*,
  ch. 10, shows it approximates the Nash bargaining solution). The weighting can be
  switched: ``weights="capability_salience"`` (default), ``"salience"``,
  ``"capability"``, ``"equal"``.
* ``median.v1``: the weighted median, which in one dimension with weighted votes is
  the Condorcet winner (Black 1948, the median voter theorem). When the weight
  splits exactly in half the median is the midpoint of the tied interval.

Both are vectorised over leading batch axes (``positions[..., actor, issue]``),
which lets Monte Carlo run all draws at once.

>>> from parley.models.scenario import Scenario
>>> s = Scenario.from_arrays(["a", "b", "c"], ["x"], [1, 1, 2], [[0], [50], [100]],
...                          [[1], [1], [1]])
>>> run_compromise(s).positions.tolist(), run_median(s).positions.tolist()
([62.5], [75.0])
"""

from __future__ import annotations

import numpy as np

from parley.core.errors import ModelError
from parley.models.registry import MODELS
from parley.models.scenario import Outcome, Scenario

COMPROMISE = "compromise.v1"
MEDIAN = "median.v1"
WEIGHTINGS = ("capability_salience", "salience", "capability", "equal")


def actor_weights(capability: np.ndarray, salience: np.ndarray, weights: str = "capability_salience") -> np.ndarray:
    """Weights per actor and issue (``capability[..., n]``, ``salience[..., n, m]``)."""
    capability = np.asarray(capability, dtype=float)[..., :, None]
    salience = np.asarray(salience, dtype=float)
    if weights == "capability_salience":
        return capability * salience
    if weights == "salience":
        return salience + 0.0 * capability
    if weights == "capability":
        return capability + 0.0 * salience
    if weights == "equal":
        return np.ones_like(capability + salience)
    raise ModelError(f"weights must be one of {', '.join(WEIGHTINGS)}; got {weights!r}")


def _usable(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Equal weights where an issue's weights sum to zero (nobody cares), and that mask."""
    empty = weight.sum(axis=-2, keepdims=True) <= 0
    return np.where(empty, 1.0, weight), empty[..., 0, :]


def weighted_mean(positions: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Σ w x / Σ w over the actor axis (-2); batch axes broadcast.

    >>> weighted_mean(np.array([[0.0], [100.0]]), np.array([[1.0], [3.0]])).tolist()
    [75.0]
    """
    weight, _ = _usable(weight)
    return (positions * weight).sum(axis=-2) / weight.sum(axis=-2)


def weighted_median(positions: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Weighted median over the actor axis (-2); midpoint when the weight splits in half.

    >>> weighted_median(np.array([[0.0], [100.0]]), np.array([[1.0], [1.0]])).tolist()
    [50.0]
    """
    positions, weight = np.broadcast_arrays(np.asarray(positions, float), weight)
    weight, _ = _usable(weight)
    order = np.argsort(positions, axis=-2, kind="stable")
    x = np.take_along_axis(positions, order, axis=-2)
    cum = np.cumsum(np.take_along_axis(weight, order, axis=-2), axis=-2)
    half = cum[..., -1:, :] / 2
    tol = 1e-12 * cum[..., -1:, :]
    lower = np.argmax(cum >= half - tol, axis=-2)[..., None, :]
    upper = np.argmax(cum > half + tol, axis=-2)[..., None, :]
    both = np.take_along_axis(x, lower, -2) + np.take_along_axis(x, upper, -2)
    return both[..., 0, :] / 2


def _outcome(name: str, scenario: Scenario, values: np.ndarray, weights: str, seed) -> Outcome:
    _, empty = _usable(actor_weights(scenario.capability, scenario.salience, weights))
    unweighted = [i for i, e in zip(scenario.issue_ids, empty) if e]
    return Outcome(model=name, scenario=scenario.name, issues=scenario.issue_ids, positions=values,
                   details={"weights": weights, "equal_weights_used_for": unweighted}, seed=seed)


@MODELS.register(COMPROMISE)
def run_compromise(scenario: Scenario, *, seed: int | None = None, weights: str = "capability_salience") -> Outcome:
    """Weighted mean per issue (weights default to capability × salience).

    Issues on which every weight is zero fall back to equal weights; they are
    listed in ``details["equal_weights_used_for"]``. Deterministic; ``seed`` is recorded.
    """
    w = actor_weights(scenario.capability, scenario.salience, weights)
    return _outcome(COMPROMISE, scenario, weighted_mean(scenario.positions, w), weights, seed)


@MODELS.register(MEDIAN)
def run_median(scenario: Scenario, *, seed: int | None = None, weights: str = "capability_salience") -> Outcome:
    """Weighted median (the Condorcet median voter) per issue."""
    w = actor_weights(scenario.capability, scenario.salience, weights)
    return _outcome(MEDIAN, scenario, weighted_median(scenario.positions, w), weights, seed)
