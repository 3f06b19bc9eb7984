"""Fair division: Adjusted Winner (Brams & Taylor) and Nash social welfare shares."""

from __future__ import annotations

import json
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.core.errors import ModelError
from parley.models import fair_division as fd


def test_bob_and_carol(bench):
    data = json.loads(bench("adjusted-winner", "bob_carol_brams_taylor.json").read_text())
    aw = fd.adjusted_winner(data["points"])
    assert aw.exact_points == {"Carol": Fraction(170, 3), "Bob": Fraction(170, 3)}
    assert aw.split_item == "Retirement Account"
    assert aw.shares["Carol"]["Retirement Account"] == pytest.approx(5 / 6)
    assert aw.shares["Carol"]["Summer Cottage"] == 1 and aw.shares["Bob"]["Home"] == 1


def test_tie_goes_to_the_party_behind():
    aw = fd.adjusted_winner({"a": {"p": 70, "q": 30}, "b": {"p": 20, "q": 40}, "c": {"p": 10, "q": 30}})
    assert aw.shares["q"]["c"] == 1.0  # q was behind when the tied item c was handed out
    assert aw.points["p"] == aw.points["q"]


def test_errors():
    with pytest.raises(ModelError, match="two parties"):
        fd.adjusted_winner({"a": {"x": 50, "y": 50, "z": 0}})
    with pytest.raises(ModelError, match="non-negative points"):
        fd.adjusted_winner({"a": {"x": -1, "y": 50}, "b": {"x": 101, "y": 50}})


def _points(draw, n_items):
    raw = draw(st.lists(st.integers(0, 20), min_size=n_items, max_size=n_items).filter(lambda v: sum(v) > 0))
    return [100 * r / sum(raw) for r in raw]


@st.composite
def tables(draw):
    n = draw(st.integers(1, 7))
    a, b = _points(draw, n), _points(draw, n)
    return {f"item{k}": {"A": a[k], "B": b[k]} for k in range(n)}


@settings(max_examples=120, deadline=None)
@given(tables())
def test_adjusted_winner_is_equitable_envy_free_and_splits_at_most_one(points):
    aw = fd.adjusted_winner(points)
    assert aw.exact_points["A"] == aw.exact_points["B"]  # equitable, exactly
    for me, other in (("A", "B"), ("B", "A")):
        mine = sum(points[i][me] * aw.shares[me][i] for i in points)
        theirs = sum(points[i][me] * aw.shares[other][i] for i in points)
        assert mine >= theirs - 1e-9  # envy-free
    split = [i for i in points if 0 < aw.shares["A"][i] < 1]
    assert len(split) <= 1 and (aw.split_item in split or not split)


def test_nash_division_symmetric_and_all_inclusive():
    same = {"a": {"x": 50, "y": 50}, "b": {"x": 50, "y": 50}}
    out = fd.nash_division(same)
    assert out.gains["a"] == pytest.approx(50) and out.gains["b"] == pytest.approx(50)
    opposed = fd.nash_division({"a": {"x": 80, "y": 20}, "b": {"x": 20, "y": 80}}, top=1)
    assert opposed.shares[0, 0] == pytest.approx(1) and opposed.all_inclusive
    assert opposed.top_concern_share == pytest.approx({"a": 1.0, "b": 1.0})


def test_nash_division_reports_who_is_left_out():
    out = fd.nash_division({"a": {"x": 100, "y": 0}, "b": {"x": 100, "y": 0}, "c": {"x": 0, "y": 100}},
                           top=1, threshold=0.6)
    assert out.top_concern_share["c"] == pytest.approx(1.0)
    assert out.top_concern_share["a"] == pytest.approx(0.5) and not out.all_inclusive


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 4), st.integers(1, 5), st.integers(0, 10_000))
def test_nash_division_is_envy_free_and_optimal(n, m, seed):
    rng = np.random.default_rng(seed)
    v = rng.uniform(0.01, 1, (n, m))
    values = {f"p{k}": {f"i{j}": float(v[k, j]) for j in range(m)} for k in range(n)}
    out = fd.nash_division(values)
    vn = 100 * v / v.sum(axis=1, keepdims=True)
    own = (vn * out.shares).sum(axis=1)
    envy = vn @ out.shares.T  # envy[k, l]: k's value of l's bundle
    assert np.allclose(out.shares.sum(axis=0), 1) and np.all(own[:, None] >= envy - 1e-4)
    # no small feasible move raises the Nash product (log-welfare)
    best = np.log(own).sum()
    for _ in range(20):
        y = np.clip(out.shares + rng.normal(0, 0.02, out.shares.shape), 0, None)
        y = y / y.sum(axis=0, keepdims=True)
        assert np.log((vn * y).sum(axis=1)).sum() <= best + 1e-6


@settings(max_examples=15, deadline=None)
@given(st.integers(5, 40), st.integers(3, 17), st.integers(0, 10_000))
def test_nash_division_of_many_parties_is_certified_optimal(n, m, seed):
    # sparse points (most parties care about few issues), as in a real codebook
    rng = np.random.default_rng(seed)
    v = rng.uniform(0, 1, (n, m)) * (rng.uniform(0, 1, (n, m)) < 0.4)
    v[np.arange(n), rng.integers(0, m, n)] += 0.5  # every party values something
    values = {f"p{k}": {f"i{j}": float(v[k, j]) for j in range(m)} for k in range(n)}
    out = fd.nash_division(values)
    vn = 100 * v / v.sum(axis=1, keepdims=True)
    assert fd.equilibrium_gap(vn, out.shares) < 1e-6
    assert np.allclose(out.shares.sum(axis=0), 1) and (out.shares >= 0).all()


def test_equilibrium_gap_sees_a_bad_division():
    v = np.array([[90.0, 10.0], [10.0, 90.0]])
    assert fd.equilibrium_gap(v, np.eye(2)) == pytest.approx(0.0)
    assert fd.equilibrium_gap(v, np.eye(2)[::-1]) > 1  # each holds what the other wants
