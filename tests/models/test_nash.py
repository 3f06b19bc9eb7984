"""Weighted Nash bargaining solution with a status quo."""

from __future__ import annotations

import numpy as np
import pytest

from contract import ModelContract
from parley.core.errors import ModelError
from parley.models import nash, run_model
from parley.models.scenario import Scenario, ScenarioIssue


def two_issue(capability=(1, 1), sq=(0, 0)) -> Scenario:
    issues = [ScenarioIssue("a", status_quo=sq[0]), ScenarioIssue("b", status_quo=sq[1])]
    return Scenario.from_arrays(["x", "y"], issues, capability, [[0, 100], [100, 0]], [[1, 1], [1, 1]])


class TestNash(ModelContract):
    model_name = nash.NAME
    model = staticmethod(nash.run)
    needs_status_quo = True
    stays_in_position_range = False  # a failed bargain returns the status quo
    tolerance = 1e-4

    def test_symmetric_case_splits_evenly(self):
        out = run_model("nbs", two_issue())
        assert out.positions == pytest.approx([50, 50], abs=1e-6)
        assert out.details["agreement"] and out.details["gains"]["x"] == pytest.approx(out.details["gains"]["y"])

    def test_more_capability_pulls_the_solution(self):
        out = run_model("nbs", two_issue(capability=(3, 1)))
        assert out.positions[0] < 50 < out.positions[1]

    def test_undefined_without_status_quo(self):
        s = Scenario.from_arrays(["x", "y"], ["a"], [1, 1], [[0], [100]], [[1], [1]])
        with pytest.raises(ModelError, match="undefined without a status quo"):
            nash.run(s)

    def test_no_package_improves_for_all_returns_status_quo(self):
        s = Scenario.from_arrays(["x", "y"], [ScenarioIssue("a", status_quo=40)], [1, 1], [[0], [100]], [[1], [1]])
        out = nash.run(s)
        assert out.positions[0] == 40 and not out.details["agreement"]

    def test_first_order_condition_is_a_weighted_mean(self):
        # at an interior optimum x_j = Σ c s_j x_ij / g_i / Σ c s_j / g_i (Achen's link to the compromise model)
        s = Scenario.from_arrays(["x", "y", "z"], [ScenarioIssue("a", status_quo=0)], [1, 2, 1],
                                 [[40], [100], [70]], [[1], [1], [1]])
        out = nash.run(s)
        g = np.array(list(out.details["gains"].values()))
        w = s.capability / g
        assert out.positions[0] == pytest.approx(w @ s.positions[:, 0] / w.sum(), abs=1e-3)
