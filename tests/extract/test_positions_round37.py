"""Round 37 (positions): the gathering where something was said is no issue of its own; those let do
something want to do it; "training" is not "trains"; soldiers "from beyond the region" are an outside
presence. Invented states and people, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

from round_helpers import positions, toy_fixtures
from test_positions_round36 import BOOK as ROUND36

from parley.core.types import Issue

BOOK = replace(ROUND36, name="round37positions", issues=tuple(
    replace(i, label="Reopen the railway and the roads") if i.id == "transport" else i for i in ROUND36.issues) + (
    Issue("format", "Keep Borduria as the leading power and mediator in the region", keywords=("2+2",)),))
pipeline, run, parse = toy_fixtures(BOOK)


def test_a_proposal_made_at_a_gathering_is_not_a_stance_on_the_gathering(run):
    found = positions(run("Ruritania proposed to close this gap at the meeting of the 2+2 platform in Klow."))
    assert ("ruritania", "format", "support") not in found


def test_a_principle_set_out_at_gatherings_is_not_a_stance_on_them(run):
    text = "It starts from the principle that Ruritania and Borduria set out at the 2+2 meetings in Klow: the region belongs to its states."
    assert not {("ruritania", "format", "support"), ("borduria", "format", "support")} & positions(run(text))


def test_words_on_the_day_of_a_gathering_are_not_a_stance_on_it(run):
    text = ("On the second day of the 2+2 meeting, Borduria's foreign minister told reporters that "
            '"a foreign army has dug itself in on our border".')
    assert ("borduria", "format", "support") not in positions(run(text))


def test_a_gathering_welcomed_is_still_the_object(run):
    found = positions(run("Ruritania welcomed the 2+2 meetings."))
    assert ("ruritania", "format", "support") in found


def test_those_allowed_to_return_want_to(run):
    found = positions(run("Ruritania allowed forty members of the Green Dawn bloc to return to their villages."))
    assert {("ruritania", "return", "support"), ("dawn", "return", "support")} <= found


def test_those_let_visit_want_to(run):
    found = positions(run("Ruritania agreed this month to let the Green Dawn bloc visit the mines on 19 May."))
    assert ("dawn", "demining", "support") in found


def test_leave_refused_or_asked_for_says_nothing_of_who_would_use_it(run):
    assert ("dawn", "return", "support") not in positions(run("Ruritania has not allowed the Green Dawn bloc to return."))
    found = positions(run("We ask both governments to let the Green Dawn bloc return to the villages."))
    assert ("dawn", "return", "support") not in found


def test_training_is_not_trains(run):
    found = positions(run("Ruritania welcomed the new training centre for its border guards."))
    assert ("ruritania", "transport", "support") not in found
    found = positions(run('"The centre trains our officers only," Ruritania\'s foreign minister said.'))
    assert ("ruritania", "transport", "support") not in found


def test_trains_are_still_the_railway(run):
    assert ("ruritania", "transport", "support") in positions(run("Ruritania welcomed the new trains to Klow."))


def test_soldiers_from_beyond_the_region_are_outside_presence(run):
    text = '"No soldier from beyond the region will stand on our border," Borduria\'s foreign minister said.'
    assert ("borduria", "presence", "oppose") in positions(run(text))
