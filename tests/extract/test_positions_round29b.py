"""Round 29, second part (positions): a body named in full and then by the last word of its name
("the Valley Displaced Community … the Community repeated its demand") holds that position; where
two bodies named before share the word, "the Community" names neither.
Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

VALLEY = Actor("valley", "Valley Displaced Community", "community", ("Valley Displaced Community",), camp="borduria")
HIGHLAND = Actor("highland", "Highland Heritage Community", "community", ("Highland Heritage Community",),
                 camp="ruritania")
BOOK = Codebook(
    "round29bpositions",
    (*TOY_STATES, VALLEY, HIGHLAND),
    (Issue("return", "Right of return of the displaced", keywords=("right of return", "return")),),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_the_last_word_of_a_name_named_before_holds_the_position(run):
    text = ("Borduria received a letter from the Valley Displaced Community in April. "
            "The Government of Ruritania answered it in May. "
            "It notes that the Community still demands return to its former villages.")
    assert positions(run(text)) == {("valley", "return", "support")}


def test_two_bodies_sharing_the_word_leave_it_unnamed(run):
    text = ("The Valley Displaced Community and the Highland Heritage Community wrote to the Government in April. "
            "In the same letter the Community repeated its demand for the right of return.")
    assert ("valley", "return", "support") not in positions(run(text))


def test_the_word_before_the_full_name_names_nobody(run):
    text = ("The Community repeated its demand for the right of return. "
            "The Valley Displaced Community wrote to the Government in April.")
    assert ("valley", "return", "support") not in positions(run(text))
