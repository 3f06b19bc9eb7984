"""Stokman's exchange model (Equal Gain): Decide's two-actor test vector and COP21."""

from __future__ import annotations

import json

import numpy as np
import pytest

from contract import ModelContract
from parley.models import exchange, io

# Decide's published unit test (decide/tests/test_rex.py), as written in the benchmark README
TWO_ACTORS = ("'#A'\t'Actor-1'\t'Actor-1'\t''\n'#A'\t'Actor-2'\t'Actor-2'\t''\n"
              "'#P'\t'Issue-1'\t'Issue-1'\t'Issue-1'\n'#M'\t'Issue-1'\t0\n'#M'\t'Issue-1'\t100\n"
              "'#P'\t'Issue-2'\t'Issue-2'\t'Issue-2'\n'#M'\t'Issue-2'\t0\n'#M'\t'Issue-2'\t100\n"
              "'#D'\t'Actor-1'\t'Issue-1'\t0.0\t10\t1\n'#D'\t'Actor-1'\t'Issue-2'\t0.0\t90\t1\n"
              "'#D'\t'Actor-2'\t'Issue-1'\t100.0\t60\t1\n'#D'\t'Actor-2'\t'Issue-2'\t100.0\t50\t1\n")


class TestExchange(ModelContract):
    model_name = exchange.NAME
    model = staticmethod(exchange.run)

    def test_decide_two_actor_vector(self, tmp_path):
        path = tmp_path / "rex.txt"
        path.write_text(TWO_ACTORS)
        out = exchange.run(io.read_scenario(path))
        assert out.details["nbs_initial"] == pytest.approx([85 + 5 / 7, 35 + 5 / 7], abs=1e-12)
        (ex,) = out.details["exchanges"][0]
        assert (ex["supplier_p"], ex["issue_p"]) == ("Actor-1", "Issue-1")  # actor 1 cares little for issue 1
        assert ex["eu_max_supplier_p"] == pytest.approx(1400, abs=1e-9)
        assert ex["eu_max_supplier_q"] == pytest.approx(777.7778, abs=1e-4)
        # Equal Gain: actor 1 moves fully to 100 (loses 1000/7), actor 2 moves 20 toward 0: both gain 500
        assert ex["move_p"] == pytest.approx(100) and ex["move_q"] == pytest.approx(-20)
        assert ex["gain"] == pytest.approx(500)
        assert out.positions == pytest.approx([100, 200 / 7])

    def test_no_exchange_on_one_issue(self):
        from contract import contract_scenario

        s = contract_scenario(n_actors=5, n_issues=1)
        out = exchange.run(s)
        assert out.details["exchanges"] == []
        w = s.capability * s.salience[:, 0]
        assert out.positions[0] == pytest.approx(w @ s.positions[:, 0] / w.sum())

    def test_gains_are_equal_and_positive(self):
        from contract import contract_scenario

        s = contract_scenario(n_actors=8, n_issues=4, seed=3)
        cand = exchange.candidate_exchanges(s.positions, s.salience, s.capability)
        i, j, p, q = cand["i"], cand["j"], cand["p"], cand["q"]
        gain_j = s.salience[j, p] * cand["d_p"] - s.salience[j, q] * cand["d_q"]
        assert len(i) > 0 and np.allclose(cand["gain"], gain_j) and (cand["gain"] > 0).all()

    def test_cop21(self, bench):
        s = io.read_scenario(bench("decide-exchange", "cop21.csv"))
        out = exchange.run(s)
        start = json.loads(bench("decide-exchange", "initial_weighted_means_computed_here.json").read_text())
        expected = [start["cop21.csv"][i]["weighted_mean_pos_x_sal_x_power"] for i in s.issue_ids]
        # our reader fills absent actors at the weighted mean with salience 0, so the NBS is unchanged
        assert out.details["nbs_initial"] == pytest.approx(expected, abs=1e-4)
        assert np.all(out.positions >= s.positions.min(axis=0) - 1e-9)
        assert np.all(out.positions <= s.positions.max(axis=0) + 1e-9)
        assert out.details["rounds_run"] >= 1
