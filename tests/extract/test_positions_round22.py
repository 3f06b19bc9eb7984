"""Round 22 (positions): a treaty's entry into force that dates something else ("the progress made
since the peace treaty entered into force") is no one's stance on it; "the mission should end with
its mandate" wants the presence to end, as "for the mission to end" does; "no quarrel with X"
accepts X, as "no objection to X" does. Invented states, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, about, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round22positions",
    TOY_STATES,
    (
        Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),
        Issue("presence", "Keep foreign monitors' presence in the region", keywords=("monitors", "mission")),
        Issue("transit", "Open transport links through the region", keywords=("railway",)),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)


@pytest.mark.parametrize("text", [
    "Szohod acknowledges the progress made since the peace treaty entered into force.",
    "Anna Black recalled the first months after the peace treaty came into force.",
])
def test_an_entry_into_force_that_dates_something_is_no_stance(run, text):
    assert not {t for t in about(run(text), text, text[:8]) if t[1] == "peace"}


def test_wanting_the_treaty_to_enter_into_force_still_counts(run):
    text = "Szohod wants the peace treaty to enter into force before the winter."
    assert ("borduria", "peace", "support") in about(run(text), text, "Szohod")


@pytest.mark.parametrize("text", [
    "Szohod has made no secret of its view that the mission should end with its mandate.",
    "Klow says the monitors must end their work in February.",
])
def test_a_should_or_must_of_ending_opposes_the_presence(run, text):
    found = about(run(text), text, text[:6])
    holder = "borduria" if text.startswith("Szohod") else "syldavia"
    assert (holder, "presence", "oppose") in found and (holder, "presence", "support") not in found


@pytest.mark.parametrize("text", [
    "Szohod has no quarrel with the railway.",
    "Szohod has told me more than once that it has no quarrel with the railway as long as its own border is untouched.",
])
def test_no_quarrel_with_a_thing_accepts_it(run, text):
    found = about(run(text), text, "Szohod")
    assert ("borduria", "transit", "support") in found and ("borduria", "transit", "oppose") not in found
