"""Round 35 (positions): guarding kept to oneself with "and nobody else" (no second "by"), an office
that no described person holds, … Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round35positions",
    TOY_STATES,
    (Issue("treaty", "Sign the peace treaty", keywords=("peace treaty",)),
     Issue("force", "Renounce the use of force", keywords=("peaceful means", "use of force")),
     Issue("demining", "Clear landmines", keywords=("demining", "landmines", "mines")),
     Issue("presence", "Keep foreign monitors or peacekeepers in the region", keywords=("observers", "monitors")),
     Issue("transport", "Open transport links", keywords=("railway", "road")),
     Issue("return", "Right of return for displaced people", keywords=("return", "refugees")),
     Issue("guards", "Keep Borduria as the leading power and mediator in the region",
           keywords=("Bordurian mediation", "Bordurian guarantees"))),
    outlet_camps=(("Klow Gazette", "syldavia"),),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_guarded_by_one_side_and_nobody_else_refuses_presence(run):
    text = "Syldavia notes that the Government of Ruritania says the road will be guarded by Ruritanians and nobody else."
    found = positions(run(text))
    assert ("ruritania", "presence", "oppose") in found
    assert ("ruritania", "presence", "support") not in found


def test_guarded_by_one_side_alone_is_no_refusal(run):
    text = "The Government of Ruritania says the road will be guarded by Ruritanian observers and monitors."
    assert ("ruritania", "presence", "oppose") not in positions(run(text))


def test_an_office_is_not_held_by_a_person_described_otherwise(run):
    text = ("\u201cI have never been on the train,\u201d said Mira Stone, a farmer from Lenz. In May the Prime Minister "
            "stood at the station and promised that the road \u201cwill be guarded by Ruritanians and by "
            "nobody else\u201d.")
    quotes = [q for q in run(text).quotes if q.direct]
    assert [q.speaker for q in quotes][1] != "Mira Stone"
