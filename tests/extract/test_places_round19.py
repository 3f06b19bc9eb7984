"""Round 19: the passive subject of a verb of wanting is what is (not) wanted, never its holder
("Bordurian border guards were not needed on the route"); a cue that only says where another issue's
object is put ("station guards on the transit route") is no issue of its own (stance_location); a
state's offer to station its forces is its role (issue_forces); short words in "-ion" keep their
stem ("station" is not "state"). Invented states, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, about, toy_fixtures

from parley.core.types import Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.stance_lexicon import stem

BOOK = Codebook(
    "round19places",
    TOY_STATES,
    (
        Issue("role", "Keep Borduria as the leading power and mediator in the region", keywords=("Bordurian mediation",)),
        Issue("transit", "Open transport links through the region", keywords=("transit route", "railway")),
        Issue("border", "Delimit the state border", keywords=("state border", "delimitation")),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)


@pytest.mark.parametrize("short, other", [("station", "state"), ("portion", "port"), ("mission", "miss"),
                                          ("stationed", "stated"), ("session", "sess")])
def test_short_words_in_ion_keep_their_own_stem(short, other):
    assert stem(short) != stem(other)


def test_long_words_in_ion_still_share_a_stem():
    assert stem("delimitation") == stem("delimit") and stem("relations") == stem("relation")


@pytest.mark.parametrize("text, holder", [
    ('Ruritania\'s foreign minister said Bordurian border guards were "not needed" on the transit route.', "ruritania"),
    ("Syldavia said that Bordurian troops were not wanted on the railway.", "syldavia"),
    ("Ruritania said Bordurian peacekeepers would be rejected at any railway crossing.", "ruritania"),
])
def test_the_patient_of_wanting_is_no_holder(run, text, holder):
    found = about(run(text), text, text[:20])
    assert (holder, "role", "oppose") in found
    assert not any(actor == "borduria" for actor, _, _ in found)
    assert not any(issue == "transit" for _, issue, _ in found)  # the route is only where


@pytest.mark.parametrize("text", [
    "Syldavia rejects Borduria's offer to station border guards on the transit route.",
    "Syldavia rejected Borduria's offer to deploy its troops along the railway.",
    "Syldavia turned down Borduria's offer to post troops at the railway.",
])
def test_an_offer_to_station_forces_is_the_states_role(run, text):
    found = about(run(text), text, text[:20])
    assert ("syldavia", "role", "oppose") in found or ("borduria", "role", "support") in found
    assert not any(issue == "transit" and actor == "borduria" for actor, issue, _ in found)


def test_the_place_of_a_wanted_act_is_an_issue_when_nothing_else_is_placed(run):
    text = "Syldavia wants the transit route opened this year."
    assert ("syldavia", "transit", "support") in about(run(text), text, "Syldavia")


def test_a_place_in_a_region_stays_a_cue(run):
    text = "Ruritania and Syldavia support the work of the state border commission in the railway towns."
    found = about(run(text), text, "Ruritania")
    assert ("ruritania", "border", "support") in found


@pytest.mark.parametrize("text, expected", [
    ("Syldavia said Szohod is not needed to stand between Syldavia and Ruritania.", ("syldavia", "role", "oppose")),
    ("Ruritania said that Szohod was not needed on its roads.", ("ruritania", "role", "oppose")),
    ("Syldavia said the region needs Borduria more than ever.", ("syldavia", "role", "support")),
])
def test_needing_the_role_state_is_its_role(run, text, expected):
    assert expected in about(run(text), text, text[:10])


def test_the_state_needing_something_is_no_role(run):
    text = "Syldavia said Borduria needed two weeks to answer the letter."
    assert not any(issue == "role" for _, issue, _ in about(run(text), text, text[:10]))


RETURN_BOOK = Codebook("round19return", TOY_STATES, (
    Issue("return", "Right of return for displaced people", keywords=("return", "go home")),
    Issue("presence", "Keep foreign monitors' presence in the region", keywords=("mission", "monitors")),
))


@pytest.mark.parametrize("text, refugees", [
    ("Borduria said the mission should go home when its mandate expires in May.", False),
    ("Borduria said the monitors should go home when their mandate expires.", False),
    ("Borduria said the mission was supposed to pack up and go home in May.", False),
    ("Borduria said the displaced families should be allowed to return before the winter.", True),
])
def test_a_mission_going_home_is_no_return_of_people(text, refugees):
    result = build_pipeline(default_config(), RETURN_BOOK).run(Document.from_text(text))
    assert (("borduria", "return", "support") in about(result, text, "Borduria")) == refugees
