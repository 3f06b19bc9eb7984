"""Round 53 (dates): the first line of an entry ("Item 1: card written on Monday 4 April") dates the
words quoted on the lines under it, up to the next blank line; a label that is a sentence, or a quote on
the label's own line, keeps the rules it had. Invented states and people, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, quoted_dates, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook("round53dates", TOY_STATES, (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),))
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Time capsule of the Klow station\nMinistry of Transport of Ruritania\n6 June 2039\n\nThe capsule holds ten cards.\n\n"


@pytest.mark.parametrize("label, day", [
    ("Item 1: card written on Monday 4 April", "2039-04-04"),
    ("Card 2, 12 April", "2039-04-12"),
])
def test_an_entry_label_dates_the_words_under_it(run, label, day):
    text = HEAD + label + "\nA teacher from Klow: “We came to count the wagons.”\nNote. The train was late.\n"
    assert quoted_dates(run(text)) == [("We came to count the wagons", day)]


def test_a_label_that_is_a_sentence_dates_nothing(run):
    text = HEAD + "The cards were written from 4 April.\nA teacher from Klow: “We came to count the wagons.”\n"
    assert quoted_dates(run(text)) == [("We came to count the wagons", "2039-06-06")]


def test_the_label_dates_only_its_own_entry(run):
    text = (HEAD + "Item 1: card written on Monday 4 April\nA teacher: “We came to count the wagons.”\n\n"
            "A note added later by the office.\nA guard: “The capsule is sealed.”\n")
    assert quoted_dates(run(text)) == [("We came to count the wagons", "2039-04-04"), ("The capsule is sealed", "2039-06-06")]
