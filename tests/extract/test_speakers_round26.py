"""Round 26 (speakers and dates): "said the same day" takes the day the narration just gave, not
the date of a quote sections back; words "told the Court" or said "at the hearing" take the day
"the Court heard the case"; "in a letter of 3 June, X told …" and "X informed the Office in June that
…" date the words; a view in the present ("X calls it “…”") is dated by publication, not by
the same speaker's quote before; a name in apposition between the parts of a split quote
("“…,” the Envoy, X, told the Council. “…”") is its speaker. Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round26speakers",
    TOY_STATES,
    (Issue("missing", "Account for the missing", keywords=("missing persons",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Situation report\nThe Relief Partnership\n6 August 2032\n\n"
TEXT = (
    "1. Mine action\n\n"
    "Ruritania's director, Anna Black, said on 30 July that the archives had been searched \"twice, shelf by shelf\".\n\n"
    "2. Missing persons\n\n"
    "At the working group's meeting in Klow on 27 July, Borduria handed over records on three missing persons. "
    "The Red Cross, which attends the group as an observer, said the same day that the exchange was "
    "\"a modest step\".\n"
)


def test_the_same_day_is_the_day_just_narrated(run):
    assert quoted_dates(run(HEAD + TEXT)) == [("twice, shelf by shelf", "2032-07-30"), ("a modest step", "2032-07-27")]


def test_the_same_day_after_a_quote_in_the_same_paragraph_is_that_quotes_day(run):
    text = HEAD + ("Anna Black said on 30 July that the archives had been searched \"twice, shelf by shelf\". "
                   "Kurvi Tasch said the same day that the search was \"not enough, not yet\".\n")
    assert quoted_dates(run(text)) == [("twice, shelf by shelf", "2032-07-30"), ("not enough, not yet", "2032-07-30")]


COURT = (
    "Court release\nThe Court\n21 July 2032\n\n"
    "The Court today announced its decision on the protocol. "
    "The Court heard the case in open session on Tuesday, 13 July.\n\n"
    "The Government was represented by Anna Black. She told the Court that the protocol "
    "\"moves nothing and writes everything down\".\n\n"
    "\"A border cannot be ratified piece by piece,\" their representative at the hearing, Kurvi Tasch, said.\n"
)


def test_words_told_the_court_were_said_at_the_sitting_it_dated(run):
    assert quoted_dates(run(COURT)) == [("moves nothing and writes everything down", "2032-07-13"),
                                        ("A border cannot be ratified piece by piece", "2032-07-13")]


REPORT = "Annual report\nThe Office\n24 September 2032\n\n"


def test_words_told_in_a_dated_letter_take_the_letters_day(run):
    text = REPORT + ("In a letter of 3 June, the Government of Borduria told the Office that its laws "
                     "\"already guarantee equal rights to every resident\".\n")
    assert quoted_dates(run(text)) == [("already guarantee equal rights to every resident", "2032-06-03")]


def test_informing_is_saying_and_its_month_dates_the_words(run):
    text = REPORT + ("Ruritania informed the Office in June that it welcomes the new lines "
                     "\"as long as the borders stay where they are\".\n")
    assert quoted_dates(run(text)) == [("as long as the borders stay where they are", "2032-06")]


def test_a_view_in_the_present_is_dated_now_not_by_the_last_quote(run):
    text = ("Week ahead\nThe Agency\n12 September 2032\n\n"
            "Ruritania's foreign ministry said on Thursday that its offer \"remains valid and open\". "
            "Ruritania calls the format \"the natural table for the region\".\n")
    assert quoted_dates(run(text)) == [("remains valid and open", "2032-09-09"),
                                       ("the natural table for the region", "2032-09-12")]


def test_a_name_in_apposition_between_the_parts_of_a_split_quote_is_the_speaker(run):
    text = REPORT + ("\"The border has been quiet for two years,\" the Special Envoy, Ottokar Wiesel, told the "
                     "Council on 15 July. \"It is a policy, and policies can be kept.\"\n")
    assert [actor for _, actor in quoted_speakers(run(text))] == ["syldavia"]
