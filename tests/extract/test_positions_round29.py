"""Round 29 (positions): under a label that opens a link, the link kept closed reads against the
label: "called for the road to stay closed until …" opposes the road, "refused to close the road"
supports it, "called for the road to stay open" supports it as before; "the rules of passage on the road"
refuse nothing ("rule" refuses only as "rule out").
Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

BLOC = Actor("dawn", "Dawn bloc", "party", ("Dawn bloc",), camp="ruritania")
BOOK = Codebook(
    "round29positions",
    (*TOY_STATES, BLOC),
    (Issue("links", "Open transport and communication links (roads, railways)", keywords=("railway", "road")),
     Issue("minsk", "Dissolve the Contact Group", keywords=("Contact Group",))),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_calling_for_the_road_to_stay_closed_opposes_it(run):
    text = "The Dawn bloc called for the road to stay closed until all nineteen missing are accounted for."
    assert ("dawn", "links", "oppose") in positions(run(text))


def test_demanding_that_the_road_be_closed_opposes_it(run):
    text = "The Dawn bloc demanded that the road between Northtown and Southtown stay closed."
    assert positions(run(text)) == {("dawn", "links", "oppose")}


def test_wanting_the_railway_kept_shut_opposes_it(run):
    assert positions(run("The Dawn bloc wants the railway kept shut.")) == {("dawn", "links", "oppose")}


def test_refusing_to_close_the_road_supports_it(run):
    assert positions(run("Ruritania refused to close the road.")) == {("ruritania", "links", "support")}


def test_calling_for_the_road_to_stay_open_still_supports_it(run):
    assert positions(run("The Dawn bloc called for the road to stay open.")) == {("dawn", "links", "support")}


def test_approving_the_rules_of_passage_on_a_road_is_no_refusal(run):
    text = "Ruritania approved the rules of passage on the road between Northtown and Southtown."
    assert positions(run(text)) == {("ruritania", "links", "support")}


def test_ruling_out_the_road_still_refuses_it(run):
    assert positions(run("Ruritania ruled out the road.")) == {("ruritania", "links", "oppose")}
