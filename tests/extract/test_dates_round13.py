"""Round 13: quote dates in a report from the scene (invented states and people, hand-written sentences).

* a lead that narrates a one-off event in the simple past on a day ("The first ferry … crossed the
  strait yesterday", "villagers marched to the dam on Tuesday") makes a report from the scene when a
  speaker's words are tied to the event ("…,” he said as the ferry docked"): then its simple-past
  quotes without a time of their own take the event's day (dates_scene);
* without such a tie the quotes keep the publication date, and words in the present ("says") or the
  present perfect ("has said") are never the scene's.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round13dates",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr", "Otto Brenn"), ("Varn",),
              ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Tom Hale"), ("Harnby",),
              ("Norlandic",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
HEAD = "Border crossing\nThe Harbour Review\nFriday, 12 March 2027\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


SCENES = [
    ("The first ferry in forty years crossed the strait yesterday, carrying officials of both states from Varn "
     "to Harnby.\n\nOtto Brenn rode on the upper deck. \"It is our water and our pier,\" he said as the ferry "
     "docked at Harnby.\n\nTom Hale, who waited on the quay, said the crossing was \"a good start\".", "2027-03-11"),
    ("Three hundred villagers marched to the new dam on Tuesday, blocking the road to Varn for an hour.\n\n"
     "\"We want the river back,\" Ilsa Marr told reporters while the villagers sang.\n\n"
     "Tom Hale, watching from the bridge, said the protest was \"a family quarrel\".", "2027-03-09"),
    ("The new bridge over the Harn opened to traffic on Wednesday morning with a convoy of twelve lorries.\n\n"
     "Ilsa Marr cut the ribbon. \"This is a bridge, not a border,\" she said when the first lorry crossed.\n\n"
     "Her Norlandic guest, Tom Hale, added that Norland saw it as \"a good start\".", "2027-03-10"),
]


@pytest.mark.parametrize("text, day", SCENES)
def test_a_report_from_the_scene_dates_its_quotes_on_the_events_day(run, text, day):
    assert {date for _, date in quoted_dates(run(text))} == {day}


@pytest.mark.parametrize("text", [
    "The first ferry in forty years crossed the strait yesterday, carrying officials of both states.\n\n"
    "\"It is our water and our pier,\" Otto Brenn said.\n\nTom Hale said the crossing was \"a good start\".",
    "Three hundred villagers marched to the new dam on Tuesday.\n\n\"We want the river back,\" Ilsa Marr told "
    "reporters as the talks in Harnby ended.",
])
def test_a_lead_without_a_tie_to_the_words_keeps_the_publication_date(run, text):
    assert {date for _, date in quoted_dates(run(text))} == {"2027-03-12"}


def test_words_in_the_present_perfect_are_not_the_scenes(run):
    text = ("The first ferry in forty years crossed the strait yesterday, carrying officials of both states.\n\n"
            "\"It is our water and our pier,\" Otto Brenn said as the ferry docked.\n\n"
            "Tom Hale has said the crossing is \"a good start\" and little more.")
    assert quoted_dates(run(text)) == [("It is our water and our pier", "2027-03-11"), ("a good start", "2027-03-12")]
