"""Bueno de Mesquita's expected-utility model (Scholz, Calbert & Smith 2011).

Reference case: the EU emission-standards example, whose median voter per round
must match Scholz et al.'s Table 2 (Q = 1.0) within 0.1 in rounds 1 and 3-8.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from parley.core.errors import ModelError
from parley.models import expected_utility as eu
from parley.models.scenario import Scenario

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
BDM = SHARED / "benchmarks" / "negotiation" / "bdm-expected-utility"

sys.path.insert(0, str(Path(__file__).resolve().parent))
try:  # the contract base of every model, when it exists
    from contract import ModelContract  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - written by another part of issue 5
    ModelContract = object


def _bdm_file(name: str) -> Path:
    path = BDM / name
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    return path


def read_bdm_csv(path: Path) -> Scenario:
    """Private reader of the BDM CSV (actor, capability, position, salience)."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    body = [r for r in rows[1:] if r]
    salience = np.array([float(r[3]) for r in body])
    if salience.max() > 1:  # some files give salience on 0-100
        salience = salience / 100
    return Scenario.from_arrays([r[0] for r in body], ["issue"], [float(r[1]) for r in body],
                                [[float(r[2])] for r in body], salience.reshape(-1, 1), name=path.stem)


def one_issue(positions, capability=None, salience=None) -> Scenario:
    n = len(positions)
    cap = np.ones(n) if capability is None else capability
    sal = np.full(n, 0.5) if salience is None else salience
    return Scenario.from_arrays([f"a{i}" for i in range(n)], ["x"], cap,
                                np.reshape(positions, (n, 1)), np.reshape(sal, (n, 1)))


class TestExpectedUtility(ModelContract):
    model_name = eu.NAME
    model = staticmethod(eu.run)

    # -- reference case -------------------------------------------------
    def test_emission_standards_median_matches_scholz_table_2(self):
        expected = json.loads(_bdm_file("emission_expected.json").read_text())["published"]
        out = eu.run(read_bdm_csv(_bdm_file("emission_standards_bdm1994.csv")), q=1.0)
        median = out.details["median_by_round"]["issue"]
        published = expected["median_voter_by_round_1_to_8"]
        for rnd in (1, 3, 4, 5, 6, 7, 8):
            assert median[rnd] == pytest.approx(published[rnd - 1], abs=0.1), f"round {rnd}"

    def test_emission_standards_mean_and_start(self):
        expected = json.loads(_bdm_file("emission_expected.json").read_text())
        out = eu.run(read_bdm_csv(_bdm_file("emission_standards_bdm1994.csv")))
        mean = out.details["mean_by_round"]["issue"]
        assert mean[0] == pytest.approx(expected["initial_state"]["weighted_mean_cap_x_sal"], abs=0.005)
        assert out.details["median_by_round"]["issue"][0] == 7.0
        published = expected["published"]["mean_voter_by_round_1_to_8"]
        assert np.allclose(mean[1:9], published, atol=0.1)

    @pytest.mark.parametrize("name", ["sultan_bdm1997.csv", "china_bdm_dmasad.csv",
                                      "honduras_nicaragua_dmasad.csv"])
    def test_other_bdm_inputs_run_and_stay_in_range(self, name):
        s = read_bdm_csv(_bdm_file(name))
        out = eu.run(s)
        lo, hi = s.positions.min(), s.positions.max()
        assert np.all((out.history >= lo - 1e-9) & (out.history <= hi + 1e-9))
        assert lo <= out.positions[0] <= hi

    # -- own small cases ------------------------------------------------
    def test_actor_alone_keeps_its_position(self):
        out = eu.run(one_issue([42.0]))
        assert out.positions[0] == 42.0
        assert np.all(out.history == 42.0)

    def test_two_equal_actors_are_symmetric(self):
        out = eu.run(one_issue([30.0, 70.0]))
        mirrored = eu.run(one_issue([70.0, 30.0]))
        assert out.positions[0] == pytest.approx(50.0)
        assert np.allclose(out.history[:, 0, 0], mirrored.history[:, 1, 0])

    def test_mirrored_scale_gives_mirrored_outcome(self):
        rng = np.random.default_rng(3)
        x, c, s = rng.uniform(0, 100, 9), rng.uniform(0.1, 1, 9), rng.uniform(0.1, 1, 9)
        a = eu.run(one_issue(x, c, s), offer_choice="least_move")
        b = eu.run(one_issue(100 - x, c, s), offer_choice="least_move")
        assert np.allclose(a.history, 100 - b.history)

    @pytest.mark.parametrize("seed", range(5))
    def test_outcome_stays_within_range_of_positions(self, seed):
        rng = np.random.default_rng(seed)
        s = one_issue(rng.uniform(0, 100, 12), rng.uniform(0.1, 1, 12), rng.uniform(0.05, 1, 12))
        out = eu.run(s, rounds=10)
        assert s.positions.min() <= out.positions[0] <= s.positions.max()
        assert out.history.min() >= s.positions.min() - 1e-9
        assert out.history.max() <= s.positions.max() + 1e-9

    def test_same_seed_same_result(self):
        s = one_issue([10.0, 35.0, 60.0, 90.0], [1, 2, 1, 3], [0.9, 0.4, 0.7, 0.2])
        a, b = eu.run(s, seed=7), eu.run(s, seed=7)
        assert np.array_equal(a.history, b.history) and a.seed == 7

    def test_risk_exponents_lie_in_half_to_two(self):
        s = one_issue([10.0, 35.0, 60.0, 90.0, 50.0], [1, 2, 1, 3, 1], [0.9, 0.4, 0.7, 0.2, 0.5])
        risk = np.array(eu.run(s).details["risk_exponents"]["x"])
        assert risk.min() >= 0.5 - 1e-12 and risk.max() <= 2.0 + 1e-12

    def test_issues_are_modelled_independently(self):
        both = Scenario.from_arrays(["a", "b", "c"], ["x", "y"], [1, 2, 3],
                                    [[0, 80], [40, 20], [100, 50]], [[0.3, 0.9], [0.8, 0.5], [0.6, 0.4]])
        alone = eu.run(one_issue([80.0, 20.0, 50.0], [1, 2, 3], [0.9, 0.5, 0.4]))
        assert np.allclose(eu.run(both).history[:, :, 1], alone.history[:, :, 0])

    def test_success_probabilities_pairwise_sum_to_one(self):
        x = np.array([0.0, 30.0, 100.0])
        w = np.array([1.0, 2.0, 1.0])
        p = eu.success_probability(x, w, np.ones(3), 100.0, "pairwise")
        assert np.allclose(p + p.T, 1.0 - np.eye(3))

    def test_median_voter_is_weighted_median(self):
        assert eu.median_voter(np.array([0.0, 10.0, 20.0, 100.0]), np.array([1.0, 1.0, 1.0, 3.5])) == 100.0
        assert eu.median_voter(np.array([0.0, 10.0, 20.0, 100.0]), np.array([1.0, 1.0, 1.0, 1.0])) == 15.0

    def test_bad_options_raise_model_error(self):
        with pytest.raises(ModelError):
            eu.run(one_issue([1.0, 2.0]), q=1.5)
        with pytest.raises(ModelError):
            eu.run(one_issue([1.0, 2.0]), probability="nope")
