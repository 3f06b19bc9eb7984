"""Negotiation models: one module per model, each ``run(scenario, *, seed=None, **options) -> Outcome``.

Every model registers itself in :data:`parley.models.registry.MODELS` under a
versioned name (``compromise.v1``…); :func:`run_model` finds it by that name or
by a short alias.

>>> from parley.models.scenario import Scenario
>>> s = Scenario.from_arrays(["a", "b"], ["x"], [1, 3], [[0], [100]], [[1], [1]])
>>> run_model("compromise", s).positions.tolist()
[75.0]
"""

from __future__ import annotations

from typing import Any

from parley.core.errors import NotFoundError
from parley.models import compromise, exchange, expected_utility, nash, smp  # noqa: F401  (they register)
from parley.models.registry import MODELS
from parley.models.scenario import Outcome, Scenario, ScenarioIssue

ALIASES: dict[str, str] = {
    "compromise": "compromise.v1",
    "median": "median.v1",
    "nbs": "nbs.v1",
    "eu": "eu.scholz.v1",
    "smp": "smp.ktab.v1",
    "exchange": "exchange.v1",
}


def resolve_model(name_or_alias: str) -> str:
    """The versioned model name of an alias (or the name itself when registered)."""
    name = ALIASES.get(name_or_alias, name_or_alias)
    if name not in MODELS:
        known = ", ".join(sorted(set(ALIASES) | set(MODELS.names())))
        raise NotFoundError(f"unknown model {name_or_alias!r}; known: {known}")
    return name


def run_model(name_or_alias: str, scenario: Scenario, seed: int | None = None, **options: Any) -> Outcome:
    """Run the model called ``name_or_alias`` (``"smp"`` or ``"smp.ktab.v1"``) on ``scenario``."""
    return MODELS.get(resolve_model(name_or_alias))(scenario, seed=seed, **options)


__all__ = ["ALIASES", "MODELS", "Outcome", "Scenario", "ScenarioIssue", "resolve_model", "run_model"]
