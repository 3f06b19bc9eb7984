"""Round 40 (positions): a recommendation written as a bare imperative and closed with its sponsors in
brackets ("20.7 Continue to support mine clearance … (Syldavia).", the form of UN review reports) is the
sponsors' demand; "concern at X" is a feeling about X, not a place; whoever commissioned or paid for the
cue's own noun ("the railway study commissioned by A and B") backs it; thanks for financing two acts
reach the second. Invented states, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

from round_helpers import positions, toy_fixtures
from test_positions_round39 import BOOK as ROUND39

BOOK = replace(ROUND39, name="round40positions")
pipeline, run, parse = toy_fixtures(BOOK)
STATES = {"syldavia", "ruritania", "borduria"}


def test_the_bracketed_sponsor_of_an_imperative_recommendation_holds_it(run):
    text = "20.7 Ensure the clearance of landmines along the border with its neighbours (Syldavia)."
    assert ("syldavia", "demining", "support") in positions(run(text))


def test_every_sponsor_in_the_bracket_holds_it(run):
    text = "5.2 Continue to support mine clearance along the border and share all records (Ruritania and Republic of Borduria)."
    found = positions(run(text))
    assert {("ruritania", "demining", "support"), ("borduria", "demining", "support")} <= found


def test_a_recommendation_to_refrain_is_opposition(run):
    text = "20.5 Refrain from hosting foreign monitors near the borders of neighbouring States (Syldavia)."
    assert ("syldavia", "presence", "oppose") in positions(run(text))


def test_a_bracketed_name_after_a_statement_with_a_subject_is_no_sponsor(run):
    text = "The report urged mine clearance along the border (Syldavia)."
    assert not {p for p in positions(run(text)) if p[0] in STATES}


def test_a_bracket_that_holds_no_names_gives_no_sponsor(run):
    text = "Continue to support the clearance of landmines along the border (see the annex of Syldavia)."
    assert not {p for p in positions(run(text)) if p[0] in STATES}


def test_concern_at_a_thing_is_opposition_to_it_not_a_place(run):
    text = "Borduria expressed concern at the presence of foreign monitors along its frontier."
    assert ("borduria", "presence", "oppose") in positions(run(text))


def test_a_cue_after_at_without_a_feeling_is_still_a_place(run):
    text = "Syldavia held its own ceremony at the railway station of Klow on Monday."
    assert not {p for p in positions(run(text)) if p[1] == "transport"}


def test_whoever_commissioned_the_cues_own_noun_backs_it(run):
    text = "The ministry wrote to the authors of the railway study commissioned by Syldavia and Borduria in May."
    found = positions(run(text))
    assert {("syldavia", "transport", "support"), ("borduria", "transport", "support")} <= found


def test_a_backer_named_on_a_noun_of_a_negated_clause_is_left_to_the_walk(run):
    text = "A team of deminers financed by Borduria will not keep anyone safe."
    assert ("borduria", "demining", "support") not in positions(run(text))


def test_thanks_reach_the_second_of_two_financed_acts(run):
    text = "The delegation thanked Syldavia for financing the new bridges and the clearance of landmines along the border."
    assert ("syldavia", "demining", "support") in positions(run(text))
