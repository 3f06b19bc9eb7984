"""Inter-coder reliability against textbook values; polarisation, communities, backbone."""

from __future__ import annotations

import numpy as np
import pytest

from analysis_fixtures import pos
from parley.analysis import (
    backbone, build_statements, cohen_kappa, communities, compare_codings, krippendorff_alpha,
    machine_and_reviewed, one_mode_network, polarisation,
)
from parley.analysis.reliability import coincidences
from parley.core import Position, Span
from parley.core.errors import ValidationError

# --------------------------------------------------------------------------- reliability


def test_alpha_two_coders_binary_by_hand():
    # Krippendorff (2011), two observers, ten units.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    matrix, categories = coincidences(list(zip(a, b)))
    # five 0-0 units count twice each, one 1-1 unit twice, four mismatches in both cells
    assert categories == [0, 1] and matrix.tolist() == [[10, 4], [4, 2]]
    n0, n1, n = 14, 6, 20
    by_hand = 1 - (n - 1) * (4 + 4) / (n0 * n1 + n1 * n0)
    assert krippendorff_alpha(list(zip(a, b))) == pytest.approx(by_hand)
    assert by_hand == pytest.approx(0.095, abs=5e-4)


def test_alpha_four_coders_with_missing_values_matches_the_textbook():
    # Krippendorff (2011), nominal example with missing data: alpha = 0.743.
    none = None
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, none, none, none],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, none, 3],
        [none, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, none],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, none],
    ]
    assert krippendorff_alpha(list(zip(*coders))) == pytest.approx(0.743, abs=5e-4)


def test_alpha_edge_cases():
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]) == 1.0
    with pytest.raises(ValidationError):
        krippendorff_alpha([["a", None]])


def test_cohen_kappa_textbook_example():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → p_o 0.7, p_e 0.5, kappa 0.4
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(first, second) == pytest.approx(0.4)
    assert cohen_kappa(first, first) == 1.0


def test_compare_codings_lists_disagreements_with_evidence():
    s1, s2, s3 = Span("d1", 0, 5), Span("d1", 6, 9), Span("d2", 0, 4)
    first = [Position("a", "x", "support", s1), Position("b", "x", "oppose", s2),
             Position("c", "y", "support", s3)]
    second = [Position("a", "x", "support", s1), Position("b", "x", "support", s2),
              Position("d", "y", "oppose", s3)]
    report = compare_codings(first, second)
    assert report.units == 4
    found = {(d.doc_id, d.actor, d.first, d.second) for d in report.disagreements}
    assert found == {("d1", "b", "oppose", "support"), ("d2", "c", "support", "none"),
                     ("d2", "d", "none", "oppose")}
    assert report.agreement == pytest.approx(1 / 4)
    missing = compare_codings(first, second, absent="missing")
    assert missing.agreement == pytest.approx(1 / 2)  # only a and b are coded by both
    assert report.disagreements_frame().shape[0] == 3


def test_machine_versus_reviewed():
    span = Span("d1", 0, 5)
    positions = [Position("a", "x", "support", span),
                 Position("a", "x", "oppose", span, review_state="corrected"),
                 Position("b", "x", "support", Span("d1", 7, 9), review_state="accepted"),
                 Position("c", "x", "support", Span("d2", 0, 2))]
    machine, reviewed, docs = machine_and_reviewed(positions)
    assert docs == {"d1"}
    report = compare_codings(machine, reviewed, docs)
    assert [(d.actor, d.first, d.second) for d in report.disagreements] == [
        ("a", "support", "oppose"), ("b", "none", "support")]


# --------------------------------------------------------------------------- structure


def _two_camps(seed: int = 3):
    """Actors a0..a3 support x, y and oppose z; b0..b3 the reverse."""
    ps = []
    for n in range(4):
        ps += [pos(f"a{n}", "x", "support"), pos(f"a{n}", "y", "support"), pos(f"a{n}", "z", "oppose")]
        ps += [pos(f"b{n}", "x", "oppose"), pos(f"b{n}", "y", "oppose"), pos(f"b{n}", "z", "support")]
    return build_statements(ps)


def test_polarisation_finds_planted_camps_and_is_seeded():
    table = _two_camps()
    c = one_mode_network(table, "actor", "congruence").weights
    f = one_mode_network(table, "actor", "conflict").weights
    found = polarisation(c, f, table.actors, k=2, seed=1)
    assert set(found.camps) == {("a0", "a1", "a2", "a3"), ("b0", "b1", "b2", "b3")}
    assert found.score == pytest.approx(1.0) and found.quality == pytest.approx(1.0)
    assert polarisation(c, f, table.actors, k=2, seed=1) == found
    consensus = polarisation(c, np.zeros_like(f), table.actors, k=2, seed=1)
    assert consensus.score == 0.0


def test_louvain_communities_are_seeded_and_split_the_camps():
    net = one_mode_network(_two_camps(), "actor", "congruence")
    found = communities(net, seed=4)
    assert set(found.groups) == {("a0", "a1", "a2", "a3"), ("b0", "b1", "b2", "b3")}
    assert found.modularity == pytest.approx(0.5)
    assert communities(net, seed=4) == found


def test_backbone_keeps_the_issue_that_carries_the_structure():
    # x, y, z all split the camps the same way; w is said by one actor only (noise)
    ps = list(_two_camps().positions) + [pos("a0", "w", "support")]
    table = build_statements(ps)
    found = backbone(table, size=1, seed=2, iterations=60)
    assert found.issues[0] in {"x", "y", "z"} and "w" in found.redundant
    assert found.distance == pytest.approx(0.0, abs=1e-9)
    assert backbone(table, size=1, seed=2, iterations=60) == found
    with pytest.raises(ValidationError):
        backbone(table, size=9)
