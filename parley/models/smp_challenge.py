"""Challenges and bargains of the spatial model of politics (one turn).

Each actor i, with its own estimates of everyone's risk-adjusted utilities,
weighs challenging every other actor j: the principals vote for themselves, and
each third party n joins the side it prefers in the "little contest" of i, j and
n (its commitment set by the third-party rule). The expected gain of the
challenge compared with the status quo is

    (1 - s_j) · u(i wins) + s_j · (P(i wins) u(i wins) + P(j wins) u(j wins)) - u(sq),

with s_j the target's total salience (how likely it resists). Each actor makes its
most profitable challenge (if worth more than 1e-5) as a bargain that interpolates
both positions, dimension by dimension, by salience² × probability² (KTAB S2P2).
Every actor then chooses among the bargains it is party to, plus keeping its
position, by a probabilistic Condorcet election of all actors over the states
the bargains would produce. References: KTAB SMP tutorial and code documentation
(Wise et al., KAPSARC 2015-2017).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from parley.core.errors import ModelError
from parley.models.smp_core import coalitions, pce, salience_distance, utility, vote

MIN_SIGNIFICANT_GAIN = 1e-5
THIRD_PARTY_RULES = ("no", "semi", "full")
INTERPOLATIONS = ("s1p1", "s2p2", "s2pmax")


@dataclass(frozen=True)
class Bargain:
    """Initiator a proposes that a adopt ``pos_init`` and target b adopt ``pos_rcvr``."""

    init: int
    rcvr: int
    pos_init: np.ndarray
    pos_rcvr: np.ndarray


def challenge_assessment(util_h: np.ndarray, i: int, weight: np.ndarray,
                         total_salience: np.ndarray, rule: str, third_party: str):
    """i's estimate, for every target j, of P(i beats j) and of i's expected gain.

    ``util_h`` is i's estimate of all utilities (rows: whose utility, columns:
    whose position); ``weight`` = capability × total salience.
    Returns (p_win[j], gain[j]); entry i is meaningless.
    """
    u_ii, u_ij = util_h[i, i], util_h[i, :]
    u_ji, u_jj = util_h[:, i], np.diag(util_h)
    own = vote(rule, weight[i], u_ii - u_ij)
    target = vote(rule, weight, u_ji - u_jj)
    pro = 1e-10 + np.clip(own, 0, None) + np.clip(target, 0, None)
    con = 1e-10 + np.clip(-own, 0, None) + np.clip(-target, 0, None)
    third = _third_party_votes(util_h, i, weight, pro, con, rule, third_party)
    pro = pro + np.clip(third, 0, None).sum(axis=1)
    con = con + np.clip(-third, 0, None).sum(axis=1)
    p_win = pro / (pro + con)
    s_j = total_salience
    contest = p_win * 2 * u_ii + (1 - p_win) * 2 * u_ij
    gain = (1 - s_j) * 2 * u_ii + s_j * contest - (u_ii + u_ij)
    return p_win, gain


def _third_party_votes(util_h, i, weight, pro, con, rule, third_party) -> np.ndarray:
    """votes[j, n]: third party n's vote for i in the contest i:j (0 for n in {i, j})."""
    u_ni = util_h[:, i][None, :]  # (1, n)
    u_nj = util_h.T  # u_nj[j, n] = util_h[n, j]
    u_nn = np.diag(util_h)[None, :]
    alone = vote(rule, weight[None, :], u_ni - u_nj)
    c_i = pro[:, None] + np.clip(alone, 0, None)
    c_j = con[:, None] + np.clip(-alone, 0, None)
    p_i = c_i / (c_i + c_j)
    if third_party not in THIRD_PARTY_RULES:
        raise ModelError(f"smp: unknown third-party commitment {third_party!r}; known: {THIRD_PARTY_RULES}")
    # utilities (as sums of three position utilities) of the four outcomes
    join_i_wins = 3 * u_ni if third_party == "full" else 2 * u_ni + u_nn
    join_i_loses = 3 * u_nj if third_party != "no" else 2 * u_nj + u_nn
    join_j_wins = 3 * u_nj if third_party == "full" else 2 * u_nj + u_nn
    join_j_loses = 3 * u_ni if third_party != "no" else 2 * u_ni + u_nn
    with_i = p_i * join_i_wins + (1 - p_i) * join_i_loses
    with_j = p_i * join_j_loses + (1 - p_i) * join_j_wins
    votes = vote(rule, weight[None, :], with_i - with_j)
    votes[:, i] = 0.0
    np.fill_diagonal(votes, 0.0)
    return votes


def _round4(x: np.ndarray) -> np.ndarray:
    """KTAB rounds bargain coordinates half-up to 4 decimals (on the [0, 1] scale)."""
    return np.floor(0.5 + x * 1e4) / 1e4


def interpolate_bargain(pos_i, sal_i, p_i, pos_j, sal_j, p_j, how: str):
    """Bargain positions for i and j, one coordinate per dimension."""
    if how == "s2pmax":
        di, dj = max(0.0, p_j - p_i), max(0.0, p_i - p_j)
        si2, sj2 = sal_i**2, sal_j**2
        wi = di * sj2 / (di * sj2 + 1e-6 + (1 - di) * si2)
        wj = dj * si2 / (dj * si2 + 1e-6 + (1 - dj) * sj2)
        return pos_i + wi * (pos_j - pos_i), pos_j + wj * (pos_i - pos_j)
    power = {"s1p1": 1, "s2p2": 2}.get(how)
    if power is None:
        raise ModelError(f"smp: unknown bargain interpolation {how!r}; known: {INTERPOLATIONS}")
    w_i = sal_i**power * p_i**power
    w_j = sal_j**power * p_j**power
    # the tiny extra weight keeps 0/0 away and leaves each at home when nobody cares
    b_i = ((w_i + 1e-6) * pos_i + w_j * pos_j) / (w_i + 1e-6 + w_j)
    b_j = (w_i * pos_i + (1e-6 + w_j) * pos_j) / (w_i + 1e-6 + w_j)
    return _round4(b_i), _round4(b_j)


def bargain_utilities(bargains: list[Bargain], positions, salience, risk, util_obj) -> np.ndarray:
    """U[n, b]: actor n's mean utility over all positions of the state after bargain b."""
    n = len(positions)
    row_sum = util_obj.sum(axis=1)
    if not bargains:
        return np.zeros((n, 0))
    init = np.array([b.init for b in bargains])
    rcvr = np.array([b.rcvr for b in bargains])
    new_init = np.array([b.pos_init for b in bargains])
    new_rcvr = np.array([b.pos_rcvr for b in bargains])
    u_init = utility(salience_distance(positions, new_init, salience), risk[:, None])
    u_rcvr = utility(salience_distance(positions, new_rcvr, salience), risk[:, None])
    kept = row_sum[:, None] - util_obj[:, init] - util_obj[:, rcvr]
    return (kept + u_init + u_rcvr) / n


def resolve(positions, salience, capability, risk, util_obj, bargains, settings, rng):
    """Each actor picks among its bargains (status quo first) by a PCE; new positions."""
    n = len(positions)
    u_bargain = bargain_utilities(bargains, positions, salience, risk, util_obj)
    u_stay = util_obj.mean(axis=1)
    new_positions = positions.copy()
    choice_probs = []
    for k in range(n):
        mine = [m for m, b in enumerate(bargains) if k in (b.init, b.rcvr)]
        options = np.column_stack([u_stay] + [u_bargain[:, m] for m in mine])
        c = coalitions(capability, options, settings.voting)
        p = pce(c, settings.victory, settings.pce)
        choice_probs.append(p)
        pick = int(np.argmax(p)) if settings.transitions == "deterministic" else int(rng.choice(len(p), p=p / p.sum()))
        if pick > 0:
            b = bargains[mine[pick - 1]]
            new_positions[k] = b.pos_init if b.init == k else b.pos_rcvr
    return new_positions, choice_probs
