"""Round 21: a state coming back to a body or a forum ("Whether X might return to the alliance", "X
should go back to the alliance") is no return of displaced people. Invented states and people."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, about, toy_fixtures

from parley.core.types import Codebook, Issue


BOOK = Codebook(
    "round21return", TOY_STATES,
    (Issue("return", "Right of return for displaced people", keywords=("return", "displaced")),),
)
pipeline, run, parse = toy_fixtures(BOOK)


@pytest.mark.parametrize("text", [
    "Whether Ruritania might one day return to the alliance was, Anna Black said, not a question for this week.",
    "Kurvi Tasch told me that Borduria should go back to the alliance before it is too late.",
])
def test_a_state_coming_back_to_a_body_is_no_return_of_people(run, text):
    assert not {t for t in about(run(text), text, text[:10]) if t[1] == "return"}


def test_displaced_people_returning_still_count(run):
    text = "Kurvi Tasch said the displaced families should return to their villages in the valley."
    assert ("borduria", "return", "support") in about(run(text), text, "Kurvi")
