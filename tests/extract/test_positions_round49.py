"""Round 49 (positions): personnel named by the demonym of an actor outside the text's two main states
("six European advisers") are an outside presence, and whoever sends, invites or asks for them in a
relative clause on them supports it; "the advisers" named again are the outside advisers; "only their
own officers" refuses anyone else's; "border, customs and sanitary officers" are officers, no border to
draw; a refused request to bury is a refused burial; "a joint station" is a cue of the railway; a list
of signers the parse hangs inside a fronted date ("On 10 December A, B and C signed") is the subject;
visiting the cemetery uses the access the heritage issue asks for. Invented states, hand-written
sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from parley.core.types import Actor, Codebook
from parley.extract.issue_foreigners import actor_demonyms
from parley.extract.fronted_names import dated_subject
from round_helpers import hand_parse, positions, toy_fixtures
from test_positions_round48 import BOOK as ROUND48

UNION = Actor("union", "Caspian Union", "organisation", ("the Union",))
BOOK = replace(ROUND48, name="round49positions", actors=ROUND48.actors + (UNION,))
pipeline, run, parse = toy_fixtures(BOOK)
PARTIES = "Ruritania and Borduria met in Klow on Monday. Ruritania and Borduria agreed on a timetable for the railway. "


def test_an_organisation_name_opening_with_an_adjective_gives_its_demonym():
    assert actor_demonyms(Codebook("t", (UNION,), ())) == {"Caspian": "union"}


@pytest.mark.parametrize("text", [
    "Six Caspian advisers, whom the Caspian Union will send at the request of both Governments, will advise the two services.",
    "Six Syldavian monitors, whom Syldavia will send at the request of both Governments, will watch the crossing.",
])
def test_outside_personnel_sent_at_the_parties_request(run, text):
    found = positions(run(PARTIES + text))
    assert {("ruritania", "presence", "support"), ("borduria", "presence", "support")} <= found


def test_the_parties_own_guards_are_no_outside_presence(run):
    text = PARTIES + "Ruritanian border guards, whom Ruritania will send at the request of Borduria, will guard the line."
    assert not {p for p in positions(run(text)) if p[1] == "presence"}


def test_only_their_own_officers_refuses_anyone_elses(run):
    text = PARTIES + "Both Governments have agreed that only their own border, customs and sanitary officers will work on the platform."
    found = positions(run(text))
    assert {("ruritania", "presence", "oppose"), ("borduria", "presence", "oppose")} <= found
    assert not {p for p in found if p[1] == "presence" and p[2] == "support"}


def test_a_refused_request_to_bury_is_a_refused_burial(run):
    text = "Ruritania again refused our request to bury the ashes of two of our members beside their parents."
    assert ("ruritania", "heritage", "oppose") in positions(run(text))


def test_a_joint_station_is_a_cue_of_the_railway(run):
    text = "Ruritania and Borduria will build their joint station at Klow next year."
    assert {("ruritania", "transport", "support"), ("borduria", "transport", "support")} <= positions(run(text))


def test_a_list_of_signers_inside_a_fronted_date_is_the_subject(pipeline):
    # the parse read "On 10 December Azerbaijan, Armenia and the European Union signed …" this way
    doc = hand_parse(pipeline, "On 10 December Ruritania , Borduria and Syldavia signed the agreement",
                     [8, 3, 3, 0, 3, 3, 5, 5, 8, 10, 8], "prep nummod compound pobj punct conj cc conj ROOT det dobj")
    assert dated_subject(doc[8]).i == 3


def test_visiting_the_cemetery_uses_the_access(run):
    text = "Eighty members of the Green Dawn bloc visited the cemeteries of Klow on Saturday."
    assert ("dawn", "heritage", "support") in positions(run(text))


def test_visiting_a_place_is_still_no_stance(run):
    assert not positions(run("The Ruritanian minister visited Klow on Saturday to discuss the railway."))


def test_the_outside_personnel_named_again(run):
    text = (PARTIES + "Six Caspian advisers will arrive at the crossing in May. "
            "The Green Dawn bloc continues to reject the advisers.")
    assert ("dawn", "presence", "oppose") in positions(run(text))
