"""Building blocks of the spatial model of politics (SMP): distance, utility, votes, PCE.

These are the published mechanics of KAPSARC's Toolkit for Agent-Based modelling
(KTAB): B. Wise, L. Thomas, S. Hayat et al., "KTAB Spatial Model of Politics"
tutorial and technical notes (2015-2017), and B. Wise, "Markov Voting with
Incentives in KTAB" (KAPSARC discussion paper). Positions and saliences are on
[0, 1]; an actor's utility for a position falls with the salience-weighted
distance from its ideal, bent by its risk attitude R in [-1, 1]. Options compete
in pairwise "probabilistic Condorcet elections" (PCE): each actor votes for the
option it prefers with a strength set by the voting rule, coalition strengths
give pairwise victory probabilities, and those give each option's probability of
being the outcome.

>>> import numpy as np
>>> utility(np.array([0.0, 0.5, 1.0]), 0.0).tolist()
[1.0, 0.5, 0.0]
>>> float(victory_probabilities(np.array([[1e-8, 2.0], [1.0, 1e-8]]), "linear")[0, 1].round(4))
0.6667
"""

from __future__ import annotations

import numpy as np

from parley.core.errors import ModelError

MIN_COALITION = 1e-8  # KTAB's floor on a coalition, so 0/0 never occurs
VOTING_RULES = ("prop", "binary", "propbin", "cubic", "propcbc", "asymprosp")
VICTORY_MODELS = ("linear", "square", "quartic", "octic", "binary")
PCE_MODELS = ("conditional", "markov_incentive", "markov_uniform")
BIG_R_RANGES = ("min", "mid", "max")
BIG_R_ADJUSTS = ("full", "two_thirds", "half", "one_third", "none")


def salience_distance(ideals: np.ndarray, positions: np.ndarray, salience: np.ndarray) -> np.ndarray:
    """D[i, j]: distance from i's ideal to j's position, weighted by i's saliences.

    ``sqrt(Σ_k (s_ik |a_ik - b_jk|)² / Σ_k s_ik²)``; an actor with no salience at
    all is indifferent (distance 0).
    """
    gaps = (ideals[:, None, :] - positions[None, :, :]) * salience[:, None, :]
    norm = (salience**2).sum(axis=1)[:, None]
    sq = (gaps**2).sum(axis=2)
    return np.sqrt(np.divide(sq, norm, out=np.zeros_like(sq), where=norm > 0))


def utility(d: np.ndarray, risk) -> np.ndarray:
    """Risk-adjusted utility ``(1 - d)(1 + d R)`` of a normalised distance d.

    Round-off can push d slightly above 1; there the curve continues linearly.
    """
    return (1.0 - d) * (1.0 + np.minimum(d, 1.0) * risk)


def vote(rule: str, weight, du: np.ndarray) -> np.ndarray:
    """Vote strength for option a over b given the utility difference du = u(a) - u(b)."""
    binary = np.clip(du / 1e-8, -1.0, 1.0)
    if rule == "prop":
        return weight * du
    if rule == "binary":
        return weight * binary
    if rule == "propbin":
        return weight * (0.8 * du + 0.2 * binary)
    if rule == "cubic":
        return weight * du**3
    if rule == "propcbc":
        return weight * (0.5 * du + 0.5 * du**3)
    if rule == "asymprosp":
        return weight * np.where(du > 0, 2.0 * du / 3.0, du)
    raise ModelError(f"smp: unknown voting rule {rule!r}; known: {VOTING_RULES}")


def coalitions(weight: np.ndarray, util: np.ndarray, rule: str) -> np.ndarray:
    """C[a, b]: strength of the coalition for option a against b.

    ``util[k, a]`` is actor k's utility for option a, ``weight[k]`` its strength.
    As in KTAB, each pair is scored once from the lower triangle's votes, so
    rules that are not antisymmetric (asymmetric prospect) keep KTAB's reading.
    """
    votes = vote(rule, weight[:, None, None], util[:, :, None] - util[:, None, :])
    pro = np.clip(votes, 0.0, None).sum(axis=0)
    con = np.clip(-votes, 0.0, None).sum(axis=0)
    lower = np.tril(np.ones_like(pro, dtype=bool), -1)
    c = np.where(lower, pro, 0.0) + np.where(lower, con, 0.0).T
    return c + MIN_COALITION


def victory_probabilities(c: np.ndarray, model: str) -> np.ndarray:
    """P[a, b]: probability a defeats b from coalition strengths (diagonal 1/2)."""
    if model == "binary":
        p = _binary_victory(c)
    else:
        power = {"linear": 1, "square": 2, "quartic": 4, "octic": 8}.get(model)
        if power is None:
            raise ModelError(f"smp: unknown victory model {model!r}; known: {VICTORY_MODELS}")
        x = c**power
        p = x / (x + x.T)
    np.fill_diagonal(p, 0.5)
    return p


def _binary_victory(c: np.ndarray) -> np.ndarray:
    """A 10 % advantage wins for sure; in between, linear interpolation."""
    thresh, tiny = 1.10, 1e-6
    share = c / (c + c.T)
    p = (share * (thresh + 1.0) - 1.0) / (thresh - 1.0)
    p = np.where(c >= thresh * c.T, 1.0 / (1.0 + tiny), p)
    return np.where(c.T >= thresh * c, tiny / (1.0 + tiny), p)


def pce(c: np.ndarray, victory: str, model: str) -> np.ndarray:
    """Probability that each option is the outcome, from coalition strengths C."""
    p_win = victory_probabilities(c, victory)
    if model == "conditional":
        return conditional_pce(p_win)
    if model == "markov_incentive":
        return markov_incentive_pce(c, p_win)
    if model == "markov_uniform":
        return markov_uniform_pce(p_win)
    raise ModelError(f"smp: unknown PCE model {model!r}; known: {PCE_MODELS}")


def conditional_pce(p_win: np.ndarray) -> np.ndarray:
    """One-step PCE: P(a beats every option), renormalised (computed in logs)."""
    log_p = np.log(p_win).sum(axis=1)
    p = np.exp(log_p - log_p.max())
    return p / p.sum()


def markov_incentive_pce(c: np.ndarray, p_win: np.ndarray, tol: float = 1e-8) -> np.ndarray:
    """Markov PCE where challenges are proportional to the incentive C·P (Wise)."""
    incentive = c * p_win + np.diag(np.full(len(c), 1e-10))
    challenge = incentive / incentive.sum(axis=0, keepdims=True)  # P[a challenges b]
    p = np.full(len(c), 1.0 / len(c))
    for _ in range(1000):
        contest = p[:, None] * challenge.T  # contest[a, b] = p_a · P[b -> a]
        q = (p_win * (contest + contest.T)).sum(axis=1)
        change = np.abs(q - p).max()
        p = (p + q) / 2.0
        if change <= tol:
            return p
    raise ModelError("smp: Markov-incentive PCE did not converge in 1000 iterations")


def markov_uniform_pce(p_win: np.ndarray, tol: float = 1e-6) -> np.ndarray:
    """Markov PCE where every option challenges with equal probability."""
    n = len(p_win)
    p = np.full(n, 1.0 / n)
    for _ in range(1000):
        q = (p_win * (p[:, None] + p[None, :])).sum(axis=1) / n
        change = np.abs(q - p).max()
        p = (p + q) / 2.0
        if change <= tol:
            return p
    raise ModelError("smp: Markov-uniform PCE did not converge in 1000 iterations")


def big_r_from_prob(p: np.ndarray, rng: str) -> np.ndarray:
    """Risk attitude from how probable an actor's own position is (KTAB BigRRange)."""
    lo, hi = p.min(), p.max()
    if hi - lo <= 0:
        return np.zeros_like(p)  # nobody's position stands out: all risk-neutral
    if rng == "min":
        return (p - lo) / (hi - lo)
    if rng == "mid":
        return (3 * p - (hi + 2 * lo)) / (2 * (hi - lo))
    if rng == "max":
        return (2 * p - (hi + lo)) / (hi - lo)
    raise ModelError(f"smp: unknown big-R range {rng!r}; known: {BIG_R_RANGES}")


def estimated_risk(r_h, r_i, adjust: str):
    """h's estimate of i's risk attitude (KTAB BigRAdjust: anchoring on one's own)."""
    weights = {"full": 0.0, "two_thirds": 1 / 3, "half": 0.5, "one_third": 2 / 3, "none": 1.0}
    if adjust not in weights:
        raise ModelError(f"smp: unknown big-R adjustment {adjust!r}; known: {BIG_R_ADJUSTS}")
    if adjust == "one_third":
        return (2.0 * r_h + r_i) / 3.0
    if adjust == "two_thirds":
        return (r_h + 2.0 * r_i) / 3.0
    a = weights[adjust]
    return a * r_h + (1 - a) * r_i


def unique_positions(positions: np.ndarray, tol: float = 1e-3) -> tuple[np.ndarray, np.ndarray]:
    """Indices of distinct positions (first of each group) and each actor's group.

    Two positions are the same when their Euclidean distance on [0, 1] is below
    ``tol`` (KTAB's 0.1 point on a 0-100 scale). Like KTAB, an actor maps to the
    last distinct position it matches.
    """
    dist = np.sqrt(((positions[:, None, :] - positions[None, :, :]) ** 2).sum(axis=2))
    close = dist < tol
    firsts: list[int] = []
    for i in range(len(positions)):
        if not any(close[i, j] for j in firsts):
            firsts.append(i)
    idx = np.array(firsts)
    groups = np.array([np.flatnonzero(close[i, idx])[-1] for i in range(len(positions))])
    return idx, groups
