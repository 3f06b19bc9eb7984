"""Round 8: quote dates from the occasion a report is about (invented people, hand-written sentences).

Conventions tested (see dates, dates_lead and dates_relative):

* a lead that says an occasion was held on a day ("On Tuesday, February 10, the committee held a
  hearing") dates the undated quotes after it; holding talks is no such occasion;
* "X told the same meeting that “…”" takes the date of the last quote the text dated;
* "…, saying the mission “…”" goes on from the speaker's dated words.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round8-dates",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Olaf Dunn"), ("Harnby",),
              ("Norlandic",)),
        Actor("mission", "Valley Mission", "organisation", ("Valley Mission",), ("Pia Lund",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
)
HEAD = "Border talks\nThe Harbour Review\n12 February 2026\n\n"  # a Thursday


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


def _dates(result):
    return [(q.text, str(q.date)) for q in result.quotes if q.direct]


def test_a_lead_that_holds_a_hearing_dates_the_quotes(run):
    text = ("On Tuesday, February 10, the committee held a hearing on the border talks with Kestria and Norland.\n\n"
            "Chairwoman Jane Roe said the treaty must be signed \"this year, not next\".")
    assert _dates(run(text)) == [("this year, not next", "2026-02-10")]


def test_talks_held_are_no_speaking_occasion(run):
    text = ("On Tuesday, February 10, the two governments held talks on the border with Kestria and Norland.\n\n"
            "Jane Roe said the treaty must be signed \"this year, not next\".")
    assert _dates(run(text)) == [("this year, not next", "2026-02-12")]


def test_told_the_same_meeting(run):
    text = ("At a meeting in Harnby on Saturday, Jane Roe said the line would \"bring jobs, not soldiers\". "
            "Ilsa Marr told the same meeting that Norland had \"sold the road before building it\".")
    assert _dates(run(text)) == [
        ("bring jobs, not soldiers", "2026-02-07"), ("sold the road before building it", "2026-02-07"),
    ]


def test_a_participle_goes_on_from_the_speakers_dated_words(run):
    text = ("The monitors patrol the river. Their spokeswoman, Pia Lund, said last Monday that the mission would "
            "stay \"as long as it is wanted\". She declined to comment further, saying the mission \"does not "
            "take sides in Norland's politics\".")
    assert _dates(run(text)) == [
        ("as long as it is wanted", "2026-02-09"), ("does not take sides in Norland's politics", "2026-02-09"),
    ]


def test_a_hearing_held_in_the_passive(run):
    text = ("A hearing on the border talks with Kestria and Norland was held on Tuesday by the committee.\n\n"
            "Jane Roe said the treaty must be signed \"this year, not next\".")
    assert _dates(run(text)) == [("this year, not next", "2026-02-10")]
