"""Round 28 (positions): an outside body's liaison office on the ground is an outside presence
("decided to keep the League's liaison office in Northtown open"); visiting graves is access to
heritage; "the requests of (300 families of) X to visit the graves" and "requests from X" make X the one
who asks, and X named as that owner is no cue of an issue about X itself; "as far as the border" and
"border guards" name a place and a force, no border line; "it" after a stance verb ("Y rejected it", "refuses
even to discuss it") takes up the issue named before it, a call's "for" object included; a freight or
passenger service is a railway's ("open the line to freight"); "the Council" in the minutes of the
Council of Elders named in the header is that source, which speaks for its camp.
Invented states and people, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

LEAGUE = Actor("league", "Northern League", "organisation", ("the League",))
HILLFOLK = Actor("hillfolk", "Hill Ruritanians", "community", ("Hill Ruritanians",), camp="ruritania")
BOOK = Codebook(
    "round28positions",
    (*TOY_STATES, LEAGUE, HILLFOLK),
    (Issue("presence", "Keep foreign monitors' presence in the region", keywords=("monitors",)),
     Issue("heritage", "Protect cultural heritage", keywords=("churches",)),
     Issue("rights", "Guarantee the rights of Hill Ruritanians", keywords=("Hill Ruritanians",)),
     Issue("border", "Delimit the state border", keywords=("delimitation",)),
     Issue("return", "Right of return for the displaced", keywords=("return",)),
     Issue("links", "Open transport links (roads, railways)", keywords=("corridor",))),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_keeping_a_liaison_office_open_is_an_outside_presence(run):
    text = ("The Northern League decided on Monday to keep its liaison office in Northtown open for one more "
            "year, as Ruritania had asked.")
    assert ("league", "presence", "support") in positions(run(text))


def test_a_liaison_office_named_once_is_then_the_office(run):
    text = ("The League's monitors work from a liaison office in Northtown. "
            "Borduria wants the office closed by the summer.")
    assert ("borduria", "presence", "oppose") in positions(run(text))


def test_requests_of_families_of_a_group_are_the_groups(run):
    text = "Syldavia has not yet answered the requests of 300 families of Hill Ruritanians to visit graves in the valley."
    found = positions(run(text))
    assert ("hillfolk", "heritage", "support") in found
    assert not any(issue == "rights" for _, issue, _ in found)


def test_requests_from_a_group_are_the_groups(run):
    text = "Syldavia said that requests from Hill Ruritanians to visit graves would be considered case by case."
    assert ("hillfolk", "heritage", "support") in positions(run(text))


def test_the_rights_of_a_group_are_still_about_the_group(run):
    text = "Borduria demands guarantees for the rights of Hill Ruritanians."
    assert ("borduria", "rights", "support") in positions(run(text))


def test_a_border_one_rides_to_is_no_border_line(run):
    text = "Borduria's ambassador rode with us as far as the border and then went home."
    assert not any(issue == "border" for _, issue, _ in positions(run(text)))


def test_border_guards_are_no_border_line(run):
    text = "Syldavia asked for Syldavian border guards to be posted at the station."
    assert not any(issue == "border" for _, issue, _ in positions(run(text)))


def test_agreeing_the_border_is_still_the_border(run):
    text = "Borduria and Ruritania agreed the border between Northtown and Southtown."
    assert ("borduria", "border", "support") in positions(run(text))


def test_rejecting_it_rejects_what_was_proposed_before(run):
    text = "Borduria proposed the return of the displaced. Ruritania rejected it."
    assert ("ruritania", "return", "oppose") in positions(run(text))


def test_refusing_to_discuss_it_after_a_call_for_it(run):
    text = "Borduria continues to call for the return of the displaced, and Ruritania continues to refuse even to discuss it."
    found = positions(run(text))
    assert ("ruritania", "return", "oppose") in found and ("borduria", "return", "support") in found


def test_welcoming_it_welcomes_what_was_proposed(run):
    text = "Borduria proposed the return of the displaced. Ruritania welcomed it."
    assert ("ruritania", "return", "support") in positions(run(text))


def test_opening_a_line_to_freight_is_a_railway_link(run):
    text = "Borduria and Ruritania agreed to open the line to freight in April."
    assert ("ruritania", "links", "support") in positions(run(text))


MINUTES_BOOK = Codebook(
    "round28minutes", (*TOY_STATES, LEAGUE), BOOK.issues,
    affiliation_camps=(("Council of Elders of Northtown", "ruritania"),),
)
MINUTES = "Minutes of the session (extract)\nCouncil of Elders of Northtown\n27 January 2033\n\n"


@pytest.fixture(scope="module")
def run_minutes():
    pipeline = build_pipeline(default_config(), MINUTES_BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


def test_the_council_in_its_own_minutes_is_the_source(run_minutes):
    text = MINUTES + ("The Council of the Northern League had decided to keep its monitors in the valley. "
                      "The Council unanimously supported the request of the families to visit their graves.")
    found = positions(run_minutes(text))
    assert ("ruritania", "heritage", "support") in found
    assert ("league", "heritage", "support") not in found
