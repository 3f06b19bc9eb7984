"""Statement table, review rule, filters, duplicates, time windows — with property tests."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from analysis_fixtures import pos, three_actors
from parley.analysis import (
    StatementFilter, WindowSpec, build_statements, drop_duplicates, effective_positions,
    filter_statements, network_series, one_mode_network, two_mode_network, two_mode_series, windows,
)
from parley.analysis.windows import kernel_weights
from parley.core import Actor, Codebook, Document, Issue, PartialDate, Position, Span
from parley.core.errors import ValidationError

# --------------------------------------------------------------------------- review rule


def test_reviewed_positions_override_the_machine_and_rejected_are_dropped():
    span = Span("d", 0, 9)
    machine = Position("a", "x", "support", span)
    corrected = Position("a", "x", "oppose", span, review_state="corrected")
    other = Position("b", "x", "support", span)
    rejected = Position("b", "x", "support", span, review_state="rejected")
    untouched = Position("c", "x", "support", span)
    kept = effective_positions([machine, corrected, other, rejected, untouched])
    assert kept == (corrected, untouched)


def test_build_statements_uses_document_dates_camps_and_codebook_order():
    doc = Document.from_text("Some text here.", published=PartialDate(2024, 5, 6), camp="west")
    book = Codebook("t", actors=(Actor("b", "B", camp="west"), Actor("a", "A")),
                    issues=(Issue("x", "X"),))
    table = build_statements([Position("a", "x", "support", Span(doc.id, 0, 4))], [doc], book)
    assert table.actors == ("b", "a")
    assert table.day[0] == (dt.date(2024, 5, 6) - dt.date(1970, 1, 1)).days
    assert table.camps[table.source_camp[0]] == "west"
    assert table.camps[table.actor_camp[0]] == "a"


# --------------------------------------------------------------------------- filters


def test_filters_by_actor_issue_camp_via_and_dates():
    positions = [*three_actors(), pos("D", "x", "support", 20, via="quote")]
    table = build_statements(positions)
    assert set(filter_statements(table, StatementFilter(actors=("A",))).positions) == {
        p for p in positions if p.actor == "A"}
    assert len(filter_statements(table, StatementFilter(exclude_issues=("x",)))) == 5
    assert len(filter_statements(table, StatementFilter(vias=("quote",)))) == 1
    assert len(filter_statements(table, StatementFilter(camps=("C",)))) == 2
    window = StatementFilter(start=dt.date(2024, 1, 3), end=dt.date(2024, 1, 5))
    assert [p.span for p in filter_statements(table, window).positions] == [
        p.span for p in positions[2:5]]
    with pytest.raises(ValidationError):
        StatementFilter(vias=("tweet",))


def test_duplicates_per_document_week_and_month():
    positions = [
        pos("A", "x", "support", 1, doc="d1"), pos("A", "x", "support", 2, doc="d1"),
        pos("A", "x", "support", 3, doc="d2"), pos("A", "x", "oppose", 3, doc="d2"),
        pos("A", "x", "support", 15, doc="d3"),
    ]
    table = build_statements(positions)
    assert len(drop_duplicates(table, "document")) == 4
    assert len(drop_duplicates(table, "week")) == 3  # 1-3 Jan 2024 is one ISO week
    assert len(drop_duplicates(table, "month")) == 2
    kept = drop_duplicates(table, "month").positions
    assert kept[0] is positions[0]  # the first statement stands for its duplicates


positions_strategy = st.lists(
    st.tuples(st.sampled_from("abcd"), st.sampled_from("xyz"), st.sampled_from(["support", "oppose"]),
              st.integers(1, 28), st.integers(1, 3), st.sampled_from(["quote", "reported", "author"])),
    min_size=1, max_size=40,
)


def _build(rows):
    return [pos(a, i, s, d, doc=f"d{d % 4}", month=m, via=v) for a, i, s, d, m, v in rows]


@settings(max_examples=60, deadline=None)
@given(positions_strategy, st.sets(st.sampled_from("abcd")), st.sets(st.sampled_from("xyz")),
       st.sampled_from(["none", "document", "week", "month"]))
def test_filters_only_remove(rows, actors, issues, duplicates):
    table = build_statements(_build(rows))
    rule = StatementFilter(actors=tuple(actors), exclude_issues=tuple(issues), duplicates=duplicates)
    kept = filter_statements(table, rule)
    assert len(kept) <= len(table)
    assert {p.span for p in kept.positions} <= {p.span for p in table.positions}
    assert all(p.actor in actors or not actors for p in kept.positions)
    assert all(p.issue not in issues for p in kept.positions)


@settings(max_examples=60, deadline=None)
@given(positions_strategy, st.sampled_from(["none", "average", "jaccard", "cosine"]),
       st.sampled_from(["congruence", "conflict", "subtract"]), st.sampled_from(["actor", "issue"]),
       st.sampled_from(["binary", "count"]))
def test_one_mode_networks_are_symmetric(rows, normalisation, mode, kind, weighting):
    net = one_mode_network(build_statements(_build(rows)), kind, mode, normalisation, weighting)
    assert np.allclose(net.weights, net.weights.T)
    if normalisation in ("jaccard", "cosine") and mode != "subtract":
        assert net.weights.max(initial=0) <= 1 + 1e-9


@settings(max_examples=60, deadline=None)
@given(positions_strategy, st.integers(1, 40))
def test_uniform_tiling_windows_conserve_statement_counts(rows, size):
    table = build_statements(_build(rows))
    spec = WindowSpec(size, "days", step=size)
    total = sum(n.weights for n in two_mode_series(table, spec))
    assert np.allclose(total, two_mode_network(table).weights)
    assert sum(w.kernel.sum() for w in windows(table, spec)) == len(table)


@settings(max_examples=40, deadline=None)
@given(positions_strategy, st.integers(1, 10), st.integers(1, 10))
def test_statement_windows_cover_every_statement(rows, size, step):
    table = build_statements(_build(rows))
    spec = WindowSpec(size, "statements", step=min(step, size))
    covered = np.zeros(len(table), bool)
    for window in windows(table, spec):
        assert (window.kernel > 0).sum() <= size
        covered |= window.kernel > 0
    assert covered.all()


# --------------------------------------------------------------------------- windows


def test_window_spec_parsing_and_errors():
    assert WindowSpec.parse("30d") == WindowSpec(30, "days", 1, "uniform")
    assert WindowSpec.parse("200s", "50s", "triangular") == WindowSpec(200, "statements", 50, "triangular")
    for bad in ("30x", "0d", "-3d"):
        with pytest.raises(ValidationError):
            WindowSpec.parse(bad)
    with pytest.raises(ValidationError, match="same unit"):
        WindowSpec.parse("30d", "5s")
    with pytest.raises(ValidationError, match="kernel"):
        WindowSpec.parse("30d", kernel="boxcar")


def test_kernels_weigh_the_centre_one_and_fall_off():
    u = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
    assert kernel_weights(u, "uniform").tolist() == [1, 1, 1, 1, 1]
    assert kernel_weights(u, "triangular").tolist() == [0, 0.5, 1, 0.5, 0]
    assert kernel_weights(u, "epanechnikov").tolist() == [0, 0.75, 1, 0.75, 0]
    gauss = kernel_weights(u, "gaussian")
    assert gauss[2] == 1 and gauss[1] == pytest.approx(np.exp(-0.5)) and gauss[0] == pytest.approx(np.exp(-2))


def test_moving_day_windows_by_hand():
    # A and B both support x on days 1 and 2; B supports x again on day 10
    table = build_statements([pos("A", "x", "support", 1), pos("B", "x", "support", 2),
                              pos("B", "x", "support", 10)])
    found = list(windows(table, WindowSpec(5, "days", step=5)))
    assert [(w.start.day, w.end.day) for w in found] == [(1, 5), (6, 10)]
    series = [n[0] for n in network_series(table, WindowSpec(5, "days", step=5), modes=("congruence",))]
    assert [n.weight("A", "B") for n in series] == [1, 0]
    assert (series[0].start, series[0].window) == (dt.date(2024, 1, 1), 0)


def test_kernel_smoothing_weighs_statements_by_distance_from_the_centre():
    # days 1..4 window (size 4): centre between day 2 and 3; u = ±0.25 for days 2, 3
    table = build_statements([pos("A", "x", "support", 1), pos("B", "x", "support", 2),
                              pos("A", "y", "support", 3), pos("B", "y", "support", 4)])
    window = next(windows(table, WindowSpec(4, "days", step=4, kernel="triangular")))
    assert window.kernel.tolist() == [0.25, 0.75, 0.75, 0.25]
    net = next(network_series(table, WindowSpec(4, "days", 4, "triangular"), weighting="count"))[0]
    assert net.weight("A", "B") == pytest.approx(0.25 * 0.75 + 0.75 * 0.25)


def test_undated_statements_are_in_no_window():
    table = build_statements([pos("A", "x", "support", 1),
                              Position("B", "x", "support", Span("u", 0, 3))])
    assert [w.kernel.tolist() for w in windows(table, WindowSpec(30))] == [[1.0, 0.0]]


def test_actors_left_out_by_name_are_no_longer_nodes():
    table = build_statements(three_actors())
    kept = filter_statements(table, StatementFilter(exclude_actors=("C",), issues=("x", "y")))
    assert kept.actors == ("A", "B") and kept.issues == ("x", "y")
    net = one_mode_network(kept, "actor", "conflict")
    assert net.nodes == ("A", "B") and net.weight("A", "B") == 1
    assert [kept.actors[a] for a in kept.actor] == [p.actor for p in kept.positions]
