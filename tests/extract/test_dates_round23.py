"""Round 23 (dates): people brought together "to discuss" something make a speaking occasion, whose
day the lead gives the quotes after it; a capitalised "States" ("the United States") is no verb of
saying; "on Tuesday last week"; quotes under a "Reactions" heading keep their own dates. Invented
states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, quoted_dates, toy_fixtures

from parley.core.dates import PartialDate
from parley.core.types import Actor, Codebook, Issue
from parley.extract.dates_phrases import DateAnchor, find_phrases

BOOK = Codebook(
    "round23dates",
    TOY_STATES + (Actor("usa", "United States", "state", ("US",), (), ("Washington",)),),
    (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
ROUNDTABLE = ("After the vote\nThe Klow Centre\nRoundtable summary\n27 November 2031\n\n"
              "On 20 November the Klow Centre brought together in Strelsau twenty officials from Ruritania, Borduria "
              "and the United States to discuss the region after the vote.\n\nOpening\n\n"
              'The deputy minister offered Strelsau again as a venue, "at any level and at a week\'s notice".')


def test_a_gathering_to_discuss_dates_the_quotes_after_it(run):
    assert quoted_dates(run(ROUNDTABLE)) == [("at any level and at a week's notice", "2031-11-20")]


def test_united_states_is_no_report(run):
    assert not [q for q in run(ROUNDTABLE).quotes if not q.direct and q.cue == "States"]


def test_a_gathering_with_no_talk_does_not_date_them(run):
    text = ROUNDTABLE.replace(" to discuss the region after the vote", "")
    assert quoted_dates(run(text))[0][1] != "2031-11-20"


def test_a_weekday_last_week():
    text = "Announcing the date on Tuesday last week, the minister said so."
    anchor = DateAnchor(PartialDate(2031, 10, 29), 2031)
    assert [str(anchor.resolve(p)) for p in find_phrases(text, 0, len(text), [])] == ["2031-10-21"]


def test_quotes_under_a_reactions_heading_keep_their_own_dates(run):
    text = ("Full text and reactions\nThe Evening Post\n10 December 2031\n\n"
            "The deputy foreign ministers of Ruritania and Borduria met in Klow yesterday for talks on the frontier.\n\n"
            "Joint communiqué\n\nThe sides reaffirmed their respect for each other's borders.\n\nReactions\n\n"
            'In Szohod, the foreign ministry welcomed the talks and said the format should be "folded into the wider platform".')
    assert quoted_dates(run(text)) == [("folded into the wider platform", "2031-12-10")]
