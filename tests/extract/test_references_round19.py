"""Round 19: a singular "it"/"its" taken up by an act of approval or renewal ("ratified it", "its
ratification by X", "no grounds for extending it") stands for the last cue of the sentence that is a
subject or object, not one inside a phrase of place (issue_pronouns.singular_references); the doer
of such an act named by "by" supports it, also a second "and by Y" (stance_agents); "a treaty has no
room for hostages" refuses the hostages, not the treaty (stance_objects). Invented states."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, about, toy_fixtures

from parley.core.types import Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "round19references",
    TOY_STATES,
    (
        Issue("peace", "Conclude a peace treaty", keywords=("peace treaty", "treaty")),
        Issue("presence", "Keep foreign monitors' presence in the region", keywords=("monitoring mission", "monitors")),
        Issue("border", "Delimit the state border", keywords=("border",)),
        Issue("captives", "Release prisoners and hostages", keywords=("hostages", "prisoners")),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)
LEAD = "The week brought news from the region that few had expected at all. "


@pytest.mark.parametrize("sentence, expected", [
    ("The treaty was signed in May, and in June the parliament of Ruritania ratified it.",
     ("ruritania", "peace", "support")),
    ("The peace treaty entered into force after its ratification by the parliament of Borduria in July.",
     ("borduria", "peace", "support")),
    ("The peace treaty entered into force after its ratification by Borduria in July and by the parliament of Syldavia in May.",
     ("syldavia", "peace", "support")),
    ("Borduria said the mandate of the monitoring mission ends in May and that it saw no grounds for extending it.",
     ("borduria", "presence", "oppose")),
])
def test_it_taken_up_by_an_act_stands_for_the_cue(run, sentence, expected):
    text = LEAD + sentence
    assert expected in about(run(text), text, sentence[:15])


def test_it_after_a_cue_in_a_phrase_of_place_is_not_that_cue(run):
    sentence = "Borduria offered a treaty built on respect for the border, and Syldavia has said it will sign it."
    text = LEAD + sentence
    found = about(run(text), text, sentence[:15])
    assert ("syldavia", "border", "support") not in found


def test_it_of_another_verb_is_no_reference(run):
    sentence = "The treaty was signed in May, and Ruritania has discussed it with its neighbours."
    text = LEAD + sentence
    assert ("ruritania", "peace", "support") not in about(run(text), text, sentence[:15])


@pytest.mark.parametrize("sentence", [
    "Ruritania said a peace treaty has no room for hostages.",
    "Borduria said the treaty leaves no room for hostages.",  # and "leaves no room" is no leaving
])
def test_no_room_for_x_refuses_x_not_the_container(run, sentence):
    text = LEAD + sentence
    found = about(run(text), text, sentence[:15])
    assert not any(issue == "peace" and stance == "oppose" for _, issue, stance in found)


def test_a_leaving_subject_still_leaves(run):
    sentence = "Borduria said that the monitors should leave the region."
    text = LEAD + sentence
    assert ("borduria", "presence", "oppose") in about(run(text), text, sentence[:15])


@pytest.mark.parametrize("sentence, expected", [
    ("Regrets that thirteen Ruritanian prisoners remain in custody despite the release of four others.",
     ("borduria", "captives", "support")),
    ("We deplore that the hostages still sit in Bordurian cells.", ("borduria", "captives", "support")),
    ("Borduria deeply regrets that the detainees languish in detention.", ("borduria", "captives", "support")),
])
def test_regretting_that_captives_stay_held_wants_them_freed(sentence, expected):
    text = "Statement by the Government of Borduria\n12 May 2030\n\n" + LEAD + sentence
    result = build_pipeline(default_config(), BOOK).run(Document.from_text(text))
    found = about(result, text, sentence[:15])
    assert expected in found and ("borduria", "captives", "oppose") not in found


def test_prisoners_remaining_in_a_town_are_not_held(run):
    sentence = "Borduria regrets that the prisoners' families remain in the town."
    text = LEAD + sentence
    assert ("borduria", "captives", "support") not in about(run(text), text, sentence[:15])


@pytest.mark.parametrize("text, expected", [
    (LEAD + "The peace treaty was signed in May. Borduria's parliament ratified it in July.",
     ("borduria", "peace", "support")),
    (LEAD + "Nobody expected the peace treaty so soon. In June the parliament of Syldavia ratified it.",
     ("syldavia", "peace", "support")),
])
def test_it_can_stand_for_the_cue_of_the_sentence_before(run, text, expected):
    assert expected in about(run(text), text, text.rsplit(". ", 1)[1][:12])


def test_it_does_not_reach_across_a_paragraph(run):
    text = LEAD + "The peace treaty was signed in May.\n\nBorduria's parliament ratified it in July."
    assert ("borduria", "peace", "support") not in about(run(text), text, "Borduria's parliament")


def test_a_nearer_noun_takes_it(run):
    text = LEAD + "The peace treaty was signed in May. Borduria then drafted a budget law and its parliament approved it."
    assert ("borduria", "peace", "support") not in about(run(text), text, "Borduria then")
