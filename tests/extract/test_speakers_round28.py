"""Round 28 (speakers and dates): a diary's day heading with the place beside it ("Monday 7 February,
Northtown") dates the entry below it; a writer who tells in the simple past that they were at the
lead's event ("In the second carriage I shared a table with X") heard the quotes there, on that day,
while "we obtained a copy" (working the story up) does not make the report one from the scene; a reply
headed by its sender and date ("Ministry of Foreign Affairs of X, 3 March") is dated so. "The Xian co-chair
of the group" speaks for X even where the parse took the words for the quote's object; "the Committee"
after a heading "State Committee for Work with … of the Republic of X" is X's; "he" does not reach back over
a section heading to a person named in the entry before.
Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook("round28speakers", TOY_STATES, (Issue("links", "Open transport links", keywords=("railway",)),))
pipeline, run, parse = toy_fixtures(BOOK)
NOTEBOOK = "Weekly notebook\nBy Eva Lind\n12 February 2033\n\n"
FEATURE = "Weekend journeys\nBy Vera Stone\n15 January 2033\n\n"


def test_a_day_heading_with_a_place_dates_the_entry(run):
    text = NOTEBOOK + ("Every Saturday I write down what I heard.\n\nMonday 7 February, Northtown\n\n"
                       "I met the deputy minister. “The railway must open,” she told me.")
    assert quoted_dates(run(text)) == [("The railway must open", "2033-02-07")]


def test_a_place_before_the_day_counts_too(run):
    text = NOTEBOOK + ("Every Saturday I write down what I heard.\n\nNorthtown — Tuesday 8 February\n\n"
                       "I met the deputy minister. “The railway must open,” she told me.")
    assert quoted_dates(run(text)) == [("The railway must open", "2033-02-08")]


def test_two_places_are_no_date(run):
    text = NOTEBOOK + ("Every Saturday I write down what I heard.\n\nNorthtown, Southtown\n\n"
                       "I met the deputy minister. “The railway must open,” she told me.")
    assert quoted_dates(run(text)) == [("The railway must open", "2033-02-12")]


def test_a_writer_at_the_scene_heard_the_words_on_the_leads_day(run):
    text = FEATURE + ("At 07:40 on Monday morning the first train pulled out of Strelsau station.\n\n"
                      "In the second carriage I shared a table with a cheese trader. "
                      "“The railway is good for business,” he said.")
    assert quoted_dates(run(text)) == [("The railway is good for business", "2033-01-10")]


def test_a_writer_working_the_story_up_was_not_at_the_scene(run):
    text = FEATURE + ("The first train pulled out of Strelsau station on Monday.\n\n"
                      "We obtained a copy of the timetable. "
                      "“The railway is good for business,” a trader said.")
    assert quoted_dates(run(text)) == [("The railway is good for business", "2033-01-15")]


APPEAL = "Joint appeal and the responses\nRound Table\n9 March 2033\n\n"


def test_a_reply_headed_by_its_sender_and_date_is_dated_so(run):
    text = APPEAL + ("The responses\n\nMinistry of Foreign Affairs of the Republic of Ruritania, 3 March\n\n"
                     "The Ministry wrote that Ruritania “will keep every railway open”.\n\n"
                     "A note from the secretariat\n\n“We will publish any answer that arrives,” the secretary said.")
    assert quoted_dates(run(text)) == [("will keep every railway open", "2033-03-03"),
                                       ("We will publish any answer that arrives", "2033-03-09")]


def test_an_outlet_line_with_a_year_after_a_comma_is_no_dated_heading(run):
    text = ("Caucasus Brief | Dec 3, 2024\n\n“We will publish any answer that arrives,” the secretary said on Tuesday.")
    assert quoted_dates(run(text)) == [("We will publish any answer that arrives", "2024-12-03")]


def test_a_demonym_before_a_role_speaks_for_its_state(run):
    text = APPEAL + ("At the meeting today Syldavia handed over three records. “Twelve is not nineteen, and we will not "
                     "close the file until it is,” the Ruritanian co-chair of the group told journalists afterwards.")
    assert quoted_speakers(run(text)) == [("Twelve is not nineteen, and we will not close the file until it is",
                                           "ruritania")]


def test_the_committee_is_the_one_a_long_heading_named(run):
    text = APPEAL + ("The responses\n\nState Committee for Work with Religious Associations of the Republic of "
                     "Borduria, 4 March\n\nThe Committee wrote that it had read the appeal. "
                     "“Borduria has no need of war,” the Committee added.")
    assert quoted_speakers(run(text)) == [("Borduria has no need of war", "borduria")]


def test_a_pronoun_does_not_reach_back_over_a_section_heading(run):
    text = NOTEBOOK + ("Every Saturday I write down what I heard.\n\nMonday 7 February, Northtown\n\n"
                       "I met Anna Black. “The railway must open,” she told me.\n\nTuesday 8 February, Southtown\n\n"
                       "A farmer showed me a field. “The mines do not know that there is a treaty,” he said.")
    assert quoted_speakers(run(text)) == [("The railway must open", "ruritania"),
                                          ("The mines do not know that there is a treaty", None)]


def test_a_pronoun_in_the_same_section_still_reaches_back(run):
    text = NOTEBOOK + ("Monday 7 February, Northtown\n\nI met Anna Black. “The railway must open,” she told me.\n\n"
                       "We drove to the border. “It will open this year,” she said.")
    assert quoted_speakers(run(text)) == [("The railway must open", "ruritania"), ("It will open this year", "ruritania")]
