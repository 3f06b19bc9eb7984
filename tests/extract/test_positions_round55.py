"""Round 55 (positions): a role actor's offer of its police or escorts is its role, found through an
offer noun higher up ("an offer from X to place officers of its transport police") or a possessive under
the offer ("offered to place officers of its police"); "both said no" declines it; "amended that
Decision" is no amendment of the constitution. Invented states, hand-written sentences."""

from __future__ import annotations

import pytest

from parley.extract.stance_set_phrases import set_phrase
from round_helpers import positions, toy_fixtures
from test_positions_round54 import BOOK

pipeline, run, parse = toy_fixtures(BOOK)
_TALKS = "Ruritania and Syldavia met in Klow on Monday to discuss the railway. "


@pytest.mark.parametrize("text", [
    _TALKS + "In November both Governments declined an offer from Borduria to place officers of its transport "
    "police on the passenger trains.",
    _TALKS + "Borduria offered to place officers of its transport police on the trains. Ruritania declined that "
    "offer on 3 November, and Syldavia declined it on 4 November.",
    _TALKS + "Borduria had offered, again, to send its transport police onto the trains, and Ruritania and "
    "Syldavia both said no within two days.",
])
def test_declining_a_role_actors_police_opposes_its_role(run, text):
    found = positions(run(text))
    assert ("ruritania", "format", "oppose") in found


def test_offering_officers_of_its_own_police_is_the_role(run):
    text = _TALKS + "Borduria offered to place officers of its transport police on the trains."
    assert ("borduria", "format", "support") in positions(run(text))


def test_another_states_police_is_no_role(run):
    text = _TALKS + "Syldavia offered to place officers of its transport police on the trains."
    assert not {p for p in positions(run(text)) if p[1] == "format"}


@pytest.mark.parametrize("text, amends_other", [
    ("On 30 May the Council amended that Decision to add two monitors.", True),
    ("The Council amended the timetable of the trains.", True),
    ("The parliament amended the constitution in June.", False),
])
def test_amending_something_else_is_no_constitutional_amendment(parse, text, amends_other):
    assert set_phrase(next(t for t in parse(text) if t.lower_ == "amended")) is amends_other

