"""Round 9: quote dates from a "when" clause of the speech, from a following sentence that says the
speaker said it again, and from a fronted relative clause (invented states and people).

* "“…,” said X, president of Y, when the groups met in Varn last week": the meeting dates the words
  (a week within one month gives the month);
* "The Kestrians say “…”. Kestria's foreign ministry repeated that on Monday.": Monday.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round9dates",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe",), ("Harnby",), ("Norlandic",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
HEAD = "Border talks\nThe Harbour Review\nWednesday, 25 February 2026\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


_dates = quoted_dates


def test_a_when_clause_of_the_speech_dates_the_words(run):
    text = ("\"Peace must not leave the prisoners behind,\" said Ilsa Marr, president of the Kestrian Civic "
            "League, when the groups met in Harnby last week.")
    assert _dates(run(text)) == [("Peace must not leave the prisoners behind", "2026-02")]


def test_said_again_in_the_next_sentence_dates_the_words(run):
    text = ("HOST: The Kestrians say they will never accept \"foreign soldiers on the pass\". Kestria's foreign "
            "ministry repeated that on Monday. Does that worry you?")
    assert _dates(run(text)) == [("foreign soldiers on the pass", "2026-02-23")]


def test_a_later_sentence_about_something_else_dates_nothing(run):
    text = ("HOST: The Kestrians say they will never accept \"foreign soldiers on the pass\". Norland opened "
            "the road on Monday.")
    assert _dates(run(text)) == [("foreign soldiers on the pass", "2026-02-25")]
