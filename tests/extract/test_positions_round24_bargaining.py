"""Round 24 (positions): bargaining over something else is no stance on the treaty ("negotiating a
protocol to reopen the railway", "settle every incident through the hotline", "I do not negotiate
about the dead"); bargaining over the peace, or with no object, still is. Invented states,
hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round24bargaining",
    TOY_STATES,
    (Issue("treaty", "Sign a peace treaty", keywords=("peace treaty",)),
     Issue("links", "Open transport links", keywords=("railway",))),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Explainer\nThe Daily\n12 March 2032\n\n"


@pytest.mark.parametrize("sentence", [
    "Syldavia is negotiating a protocol to reopen the railway.",
    "Syldavia is negotiating a railway protocol.",
])
def test_a_protocol_on_another_issue_is_that_issue(run, sentence):
    assert positions(run(HEAD + sentence)) == {("syldavia", "links", "support")}


@pytest.mark.parametrize("sentence", [
    "Syldavia said it would settle every incident through the hotline.",
    "Syldavia said it does not negotiate about the dead.",
])
def test_bargaining_over_a_thing_is_no_stance_on_the_treaty(run, sentence):
    assert positions(run(HEAD + sentence)) == set()


@pytest.mark.parametrize("sentence, stance", [
    ("Syldavia said it would negotiate the treaty.", "support"),
    ("Syldavia said it would not negotiate with Borduria.", "oppose"),
    ("Syldavia said the region must settle its affairs.", "support"),
])
def test_bargaining_over_the_peace_still_is(run, sentence, stance):
    assert positions(run(HEAD + sentence)) == {("syldavia", "treaty", stance)}
