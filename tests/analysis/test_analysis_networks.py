"""Discourse networks against small examples computed by hand.

Actors (see ``three_actors``): A = {x+, y+, z−}, B = {x+, y−, z−}, C = {x−, y+};
so g_A = 3, g_B = 3, g_C = 2 issue–stance cells.
Congruence: A–B 2 (x+, z−), A–C 1 (y+), B–C 0.
Conflict:   A–B 1 (y),       A–C 1 (x),  B–C 2 (x, y).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from analysis_fixtures import pos, three_actors
from parley.analysis import (
    build_statements, edge_evidence, edge_stance, one_mode_network, one_mode_networks,
    two_mode_network,
)
from parley.core.errors import ValidationError

A, B, C = "A", "B", "C"


@pytest.fixture
def table():
    return build_statements(three_actors())


def weights(net, pairs):
    return [round(net.weight(u, v), 6) for u, v in pairs]


PAIRS = [(A, B), (A, C), (B, C)]
EXPECTED = {
    ("congruence", "none"): [2, 1, 0],
    ("congruence", "average"): [2 / 3, 1 / 2.5, 0],
    ("congruence", "jaccard"): [2 / (3 + 3 - 2), 1 / (3 + 2 - 1), 0],
    ("congruence", "cosine"): [2 / 3, 1 / math.sqrt(6), 0],
    ("conflict", "none"): [1, 1, 2],
    ("conflict", "average"): [1 / 3, 1 / 2.5, 2 / 2.5],
    ("conflict", "jaccard"): [1 / 5, 1 / 4, 2 / 3],
    ("conflict", "cosine"): [1 / 3, 1 / math.sqrt(6), 2 / math.sqrt(6)],
    ("subtract", "none"): [1, 0, -2],
    ("subtract", "jaccard"): [0.5 - 0.2, 0.25 - 0.25, 0 - 2 / 3],
}


@pytest.mark.parametrize(("mode", "normalisation"), sorted(EXPECTED))
def test_actor_networks_match_hand_computation(table, mode, normalisation):
    net = one_mode_network(table, "actor", mode, normalisation)
    assert weights(net, PAIRS) == [round(w, 6) for w in EXPECTED[(mode, normalisation)]]
    assert np.allclose(net.weights, net.weights.T)
    assert np.all(np.diag(net.weights) == 0)


def test_issue_networks_match_hand_computation(table):
    # x = {A+, B+, C−}, y = {A+, B−, C+}, z = {A−, B−}
    congruence = one_mode_network(table, "issue", "congruence")
    conflict = one_mode_network(table, "issue", "conflict")
    pairs = [("x", "y"), ("x", "z"), ("y", "z")]
    assert weights(congruence, pairs) == [1, 0, 1]  # A on x,y; B on y,z
    assert weights(conflict, pairs) == [2, 2, 1]  # B,C on x,y; A,B on x,z; A on y,z
    cosine = one_mode_network(table, "issue", "conflict", "cosine")
    assert weights(cosine, [("x", "z")]) == [round(2 / math.sqrt(3 * 2), 6)]


def test_binary_weighting_ignores_repeats_and_count_weighting_multiplies():
    table = build_statements([*three_actors(), pos(A, "x", "support", 9)])
    assert one_mode_network(table, "actor", "congruence").weight(A, B) == 2
    # count: x+ 2·1 + z− 1·1 = 3
    assert one_mode_network(table, "actor", "congruence", weighting="count").weight(A, B) == 3


def test_modes_computed_together_equal_modes_computed_alone(table):
    together = one_mode_networks(table, "actor", ("subtract", "congruence"), "cosine")
    alone = one_mode_network(table, "actor", "subtract", "cosine")
    assert np.allclose(together[0].weights, alone.weights)
    assert together[1].mode == "congruence"


def test_two_mode_combine_and_subtract_with_mixed_stance():
    positions = [*three_actors(), pos("D", "z", "support"), pos("D", "z", "oppose"),
                 pos("D", "z", "support")]
    table = build_statements(positions)
    combine = two_mode_network(table, "combine")
    assert combine.weight("D", "z") == 3
    assert edge_stance(combine, "D", "z") == "mixed"
    assert edge_stance(combine, A, "z") == "oppose"
    assert edge_stance(combine, C, "z") is None
    subtract = two_mode_network(table, "subtract")
    assert subtract.weight("D", "z") == 1 and subtract.weight(A, "z") == -1
    activity = two_mode_network(table, "combine", "activity")
    assert activity.weight(A, "x") == pytest.approx(1 / 3)
    prominence = two_mode_network(table, "combine", "prominence")
    assert prominence.weight("D", "z") == pytest.approx(3 / 5)  # z: A, B, D×3


def test_edge_evidence_is_the_statements_behind_the_edge(table):
    by_cell = {(p.actor, p.issue): p.span for p in table.positions}
    congruence = one_mode_network(table, "actor", "congruence")
    assert set(edge_evidence(congruence, A, B)) == {
        by_cell[(A, "x")], by_cell[(B, "x")], by_cell[(A, "z")], by_cell[(B, "z")]}
    conflict = one_mode_network(table, "actor", "conflict")
    assert set(edge_evidence(conflict, B, C)) == {
        by_cell[(B, "x")], by_cell[(C, "x")], by_cell[(B, "y")], by_cell[(C, "y")]}
    two_mode = two_mode_network(table)
    assert edge_evidence(two_mode, C, "y") == (by_cell[(C, "y")],)


def test_unknown_choices_raise_clear_errors(table):
    with pytest.raises(ValidationError, match="normalisation"):
        one_mode_network(table, "actor", "congruence", "zscore")
    with pytest.raises(ValidationError, match="one-mode network"):
        one_mode_network(table, "actor", "affiliation")
    with pytest.raises(ValidationError, match="network kind"):
        one_mode_network(table, "concept", "congruence")
