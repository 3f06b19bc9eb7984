"""Round 56 (positions): a role actor asking "to attend as an observer" (no subject of its own in the
infinitive) claims that part; "A and B both declined", parsed with "both" as the subject, are A and B
declining; "X wrote to the chair supporting the request" backs the request, and so does "X supports the
offer of 20 January to …" (a date is no other owner), while "the request of 212 families" is someone
else's; certifying cleared ground (a quality-assurance team) is demining work; "burial there was not
possible" is a refused burial; an outsider that "has kept ten advisers" or "is adding an adviser"
keeps them there, with those "after" whose "joint request" it did so. Invented states,
hand-written sentences."""

from __future__ import annotations

import pytest

from round_helpers import positions, toy_fixtures
from test_positions_round54 import BOOK

pipeline, run, parse = toy_fixtures(BOOK)
_TALKS = "Ruritania and Syldavia met in Klow on Monday to discuss the railway. "


@pytest.mark.parametrize("text", [
    _TALKS + "On 9 January Borduria asked again to attend the review as an observer.",
    _TALKS + "Borduria asked again to sit in the review as an observer, and again Ruritania and Syldavia said no.",
])
def test_asking_to_attend_as_an_observer_is_the_role_actors_part(run, text):
    assert ("borduria", "format", "support") in positions(run(text))


def test_declining_after_asking_to_attend(run):
    text = (_TALKS + "On 9 January Borduria asked again to attend the review as an observer. Ruritania declined the "
            "request on 11 January, and Syldavia declined it on the same day.")
    assert {("ruritania", "format", "oppose"), ("syldavia", "format", "oppose")} <= positions(run(text))


def test_both_as_the_parsed_subject_stands_for_the_names_before_it(run):
    text = (_TALKS + "In January Borduria offered, for the seventh time, to put its transport police on the passenger "
            "trains, and Syldavia and Ruritania both declined.")
    assert {("ruritania", "format", "oppose"), ("syldavia", "format", "oppose")} <= positions(run(text))


@pytest.mark.parametrize("text", [
    _TALKS + "On 9 January Borduria asked again to attend the review as an observer. Syldavia wrote to the chair on "
    "12 January supporting the Bordurian request.",
    _TALKS + "Borduria offered on 20 January to guarantee the crossing. Syldavia supports the offer of 20 January to "
    "guarantee the crossing.",
])
def test_backing_the_request_or_the_dated_offer(run, text):
    assert ("syldavia", "format", "support") in positions(run(text))


def test_a_request_of_others_is_not_the_role_actors(run):
    text = (_TALKS + "Borduria offered on 20 January to guarantee the crossing. Syldavia supports the request of 212 "
            "families to visit the graves.")
    assert ("syldavia", "format", "support") not in positions(run(text))


@pytest.mark.parametrize("text", [
    "Ruritania and Syldavia met in Klow. The Caspian Union certified the ground at Klow on 15 April.",
    "Ruritania and Syldavia met in Klow. The Caspian Union's quality-assurance team checked the sidings in April.",
])
def test_certifying_cleared_ground_is_demining_work(run, text):
    assert ("union", "demining", "support") in positions(run(text))


def test_a_burial_said_to_be_not_possible_is_refused(run):
    text = "Ruritania and Syldavia met in Klow. Syldavia answered in December that burial there was not possible."
    assert ("syldavia", "heritage", "oppose") in positions(run(text))


@pytest.mark.parametrize("text", [
    "Ruritania and Syldavia met in Klow. Since 1 February the Caspian Union has kept ten advisers at the station, "
    "after a joint request of Ruritania and Syldavia.",
    "Ruritania and Syldavia met in Klow. The Caspian Union is adding an adviser for passengers at the station.",
])
def test_an_outsider_keeping_or_adding_advisers_keeps_them_there(run, text):
    assert ("union", "presence", "support") in positions(run(text))


def test_those_whose_request_the_advisers_were_kept_after_keep_them(run):
    text = ("Ruritania and Syldavia met in Klow. Since 1 February the Caspian Union has kept ten advisers at the "
            "station, after a joint request of Ruritania and Syldavia.")
    assert {("ruritania", "presence", "support"), ("syldavia", "presence", "support")} <= positions(run(text))
