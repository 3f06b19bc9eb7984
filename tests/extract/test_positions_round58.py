"""Round 58 (positions): a role actor's police or escorts offered for a place are an outside presence as
well as its role ("send its transport police to the joint station"), for whoever offers them and whoever
declines them; its border guards stay its role alone, as most sets key them. The "transport" of
"transport police" and the station or trains the police are sent to are no transport stance. "Its offer
of transport police" is the owner's offer; "declined an offer from X to place …" with the infinitive hung
on the verb still declines X's offer; a passive "was declined by Y" is Y's refusal, not that of the
subject of the clause before. Invented states, hand-written sentences."""

from __future__ import annotations

import pytest

from round_helpers import positions, toy_fixtures
from test_positions_round54 import BOOK

pipeline, run, parse = toy_fixtures(BOOK)
_TALKS = "Ruritania and Syldavia met in Klow on Monday to discuss the railway. "


def test_police_offered_for_a_place_are_a_presence_too(run):
    text = (_TALKS + "On 3 April Borduria offered, for the eighth time, to send its transport police to the joint "
            "station. Ruritania declined the offer on 4 April, and Syldavia declined it the same day.")
    found = positions(run(text))
    assert {("borduria", "presence", "support"), ("borduria", "format", "support")} <= found
    assert {("ruritania", "presence", "oppose"), ("syldavia", "presence", "oppose")} <= found


def test_border_guards_offered_stay_the_role_alone(run):
    found = positions(run(_TALKS + "Borduria offered again to send its border guards to the crossing."))
    assert ("borduria", "format", "support") in found
    assert ("borduria", "presence", "support") not in found


@pytest.mark.parametrize("text", [
    _TALKS + "On 3 April Borduria offered, for the eighth time, to send its transport police to the joint station.",
    _TALKS + "Borduria made its offer of transport police for the passenger trains again today.",
])
def test_where_the_police_go_is_no_transport_stance(run, text):
    assert ("borduria", "transport", "support") not in positions(run(text))


def test_its_offer_of_police_is_the_owners_offer(run):
    text = _TALKS + "Borduria made its offer of transport police for the passenger trains again today."
    assert {("borduria", "format", "support"), ("borduria", "presence", "support")} <= positions(run(text))


def test_declining_an_offer_with_the_infinitive_hung_on_the_verb(run):
    text = (_TALKS + "In November Ruritania declined an offer from Borduria to place officers of its transport police "
            "on the passenger trains.")
    assert {("ruritania", "format", "oppose"), ("ruritania", "presence", "oppose")} <= positions(run(text))


def test_a_passive_decline_is_the_agents(run):
    text = (_TALKS + "The Caspian Union's advisers are guests of the Government, and Borduria's seventh offer of its "
            "transport police in January was declined by Ruritania.")
    found = positions(run(text))
    assert ("ruritania", "format", "oppose") in found
    assert not {p for p in found if p[0] == "union" and p[2] == "oppose"}
