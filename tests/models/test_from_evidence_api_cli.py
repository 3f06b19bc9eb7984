"""Scenario from evidence, the API functions and the CLI commands."""

from __future__ import annotations

import json

import numpy as np
import pytest

from parley.api import models as api
from parley.cli import main
from parley.core.errors import ScenarioError
from parley.core.types import Actor, Codebook, Issue, Position, Span
from parley.models import io
from parley.models.from_evidence import scenario_from_evidence
from parley.models.scenario import Scenario, ScenarioIssue

CODEBOOK = Codebook("demo", (Actor("gov", "Government"), Actor("reb", "Rebels"), Actor("un", "UN")),
                    (Issue("truce", "Truce", poles=("no truce", "truce now")), Issue("vote", "Vote")))


def pos(actor, issue, stance, start, state="machine", confidence=1.0):
    return Position(actor, issue, stance, Span("doc1", start, start + 5), review_state=state, confidence=confidence)


EVIDENCE = [pos("gov", "truce", "support", 0), pos("gov", "truce", "oppose", 10, confidence=0.5),
            pos("gov", "truce", "support", 20, "accepted"), pos("gov", "vote", "oppose", 30),
            pos("reb", "truce", "oppose", 40, "corrected"), pos("reb", "truce", "support", 50, "rejected")]


def test_positions_salience_provenance_and_assumptions():
    s = scenario_from_evidence(EVIDENCE, CODEBOOK, {"gov": 3.0}, reviewed_weight=3.0)
    assert s.actors == ("gov", "reb") and s.issue_ids == ("truce", "vote")
    gov_truce = 100 * (1 + 3) / (1 + 0.5 + 3)
    assert s.positions[0].tolist() == pytest.approx([gov_truce, 0.0])
    assert s.positions[1, 0] == 0.0  # the rejected support is dropped
    assert s.salience[0].tolist() == pytest.approx([4.5 / 5.5, 1 / 5.5])
    assert s.salience[1].tolist() == [1.0, 0.0] and s.positions[1, 1] == 50
    assert s.issues[0].low_label == "no truce" and s.capability.tolist() == [3.0, 1.0]
    spans = s.provenance["evidence"]["gov/truce"]
    assert [e["start"] for e in spans] == [0, 10, 20] and spans[2]["weight"] == 3.0
    notes = " | ".join(s.provenance["assumptions"])
    assert "no capability for reb: 1.0 assumed" in notes and "reb is silent on vote" in notes
    assert "un has no stance" in notes and "1 stance(s) left out" in notes


def test_no_evidence_is_an_error():
    with pytest.raises(ScenarioError, match="nothing to build"):
        scenario_from_evidence([pos("gov", "truce", "support", 0, "rejected")], CODEBOOK)


class FakeStore:
    """Anything with ``.positions()`` will do (the real store is parley.store.Store)."""

    def positions(self):
        return list(EVIDENCE)


def test_scenario_from_project_with_fake_store(tmp_path):
    out = tmp_path / "from_project.yaml"
    s = api.scenario_from_project(FakeStore(), CODEBOOK, {"gov": 2, "reb": 1}, out=out)
    back = io.read_scenario(out)
    assert np.allclose(back.positions, s.positions) and back.provenance["assumptions"] == s.provenance["assumptions"]


def scenario_file(tmp_path) -> str:
    s = Scenario.from_arrays(["a", "b", "c"], [ScenarioIssue("x", status_quo=0), ScenarioIssue("y", status_quo=0)],
                             [1, 2, 1], [[10, 90], [60, 40], [90, 10]], [[0.5, 0.5], [0.7, 0.3], [0.2, 0.8]])
    path = tmp_path / "s.yaml"
    io.write_scenario(s, path)
    return str(path)


@pytest.mark.parametrize("model", ["compromise", "median", "nbs", "eu", "exchange", "smp"])
def test_cli_model_run_json(tmp_path, capsys, model):
    assert main(["model", "run", scenario_file(tmp_path), "--model", model, "--seed", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["outcome"]) == {"x", "y"} and data["seed"] == 3


def test_cli_mc_whatif_fair_division(tmp_path, capsys):
    path = scenario_file(tmp_path)
    assert main(["model", "mc", path, "-n", "200", "--json"]) == 0
    mc = json.loads(capsys.readouterr().out)
    assert mc["n"] == 200 and mc["tornado"]
    assert main(["model", "whatif", path, "drop:b", "capability:a*2", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["rows"]) == 4
    points = tmp_path / "points.json"
    points.write_text(json.dumps({"points": {"x": {"p": 60, "q": 40}, "y": {"p": 40, "q": 60}}}))
    assert main(["fair-division", str(points), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["points"] == {"p": 60.0, "q": 60.0}
    assert main(["fair-division", str(points), "--method", "nash"]) == 0
    assert "all-inclusive" in capsys.readouterr().out


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["model", "run", str(tmp_path / "none.yaml")]) == 9
    assert "no such scenario file" in capsys.readouterr().err
    s = Scenario.from_arrays(["a", "b"], ["x"], [1, 1], [[0], [100]], [[1], [1]])
    io.write_scenario(s, tmp_path / "nosq.yaml")
    assert main(["model", "run", str(tmp_path / "nosq.yaml"), "--model", "nbs"]) == 10
    assert "undefined without a status quo" in capsys.readouterr().err


def test_cli_backtest_deu(bench, capsys):
    table = bench("deu", "deu_I_II_III_combined_with_gdp_row.tsv")
    scored = bench("deu", "schelling_deu_paired_differences.csv")
    code = main(["backtest", "deu", str(table), "--scored", str(scored), "--forecast", "mean",
                 "--forecast", "compromise_council", "--bootstrap", "200", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["n_issues"] == 351
    assert {r["forecast"]: round(r["mae"], 2) for r in data["rows"]}["mean"] == 23.63
