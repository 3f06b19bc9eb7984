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


def test_an_offer_two_sentences_back_is_still_declined_with_its_presence(run):
    text = (_TALKS + "On 16 July Borduria offered to send its transport police to the station. Its statement said that "
            "Borduria is ready to guarantee the safety of the railway. Ruritania declined the offer on 17 July.")
    assert {("ruritania", "format", "oppose"), ("ruritania", "presence", "oppose")} <= positions(run(text))


@pytest.mark.parametrize("text", [
    _TALKS + "Borduria has offered eight times to send its transport police to the station. Ruritania and Syldavia "
    "declined each offer, most recently on 4 April. The Caspian Union supports their decision.",
    _TALKS + "Borduria offered again to send its transport police to the station. Ruritania declined the offer on 17 "
    "July. Syldavia declined it the same day. The Caspian Union said on 17 July that it supports the decisions of "
    "Ruritania and Syldavia.",
])
def test_backing_their_decision_takes_the_stances_they_took(run, text):
    found = positions(run(text))
    assert {("union", "format", "oppose"), ("union", "presence", "oppose")} <= found
    assert ("union", "transport", "support") not in found  # the talks sentence is no part of the decision


def test_backing_that_decision_takes_the_latest_sentences_stances(run):
    text = (_TALKS + "Advisers of the Caspian Union observe the station at the invitation of both Governments. On 21 "
            "November the Caspian Union decided to keep them there. The Ruritanian opposition supports that decision "
            "and has told both Governments so.")
    assert ("dawn", "presence", "support") in positions(run(text))


def test_backing_a_request_made_in_the_same_sentence_is_not_an_earlier_offer(run):
    text = (_TALKS + "Borduria offered again to send its transport police to the station. Ruritania and Syldavia have "
            "asked the Caspian Union to keep its advisers at the station in 2041, and the Ruritanian opposition "
            "supports that request.")
    found = positions(run(text))
    assert {("ruritania", "presence", "support"), ("dawn", "presence", "support")} <= found
    assert ("dawn", "format", "support") not in found


def test_deciding_to_keep_advisers_as_others_asked_is_both_sides_support(run):
    text = (_TALKS + "On 23 July the Council of the Caspian Union decided to keep its ten advisers at the station until "
            "the end of 2041, as Ruritania and Syldavia had asked.")
    found = positions(run(text))
    assert {("union", "presence", "support"), ("ruritania", "presence", "support"),
            ("syldavia", "presence", "support")} <= found


def test_advisers_named_after_their_sender_at_work(run):
    text = _TALKS + "The ten Caspian Union advisers who work at the station will give a short talk on Friday."
    assert ("union", "presence", "support") in positions(run(text))


def test_asking_the_head_of_the_advisers_to_attend_wants_no_presence(run):
    text = (_TALKS + "Ruritania and Syldavia asked jointly that the Head of the Caspian Union advisers attend the review "
            "as a guest.")
    assert ("ruritania", "presence", "support") not in positions(run(text))


def test_graves_alone_name_the_heritage_issue(run):
    text = (_TALKS + "Ruritania agreed on 20 February to a thirteenth visit of the Bordurian Heritage Circle to the "
            "graves at Klow on 17 March.")
    assert ("ruritania", "heritage", "support") in positions(run(text))


def test_the_railways_of_named_states_agreeing_are_those_states(run):
    text = ("Ruritania and Syldavia met in Klow on Monday. At the working group in Klow on 16 May, the railways of "
            "Ruritania, Syldavia and Borduria agreed to run a second weekly passenger train.")
    assert {("ruritania", "transport", "support"), ("syldavia", "transport", "support"),
            ("borduria", "transport", "support")} <= positions(run(text))


def test_a_referendum_to_stop_the_trains_is_about_the_trains(run):
    found = positions(run(_TALKS + "The Green Dawn bloc sought a referendum to stop the trains across the station."))
    assert ("dawn", "transport", "oppose") in found
    assert ("dawn", "claims_text", "support") not in found


def test_a_referendum_on_the_constitution_stays_the_constitution(run):
    assert ("dawn", "claims_text", "support") in positions(run(_TALKS + "The Green Dawn bloc wants a referendum on the constitution."))


def test_a_role_for_the_role_actor_names_its_role(run):
    found = positions(run(_TALKS + "The Caspian Union supports a role for Borduria in the security of the region."))
    assert ("union", "format", "support") in found


@pytest.mark.parametrize("text", [
    _TALKS + "Syldavia does not accept any claim of a right of return.",
    _TALKS + "Syldavia has said that it will allow the visits but that it does not accept any claim of a right of "
    "return, which it says is not part of the peace treaty.",
])
def test_refusing_a_claimed_right_opposes_it(run, text):
    assert ("syldavia", "return", "oppose") in positions(run(text))


def test_rejecting_claims_about_oneself_is_still_no_stance(run):
    found = positions(run(_TALKS + "Syldavia rejects the claims of Ruritania that it blocks the return."))
    assert not {p for p in found if p[1] == "return"}
