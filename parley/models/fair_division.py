"""Fair division of the items or issues on the table.

* :func:`adjusted_winner` — Brams & Taylor's Adjusted Winner for two parties
  (Brams & Taylor 1996, *Fair Division*, ch. 4; 1999, *The Win-Win Solution*):
  each party spreads 100 points over the items; each item first goes to the
  party that values it more (ties to the party then behind); then the leader
  hands items to the other, in increasing order of the ratio of its points to
  theirs, splitting the one item that crosses equality. The result is
  envy-free, equitable and efficient, with at most one item split.
* :func:`nash_division` — n parties, divisible issues: the shares that maximise
  the product of the parties' gains (Nash social welfare; Eisenberg & Gale 1959).
  Solved by proportional-response dynamics, which converge to this optimum for
  additive valuations (Zhang 2011; Birnbaum, Devanur & Xiao 2011), polished by
  SLSQP. With equal
  budgets the result is envy-free (Varian 1974). The report says how much of its
  own top concerns each party receives — the "all-inclusive" check: nobody
  should leave without a real share of what matters most to it.

>>> aw = adjusted_winner({"house": {"a": 60, "b": 40}, "car": {"a": 40, "b": 60}})
>>> aw.points
{'a': 60.0, 'b': 60.0}
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Mapping

import numpy as np

from parley.core.errors import ModelError


@dataclass(frozen=True)
class AdjustedWinner:
    """Shares (party → item → fraction in [0, 1]), points per party and the split item."""

    parties: tuple[str, str]
    shares: dict[str, dict[str, float]]
    points: dict[str, float]
    split_item: str | None
    exact_points: dict[str, Fraction]


def _points_table(points: Mapping[str, Mapping[str, float]]) -> tuple[list[str], list[str], dict]:
    items = list(points)
    if not items:
        raise ModelError("adjusted winner needs at least one item")
    parties = sorted({p for v in points.values() for p in v}, key=lambda p: list(points[items[0]]).index(p)
                     if p in points[items[0]] else 99)
    if len(parties) != 2:
        raise ModelError(f"adjusted winner divides between two parties; got {len(parties)}: {parties}")
    table = {}
    for item in items:
        for p in parties:
            value = points[item].get(p)
            if value is None or value < 0:
                raise ModelError(f"item {item!r} needs non-negative points from {p!r}")
            table[item, p] = Fraction(value).limit_denominator(10**6)
    return parties, items, table


def adjusted_winner(points: Mapping[str, Mapping[str, float]]) -> AdjustedWinner:
    """Adjusted Winner for two parties; ``points[item][party]`` (each party's points sum to 100).

    Exact arithmetic (fractions), so equitability holds to the last digit.
    """
    (a, b), items, v = _points_table(points)
    owner = {i: a if v[i, a] > v[i, b] else b for i in items if v[i, a] != v[i, b]}
    total = {p: sum(v[i, p] for i in owner if owner[i] == p) for p in (a, b)}
    for i in [i for i in items if i not in owner]:  # ties go to whoever is behind
        owner[i] = a if total[a] < total[b] else b
        total[owner[i]] += v[i, owner[i]]
    share = {i: Fraction(1) if owner[i] == a else Fraction(0) for i in items}  # a's share
    lead, lag = (a, b) if total[a] >= total[b] else (b, a)
    split = None
    for i in sorted([i for i in items if owner[i] == lead], key=lambda i: _ratio(v[i, lead], v[i, lag])):
        if total[lead] == total[lag]:
            break
        if total[lead] - v[i, lead] >= total[lag] + v[i, lag]:
            total[lead] -= v[i, lead]
            total[lag] += v[i, lag]
            share[i] = 1 - share[i]
            continue
        keep = (total[lag] - total[lead] + v[i, lead] + v[i, lag]) / (v[i, lead] + v[i, lag])  # lead keeps this part
        total[lead] += -v[i, lead] + keep * v[i, lead]
        total[lag] += (1 - keep) * v[i, lag]
        share[i] = keep if lead == a else 1 - keep
        split = i if 0 < keep < 1 else None
        break
    shares = {a: {i: float(share[i]) for i in items}, b: {i: float(1 - share[i]) for i in items}}
    return AdjustedWinner((a, b), shares, {p: float(total[p]) for p in (a, b)}, split, dict(total))


def _ratio(x: Fraction, y: Fraction) -> Fraction | float:
    return x / y if y > 0 else float("inf")


@dataclass(frozen=True)
class NashDivision:
    """Shares (parties × issues, columns sum to 1), gains and the all-inclusive report."""

    parties: tuple[str, ...]
    issues: tuple[str, ...]
    shares: np.ndarray
    gains: dict[str, float]
    top_concern_share: dict[str, float]
    all_inclusive: bool
    iterations: int

    def as_dict(self) -> dict:
        return {"parties": list(self.parties), "issues": list(self.issues),
                "shares": {p: dict(zip(self.issues, map(float, row))) for p, row in zip(self.parties, self.shares)},
                "gains": self.gains, "top_concern_share": self.top_concern_share, "all_inclusive": self.all_inclusive}


def nash_welfare_shares(values: np.ndarray, tol: float = 1e-12, max_iter: int = 100_000) -> tuple[np.ndarray, int]:
    """Shares x (parties × issues) maximising Σ_k log Σ_j v_kj x_kj, Σ_k x_kj = 1.

    This is the equilibrium of a Fisher market with equal budgets (Eisenberg–Gale),
    reached by proportional response; its optimality gap is certified by the
    market's prices (:func:`equilibrium_gap`). Only when that gap stays open on a
    small problem does a sequential quadratic programming step (scipy SLSQP) polish it.

    >>> x, _ = nash_welfare_shares(np.array([[1.0, 1.0], [1.0, 1.0]]))
    >>> x.round(3).tolist()
    [[0.5, 0.5], [0.5, 0.5]]
    """
    v = np.asarray(values, dtype=float)
    x, iterations = _proportional_response(v, tol, max_iter)
    if equilibrium_gap(v, x) > _GAP_TOLERANCE:
        x = _on_best_buys(v, x, tol)
    if equilibrium_gap(v, x) > _GAP_TOLERANCE and v.size <= _POLISH_MAX_VARIABLES:
        x = _polish(v, x)
    return x, iterations


def _on_best_buys(v: np.ndarray, x: np.ndarray, tol: float) -> np.ndarray:
    """Where proportional response stalls (ties make it converge slowly), rerun it on each party's
    near-best buys at the current prices only: the optimum spends on those alone, and on them the
    response converges fast. Tries tighter to looser cuts; keeps ``x`` where none does better."""
    utility = (v * x).sum(axis=1)
    prices = (v * x / utility[:, None]).sum(axis=0)
    bang = np.divide(v, prices[None, :], out=np.zeros_like(v), where=prices[None, :] > 0)
    ratio = bang / bang.max(axis=1, keepdims=True)
    best, gap = x, equilibrium_gap(v, x)
    for cut in (1e-6, 1e-5, 1e-4, 1e-3):
        y, _ = _proportional_response(v * (ratio >= 1 - cut), tol, _REFINE_ITERATIONS)
        if equilibrium_gap(v, y) < gap:
            best, gap = y, equilibrium_gap(v, y)
        if gap <= _GAP_TOLERANCE:
            break
    return best


_REFINE_ITERATIONS = 20_000


# A relative gap of 1e-9 bounds the lost welfare by n·1e-9 in log utility; SLSQP is
# cubic in the variables, so beyond a few hundred it costs minutes for nothing.
_GAP_TOLERANCE = 1e-9
_POLISH_MAX_VARIABLES = 400


def equilibrium_gap(values: np.ndarray, shares: np.ndarray) -> float:
    """How far ``shares`` are from the Nash-welfare optimum, as a relative price gap.

    With prices p_j = Σ_k v_kj x_kj / u_k (each party spends its budget of 1 in
    proportion to the value it gets), the shares are optimal exactly when no party
    could buy more value per unit of budget than it gets: max_j v_kj / p_j <= u_k.
    Returns max_k (max_j v_kj / p_j) / u_k - 1 (0 at the optimum).

    >>> equilibrium_gap(np.array([[2.0, 0.0], [0.0, 3.0]]), np.eye(2))
    0.0
    """
    utility = np.maximum((values * shares).sum(axis=1), 1e-300)
    prices = (values * shares / utility[:, None]).sum(axis=0)
    bang = np.divide(values, prices[None, :], out=np.zeros_like(values), where=prices[None, :] > 0)
    return float(max((bang.max(axis=1) / utility).max() - 1, 0.0))


def _proportional_response(v: np.ndarray, tol: float, max_iter: int) -> tuple[np.ndarray, int]:
    bids = v / v.sum(axis=1, keepdims=True)  # equal budgets of 1, spread by value
    total = bids.sum(axis=0, keepdims=True)
    # an issue nobody values is split equally (any split is optimal)
    x = np.divide(bids, total, out=np.full_like(bids, 1 / len(v)), where=total > 0)
    for it in range(1, max_iter + 1):
        bids = v * x / (v * x).sum(axis=1, keepdims=True)
        total = bids.sum(axis=0, keepdims=True)
        new = np.divide(bids, total, out=np.full_like(bids, 1 / len(v)), where=total > 0)
        if np.abs(new - x).max() < tol:
            return new, it
        x = new
    return x, max_iter


def _polish(v: np.ndarray, x0: np.ndarray) -> np.ndarray:
    from scipy.optimize import minimize

    n, m = v.shape

    def objective(z):
        return -np.log(np.maximum((v * z.reshape(n, m)).sum(axis=1), 1e-300)).sum()

    def gradient(z):
        u = np.maximum((v * z.reshape(n, m)).sum(axis=1), 1e-300)
        return -(v / u[:, None]).ravel()

    cons = {"type": "eq", "fun": lambda z: z.reshape(n, m).sum(axis=0) - 1,
            "jac": lambda z: np.kron(np.ones((1, n)), np.eye(m))}
    res = minimize(objective, x0.ravel(), jac=gradient, method="SLSQP", bounds=[(0, 1)] * (n * m),
                   constraints=[cons], options={"maxiter": 500, "ftol": 1e-15})
    x = np.clip(res.x.reshape(n, m), 0, 1) if res.success and objective(res.x) <= objective(x0.ravel()) else x0
    return x / x.sum(axis=0, keepdims=True)


def nash_division(values: Mapping[str, Mapping[str, float]], top: int = 3, threshold: float = 0.5) -> NashDivision:
    """Divide divisible issues among n parties by Nash social welfare.

    ``values[party][issue]`` are points (normalised per party to sum to 100).
    ``top_concern_share[p]``: the share of the points of p's ``top`` most valued
    issues that p receives; ``all_inclusive`` when every party gets at least
    ``threshold`` of its top concerns.
    """
    parties = tuple(values)
    issues = tuple(dict.fromkeys(i for p in parties for i in values[p]))
    if len(parties) < 2 or not issues:
        raise ModelError("a division needs at least two parties and one issue")
    v = np.array([[float(values[p].get(i, 0.0)) for i in issues] for p in parties])
    if (v < 0).any() or (v.sum(axis=1) <= 0).any():
        raise ModelError("every party needs non-negative points with a positive total")
    v = 100 * v / v.sum(axis=1, keepdims=True)
    x, iterations = nash_welfare_shares(v)
    gains = dict(zip(parties, (v * x).sum(axis=1).tolist()))
    k = min(top, len(issues))
    top_share = {}
    for row, p in enumerate(parties):
        best = np.argsort(-v[row], kind="stable")[:k]
        top_share[p] = float(v[row, best] @ x[row, best] / v[row, best].sum())
    return NashDivision(parties, issues, x, gains, top_share, min(top_share.values()) >= threshold, iterations)
