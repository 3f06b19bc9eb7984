"""Round 35 (positions): guarding kept to oneself with "and nobody else" (no second "by"), an office
that no described person holds, … Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Document, Issue

DAWN = Actor("dawn", "Ruritanian opposition", "party", ("Green Dawn bloc",), members=("Petr Ostrog",), camp="ruritania")
BOOK = Codebook(
    "round35positions",
    (*TOY_STATES, DAWN),
    (Issue("treaty", "Sign the peace treaty", keywords=("peace treaty", "initialled")),
     Issue("force", "Renounce the use of force", keywords=("peaceful means", "use of force")),
     Issue("demining", "Clear landmines", keywords=("demining", "landmines", "mines")),
     Issue("presence", "Keep foreign monitors or peacekeepers' presence in the region", keywords=("observers", "monitors")),
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


def test_a_place_on_the_agenda_denied_inside_quote_marks_is_refused(run):
    # the quote mark between "was" and "not" makes the parse hang the negation on "on"
    text = 'Ruritania said that return was "not on the agenda and will not be put on it while Ruritania sits here".'
    found = positions(run(text))
    assert ("ruritania", "return", "oppose") in found
    assert ("ruritania", "return", "support") not in found


def test_a_partys_our_government_is_its_states(pipeline):
    text = ("Vote Petr Ostrog for mayor\nGreen Dawn bloc\nElection leaflet | Printed by the Green Dawn bloc\n"
            "27 November 2034\n\nBorduria demanded again that its people be allowed to return. "
            "Our Government answered that return is not on the agenda.")
    found = positions(pipeline.run(Document.from_text(text, author="Green Dawn bloc")))
    assert ("ruritania", "return", "oppose") in found
    assert ("dawn", "return", "oppose") not in found


def test_a_cue_in_a_relative_clause_leaves_the_writers_own_stance(pipeline):
    text = ("Vote No: a treaty is no bargaining chip\nOpinion\nBy Petr Ostrog\n1 November 2029\n\nI am not against peace with Borduria, and I am not against the treaty "
            "that our foreign minister initialled in Klow.")
    assert ("dawn", "treaty", "support") in positions(pipeline.run(Document.from_text(text, author="Petr Ostrog")))


def test_backers_named_with_funding_or_oversight_support_the_act(run):
    text = ("Ruritanian deminers cleared 4 hectares of mines together, with Syldavian funding of 3 million euros "
            "and under the quality assurance of Borduria.")
    found = positions(run(text))
    assert {("syldavia", "demining", "support"), ("borduria", "demining", "support")} <= found


def test_an_act_named_again_by_its_noun_alone_keeps_its_issue(run):
    text = ("The second joint clearance of mines near Klow ended on Monday. The clearance was paid for by Syldavia "
            "and carried out under Borduria's quality assurance.")
    found = positions(run(text))
    assert {("syldavia", "demining", "support"), ("borduria", "demining", "support")} <= found


def test_a_negated_act_gives_its_backer_no_support(run):
    text = "Ruritania did not clear the mines with Syldavian money."
    assert ("syldavia", "demining", "support") not in positions(run(text))


def test_a_clearance_with_no_earlier_act_is_no_cue(run):
    text = "The road was closed at Klow. The clearance of the snow was paid for by Syldavia."
    assert ("syldavia", "demining", "support") not in positions(run(text))


def test_taking_up_arms_refused_by_nobody_is_renouncing_force(run):
    found = positions(run("Ruritania says that no one should ever again take up arms over these hills."))
    assert ("ruritania", "force", "support") in found
    assert ("ruritania", "force", "oppose") not in found


def test_foreign_instructors_refused_are_outside_presence_refused(run):
    text = "Syldavia said that there should be no foreign instructors in Klow and no foreign bases dressed up as schools."
    found = positions(run(text))
    assert ("syldavia", "presence", "oppose") in found
    assert ("syldavia", "presence", "support") not in found
