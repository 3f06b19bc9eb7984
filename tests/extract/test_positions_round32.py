"""Round 32 (positions): an issue's keyword inside an actor's name ("the Western Ruritania
Community") names the actor, not the issue. Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, about, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

COMMUNITY = Actor("wrc", "Western Ruritania Community", "organisation", camp="borduria")

BOOK = Codebook(
    "round32positions",
    (*TOY_STATES, COMMUNITY),
    (Issue("return", "Return of displaced people", keywords=("return", "Western Ruritania")),
     Issue("heritage", "Protect cultural heritage", keywords=("cemeteries", "cemetery", "churches")),
     Issue("demining", "Clear landmines", keywords=("demining", "landmines")),
     Issue("presence", "Keep foreign monitors in the region", keywords=("observers", "monitors")),
     Issue("border", "Delimit the border", keywords=("border commission", "delimitation")),
     Issue("transport", "Open transport links", keywords=("railway", "road"))),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_a_keyword_inside_an_actors_name_is_no_cue(run):
    text = "Ruritania has agreed that members of the Western Ruritania Community visit the cemetery at Ostrov."
    found = positions(run(text))
    assert ("ruritania", "heritage", "support") in found
    assert not {p for p in found if p[1] == "return"}


def test_the_keyword_alone_is_still_a_cue(run):
    text = "Borduria demands the return of its people to Western Ruritania."
    assert ("borduria", "return", "support") in positions(run(text))
