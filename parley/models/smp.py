"""KTAB's Spatial Model of Politics (SMP), under KTAB's default settings.

After KAPSARC's Toolkit for Agent-Based modelling (KTAB, MIT licence): B. Wise,
"The KTAB Spatial Model of Politics" tutorial (KAPSARC 2016), B. Wise, "Markov
Voting with Incentives in KTAB", and Efird, Lester & Wise (2016), *Journal of
East Asian Studies* 16:117-145 (an application). Written from those descriptions
(summarised in the benchmarks' ``MECHANICS.md``); no KTAB code is used.

One turn:

1. **Assessment.** Distances are salience-weighted over the dimensions; with
   everyone risk-neutral, a PCE over the actors' positions (votes weighted by
   capability) gives each position's probability, and from it each actor's risk
   attitude R (BigRRange *Mid*: R in [-1/2, 1]). Every actor h estimates actor
   i's R as ``(2 R_h + R_i)/3`` (BigRAdjust *OneThird*).
2. **Targeting and proposals.** Each actor makes its most profitable challenge
   (third parties semi-committed) as a bargain interpolated by salience² ×
   probability² (S2P2), recorded by the initiator only (InitOnlyInterp).
3. **Resolution.** Each actor chooses among its bargains and the status quo by
   a PCE (deterministically the most probable, or drawn with ``seed``).
4. **Stop** when the summed position change is below 1/50 of the first turn's
   (after at least 2 turns, at most 100).

The outcome probabilities reported per turn ("win probabilities", one per actor:
that of the position it holds) are a PCE over the distinct positions, votes
weighted by capability under the model's voting rule (as in KTAB's 2017
reference runs), each actor using its own utilities.

>>> from parley.models.scenario import Scenario
>>> s = Scenario.from_arrays(["a", "b", "c"], ["x"], [1, 2, 1], [[20], [50], [90]],
...                          [[0.5], [0.8], [0.6]])
>>> out = run(s)
>>> out.model, bool(20 <= out.positions[0] <= 90)
('smp.ktab.v1', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import numpy as np

from parley.core.errors import ModelError
from parley.models import smp_core as core
from parley.models.registry import MODELS
from parley.models.scenario import Outcome, Scenario
from parley.models.smp_challenge import (
    MIN_SIGNIFICANT_GAIN,
    Bargain,
    challenge_assessment,
    interpolate_bargain,
    resolve,
)

NAME = "smp.ktab.v1"


@dataclass(frozen=True)
class SMPSettings:
    """KTAB's model parameters; the defaults are KTAB's (as in its CSV runs)."""

    victory: str = "linear"  # VictoryProbModel
    voting: str = "prop"  # VotingRule for coalitions and bargains
    pce: str = "conditional"  # PCEModel
    transitions: str = "deterministic"  # StateTransitions: or "stochastic"
    big_r_range: str = "mid"  # BigRRange
    big_r_adjust: str = "one_third"  # BigRAdjust
    third_party: str = "semi"  # ThirdPartyCommit
    interpolation: str = "s2p2"  # InterVecBrgn
    bargain_model: str = "init_only"  # BargnModel (only InitOnlyInterp is implemented)
    min_turns: int = 2
    max_turns: int = 100
    stop_ratio: float = 0.02
    accommodation: tuple[tuple[float, ...], ...] | None = field(default=None)  # ideal adjustment

    def __post_init__(self) -> None:
        checks = {
            "victory": core.VICTORY_MODELS, "voting": core.VOTING_RULES, "pce": core.PCE_MODELS,
            "transitions": ("deterministic", "stochastic"), "big_r_range": core.BIG_R_RANGES,
            "big_r_adjust": core.BIG_R_ADJUSTS, "third_party": ("no", "semi", "full"),
            "interpolation": ("s1p1", "s2p2", "s2pmax"), "bargain_model": ("init_only",),
        }
        for name, allowed in checks.items():
            if getattr(self, name) not in allowed:
                raise ModelError(f"{NAME}: {name} must be one of {allowed}, got {getattr(self, name)!r}")
        if not 1 <= self.min_turns <= self.max_turns:
            raise ModelError(f"{NAME}: need 1 <= min_turns <= max_turns")


_KTAB_NAMES = {
    "VictoryProbModel": ("victory", {"Linear": "linear", "Square": "square", "Quartic": "quartic",
                                     "Octic": "octic", "Binary": "binary"}),
    "VotingRule": ("voting", {"Prop": "prop", "Proportional": "prop", "Binary": "binary",
                              "PropBin": "propbin", "Cubic": "cubic", "PropCbc": "propcbc",
                              "ASymProsp": "asymprosp"}),
    "PCEModel": ("pce", {"Conditional": "conditional", "MarkovIncentive": "markov_incentive",
                         "MarkovUniform": "markov_uniform"}),
    "StateTransitions": ("transitions", {"Deterministic": "deterministic", "Stochastic": "stochastic"}),
    "BigRRange": ("big_r_range", {"Min": "min", "Mid": "mid", "Max": "max"}),
    "BigRAdjust": ("big_r_adjust", {"Full": "full", "TwoThirds": "two_thirds", "Half": "half",
                                    "OneThird": "one_third", "None": "none", "No": "none"}),
    "ThirdPartyCommit": ("third_party", {"NoCommit": "no", "SemiCommit": "semi", "FullCommit": "full"}),
    "InterVecBrgn": ("interpolation", {"S1P1": "s1p1", "S2P2": "s2p2", "S2PMax": "s2pmax"}),
    "BargnModel": ("bargain_model", {"InitOnlyInterp": "init_only"}),
}


def ktab_options(parameters: dict[str, str]) -> dict[str, str]:
    """Translate KTAB's ``<ModelParameters>`` names and values into :class:`SMPSettings` options.

    >>> ktab_options({"VotingRule": "PropCbc", "PCEModel": "MarkovIncentive"})
    {'voting': 'propcbc', 'pce': 'markov_incentive'}
    """
    options = {}
    for key, value in parameters.items():
        if key not in _KTAB_NAMES:
            raise ModelError(f"{NAME}: unknown KTAB model parameter {key!r}")
        field_name, values = _KTAB_NAMES[key]
        if value not in values:
            raise ModelError(f"{NAME}: KTAB {key} {value!r} is not supported; known: {sorted(values)}")
        options[field_name] = values[value]
    return options


@dataclass(frozen=True)
class Assessment:
    """What every actor knows at the start of a turn."""

    distance: np.ndarray  # D[i, j] from i's ideal to j's position
    risk: np.ndarray  # R_i inferred from the risk-neutral PCE
    util_obj: np.ndarray  # U[i, j] = u(D[i, j]; R_i)


def assess(ideals, positions, salience, capability, settings: SMPSettings) -> Assessment:
    """Distances, risk attitudes (from the risk-neutral PCE) and objective utilities."""
    distance = core.salience_distance(ideals, positions, salience)
    neutral = core.utility(distance, 0.0)
    c = core.coalitions(capability, neutral, settings.voting)
    p = core.pce(c, settings.victory, settings.pce)
    risk = core.big_r_from_prob(p, settings.big_r_range)
    return Assessment(distance, risk, core.utility(distance, risk[:, None]))


def outcome_probabilities(positions, capability, a: Assessment, settings: SMPSettings) -> np.ndarray:
    """Per actor, the probability that its (distinct) position is the outcome."""
    unique, group = core.unique_positions(positions)
    c = core.coalitions(capability, a.util_obj[:, unique], settings.voting)
    p = core.pce(c, settings.victory, settings.pce)
    return p[group]


def estimated_utilities(h: int, a: Assessment, settings: SMPSettings) -> np.ndarray:
    """h's estimate of everyone's utilities, anchoring others' risk on its own."""
    r_hat = core.estimated_risk(a.risk[h], a.risk, settings.big_r_adjust)
    return core.utility(a.distance, r_hat[:, None])


def propose(positions, salience, capability, a: Assessment, settings: SMPSettings):
    """Every actor's best challenge as a bargain, plus the table of challenges."""
    weight = capability * salience.sum(axis=1)
    total_sal = salience.sum(axis=1)
    bargains, targets = [], []
    for i in range(len(positions)):
        util_h = estimated_utilities(i, a, settings)
        p_win, gain = challenge_assessment(util_h, i, weight, total_sal, settings.voting, settings.third_party)
        gain[i] = -np.inf
        j = int(np.argmax(gain))
        if gain[j] <= MIN_SIGNIFICANT_GAIN:
            targets.append((i, -1, 0.0, 0.0))
            continue
        b_i, b_j = interpolate_bargain(positions[i], salience[i], p_win[j], positions[j], salience[j],
                                       1 - p_win[j], settings.interpolation)
        bargains.append(Bargain(i, j, b_i, b_j))
        targets.append((i, j, float(p_win[j]), float(gain[j])))
    return bargains, targets


def new_ideals(ideals, positions, accommodation) -> np.ndarray:
    """Ideals move toward positions at the accommodation rates (identity: ideal = position)."""
    if accommodation is None:
        return positions.copy()
    lag = 1.0 - np.clip(accommodation.sum(axis=1), None, 1.0)
    return accommodation @ positions + lag[:, None] * ideals


def state_change(a: np.ndarray, b: np.ndarray) -> float:
    """Sum over actors of the Euclidean move between two states."""
    return float(np.sqrt(((a - b) ** 2).sum(axis=1)).sum())


def simulate(positions, salience, capability, settings: SMPSettings, seed=None) -> dict:
    """Run turns to convergence on [0, 1] positions; return the per-turn record."""
    rng = np.random.default_rng(seed)
    accommodation = None if settings.accommodation is None else np.asarray(settings.accommodation, float)
    states, ideals = [positions.copy()], positions.copy()
    assessments = [assess(ideals, positions, salience, capability, settings)]
    turns, ratios, converged = [], [], False
    while len(states) - 1 < settings.max_turns:
        a = assessments[-1]
        bargains, targets = propose(states[-1], salience, capability, a, settings)
        moved, _ = resolve(states[-1], salience, capability, a.risk, a.util_obj, bargains, settings, rng)
        ideals = new_ideals(ideals, moved, accommodation)
        states.append(moved)
        assessments.append(assess(ideals, moved, salience, capability, settings))
        turns.append(targets)
        first = state_change(states[0], states[1]) + 1e-4
        ratios.append(state_change(states[-2], states[-1]) / first)
        if len(states) - 1 >= settings.min_turns and ratios[-1] < settings.stop_ratio:
            converged = True
            break
    probs = [outcome_probabilities(s, capability, a, settings) for s, a in zip(states, assessments)]
    return {"states": np.array(states), "probs": np.array(probs), "ratios": ratios,
            "risk": np.array([a.risk for a in assessments]), "challenges": turns, "converged": converged}


def _to_unit(scenario: Scenario) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    lo = np.array([i.scale_min for i in scenario.issues])
    span = np.array([i.scale_max - i.scale_min for i in scenario.issues])
    if (span <= 0).any():
        raise ModelError(f"{NAME}: scenario {scenario.name!r} has an issue with an empty scale")
    return lo, span, (scenario.positions - lo) / span


@MODELS.register(NAME)
def run(scenario: Scenario, *, seed: int | None = None, **options) -> Outcome:
    """Run KTAB's SMP on ``scenario`` (options: fields of :class:`SMPSettings`).

    Positions are mapped from each issue's scale to [0, 1]; salience is used as
    given (KTAB divides its 0-100 inputs by 100). The predicted position per issue
    is the expectation over the final state's distinct positions under their
    outcome probabilities. ``details``: ``win_probabilities`` (turns × actors),
    ``fractional_change`` per turn, ``converged_after`` (turns), ``risk``
    (turns × actors), ``challenges`` (per turn: initiator, target, P(win), gain),
    ``most_probable`` final position.
    """
    settings = SMPSettings(**options)
    if scenario.salience.sum(axis=1).max() > 1.0 + 1e-9:
        raise ModelError(f"{NAME}: an actor's saliences sum to more than 1 over the issues (KTAB requires <= 1)")
    lo, span, unit = _to_unit(scenario)
    record = simulate(unit, scenario.salience, scenario.capability, settings, seed)
    final, final_p = record["states"][-1], record["probs"][-1]
    unique, group = core.unique_positions(final)
    p_unique = np.zeros(len(unique))
    np.put(p_unique, group, final_p)
    expected = (p_unique[:, None] * final[unique]).sum(axis=0) / p_unique.sum()
    details = {
        "win_probabilities": record["probs"],
        "fractional_change": record["ratios"],
        "converged_after": len(record["ratios"]),
        "converged": record["converged"],
        "risk": record["risk"],
        "challenges": record["challenges"],
        "most_probable": lo + span * final[unique[int(np.argmax(p_unique))]],
        "settings": {f.name: getattr(settings, f.name) for f in fields(settings)},
    }
    return Outcome(model=NAME, scenario=scenario.name, issues=scenario.issue_ids,
                   positions=lo + span * expected, history=lo + span * record["states"],
                   details=details, seed=seed)
