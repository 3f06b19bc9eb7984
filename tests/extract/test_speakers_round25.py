"""Round 25 (speakers and dates): a compiled thread of posts, each headed by a line of its own with a
clock time and the account ("10:04, Ruritania's Ministry of Foreign Affairs (official account):"),
the post below it after a blank line; "the same account" is the post before's speaker; a post timed
by the clock alone was written on the day the story's lead gives, not on the day of publication.
Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round25speakers",
    TOY_STATES,
    (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "How the ruling played out online\nThe Evening Post\nOnline desk\n20 May 2032\n\n"
LEAD = ("The regional court on Tuesday struck the case between Ruritania and Borduria off its list. "
        "Within minutes the reactions began to appear online.\n\n")
THREAD = (
    "10:04, Ruritania's Ministry of Foreign Affairs (official account):\n\n"
    "\"Today's ruling closes a chapter that both states agreed to close.\"\n\n"
    "10:11, Borduria's Ministry of Foreign Affairs (official account), first post:\n\n"
    "\"The court has done what both states asked of it.\"\n\n"
    "10:12, the same account, second post:\n\n"
    "\"The page is turned, not torn out.\"\n\n"
    "11:30, the spokesperson of Syldavia's foreign ministry:\n\n"
    "\"Syldavia takes note of the ruling.\"\n"
)


def test_each_post_is_its_accounts(run):
    assert quoted_speakers(run(HEAD + LEAD + THREAD)) == [
        ("Today's ruling closes a chapter that both states agreed to close", "ruritania"),
        ("The court has done what both states asked of it", "borduria"),
        ("The page is turned, not torn out", "borduria"),
        ("Syldavia takes note of the ruling", "syldavia"),
    ]


def test_timed_posts_are_dated_to_the_day_of_the_leads_event(run):
    dates = {date for _, date in quoted_dates(run(HEAD + LEAD + THREAD))}
    assert dates == {"2032-05-18"}


def test_timed_posts_without_a_day_in_the_lead_keep_the_publication_date(run):
    lead = "The regional court struck the case between Ruritania and Borduria off its list.\n\n"
    assert {date for _, date in quoted_dates(run(HEAD + lead + THREAD))} == {"2032-05-20"}


def test_a_clock_time_in_the_attribution_dates_to_the_story_day(run):
    text = HEAD + LEAD + "At 11:02 a user from Strelsau asked: \"Who will tell my father that the case is closed?\""
    assert quoted_dates(run(text)) == [("Who will tell my father that the case is closed?", "2032-05-18")]


def test_a_heading_on_its_own_paragraph_above_prose_is_no_label(run):
    text = HEAD + LEAD + ("Ruritania's Ministry of Foreign Affairs:\n\nThe ministry posted nothing more that day. "
                          "Anna Black later said \"the ruling changes nothing\".")
    assert quoted_speakers(run(text)) == [("the ruling changes nothing", "ruritania")]
