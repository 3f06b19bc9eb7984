"""Round 58 (speakers): in a catalogue or directory laid out under heading lines ("Bordurian Railways,
Stand 11-07"), a speaker known only by a role ("says the head of passenger services") is the actor the
nearest heading above names, where it names exactly one. Invented states, hand-written text."""

from __future__ import annotations

from round_helpers import TOY_STATES, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook("round58speakers", TOY_STATES, (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),))
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Rail Fair 2040: exhibitors\nKlow Trade Board\n10 September 2040\n\nThe fair opens on 17 September.\n\n"


def _actors(result):
    return [q.speaker_actor for q in result.quotes]


def test_a_role_under_a_heading_naming_one_actor_is_that_actors(run):
    text = (HEAD + "Railways of Borduria, Stand 11-07\n\nShows its new sleeper coaches. \"Next we want a train every "
            "day,\" says the head of passenger services.\n\nEmbassy of Syldavia, Stand 11-11\n\nPresents the "
            "restored station hall. \"A station is a monument that still works,\" says the cultural attaché.\n")
    assert _actors(run(text)) == ["borduria", "syldavia"]


def test_a_heading_naming_two_actors_gives_none(run):
    text = (HEAD + "Railways of Borduria and Syldavia, Stand 11-07\n\nShows its new sleeper coaches. \"Next we want a "
            "train every day,\" says the head of passenger services.\n")
    assert _actors(run(text)) == [None]


def test_a_role_is_not_taken_back_to_a_person_of_another_section(run):
    text = (HEAD + "Railways of Borduria, Stand 11-07\n\nShows its coaches. Kurvi Tasch, the director, opened the "
            "stand.\n\nMinistry of Transport of Syldavia, Stand 11-02\n\nPresents the station plan. \"Every new train "
            "is a new reason for the border to stay quiet,\" says the Deputy Minister.\n")
    assert _actors(run(text))[-1] == "syldavia"


def test_a_present_tense_cue_dates_the_quote_to_the_document(run):
    text = (HEAD + "Caspian Union, Stand 11-09\n\nOn 23 July Syldavia decided to keep its advisers at the station. "
            "\"We stay because both sides asked us to,\" says the head of the advisers.\n")
    quote = run(text).quotes[-1]
    assert str(quote.date) == "2040-09-10"
