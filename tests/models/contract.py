"""The contract every negotiation model honours (Axelrod-style: one base, many models).

A model's test class inherits :class:`ModelContract` and sets ``model_name`` (the
versioned name) and ``model`` (the ``run`` function, wrapped in ``staticmethod``)::

    class TestCompromise(ModelContract):
        model_name = "compromise.v1"
        model = staticmethod(compromise.run_compromise)

Switches for models the defaults do not fit:

* ``needs_status_quo``: the contract scenarios get a status quo on every issue;
* ``stays_in_position_range``: False for models allowed to leave the actors'
  range (they must still stay on the scale);
* ``deterministic``: False skips the actor-permutation check;
* ``options``: keyword options passed on every contract run;
* ``tolerance``: absolute tolerance of the comparisons (optimisers).
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pytest

from parley.core.errors import ModelError, ScenarioError
from parley.models import MODELS
from parley.models.scenario import Outcome, Scenario, ScenarioIssue


def contract_scenario(n_actors: int = 6, n_issues: int = 3, seed: int = 0, status_quo: bool = False,
                      order: np.ndarray | None = None) -> Scenario:
    """A random but fixed scenario; ``order`` permutes the actors."""
    rng = np.random.default_rng(seed)
    positions = rng.uniform(0, 100, (n_actors, n_issues)).round(1)
    salience = rng.uniform(0.1, 1.0, (n_actors, n_issues)).round(2)
    salience = salience / salience.sum(axis=1, keepdims=True)  # rows sum to 1 (KTAB needs <= 1)
    capability = rng.uniform(1, 10, n_actors).round(1)
    sq = rng.uniform(0, 100, n_issues).round(1)
    issues = [ScenarioIssue(f"i{k}", status_quo=float(sq[k]) if status_quo else None) for k in range(n_issues)]
    order = np.arange(n_actors) if order is None else np.asarray(order)
    return Scenario(name="contract", actors=tuple(f"a{i}" for i in order), issues=tuple(issues),
                    capability=capability[order], positions=positions[order], salience=salience[order])


class ModelContract:
    """Checks every model must pass; subclasses set ``model_name`` and ``model``."""

    model_name: str = ""
    model: Callable[..., Outcome]
    needs_status_quo: bool = False
    stays_in_position_range: bool = True
    deterministic: bool = True
    options: dict[str, Any] = {}
    tolerance: float = 1e-6

    def _run(self, scenario: Scenario, seed: int | None = 11) -> Outcome:
        return type(self).model(scenario, seed=seed, **self.options)

    def _scenario(self, **kwargs: Any) -> Scenario:
        return contract_scenario(status_quo=self.needs_status_quo, **kwargs)

    def test_contract_name_is_versioned_and_registered(self):
        assert self.model_name in MODELS.names()
        assert MODELS.get(self.model_name) is type(self).model
        out = self._run(self._scenario())
        assert out.model == self.model_name and out.model.split(".")[-1].startswith("v")

    def test_contract_one_value_per_issue(self):
        s = self._scenario()
        out = self._run(s)
        assert out.issues == s.issue_ids
        assert np.shape(out.positions) == (s.n_issues,)
        assert np.all(np.isfinite(out.positions))

    def test_contract_stays_in_range(self):
        for seed in range(3):
            s = self._scenario(seed=seed)
            out = np.asarray(self._run(s).positions)
            lo, hi = s.positions.min(axis=0), s.positions.max(axis=0)
            if not self.stays_in_position_range:
                lo = np.array([i.scale_min for i in s.issues])
                hi = np.array([i.scale_max for i in s.issues])
            assert np.all(out >= lo - self.tolerance) and np.all(out <= hi + self.tolerance)

    def test_contract_same_seed_same_result(self):
        s = self._scenario(seed=4)
        a, b = self._run(s, seed=123), self._run(s, seed=123)
        assert np.array_equal(a.positions, b.positions)
        assert a.seed == 123

    def test_contract_one_actor_one_issue(self):
        s = self._scenario(n_actors=1, n_issues=1)
        try:
            out = self._run(s)
        except (ScenarioError, ModelError) as err:
            assert str(err).strip(), "the error must say what is wrong"
            return
        assert out.positions[0] == pytest.approx(s.positions[0, 0], abs=self.tolerance)

    def test_contract_two_actors_one_issue_stays_between(self):
        s = self._scenario(n_actors=2, n_issues=1, seed=5)
        try:
            out = self._run(s)
        except (ScenarioError, ModelError) as err:
            assert str(err).strip()
            return
        lo, hi = s.positions.min(), s.positions.max()
        if self.stays_in_position_range:
            assert lo - self.tolerance <= out.positions[0] <= hi + self.tolerance

    def test_contract_actor_order_does_not_matter(self):
        if not self.deterministic:
            pytest.skip(f"{self.model_name} is not deterministic")
        base = self._run(self._scenario(seed=2))
        order = np.random.default_rng(9).permutation(6)
        shuffled = self._run(self._scenario(seed=2, order=order))
        assert np.allclose(base.positions, shuffled.positions, atol=self.tolerance)
