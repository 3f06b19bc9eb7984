"""Round 23 (speakers, quotes and dates): "the prime minister's office" is not the deputy foreign
minister named before; "a participant from an X party" and "an X official" are role holders a
later "she" or "the official" can mean; in a centre's summary, "the official" is the one the text
called that, not any of the centre's side; "my grandmother … she used to say" is a private person,
her saying dated to no day; "“A,” she said. “B.” She said the bloc would …" is one quote; "Baku
replied the following day."; "speaking to reporters after the meeting" under "Reactions"; "the
ambassador, on whom the envoy called on Wednesday". Invented states and people, hand-written text."""

from __future__ import annotations

from round_helpers import TOY_STATES, headed_runner, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round23speakers",
    TOY_STATES + (
        Actor("eu", "European Union", "organisation", ("EU",), (), ("Brussels",)),
        Actor("ruritanian_opposition", "Ruritanian opposition", "party", ("Ruritanian opposition",)),
    ),
    (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
CENTRE_BOOK = Codebook("round23centre", BOOK.actors, BOOK.issues, affiliation_camps=(("The Klow Centre", "syldavia"),))
HEAD = "Notes on guarantees\nBorderlands Notes\n15 December 2031\n\n"


def test_the_prime_ministers_office_is_not_the_foreign_minister_before(run):
    text = HEAD + (
        "On 6 November Borduria's deputy foreign minister suggested \"joint patrols on the line\". Strelsau's answer "
        "came the next day, when the prime minister's office said that \"Ruritania is the only guarantor of its railway\"."
    )
    assert quoted_speakers(run(text))[-1] == ("Ruritania is the only guarantor of its railway", None)


def test_a_participant_from_a_party_is_who_she_is(run):
    text = HEAD + (
        "A Bordurian official said it was too early to judge the vote.\n\n"
        "A participant from a Ruritanian opposition party disagreed with almost everything. "
        "\"You can take a sentence out of a Constitution,\" she said."
    )
    assert quoted_speakers(run(text)) == [("You can take a sentence out of a Constitution", "ruritanian_opposition")]


def test_the_official_is_the_one_called_an_official():
    text = ("Summary\nThe Klow Centre\n27 November 2031\n\n"
            "Syldavia's deputy foreign minister opened the day.\n\n"
            "An EU official said the Council had not yet decided what would follow the mission. "
            "\"The Union will not stay anywhere it is not wanted,\" the official said.")
    run = headed_runner(CENTRE_BOOK, "")
    assert quoted_speakers(run(text)) == [("The Union will not stay anywhere it is not wanted", "eu")]


def test_a_grandmothers_saying_is_no_actors_and_no_days(run):
    text = HEAD + (
        "SARIJA: The families should be able to go back. My grandmother kept the key to our house until she died. "
        "\"The lock will still know it,\" she used to say."
    )
    assert quoted_speakers(run(text)) == [("The lock will still know it", None)]
    assert quoted_dates(run(text)) == [("The lock will still know it", None)]


def test_a_mother_who_said_it_once_keeps_the_day(run):
    text = HEAD + "Anna Black recalled her mother's advice. \"Keep the key,\" she said."
    assert quoted_dates(run(text)) == [("Keep the key", "2031-12-15")]


def test_a_quote_broken_by_she_said_is_one_before_a_reported_clause(run):
    text = HEAD + (
        "Anna Black spoke to supporters an hour ago. \"The old preamble never took an inch of land,\" she said. "
        "\"It kept a memory.\" She said the bloc would not recognise the new preamble."
    )
    assert [q for q, _ in quoted_speakers(run(text))] == ["The old preamble never took an inch of land It kept a memory"]


def test_a_second_part_that_is_attributed_stays_apart(run):
    text = HEAD + "\"The preamble stays,\" Anna Black said. \"It kept a memory.\" She added."
    assert len(quoted_speakers(run(text))) == 2


def test_the_day_a_party_replied(run):
    text = HEAD + (
        "On 8 December the council agreed to open a small office in Strelsau. Szohod replied the following day. "
        "Borduria's foreign ministry said that \"a mission that changes its name does not change its nature\"."
    )
    assert quoted_dates(run(text)) == [("a mission that changes its name does not change its nature", "2031-12-09")]


def test_another_partys_reply_does_not_date_the_quote(run):
    text = HEAD + (
        "On 8 December the council agreed to open a small office in Strelsau. Klow replied the following day. "
        "Borduria's foreign ministry said that \"a mission that changes its name does not change its nature\"."
    )
    assert quoted_dates(run(text))[0][1] != "2031-12-09"


def test_after_the_meeting_under_reactions_is_the_meetings_day(run):
    text = ("Full text and reactions\nThe Evening Post\n10 December 2031\n\n"
            "The deputy foreign ministers of Ruritania and Borduria met in Klow yesterday for talks on the frontier.\n\n"
            "Reactions\n\n"
            "Ruritania's deputy foreign minister, speaking to reporters in Klow after the meeting, said Strelsau had "
            "signed every word. \"Nothing we signed in Klow closes a door we have opened elsewhere.\"")
    assert quoted_dates(run(text)) == [("Nothing we signed in Klow closes a door we have opened elsewhere", "2031-12-09")]


def test_a_meeting_with_the_speaker_dates_the_words(run):
    text = ("Cable\nEmbassy in Szohod\n14 November 2031\n\n"
            "The Syldavian ambassador, on whom the Head of Delegation called on Wednesday, was blunter. "
            "\"The region has had enough guests.\" He repeated that Klow had no objection to the railway.")
    assert quoted_dates(run(text)) == [("The region has had enough guests", "2031-11-12")]
