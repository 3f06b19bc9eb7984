"""Round 24 (positions): "stand in the way of X" refuses X ("will not stand in the way" accepts
it); "Baku, which once objected to X, …" is a stance given up; "… and never by force" renounces
force; "the departure of X" is X's withdrawal; "declined to comment on X" is no stance. Invented states, hand-written
sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round24positions",
    TOY_STATES,
    (Issue("links", "Open transport links", keywords=("railway", "opening of the border")),
     Issue("force", "Refrain from the threat or use of force", keywords=("ceasefire",)),
     Issue("troops", "Withdraw foreign forces", keywords=("peacekeepers",)),
     Issue("monitors", "Keep foreign monitors in the region", keywords=("observers",))),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Explainer\nThe Daily\n12 March 2032\n\n"


def test_not_standing_in_the_way_accepts(run):
    assert positions(run(HEAD + "Syldavia said it will not stand in the way of the railway.")) == {
        ("syldavia", "links", "support")}


def test_standing_in_the_way_refuses(run):
    assert positions(run(HEAD + "Borduria is standing in the way of the railway.")) == {("borduria", "links", "oppose")}


def test_a_stance_once_held_is_given_up(run):
    assert positions(run(HEAD + "Szohod once objected to any opening of the border.")) == set()
    assert positions(run(HEAD + "Szohod objected again to any opening of the border.")) == {("borduria", "links", "oppose")}



def test_never_by_force_renounces_force(run):
    text = HEAD + "Syldavia said it would go on settling every incident through the hotline and never by force."
    assert positions(run(text)) == {("syldavia", "force", "support")}


def test_a_departure_wants_them_gone(run):
    text = HEAD + "Szohod said the departure of the observers would make the region safer."
    assert positions(run(text)) == {("borduria", "monitors", "oppose")}


def test_declining_to_comment_is_no_stance(run):
    assert positions(run(HEAD + "Syldavia's foreign ministry declined to comment on the observers.")) == set()
    assert positions(run(HEAD + "Syldavia's foreign ministry refused to discuss the observers.")) == {
        ("syldavia", "monitors", "oppose")}
