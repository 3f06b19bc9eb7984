"""Round 17 (third part): member names with a month's name or a postnominal title, and general
negotiation words for foreign presence and detention (invented states and people, hand-written
sentences, each rule with a case it must leave alone).

* "Jan Novotny", "June Arden": a month's name before a capitalised name word is a first name,
  unless a number or a word of time makes it a date ("in March Kestria …") (persons);
* "Giulia Ferrante MEP": a postnominal title is no part of the name (persons);
* "foreign bases", "foreign uniform", "security contractors" speak to a presence label; "custody",
  "jailed" to a detainees label (stance_lexicon concepts).
"""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, quoted_speakers, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round17names",
    TOY_STATES + (Actor("eu", "Eastern Union", "organisation", ("EU",), ("Jan Novotny", "June Arden", "Giulia Ferrante")),),
    (
        Issue("presence", "Keep foreign peacekeepers or monitors' presence in the region", keywords=("peacekeepers",)),
        Issue("prisoners", "Release detainees and prisoners of war", keywords=("detainees",)),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)
E = "eu"


@pytest.mark.parametrize("text", [
    "Jan Novotny (Renew, Ruritania) said the route was “the shortest road to the east”.",
    "June Arden told reporters that the talks were “going better than anyone expected”.",
    "On 12 May Jan Novotny said the road was “a good idea for all of us”.",
    "As Giulia Ferrante MEP put it, the displaced “must have a real right to return”.",
    "Giulia Ferrante MEP said the monitors “should stay as long as they are needed”.",
])
def test_member_names_with_a_month_or_a_title_resolve(run, text):
    assert [a for _, a in quoted_speakers(run(text))] == [E]


@pytest.mark.parametrize("text", [
    "In March Kestria said the road was “a good idea for all of us”.",
    "By May Ruritania had said the road was “a good idea for all of us”.",
])
def test_a_month_after_a_word_of_time_is_a_date(run, text):
    assert E not in [a for _, a in quoted_speakers(run(text))]


@pytest.mark.parametrize(("text", "issue"), [
    ("Borduria wants no foreign bases and no foreign soldiers on its soil.", "presence"),
    ("Ruritania rejects any foreign uniform or security contractors near the river.", "presence"),
    ("Borduria opposes outside forces and foreign guards on the route.", "presence"),
    ("Ruritania demanded that the men in Bordurian custody, jailed since May, be freed.", "prisoners"),
    ("Borduria refused to free the imprisoned activists who are behind bars in Klow.", "prisoners"),
])
def test_general_words_for_presence_and_detention(run, text, issue):
    """Each such word is a concept cue of lower weight: two of them make a hit."""
    assert issue in {p.issue for p in run(text).positions}


@pytest.mark.parametrize("text", [
    "Ruritania praised the foreign ministers of both states.",
    "The talks will be held in Klow, Borduria said.",
])
def test_other_foreign_or_held_words_speak_to_nothing(run, text):
    assert run(text).positions == ()
