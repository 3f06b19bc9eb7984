"""Scenario validation, YAML/CSV round trips and the benchmark readers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.core.errors import ScenarioError
from parley.models import io, readers
from parley.models.scenario import Scenario, ScenarioIssue


def small(**kw) -> Scenario:
    issues = [ScenarioIssue("tax", "none", "full", 0, 100, status_quo=20.0), ScenarioIssue("aid")]
    args = dict(actors=["a", "b"], issues=issues, capability=[1, 2], positions=[[10, 30], [90, 60]],
                salience=[[0.5, 0.2], [1, 0.4]])
    args.update(kw)
    return Scenario.from_arrays(**args)


@pytest.mark.parametrize("change, message", [
    (dict(salience=[[1.5, 0.2], [1, 0.4]]), "salience must lie in"),
    (dict(positions=[[np.nan, 30], [90, 60]]), "'a' lacks a position"),
    (dict(positions=[[10, 130], [90, 60]]), "outside its scale"),
    (dict(capability=[-1, 2]), "capability must be non-negative"),
    (dict(actors=["a", "a"]), "duplicate actor"),
])
def test_validation_names_the_problem(change, message):
    with pytest.raises(ScenarioError, match=message):
        small(**change)


@pytest.mark.parametrize("suffix", [".yaml", ".csv"])
def test_round_trip(tmp_path, suffix):
    s = small(risk=[0.5, -0.5])
    path = tmp_path / f"s{suffix}"
    io.write_scenario(s, path)
    back = io.read_scenario(path)
    assert back.actors == s.actors and back.issues == s.issues
    for attr in ("capability", "positions", "salience", "risk"):
        assert np.array_equal(getattr(back, attr), getattr(s, attr))


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 5), st.integers(1, 4), st.integers(0, 10_000))
def test_round_trip_random(tmp_path_factory, n, m, seed):
    rng = np.random.default_rng(seed)
    s = Scenario.from_arrays([f"actor {i}" for i in range(n)], [f"i{k}" for k in range(m)], rng.uniform(0, 9, n),
                             rng.uniform(0, 100, (n, m)), rng.uniform(0, 1, (n, m)))
    for suffix in (".yaml", ".csv"):
        path = tmp_path_factory.mktemp("rt") / f"s{suffix}"
        io.write_scenario(s, path)
        back = io.read_scenario(path)
        assert np.array_equal(back.positions, s.positions) and np.array_equal(back.salience, s.salience)


def test_yaml_errors_name_file_and_actor(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("issues: [{id: x}]\nactors:\n  - {name: a, positions: {}}\n")
    with pytest.raises(ScenarioError, match=r"bad.yaml.*'a' has no position on x"):
        io.read_scenario(path)
    path.write_text("issues: [{id: x}\n")
    with pytest.raises(ScenarioError, match=r"bad.yaml:\d+: not valid YAML"):
        io.read_scenario(path)


def test_csv_error_names_the_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("actor,issue,position,salience\na,x,10,0.5\nb,x,ten,0.5\n")
    with pytest.raises(ScenarioError, match=r"bad.csv:3: position must be a number"):
        io.read_scenario(path)


def test_decide_reader_and_bad_rows(tmp_path):
    good = tmp_path / "two.txt"
    good.write_text("'#A'\t'A1'\t'A1'\t''\n'#A'\t'A2'\t'A2'\t''\n'#P'\t'I1'\t'I1'\t'I1'\n'#M'\t'I1'\t0\n'#M'\t'I1'\t100\n"
                    "'#D'\t'A1'\t'I1'\t0.0\t10\t1\n'#D'\t'A2'\t'I1'\t100.0\t60\t1\n")
    s = io.read_scenario(good)
    assert s.salience[:, 0].tolist() == [0.1, 0.6] and s.provenance["salience_scale"] == 100
    bad = tmp_path / "bad.txt"
    bad.write_text(good.read_text() + "'#D'\t'A3'\t'I1'\t5\t1\t1\n")
    with pytest.raises(ScenarioError, match=r"bad.txt:8: #D row names an undeclared actor"):
        io.read_scenario(bad)


def test_ktab_csv_wrong_count(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Name,desc,3,1,\nActor,Description,Power,Pos,Sal,\nA,a,1,10,50,\nB,b,1,20,50,\n")
    with pytest.raises(ScenarioError, match=r"k.csv:1: declares 3 actors but 2"):
        io.read_scenario(path)


# -- the benchmark files ----------------------------------------------------
def test_ktab_csv_and_xml_agree(bench):
    csv_s = io.read_scenario(bench("ktab-smp", "inputs", "dummyData_3Dim.csv"))
    xml_s = io.read_scenario(bench("ktab-smp", "inputs", "dummyData_3Dim.xml"))
    assert csv_s.n_actors == 7 and csv_s.n_issues == 3
    assert np.allclose(csv_s.positions, xml_s.positions) and np.allclose(csv_s.salience, xml_s.salience)
    assert csv_s.salience[0, 0] == pytest.approx(0.4953)
    assert xml_s.provenance["prng_seed"] == "03707583219545544125"


def test_ktab_xml_empty_coordinate_names_line(bench):
    with pytest.raises(ScenarioError, match=r"smpExample.xml:\d+: actor 'Alice' has no position on 'FirstDim'"):
        io.read_scenario(bench("ktab-smp", "inputs", "smpExample.xml"))
    fixed = io.read_scenario(bench("ktab-smp", "inputs", "smpExample-dim0fixed.xml"))
    assert fixed.provenance["ktab_parameters"]["VotingRule"] == "PropCbc"
    assert fixed.positions[0, 0] == 52.8 and np.asarray(fixed.provenance["accommodation"]).shape == (5, 5)


@pytest.mark.parametrize("name, actors", [("SOE-Policy.csv", 26), ("SOE-Competitive.csv", 34),
                                          ("SOE-Pol-Comp.csv", 13), ("dummyData-a160.csv", 160)])
def test_ktab_inputs(bench, name, actors):
    s = io.read_scenario(bench("ktab-smp", "inputs", name))
    assert s.n_actors == actors and s.salience.sum(axis=1).max() <= 1 + 1e-9


def test_decide_cop21_and_errors(bench):
    s = io.read_scenario(bench("decide-exchange", "cop21.csv"))
    assert (s.n_actors, s.n_issues) == (15, 13)
    assert len(s.provenance["absent"]) == 14  # amb2050 and amb2100 have 8 of 15 actors
    with pytest.raises(ScenarioError, match=r"copenhagen_with_errors.csv:\d+: actor 'China India' needs one"):
        io.read_scenario(bench("decide-exchange", "copenhagen_with_errors.csv"))


def test_bdm_csv(bench):
    s = io.read_scenario(bench("bdm-expected-utility", "china_bdm_dmasad.csv"))
    assert s.salience.max() <= 1 and s.provenance["salience_scale"] == 100
    e = io.read_scenario(bench("bdm-expected-utility", "emission_standards_bdm1994.csv"))
    assert e.actors[0] == "Netherlands" and e.positions[:, 0].min() == 4


def test_deu_table(bench):
    issues = readers.read_deu(bench("deu", "deu_I_II_III_combined_with_gdp_row.tsv"))
    assert len(issues) == 364
    assert sum(i.scenario.issues[0].outcome is not None for i in issues) == 353
    first = issues[0].scenario
    assert first.actors[:2] == ("com", "ep") and first.issues[0].status_quo == 0.0
