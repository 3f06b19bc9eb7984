"""Compromise (weighted mean) and weighted median models."""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.core.errors import ModelError
from parley.models import compromise, run_model
from parley.models.scenario import Scenario

sys.path.insert(0, str(Path(__file__).resolve().parent))
from contract import ModelContract  # noqa: E402


def one_issue(x, c, s=None) -> Scenario:
    n = len(x)
    s = np.ones(n) if s is None else s
    return Scenario.from_arrays([f"a{i}" for i in range(n)], ["x"], c, np.reshape(x, (n, 1)), np.reshape(s, (n, 1)))


class TestCompromise(ModelContract):
    model_name = compromise.COMPROMISE
    model = staticmethod(compromise.run_compromise)

    def test_weighted_mean_by_hand(self):
        out = run_model("compromise", one_issue([0, 40, 100], [1, 2, 1], [1, 0.5, 0.5]))
        assert out.positions[0] == pytest.approx((0 * 1 + 40 * 1 + 100 * 0.5) / 2.5)

    def test_weighting_switches(self):
        s = one_issue([0, 100], [1, 3], [0.5, 0.5])
        assert compromise.run_compromise(s, weights="equal").positions[0] == 50
        assert compromise.run_compromise(s, weights="capability").positions[0] == 75
        with pytest.raises(ModelError, match="weights must be one of"):
            compromise.run_compromise(s, weights="gdp")

    def test_nobody_cares_falls_back_to_equal_weights_and_says_so(self):
        out = compromise.run_compromise(one_issue([0, 60], [1, 1], [0, 0]))
        assert out.positions[0] == 30 and out.details["equal_weights_used_for"] == ["x"]

    def test_batched_draws_match_single_runs(self):
        rng = np.random.default_rng(1)
        x, w = rng.uniform(0, 100, (5, 4, 2)), rng.uniform(0, 1, (5, 4, 2))
        batched = compromise.weighted_mean(x, w)
        assert np.allclose(batched[3], compromise.weighted_mean(x[3], w[3]))


class TestMedian(ModelContract):
    model_name = compromise.MEDIAN
    model = staticmethod(compromise.run_median)

    def test_heavy_actor_is_the_median(self):
        assert run_model("median", one_issue([0, 50, 100], [1, 1, 5])).positions[0] == 100

    def test_even_split_takes_the_midpoint(self):
        assert run_model("median", one_issue([20, 80], [1, 1])).positions[0] == 50

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(st.floats(0, 100), st.floats(0.01, 10)), min_size=1, max_size=9))
    def test_median_is_a_condorcet_winner(self, rows):
        x = np.array([r[0] for r in rows])
        w = np.array([r[1] for r in rows])
        m = compromise.weighted_median(x[:, None], w[:, None])[0]
        cost = lambda p: float(np.abs(x - p) @ w)  # noqa: E731
        # the weighted median minimises the weighted distance: no actor position beats it
        assert all(cost(m) <= cost(p) + 1e-6 * (1 + cost(p)) for p in x)


@pytest.mark.parametrize("name", ["parley.models", "parley.models.compromise", "parley.models.nash",
                                  "parley.models.exchange", "parley.models.io", "parley.models.fair_division",
                                  "parley.models.montecarlo", "parley.models.whatif", "parley.models.backtest",
                                  "parley.models.from_evidence", "parley.models.scenario"])
def test_doctests(name):
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0
