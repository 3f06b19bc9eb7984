"""Scenario in, Outcome out: the shared types of every negotiation model.

A :class:`Scenario` holds actors with capability (clout), per-issue positions on
the issue's scale (0–100 by default), salience in [0, 1] and an optional risk
attitude; issues have scale poles and an optional status quo / reference point.
Arrays are numpy, shaped (actors, issues).

>>> import numpy as np
>>> s = Scenario.from_arrays(["a", "b"], ["tax"], capability=[1, 1],
...                          positions=[[0], [100]], salience=[[1], [1]])
>>> s.n_actors, s.n_issues
(2, 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

import numpy as np

from parley.core.errors import ScenarioError


@dataclass(frozen=True)
class ScenarioIssue:
    """One issue: id, the names of its poles, its scale and an optional status quo."""

    id: str
    low_label: str = "0"
    high_label: str = "100"
    scale_min: float = 0.0
    scale_max: float = 100.0
    status_quo: float | None = None
    outcome: float | None = None  # the real outcome, for backtests


@dataclass(frozen=True, eq=False)
class Scenario:
    """Actors × issues inputs of a negotiation model (validated on creation)."""

    name: str
    actors: tuple[str, ...]
    issues: tuple[ScenarioIssue, ...]
    capability: np.ndarray  # (n_actors,)
    positions: np.ndarray  # (n_actors, n_issues)
    salience: np.ndarray  # (n_actors, n_issues), each in [0, 1]
    risk: np.ndarray | None = None  # (n_actors,) risk attitude, None = neutral
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        validate_scenario(self)

    @classmethod
    def from_arrays(
        cls,
        actors: Sequence[str],
        issues: Sequence[str | ScenarioIssue],
        capability: Sequence[float],
        positions: Sequence[Sequence[float]],
        salience: Sequence[Sequence[float]],
        risk: Sequence[float] | None = None,
        name: str = "scenario",
    ) -> "Scenario":
        """Build a scenario from plain lists (issues may be ids or ScenarioIssue)."""
        issue_objs = tuple(i if isinstance(i, ScenarioIssue) else ScenarioIssue(str(i)) for i in issues)
        return cls(
            name=name,
            actors=tuple(actors),
            issues=issue_objs,
            capability=np.asarray(capability, dtype=float),
            positions=np.asarray(positions, dtype=float).reshape(len(actors), len(issue_objs)),
            salience=np.asarray(salience, dtype=float).reshape(len(actors), len(issue_objs)),
            risk=None if risk is None else np.asarray(risk, dtype=float),
        )

    @property
    def n_actors(self) -> int:
        return len(self.actors)

    @property
    def n_issues(self) -> int:
        return len(self.issues)

    @property
    def issue_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.issues)

    def replace(self, **changes: Any) -> "Scenario":
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)

    def actor_index(self, actor: str) -> int:
        """Row of ``actor``; :class:`ScenarioError` names the known actors otherwise."""
        try:
            return self.actors.index(actor)
        except ValueError:
            raise ScenarioError(f"scenario {self.name!r} has no actor {actor!r}; "
                                f"known: {', '.join(self.actors)}") from None

    def issue_index(self, issue: str) -> int:
        """Column of ``issue``; :class:`ScenarioError` names the known issues otherwise."""
        try:
            return self.issue_ids.index(issue)
        except ValueError:
            raise ScenarioError(f"scenario {self.name!r} has no issue {issue!r}; "
                                f"known: {', '.join(self.issue_ids)}") from None

    def without_actors(self, drop: Sequence[str]) -> "Scenario":
        """The scenario without the actors in ``drop``."""
        keep = [k for k, a in enumerate(self.actors) if a not in set(drop)]
        for actor in drop:
            self.actor_index(actor)
        return self.replace(actors=tuple(self.actors[k] for k in keep), capability=self.capability[keep],
                            positions=self.positions[keep], salience=self.salience[keep],
                            risk=None if self.risk is None else self.risk[keep])

    def status_quo(self) -> np.ndarray | None:
        """Status quo per issue, or None when any issue lacks one."""
        values = [i.status_quo for i in self.issues]
        return None if any(v is None for v in values) else np.asarray(values, dtype=float)


def validate_scenario(s: Scenario) -> None:
    """Raise :class:`ScenarioError` naming what is wrong with ``s``."""
    n, m = len(s.actors), len(s.issues)
    if n == 0 or m == 0:
        raise ScenarioError(f"scenario {s.name!r} needs at least one actor and one issue")
    if len(set(s.actors)) != n:
        raise ScenarioError(f"scenario {s.name!r}: duplicate actor names")
    if s.capability.shape != (n,) or s.positions.shape != (n, m) or s.salience.shape != (n, m):
        raise ScenarioError(
            f"scenario {s.name!r}: expected capability ({n},), positions and salience ({n}, {m})"
        )
    if np.isnan(s.positions).any():
        bad = s.actors[int(np.argwhere(np.isnan(s.positions))[0][0])]
        raise ScenarioError(f"scenario {s.name!r}: actor {bad!r} lacks a position")
    lo = np.array([i.scale_min for i in s.issues], dtype=float)
    hi = np.array([i.scale_max for i in s.issues], dtype=float)
    if (hi < lo).any():
        raise ScenarioError(f"scenario {s.name!r}: an issue's scale_max lies below its scale_min")
    outside = (s.positions < lo - 1e-9) | (s.positions > hi + 1e-9)
    if outside.any():
        a, k = (int(v) for v in np.argwhere(outside)[0])
        raise ScenarioError(f"scenario {s.name!r}: actor {s.actors[a]!r}'s position {s.positions[a, k]:g} on "
                            f"issue {s.issues[k].id!r} lies outside its scale [{lo[k]:g}, {hi[k]:g}]")
    if (s.salience < 0).any() or (s.salience > 1).any() or np.isnan(s.salience).any():
        bad = np.argwhere(~((s.salience >= 0) & (s.salience <= 1)))[0]
        raise ScenarioError(f"scenario {s.name!r}: salience must lie in [0, 1]; actor "
                            f"{s.actors[bad[0]]!r} has {s.salience[bad[0], bad[1]]:g} on {s.issues[bad[1]].id!r}")
    if (s.capability < 0).any():
        raise ScenarioError(f"scenario {s.name!r}: capability must be non-negative")
    if s.risk is not None and s.risk.shape != (n,):
        raise ScenarioError(f"scenario {s.name!r}: risk must have one value per actor")


@dataclass(frozen=True, eq=False)
class Outcome:
    """What a model predicts: a position per issue, plus the model's own details.

    ``history`` holds per-round positions (rounds × actors × issues) for iterative
    models; ``details`` holds anything model-specific (probabilities, exchanges…).
    """

    model: str  # versioned name, e.g. "compromise.v1"
    scenario: str
    issues: tuple[str, ...]
    positions: np.ndarray  # (n_issues,)
    history: np.ndarray | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    seed: int | None = None

    def as_dict(self) -> dict[str, float]:
        """Issue id → predicted position."""
        return {i: float(v) for i, v in zip(self.issues, self.positions)}
