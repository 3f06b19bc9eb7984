"""Quote normalisation, similarity and one-to-one matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.evaluate import match_texts, normalise_quote, similarity


@pytest.mark.parametrize(
    "a, b",
    [
        ("We are close.", "we are close"),
        ("“We are  close,”", "We are close"),
        ("Armenia’s plan", "Armenia's plan"),
        ('"Quoted" words', "quoted words"),
    ],
)
def test_normalisation_makes_these_equal(a, b):
    assert normalise_quote(a) == normalise_quote(b)
    assert similarity(a, b) == 1.0


def test_half_a_quote_does_not_match():
    gold = "We are very close and have a historic opportunity to sign a peace agreement"
    assert similarity(gold, gold[: len(gold) // 2]) < 0.8


def test_small_differences_match():
    assert similarity("We have put an end to the conflict", "We put an end to the conflict") >= 0.8


def test_matching_is_one_to_one():
    matches = match_texts(["same words here"], ["same words here", "same words here"])
    assert [(g, p) for g, p, _ in matches] == [(0, 0)]


def test_best_pairs_win():
    gold = ["the border will open next year", "the border will open"]
    pred = ["the border will open", "the border will open next year"]
    assert [(g, p) for g, p, _ in match_texts(gold, pred)] == [(0, 1), (1, 0)]


@given(st.text(min_size=1, max_size=40))
def test_similarity_is_symmetric_and_bounded(text):
    other = text[::-1]
    assert similarity(text, other) == similarity(other, text)
    assert 0.0 <= similarity(text, other) <= 1.0
