"""Round 53 (positions): "collecting signatures for a referendum against the railway" opposes the
railway, and such a referendum names no constitution; "wants the railway stopped" wants it ended;
"declined the offer" answers a role's offer made a few sentences before; "digging" at the places of
the missing is a search for them; "two more advisers" after outside advisers are the same presence;
"…, and the Union agreed on 30 May" and a bare "The Union agreed on 21 February." after a request
assent to it; "with the consent of X" on the act, or in a relative clause on it, is X's support.
Invented states, hand-written sentences."""

from __future__ import annotations

import pytest

from round_helpers import positions, toy_fixtures
from test_positions_round52 import BOOK

pipeline, run, parse = toy_fixtures(BOOK)

_PARTIES = "Ruritania and Borduria met in Klow. Ruritania and Borduria agreed on a timetable. "


@pytest.mark.parametrize("text", [
    "The Green Dawn bloc is collecting signatures for a referendum against the railway.",
    "The Green Dawn bloc has collected signatures against the railway.",
    "The Green Dawn bloc, which wants the railway through Klow stopped, wrote to the Assembly.",
])
def test_signatures_against_the_railway_oppose_it(run, text):
    found = positions(run(text))
    assert ("dawn", "transport", "oppose") in found
    assert ("dawn", "transport", "support") not in found
    assert not {p for p in found if p[1] == "claims_text"}


def test_declining_the_offer_answers_an_offer_some_lines_before(run):
    text = ("Ruritania and Syldavia met in Klow on Monday to discuss the railway. Borduria offered on 26 April to "
            "guarantee the crossing. The offer was sent to both capitals. Journalists waited in the rain. The answers "
            "came later. Ruritania declined the offer on 27 April, and Syldavia declined it the next day.")
    found = positions(run(text))
    assert {("ruritania", "format", "oppose"), ("syldavia", "format", "oppose")} <= found


def test_a_bare_decline_far_from_the_offer_declines_nothing(run):
    text = ("Ruritania and Syldavia met in Klow on Monday to discuss the railway. Borduria offered on 26 April to "
            "guarantee the crossing. The offer was sent to both capitals. Journalists waited in the rain. The answers "
            "came later. Ruritania declined on 27 April.")
    assert ("ruritania", "format", "oppose") not in positions(run(text))


@pytest.mark.parametrize("text", [
    "Ruritania's State Commission began digging at the three places below the fortress on 4 April.",
    "Ruritania will begin digging on 4 April at the three places found by its radar survey.",
])
def test_digging_at_the_places_is_a_search_for_the_missing(run, text):
    assert ("ruritania", "missing", "support") in positions(run(text))


def test_an_assent_on_a_date_takes_what_the_clause_before_asked_for(run):
    text = (_PARTIES + "The six Caspian monitors came in May. Both Governments asked on 2 May for two more "
            "monitors for the yard, and the Caspian Union agreed on 30 May.")
    assert ("union", "presence", "support") in positions(run(text))


def test_a_sentence_that_only_assents_takes_the_request_before(run):
    text = (_PARTIES + "Both Governments asked the Caspian Union to keep its monitors until the end of the year. "
            "The Caspian Union agreed on 21 February.")
    assert ("union", "presence", "support") in positions(run(text))


def test_a_refusal_after_a_request_is_no_assent(run):
    text = (_PARTIES + "Both Governments asked the Caspian Union to keep its monitors until the end of the year. "
            "The Caspian Union did not agree.")
    assert ("union", "presence", "support") not in positions(run(text))


@pytest.mark.parametrize("text", [
    "Members of the Green Dawn bloc visited the cemeteries of Klow with the consent of the Government of Borduria.",
    "Members of the Green Dawn bloc make visits to the cemeteries of Klow, which take place with the consent "
    "of the Government of Borduria.",
])
def test_the_consent_of_x_to_the_act_is_x_s_support(run, text):
    assert ("borduria", "heritage", "support") in positions(run(text))
