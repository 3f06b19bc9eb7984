"""Bueno de Mesquita's expected-utility ("challenge") model, as specified by Scholz et al.

The model follows the appendix algorithm of Scholz, Calbert & Smith (2011),
"Unravelling Bueno De Mesquita's group decision model", *Journal of Theoretical
Politics* 23(4) (ICAART 2011 pp. 18-30), which reconstructs Bueno de Mesquita
(1994, in Bueno de Mesquita & Stokman, *European Community Decision Making*) and
Bueno de Mesquita (1997). Each issue is modelled on its own; per round:

1. **Risk attitudes.** With every actor risk-neutral (r = 1), the security of
   actor i is the sum of the expected utilities of the others challenging i;
   ``R_i = (2 Sec_i - max Sec - min Sec) / (max Sec - min Sec)`` and
   ``r_i = (1 - R_i/3) / (1 + R_i/3)`` in [0.5, 2].
2. **Expected utility of a challenge** of i against j, seen by an actor with risk
   exponent r: ``E(U_ij) = s_j (P_i U_s + (1 - P_i) U_f) + (1 - s_j) U_s - Q U_sq
   - (1 - Q)(T U_b + (1 - T) U_w)`` with the utilities of success, failure,
   status quo, better and worse of the paper (distances divided by the range of
   positions).
3. **Offers.** Actor i judges, from its own perspective, every other position
   j: both expected utilities positive with j's the larger -> i loses the
   confrontation and takes x_j; j's positive, i's negative and smaller in size
   -> compromise ``x_i + (x_j - x_i)|E_i / E_j|``; the reverse -> capitulation
   (off by default, see below). Confrontations are preferred to compromises,
   compromises to capitulations; every actor then moves at once.
4. The **median voter** (the position that wins every pairwise vote
   ``v^{jk} = Σ_i c_i s_i (|x_i - x_k| - |x_i - x_j|) / R``, i.e. the position with
   the least capability×salience-weighted distance to all actors) and the
   capability×salience-weighted **mean** are recorded after each round.

Choices where the paper is ambiguous (Scholz et al. list them; we follow the
reading that reproduces their Table 2 and say so):

* the probability of success divides by the votes over *all* pairs of actors,
  as in Scholz's own program (``probability="scholz"``); ``"pairwise"`` gives the
  textbook ``P_i + P_j = 1`` form;
* risk exponents enter the vote ``|x_k - x|^{r_k}`` of each voter k and the
  utilities of the judging actor; the median is found with r = 1;
* among compromises the actor takes the one whose EU-weighted midpoint
  ``(|E_i| x_i + |E_j| x_j)/(|E_i| + |E_j|)`` is lowest (Scholz's program;
  ``offer_choice="least_move"`` takes the smallest move instead);
* capitulations never happen in Scholz's program (``capitulation=False``).

>>> from parley.models.scenario import Scenario
>>> s = Scenario.from_arrays(["a", "b", "c"], ["x"], [1, 1, 1], [[0], [50], [100]],
...                          [[0.5], [0.5], [0.5]])
>>> run(s).model
'eu.scholz.v1'
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from parley.core.errors import ModelError
from parley.models.registry import MODELS
from parley.models.scenario import Outcome, Scenario

NAME = "eu.scholz.v1"
_PROBABILITY_RULES = ("scholz", "pairwise")
_OFFER_CHOICES = ("scholz", "least_move")


@dataclass(frozen=True)
class EUSettings:
    """Switches of the expected-utility model (defaults reproduce Scholz et al. 2011)."""

    rounds: int = 8
    q: float = 1.0  # probability that the status quo persists if nobody challenges
    t: float = 1.0  # probability that things get better (used only when q < 1)
    probability: str = "scholz"
    offer_choice: str = "scholz"
    capitulation: bool = False

    def __post_init__(self) -> None:
        if self.rounds < 0:
            raise ModelError(f"{NAME}: rounds must be >= 0, got {self.rounds}")
        if not (0.0 <= self.q <= 1.0 and 0.0 <= self.t <= 1.0):
            raise ModelError(f"{NAME}: q and t are probabilities in [0, 1]")
        if self.probability not in _PROBABILITY_RULES:
            raise ModelError(f"{NAME}: probability must be one of {_PROBABILITY_RULES}")
        if self.offer_choice not in _OFFER_CHOICES:
            raise ModelError(f"{NAME}: offer_choice must be one of {_OFFER_CHOICES}")


@dataclass(frozen=True)
class IssueRun:
    """Per-round figures of one issue: positions (rounds+1 × actors), median, mean, risk."""

    positions: np.ndarray
    median: np.ndarray
    mean: np.ndarray
    risk_exponents: np.ndarray  # (rounds, actors)


def median_voter(x: np.ndarray, weight: np.ndarray) -> float:
    """The actor position that beats every other in the pairwise BDM vote.

    Because a vote compares weighted distances, the winner is the position with
    the least weighted total distance to the actors. When several positions tie
    (no strict Condorcet winner) we take their midpoint, which keeps symmetric
    cases symmetric.

    >>> median_voter(np.array([4.0, 7.0, 10.0]), np.array([1.0, 1.0, 1.5]))
    7.0
    >>> median_voter(np.array([30.0, 70.0]), np.array([1.0, 1.0]))
    50.0
    """
    candidates = np.unique(x)
    cost = np.abs(x[None, :] - candidates[:, None]) @ weight
    tied = candidates[cost <= cost.min() * (1 + 1e-12) + 1e-300]
    return float((tied.min() + tied.max()) / 2)


def weighted_mean(x: np.ndarray, weight: np.ndarray) -> float:
    """Capability × salience weighted mean position."""
    return float(x @ weight / weight.sum())


def _votes(x: np.ndarray, weight: np.ndarray, r: np.ndarray, span: float) -> np.ndarray:
    """votes[k, a, b]: voter k's support for position a over b (risk exponent r_k)."""
    dist = (np.abs(x[:, None] - x[None, :]) / span) ** r[:, None]  # (k, a)
    return weight[:, None, None] * (dist[:, None, :] - dist[:, :, None])


def success_probability(x, weight, r, span, rule="scholz") -> np.ndarray:
    """P[a, b]: probability that a prevails when challenging b.

    ``"scholz"`` divides the votes for a over b by the votes over all pairs of
    actors (Scholz's program); ``"pairwise"`` by the votes over a and b only.
    """
    support = np.maximum(_votes(x, weight, r, span), 0.0).sum(axis=0)
    # votes[k, a, b] = -votes[k, b, a], so the opposing votes are the transpose
    if rule == "pairwise":
        total = support + support.T
    else:
        total = np.full_like(support, 2.0 * support.sum())
    return np.divide(support, total, out=np.zeros_like(support), where=total > 0)


def _utility(base: np.ndarray, r: np.ndarray) -> np.ndarray:
    """BDM utility ``2 - 4 base^r`` (base in [0, 1])."""
    return 2.0 - 4.0 * np.maximum(base, 0.0) ** r


def challenge_eu(x, salience, prob, r, span, median, settings) -> np.ndarray:
    """E[a, b]: expected utility to a of challenging b, judged with exponent r[a]-rows.

    ``r`` is broadcast over challengers a (each row a judged by the actor whose
    exponent is r[a]); pass ones for the risk-neutral pass.
    """
    d = np.abs(x[:, None] - x[None, :]) / span
    rr = r[:, None]
    u_success = _utility(0.5 - 0.5 * d, rr)
    u_failure = _utility(0.5 + 0.5 * d, rr)
    u_sq = 2.0 - 4.0 * 0.5**rr
    eu = salience[None, :] * (prob * u_success + (1 - prob) * u_failure)
    eu = eu + (1 - salience[None, :]) * u_success - settings.q * u_sq
    if settings.q < 1.0:
        to_median = np.abs(x - median)[:, None] / span
        u_better = _utility(0.5 - 0.25 * (to_median + d), rr)
        u_worse = _utility(0.5 + 0.25 * (to_median + d), rr)
        eu = eu - (1 - settings.q) * (settings.t * u_better + (1 - settings.t) * u_worse)
    return eu


def risk_exponents(x, capability, salience, span, median, settings) -> np.ndarray:
    """r_i from each actor's security against challenges (all judged risk-neutral)."""
    ones = np.ones_like(x)
    prob = success_probability(x, capability * salience, ones, span, settings.probability)
    eu = challenge_eu(x, salience, prob, ones, span, median, settings)
    np.fill_diagonal(eu, 0.0)
    security = eu.sum(axis=0)  # Σ_j E(U_ji): how much the others gain by challenging i
    spread = security.max() - security.min()
    if spread <= 0:
        return ones
    big_r = (2 * security - security.max() - security.min()) / spread
    return (1 - big_r / 3) / (1 + big_r / 3)


def _offers(x, capability, salience, r, span, median, settings):
    """Per receiver i and proposer j: the offered position and its kind (0 none)."""
    prob = success_probability(x, capability * salience, r, span, settings.probability)
    # eu_own[i, j]: i's EU of challenging j; eu_other[i, j]: j's EU of challenging i,
    # both seen through i's risk exponent (the receiver judges the offer).
    eu_own = challenge_eu(x, salience, prob, r, span, median, settings)
    eu_other = challenge_eu_swapped(x, salience, prob, r, span, median, settings)
    differ = x[:, None] != x[None, :]
    conflict = differ & (eu_other > eu_own) & (eu_own > 0)
    mixed = differ & (eu_other > 0) & (eu_own < 0)
    compromise = mixed & (eu_other > np.abs(eu_own))
    capitulate = mixed & (eu_other < np.abs(eu_own)) & settings.capitulation
    ratio = np.abs(np.divide(eu_own, eu_other, out=np.zeros_like(eu_own), where=eu_other != 0))
    target = np.where(compromise, x[:, None] + (x[None, :] - x[:, None]) * ratio, x[None, :])
    kind = np.select([conflict, compromise, capitulate], [3, 2, 1], default=0)
    return target, kind, eu_own, eu_other


def challenge_eu_swapped(x, salience, prob, r, span, median, settings) -> np.ndarray:
    """E'[i, j]: j's EU of challenging i, judged with i's exponent (row-wise r)."""
    # The utilities depend on |x_i - x_j| only, except the median terms (j's distance).
    d = np.abs(x[:, None] - x[None, :]) / span
    rr = r[:, None]
    u_success = _utility(0.5 - 0.5 * d, rr)
    u_failure = _utility(0.5 + 0.5 * d, rr)
    p_j = prob.T  # p_j[i, j] = P(j prevails over i)
    eu = salience[:, None] * (p_j * u_success + (1 - p_j) * u_failure)
    eu = eu + (1 - salience[:, None]) * u_success - settings.q * (2.0 - 4.0 * 0.5**rr)
    if settings.q < 1.0:
        to_median = np.abs(x - median)[None, :] / span
        u_better = _utility(0.5 - 0.25 * (to_median + d), rr)
        u_worse = _utility(0.5 + 0.25 * (to_median + d), rr)
        eu = eu - (1 - settings.q) * (settings.t * u_better + (1 - settings.t) * u_worse)
    return eu


def _choose(x, target, kind, eu_own, eu_other, settings) -> np.ndarray:
    """Each actor's accepted offer: the best kind, then the smallest move (or Scholz's key)."""
    best_kind = kind.max(axis=1)
    key = np.abs(target - x[:, None])
    if settings.offer_choice == "scholz":
        a, b = np.abs(eu_own), np.abs(eu_other)
        with np.errstate(invalid="ignore", divide="ignore"):
            midpoint = (a * x[:, None] + b * x[None, :]) / (a + b)
        key = np.where(kind == 2, midpoint, key)
    key = np.where(kind == best_kind[:, None], key, np.inf)
    pick = np.argmin(key, axis=1)
    chosen = target[np.arange(len(x)), pick]
    return np.where(best_kind > 0, chosen, x)


def run_issue(x, capability, salience, settings: EUSettings) -> IssueRun:
    """Run the rounds on one issue (positions x, capability, salience in [0, 1])."""
    x = np.asarray(x, dtype=float).copy()
    weight = capability * salience
    span = float(x.max() - x.min())
    positions, medians, means, risks = [x.copy()], [median_voter(x, weight)], [weighted_mean(x, weight)], []
    for _ in range(settings.rounds):
        if span > 0:
            r = risk_exponents(x, capability, salience, span, medians[-1], settings)
            target, kind, eu_own, eu_other = _offers(x, capability, salience, r, span, medians[-1], settings)
            x = _choose(x, target, kind, eu_own, eu_other, settings)
        else:
            r = np.ones_like(x)
        risks.append(r)
        positions.append(x.copy())
        medians.append(median_voter(x, weight))
        means.append(weighted_mean(x, weight))
    return IssueRun(np.array(positions), np.array(medians), np.array(means),
                    np.array(risks).reshape(settings.rounds, len(x)))


@MODELS.register(NAME)
def run(scenario: Scenario, *, seed: int | None = None, **options) -> Outcome:
    """Bueno de Mesquita's challenge model (Scholz, Calbert & Smith 2011), issue by issue.

    Options are the fields of :class:`EUSettings` (``rounds``, ``q``, ``t``,
    ``probability``, ``offer_choice``, ``capitulation``). The model is
    deterministic; ``seed`` is accepted for the common interface and recorded.
    The predicted position of each issue is its median voter after the last round;
    ``details`` holds per issue the median and mean per round (round 0 = inputs)
    and the risk exponents per round.
    """
    settings = EUSettings(**options)
    runs = [
        run_issue(scenario.positions[:, k], scenario.capability, scenario.salience[:, k], settings)
        for k in range(scenario.n_issues)
    ]
    history = np.stack([r.positions for r in runs], axis=-1)
    details = {
        "median_by_round": {i: r.median.tolist() for i, r in zip(scenario.issue_ids, runs)},
        "mean_by_round": {i: r.mean.tolist() for i, r in zip(scenario.issue_ids, runs)},
        "risk_exponents": {i: r.risk_exponents.tolist() for i, r in zip(scenario.issue_ids, runs)},
        "settings": settings.__dict__.copy(),
    }
    return Outcome(
        model=NAME,
        scenario=scenario.name,
        issues=scenario.issue_ids,
        positions=np.array([r.median[-1] for r in runs]),
        history=history,
        details=details,
        seed=seed,
    )
