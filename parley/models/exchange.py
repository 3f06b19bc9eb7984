"""Stokman's exchange model of collective decision making, Equal Gain variant (``exchange.v1``).

Actors trade positions across issues (Stokman & Van Oosten 1994, "The exchange of
voting positions", in Bueno de Mesquita & Stokman, *European Community Decision
Making*; Stokman & Van der Knoop 1997; the Equal Gain rule as in Decide,
foarsitter/decide-exchange-model, described by Stokman & Thomson 2015).

Per round:

1. The outcome of each issue is its "NBS" (Decide's name): the mean of the
   positions weighted by capability × salience, ``O_p = Σ c s x / Σ c s``.
2. Actors i and j can exchange on issues p and q when they sit on opposite sides
   of the outcome on both. The one for whom p matters relatively less
   (``s_ip / s_iq < s_jp / s_jq``) *supplies* p: it moves its voting position on p
   toward j; in return j moves on q toward i.
3. A move of Δ by i on p shifts the outcome by ``δp = c_i s_ip Δ / Σ c s``. i gains
   ``s_iq δq - s_ip δp``, j gains ``s_jp δp - s_jq δq``; **Equal Gain** sets them
   equal: ``δq = δp (s_ip + s_jp) / (s_iq + s_jq)``. The larger of the two moves is
   as large as allowed: no actor moves past the other's position and no outcome
   shifts past the demanding actor's position.
4. Exchanges are executed greedily, highest gain first; an actor-issue pair takes
   part in one exchange per round. By default one round is run (the classic
   model: exchange, then vote); with ``rounds > 1`` voting positions become the
   next round's positions until no exchange gains anything. Repeated full
   adoption drifts far (COP21: several issues reach a pole by round 10), which is
   why Decide damps it and why one round is the default here.

The predicted outcome is the NBS of the final voting positions. Each exchange in
``details["exchanges"]`` also carries each side's *maximum* expected utility: its
gain when the partner only breaks even (Decide's ``eu_max``). Utilities are in
the units of the input's saliences (``scenario.provenance["salience_scale"]``).

>>> from parley.models.scenario import Scenario
>>> s = Scenario.from_arrays(["a1", "a2"], ["i1", "i2"], [1, 1], [[0, 0], [100, 100]],
...                          [[0.1, 0.9], [0.6, 0.5]])
>>> run(s).positions.round(4).tolist()
[100.0, 28.5714]
"""

from __future__ import annotations

import numpy as np

from parley.core.errors import ModelError
from parley.models.registry import MODELS
from parley.models.scenario import Outcome, Scenario

NAME = "exchange.v1"
_EPS = 1e-10


def nbs(positions: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Σ w x / Σ w per issue (the issue's current outcome)."""
    total = weight.sum(axis=0)
    return np.divide((positions * weight).sum(axis=0), total, out=positions.mean(axis=0), where=total > 0)


def candidate_exchanges(x: np.ndarray, s: np.ndarray, c: np.ndarray) -> dict[str, np.ndarray]:
    """Every Equal Gain exchange (i supplies p, j supplies q), vectorised over (i, j, p, q)."""
    w = c[:, None] * s
    total = w.sum(axis=0)
    out = nbs(x, w)
    side = np.sign(x - out)  # -1 left of the outcome, +1 right, 0 on it
    n, m = x.shape
    i, j, p, q = np.indices((n, n, m, m)).reshape(4, -1)
    keep = (i < j) & (p != q) & (side[i, p] * side[j, p] < 0) & (side[i, q] * side[j, q] < 0)
    keep &= s[i, p] * s[j, q] < s[j, p] * s[i, q]  # i values p relatively less: i supplies p
    i, j, p, q = i[keep], j[keep], p[keep], q[keep]
    with np.errstate(divide="ignore", invalid="ignore"):
        p_max = np.minimum(w[i, p] * np.abs(x[j, p] - x[i, p]) / total[p], np.abs(x[j, p] - out[p]))
        q_max = np.minimum(w[j, q] * np.abs(x[i, q] - x[j, q]) / total[q], np.abs(x[i, q] - out[q]))
        ratio = (s[i, p] + s[j, p]) / (s[i, q] + s[j, q])
        d_p = np.minimum(p_max, q_max / ratio)
        d_q = d_p * ratio
        gain = s[i, q] * d_q - s[i, p] * d_p
        move_i = d_p * total[p] / w[i, p] * np.sign(x[j, p] - x[i, p])
        move_j = d_q * total[q] / w[j, q] * np.sign(x[i, q] - x[j, q])
        eu_max_i = d_p * (s[i, q] * s[j, p] / s[j, q] - s[i, p])
        eu_max_j = d_p * (s[j, p] - s[j, q] * s[i, p] / s[i, q])
    valid = np.isfinite(gain) & (gain > _EPS)
    cols = dict(i=i, j=j, p=p, q=q, gain=gain, move_i=move_i, move_j=move_j, d_p=d_p, d_q=d_q,
                eu_max_i=eu_max_i, eu_max_j=eu_max_j)
    return {k: v[valid] for k, v in cols.items()}


def _greedy(cand: dict[str, np.ndarray], actors: tuple[str, ...], issues: tuple[str, ...]) -> list[int]:
    """Highest gain first; each actor-issue pair in one exchange. Ties break on names."""
    names = [(actors[a], actors[b], issues[p], issues[q])
             for a, b, p, q in zip(cand["i"], cand["j"], cand["p"], cand["q"])]
    order = sorted(range(len(names)), key=lambda k: (-round(float(cand["gain"][k]), 9), names[k]))
    used: set[tuple[int, int]] = set()
    chosen = []
    for k in order:
        pairs = {(cand["i"][k], cand["p"][k]), (cand["i"][k], cand["q"][k]),
                 (cand["j"][k], cand["p"][k]), (cand["j"][k], cand["q"][k])}
        if not pairs & used:
            chosen.append(k)
            used |= pairs
    return chosen


def _record(cand, k, actors, issues, scale: float) -> dict:
    return {"supplier_p": actors[cand["i"][k]], "supplier_q": actors[cand["j"][k]],
            "issue_p": issues[cand["p"][k]], "issue_q": issues[cand["q"][k]],
            "move_p": float(cand["move_i"][k]), "move_q": float(cand["move_j"][k]),
            "gain": float(cand["gain"][k]) * scale, "eu_max_supplier_p": float(cand["eu_max_i"][k]) * scale,
            "eu_max_supplier_q": float(cand["eu_max_j"][k]) * scale}


def exchange_round(x, s, c, actors, issues, scale=1.0) -> tuple[np.ndarray, list[dict]]:
    """One round: the new voting positions and the exchanges made."""
    cand = candidate_exchanges(x, s, c)
    chosen = _greedy(cand, actors, issues)
    y = x.copy()
    for k in chosen:
        y[cand["i"][k], cand["p"][k]] += cand["move_i"][k]
        y[cand["j"][k], cand["q"][k]] += cand["move_j"][k]
    return y, [_record(cand, k, actors, issues, scale) for k in chosen]


@MODELS.register(NAME)
def run(scenario: Scenario, *, seed: int | None = None, rounds: int = 1) -> Outcome:
    """Stokman's Equal Gain exchange model: ``rounds`` rounds of exchanges (stops early when none gains).

    Deterministic (ties broken by actor and issue names); ``seed`` is recorded.
    ``details`` holds the initial NBS, the exchanges per round and the gains.
    """
    if rounds < 1:
        raise ModelError(f"{NAME}: rounds must be >= 1, got {rounds}")
    scale = float(scenario.provenance.get("salience_scale", 1.0)) if scenario.provenance else 1.0
    c, s = scenario.capability, scenario.salience
    x = scenario.positions.astype(float)
    history, made = [x], []
    for _ in range(rounds):
        x, exchanges = exchange_round(x, s, c, scenario.actors, scenario.issue_ids, scale)
        if not exchanges:
            break
        history.append(x)
        made.append(exchanges)
    weight = c[:, None] * s
    details = {"nbs_initial": nbs(scenario.positions, weight).tolist(), "exchanges": made,
               "rounds_run": len(made)}
    return Outcome(model=NAME, scenario=scenario.name, issues=scenario.issue_ids,
                   positions=nbs(x, weight), history=np.stack(history), details=details, seed=seed)
