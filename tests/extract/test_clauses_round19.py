"""Round 19: a clause before a semicolon, hung by the parser under a later clause with its own
subject, is its own sentence ("Klow has asked them to stay; Szohod wants them gone"); every plural
pronoun that goes on with a cue's noun counts, not only the first; "pack up" is leaving; "X is
understood to …" holds like "X is believed to …"; the possessor of a view holds it ("shares X's view
that …"). Invented states, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, about, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round19clauses",
    TOY_STATES,
    (
        Issue("presence", "Keep foreign monitors' presence in the region", keywords=("monitors", "observers")),
        Issue("transit", "Open transport links through the region", keywords=("railway",)),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)


@pytest.mark.parametrize("text, first, second", [
    ("Since the spring the monitors have patrolled the whole line. Strelsau has asked them to stay; Szohod wants them gone.",
     ("ruritania", "presence", "support"), ("borduria", "presence", "oppose")),
    ("The observers came in May with a mandate for one year. Klow wants them gone; Strelsau has asked them to remain.",
     ("syldavia", "presence", "oppose"), ("ruritania", "presence", "support")),
    ("Ruritania has asked for the railway to reopen; Borduria wants the railway closed.",
     ("ruritania", "transit", "support"), ("borduria", "transit", "oppose")),
])
def test_each_side_of_a_semicolon_has_its_own_holder(run, text, first, second):
    found = about(run(text), text, text.split(". ")[-1][:12])
    assert first in found and second in found
    assert (first[0], first[1], second[2]) not in found


def test_a_clause_before_a_semicolon_with_no_subject_later_is_unchanged(run):
    text = "Borduria wants the monitors gone; so, quietly, does Syldavia."
    assert ("borduria", "presence", "oppose") in about(run(text), text, "Borduria")


@pytest.mark.parametrize("text, holder", [
    ("Szohod wants the monitors to pack up and leave.", "borduria"),
    ("Ruritania said the observers should pack up when the mandate ends.", "ruritania"),
    ("Klow is understood to want the monitors to leave.", "syldavia"),
    ("Szohod is understood to oppose any extension for the observers.", "borduria"),
])
def test_leaving_and_hearsay_verbs(run, text, holder):
    assert (holder, "presence", "oppose") in about(run(text), text, text[:10])


@pytest.mark.parametrize("text", [
    "Klow shares Szohod's view that the monitors should leave in February.",
    "Klow is understood to share Szohod's view that the monitors should pack up.",
    "Syldavia fully shares Szohod's opinion that the observers must go.",
])
def test_the_possessor_of_a_shared_view_holds_it_too(run, text):
    found = about(run(text), text, text[:10])
    assert ("borduria", "presence", "oppose") in found and ("syldavia", "presence", "oppose") in found



@pytest.mark.parametrize("text, holder", [
    ("The government in Klow wants the observers gone by the end of the year.", "syldavia"),
    ("The authorities in Szohod want the monitors to leave before the winter.", "borduria"),
    ("The leadership in Strelsau has rejected any new mandate for the observers.", "ruritania"),
])
def test_the_government_in_a_capital_is_its_state(run, text, holder):
    assert (holder, "presence", "oppose") in about(run(text), text, text[:10])


def test_diplomats_in_a_capital_are_not_its_state(run):
    text = "Western diplomats in Klow want the observers gone by the end of the year."
    assert not any(actor == "syldavia" for actor, _, _ in about(run(text), text, "Western"))
