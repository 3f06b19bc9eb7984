"""Monte Carlo draws, tornado and what-if scenarios."""

from __future__ import annotations

import numpy as np
import pytest

from contract import contract_scenario
from parley.core.errors import ModelError, ScenarioError
from parley.models import montecarlo as mc
from parley.models import whatif as wi
from parley.models.scenario import Scenario


def test_same_seed_same_draws_and_other_seed_differs():
    s = contract_scenario()
    a, b = mc.monte_carlo(s, "compromise", n=300, seed=5), mc.monte_carlo(s, "compromise", n=300, seed=5)
    c = mc.monte_carlo(s, "compromise", n=300, seed=6)
    assert np.array_equal(a.draws, b.draws) and not np.array_equal(a.draws, c.draws)


@pytest.mark.parametrize("distribution", mc.DISTRIBUTIONS)
def test_draws_stay_inside_their_bounds(distribution):
    s = contract_scenario()
    spread = mc.Spread(position=0.2, salience=0.3, capability=0.5, distribution=distribution)
    draws = mc.draw_inputs(s, spread, 2000, seed=1)
    ends = mc.bounds(s, spread)
    for name in mc.FIELDS:
        assert np.all(draws[name] >= ends[name][0] - 1e-12) and np.all(draws[name] <= ends[name][1] + 1e-12)
    # the value is the mode: the mean is (lo + mode + hi) / 3 (triangular) or (lo + 4 mode + hi) / 6 (PERT)
    lo, hi = ends["position"]
    mean = (lo + s.positions + hi) / 3 if distribution == "triangular" else (lo + 4 * s.positions + hi) / 6
    assert np.allclose(draws["position"].mean(axis=0), mean, atol=1.0)


def test_batched_compromise_equals_loop():
    s = contract_scenario(n_actors=5, n_issues=2)
    draws = mc.draw_inputs(s, mc.Spread(), 50, seed=2)
    batched = mc.run_draws(s, "compromise", draws)
    looped = mc.run_draws(s, "compromise", draws, weights="capability_salience")  # same path, checks options
    one = mc.run_draws(s, "exchange", {k: v[:3] for k, v in draws.items()})  # loop path, 1 issue = NBS
    assert np.allclose(batched, looped) and one.shape == (3, 2)


def test_interval_and_tornado():
    s = Scenario.from_arrays(["big", "small"], ["x"], [10, 1], [[80], [20]], [[1], [1]])
    r = mc.monte_carlo(s, "compromise", n=500, seed=0, spread=mc.Spread(position=0.1))
    lo, hi = r.interval[0]
    assert lo < r.baseline[0] < hi and hi - lo < 20
    top = r.tornado[0]
    assert (top["actor"], top["input"]) == ("big", "position")  # the heavy actor's position moves it most


def test_explicit_ranges_and_errors():
    s = Scenario.from_arrays(["a", "b"], ["x"], [1, 1], [[20], [80]], [[1], [1]])
    spread = mc.Spread(position=0, salience=0, capability=0, ranges={("position", "a", "x"): (0, 40)})
    draws = mc.draw_inputs(s, spread, 100, seed=0)
    assert draws["position"][:, 1, 0].tolist() == [80] * 100 and draws["position"][:, 0, 0].min() >= 0
    with pytest.raises(ScenarioError, match="no actor 'zed'"):
        mc.bounds(s, mc.Spread(ranges={("position", "zed", "x"): (0, 1)}))
    with pytest.raises(ModelError, match="distribution"):
        mc.Spread(distribution="uniform")


def test_whatif_side_by_side():
    s = Scenario.from_arrays(["a", "b", "c"], ["x"], [1, 1, 2], [[0], [50], [100]], [[1], [1], [1]])
    r = wi.whatif(s, "median", ["drop:c", "capability:a*10", "coalition:a+b", "salience:c+-1"])
    by = {row["change"]: row for row in r.rows}
    assert by["drop:c"]["variant"] == 25 and by["capability:a*10"]["variant"] == 0
    assert by["coalition:a+b"]["variant"] == 62.5  # a and b at 25 hold half the weight with c at 100
    assert by["salience:c+-1"]["variant"] == 25
    assert all(row["baseline"] == 75 for row in r.rows)  # the weight splits in half between 50 and 100


def test_whatif_combined_and_errors():
    s = Scenario.from_arrays(["a", "b"], ["x"], [1, 1], [[0], [100]], [[1], [1]])
    r = wi.whatif(s, "compromise", ["position:a:x=50", "capability:b=3"], combined=True)
    assert len(r.rows) == 1 and r.rows[0]["variant"] == pytest.approx(87.5)
    with pytest.raises(ScenarioError, match="cannot read what-if"):
        wi.parse_change("position:a=3")
    with pytest.raises(ScenarioError, match="no actor"):
        wi.whatif(s, "compromise", ["drop:zed"])
