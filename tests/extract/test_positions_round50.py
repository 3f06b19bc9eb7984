"""Round 50 (positions): the owner of an offer noun ("repeated Borduria's offer to guarantee the crossing")
offers its role, and those who decline "the offer" in the next sentence oppose it; staying away from a
format is no support for it; the "access roads" to a site cleared of mines are no railway or road
cue. Invented states, hand-written sentences."""

from __future__ import annotations

from types import SimpleNamespace as NS

from parley.extract.issue_places import place_of_other
from round_helpers import positions, toy_fixtures
from test_positions_round49 import BOOK

pipeline, run, parse = toy_fixtures(BOOK)
PARTIES = "Ruritania and Syldavia met in Klow on Monday to discuss the railway. Ruritania and Syldavia agreed on a timetable. "


def test_the_owner_of_an_offer_noun_offers_its_role_and_the_parties_decline_it(run):
    text = (PARTIES + "On 23 July a Bordurian deputy minister repeated Borduria's offer to guarantee the crossing. "
            "Ruritania and Syldavia declined the offer again the same week.")
    found = positions(run(text))
    assert {("borduria", "format", "support"), ("ruritania", "format", "oppose"), ("syldavia", "format", "oppose")} <= found


def test_staying_away_from_a_format_is_no_support_for_it(run):
    text = "Syldavia, which stays away from the 2+2 format while Borduria takes part, did not comment."
    assert ("syldavia", "format", "support") not in positions(run(text))


def _road_and_mines(text):
    at = text.index
    roads = NS(issue="transport", cues=(NS(start=at("roads"), end=at("roads") + 5, source="keyword", weight=1.5),))
    mines = NS(issue="demining", cues=(NS(start=at("mines"), end=at("mines") + 5, source="keyword", weight=1.5),))
    return [roads, mines], roads


def test_the_access_roads_to_a_cleared_site_are_no_transport_cue():
    text = "KAMA certified both access roads again after the deminers found two mines."
    assert place_of_other(text, *_road_and_mines(text))


def test_other_roads_beside_mines_stay_a_transport_cue():
    text = "KAMA wants both new roads opened after the deminers found two mines."
    assert not place_of_other(text, *_road_and_mines(text))
