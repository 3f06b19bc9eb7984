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


MINUTES = "Agreed minutes\nThe Joint Commission\n28 May 2032\n\n"


def test_a_sentence_announcing_the_following_words_speaks_for_the_words_below_it(run):
    text = MINUTES + ("The Ruritanian side asked that the following statement be recorded.\n\n"
                      "\"Ruritania draws its border on the basis of the old maps and on no other basis.\"\n\n"
                      "The Bordurian side asked that the following reply be recorded.\n\n"
                      "\"Borduria has never claimed a metre of Ruritanian land.\"")
    speakers = dict(quoted_speakers(run(text)))
    assert speakers["Ruritania draws its border on the basis of the old maps and on no other basis"] == "ruritania"
    assert speakers["Borduria has never claimed a metre of Ruritanian land"] == "borduria"


def test_words_of_a_dated_letter_are_its_writers_and_dated_by_it(run):
    text = MINUTES + ("The Commission took note of a letter of 3 May 2032 in which the Republic of Syldavia asked "
                      "for access to the old cemetery, \"so that we may pray at the graves without asking twice\".")
    result = run(text)
    words = "so that we may pray at the graves without asking twice"
    assert quoted_speakers(result) == [(words, "syldavia")]
    assert quoted_dates(result) == [(words, "2032-05-03")]


def test_a_document_of_a_date_named_beside_the_saying_does_not_date_it(run):
    text = MINUTES + ("Under the declaration of 10 November 2020, Anna Black said the line \"stays where it is\".")
    assert quoted_dates(run(text)) == [("stays where it is", "2032-05-28")]


CHRONOLOGY = ("How the station question developed\nThe Agency\nChronology\n11 June 2032\n\n"
              "On Thursday the Ruritanian parliament ratified the protocol. The Agency sets out the main steps.\n\n"
              "Background\n\nThe line has been closed since 1993, and Anna Black once called it \"a scar\".\n\n"
              "10 March\n\nAnna Black tells parliament that she hopes to see \"the first passengers\" soon.\n\n"
              "Early May\n\nBorduria's foreign ministry says the line will be \"open to every neighbour\".\n\n"
              "What next\n\nSyldavia says it \"will wait and see\".\n")


def test_entries_under_dated_headings_take_the_headings_date(run):
    dates = dict(quoted_dates(run(CHRONOLOGY)))
    assert dates["the first passengers"] == "2032-03-10"
    assert dates["open to every neighbour"] == "2032-05"


def test_entries_under_other_headings_keep_their_own_reading(run):
    dates = dict(quoted_dates(run(CHRONOLOGY)))
    assert dates["a scar"] != "2032-03-10" and dates["will wait and see"] != "2032-05"


def test_a_match_reports_words_said_on_the_match_day(run):
    text = ("Honours even in Klow\nThe Sport Daily\nMatch report\n14 June 2032\n\n"
            "Strelsau United and Szohod Lions drew 1-1 at the Klow Arena on Saturday evening in the first match "
            "between the two countries' clubs for thirty years.\n\n"
            "\"My players did not think about politics,\" said the Strelsau coach, Anna Black, after the final whistle.")
    assert quoted_dates(run(text)) == [("My players did not think about politics", "2032-06-12")]
