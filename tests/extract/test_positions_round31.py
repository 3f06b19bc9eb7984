"""Round 31 (positions): "met X's minister, who welcomed …. He asked …": the minister named in the
relative clause is whom a later "he" points back to, and a delegation she led is no person a "he"
or "she" can stand for. A fronted "On X" that opens a clause of being or saying ("On observers he
was blunt: …") frames a topic and takes no stance on X. Invented states and people, hand-written
sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, about, positions, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round31positions",
    TOY_STATES,
    (Issue("observers", "Allow international observers", keywords=("observers", "monitors")),
     Issue("return", "Return of displaced people", keywords=("return",)),
     Issue("transport", "Open transport links", keywords=("railway", "road"))),
)
pipeline, run, parse = toy_fixtures(BOOK)

MET_MINISTER = ("The delegation, led by Anna Black, arrived in Ostrov on Monday. There the delegation met "
                "Borduria's deputy foreign minister, who welcomed the visit. He asked the delegation to "
                "support the return of the displaced.")


def test_he_points_to_the_minister_of_a_relative_clause_not_the_delegation(run):
    result = run(MET_MINISTER)
    assert ("borduria", "return", "support") in about(result, MET_MINISTER, "He asked")


def test_a_fronted_on_topic_of_being_blunt_takes_no_stance(run):
    text = "On observers Ruritania's minister was blunt. The railway must open soon, he said."
    assert not {p for p in positions(run(text)) if p[1] == "observers"}


def test_a_fronted_on_before_a_verb_of_stance_still_counts(run):
    text = "On the railway, Ruritania has opposed every proposal."
    assert ("ruritania", "transport", "oppose") in positions(run(text))
