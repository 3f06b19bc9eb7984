"""Monte Carlo over uncertain inputs, with a tornado sensitivity per actor input.

Each uncertain input (capability, position, salience) is drawn around its value:
triangular with the value as mode, or PERT-beta (Vose 2008, *Risk Analysis*,
ch. 9; the three-point PERT form of Malcolm et al. 1959). Ranges are ± spreads
for all values (positions in scale points, saliences absolute, capabilities
relative; positions as a fraction of the scale) or explicit (low, high) per value, e.g. from the evidence. Draws come
from one seeded ``numpy.random.Generator``; the compromise and median models
run all draws at once (batched), any other model draw by draw.

The tornado (Howard 1988; Clemen & Reilly, *Making Hard Decisions*, ch. 5)
moves one input at a time to its low and high end and records how far each
issue's outcome swings.

>>> from parley.models.scenario import Scenario
>>> s = Scenario.from_arrays(["a", "b"], ["x"], [1, 1], [[20], [80]], [[1], [1]])
>>> r = monte_carlo(s, "compromise", n=200, seed=1, spread=Spread(position=0.1))
>>> bool(40 < r.mean[0] < 60), r.interval.shape
(True, (1, 2))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from parley.core.errors import ModelError
from parley.models.compromise import actor_weights, weighted_mean, weighted_median
from parley.models.scenario import Scenario

DISTRIBUTIONS = ("triangular", "beta")
FIELDS = ("capability", "position", "salience")
RangeKey = tuple[str, str, str | None]  # (field, actor, issue or None for capability)


@dataclass(frozen=True)
class Spread:
    """How uncertain the inputs are: ± spreads and explicit per-value ranges.

    ``position``: ± fraction of the issue's scale span (0.1 = ±10 points on
    0–100); ``salience``: ± absolute; ``capability``: ± fraction of the value. ``ranges[(field, actor, issue)] = (low, high)``
    overrides the spread for one value (issue None for capability).
    """

    position: float = 0.1
    salience: float = 0.1
    capability: float = 0.2
    distribution: str = "triangular"
    ranges: Mapping[RangeKey, tuple[float, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.distribution not in DISTRIBUTIONS:
            raise ModelError(f"distribution must be one of {', '.join(DISTRIBUTIONS)}; got {self.distribution!r}")
        if min(self.position, self.salience, self.capability) < 0:
            raise ModelError("spreads must be non-negative")


def bounds(scenario: Scenario, spread: Spread) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Low and high ends of every input, clipped to what the input may be."""
    lo_scale = np.array([i.scale_min for i in scenario.issues])
    hi_scale = np.array([i.scale_max for i in scenario.issues])
    c, x, s = scenario.capability, scenario.positions, scenario.salience
    out = {"capability": [c * (1 - spread.capability), c * (1 + spread.capability)],
           "position": [x - spread.position * (hi_scale - lo_scale), x + spread.position * (hi_scale - lo_scale)],
           "salience": [s - spread.salience, s + spread.salience]}
    for (name, actor, issue), (low, high) in spread.ranges.items():
        if name not in FIELDS or low > high:
            raise ModelError(f"range for {(name, actor, issue)} must name a field of {FIELDS} with low <= high")
        a = scenario.actor_index(actor)
        idx = (a,) if name == "capability" else (a, scenario.issue_index(issue))
        out[name][0][idx], out[name][1][idx] = low, high
    out["capability"] = [np.maximum(v, 0) for v in out["capability"]]
    out["position"] = [np.clip(v, lo_scale, hi_scale) for v in out["position"]]
    out["salience"] = [np.clip(v, 0, 1) for v in out["salience"]]
    return {k: (np.asarray(v[0], float), np.asarray(v[1], float)) for k, v in out.items()}


def _draw(rng, low, mode, high, n, distribution) -> np.ndarray:
    mode = np.clip(mode, low, high)
    width = high - low
    u = rng.random((n, *np.shape(mode))) if distribution == "triangular" else None
    if distribution == "triangular":  # inverse CDF, vectorised, zero widths allowed
        safe = np.where(width > 0, width, 1.0)
        cut = (mode - low) / safe
        left = low + np.sqrt(u * safe * (mode - low))
        right = high - np.sqrt((1 - u) * safe * (high - mode))
        return np.where(width > 0, np.where(u < cut, left, right), mode)
    safe = np.where(width > 0, width, 1.0)
    alpha = 1 + 4 * (mode - low) / safe
    beta = 1 + 4 * (high - mode) / safe
    return low + width * rng.beta(np.broadcast_to(alpha, (n, *np.shape(mode))), beta)


def draw_inputs(scenario: Scenario, spread: Spread, n: int, seed: int | None) -> dict[str, np.ndarray]:
    """``n`` draws of capability (n, A), positions and salience (n, A, I)."""
    if n < 1:
        raise ModelError(f"need at least one draw, got {n}")
    rng = np.random.default_rng(seed)
    ends = bounds(scenario, spread)
    base = {"capability": scenario.capability, "position": scenario.positions, "salience": scenario.salience}
    return {k: _draw(rng, ends[k][0], base[k], ends[k][1], n, spread.distribution) for k in FIELDS}


def _batched(name: str, draws: dict[str, np.ndarray], options: dict) -> np.ndarray | None:
    w = actor_weights(draws["capability"], draws["salience"], options.get("weights", "capability_salience"))
    if name == "compromise.v1":
        return weighted_mean(draws["position"], w)
    if name == "median.v1":
        return weighted_median(draws["position"], w)
    return None


def run_draws(scenario: Scenario, model: str, draws: dict[str, np.ndarray], seed: int | None = None,
              **options) -> np.ndarray:
    """Outcome per draw and issue (n, I): batched where the model allows, else draw by draw."""
    from parley.models import resolve_model, run_model

    name = resolve_model(model)
    fast = _batched(name, draws, options)
    if fast is not None:
        return fast
    rows = []
    for k in range(len(draws["capability"])):
        variant = scenario.replace(capability=draws["capability"][k], positions=draws["position"][k],
                                   salience=draws["salience"][k])
        rows.append(run_model(name, variant, seed=seed, **options).positions)
    return np.array(rows)


@dataclass(frozen=True)
class MonteCarloResult:
    """Outcome draws (n × issues) and their summaries; ``tornado`` rows sorted by swing."""

    model: str
    issues: tuple[str, ...]
    draws: np.ndarray
    mean: np.ndarray
    interval: np.ndarray  # (issues, 2): the 10 % and 90 % quantiles (80 % interval)
    baseline: np.ndarray
    tornado: list[dict]
    seed: int | None

    def as_dict(self) -> dict:
        return {"model": self.model, "seed": self.seed, "n": int(len(self.draws)),
                "issues": {i: {"baseline": float(b), "mean": float(m), "p10": float(lo), "p90": float(hi)}
                           for i, b, m, (lo, hi) in zip(self.issues, self.baseline, self.mean, self.interval)},
                "tornado": self.tornado}


def tornado(scenario: Scenario, model: str, spread: Spread, seed: int | None = None, **options) -> list[dict]:
    """One input at a time at its low and high end: the swing of each issue's outcome."""
    from parley.models import run_model

    ends = bounds(scenario, spread)
    base = run_model(model, scenario, seed=seed, **options).positions
    rows = []
    for name, attr in (("capability", "capability"), ("position", "positions"), ("salience", "salience")):
        for idx in np.ndindex(getattr(scenario, attr).shape):
            low_high = []
            for end in ends[name]:
                values = getattr(scenario, attr).copy()
                values[idx] = end[idx]
                low_high.append(run_model(model, scenario.replace(**{attr: values}), seed=seed, **options).positions)
            swing = np.abs(low_high[1] - low_high[0])
            issues = scenario.issue_ids if name == "capability" else (scenario.issue_ids[idx[1]],)
            cols = range(scenario.n_issues) if name == "capability" else (idx[1],)
            for issue, k in zip(issues, cols):
                rows.append({"actor": scenario.actors[idx[0]], "input": name, "issue": issue,
                             "low": float(low_high[0][k]), "high": float(low_high[1][k]), "swing": float(swing[k]),
                             "baseline": float(base[k])})
    return sorted(rows, key=lambda r: (-r["swing"], r["actor"], r["input"], r["issue"]))


def monte_carlo(scenario: Scenario, model: str = "compromise", n: int = 1000, seed: int | None = 0,
                spread: Spread | None = None, with_tornado: bool = True, **options) -> MonteCarloResult:
    """``n`` seeded draws of the inputs through ``model``: distribution, 80 % interval, tornado."""
    from parley.models import resolve_model, run_model

    spread = spread or Spread()
    name = resolve_model(model)
    draws = run_draws(scenario, name, draw_inputs(scenario, spread, n, seed), seed=seed, **options)
    baseline = run_model(name, scenario, seed=seed, **options).positions
    rows = tornado(scenario, name, spread, seed=seed, **options) if with_tornado else []
    return MonteCarloResult(name, scenario.issue_ids, draws, draws.mean(axis=0),
                            np.quantile(draws, [0.1, 0.9], axis=0).T, np.asarray(baseline), rows, seed)
