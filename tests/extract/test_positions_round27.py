"""Round 27 (positions): a document whose author is a codebook actor with a camp of its own (a
community's exhibition guide) speaks for that actor, not for its camp's state; an author listed as an
actor's member gives the document that actor's camp; "mine" for a worked pit ("the gold mine above the
village") and "road" in a figure of speech ("the road to peace") are no cues of demining or transport;
"would not allow any third party to take part in the checks" refuses an outside presence (the "to"
clause is what is not allowed, no purpose the negation denies).
Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

COMMUNITY = Actor("community", "Northern Community", "community", ("Northern Community",), camp="ruritania")
BLOC = Actor("dawn", "Dawn bloc", "party", ("Dawn bloc",), ("Vera Stone",), camp="borduria")
BOOK = Codebook(
    "round27positions",
    (*TOY_STATES, COMMUNITY, BLOC),
    (Issue("links", "Open transport links", keywords=("railway", "road")),
     Issue("demining", "Clear landmines", keywords=("mines", "demining")),
     Issue("heritage", "Protect cultural heritage", keywords=("cemetery",)),
     Issue("presence", "Keep a foreign presence in the region", keywords=("monitors",))),
)
pipeline, run, parse = toy_fixtures(BOOK)
GUIDE = "Exhibition guide\n12 March 2032\n\n"


def test_a_community_guide_speaks_for_the_community(run):
    result = run(GUIDE + "We ask both governments that the cemetery be fenced and its stones recorded.",
                 author="Northern Community")
    assert result.camp == "ruritania"
    assert positions(result) == {("community", "heritage", "support")}


def test_a_member_author_gives_the_camp_of_the_actor(run):
    result = run(GUIDE + "The weather was fine.", author="Vera Stone")
    assert result.camp == "borduria"


def test_an_author_nobody_lists_leaves_the_camp_unknown(run):
    assert run(GUIDE + "The weather was fine.", author="Nobody Known").camp is None


def test_a_gold_mine_is_no_landmine(run):
    text = GUIDE + ("The gold mine above the village employed forty men from both banks. "
                    "The Community asks that the ownership of the mine be settled in court.")
    assert not any(issue == "demining" for _, issue, _ in positions(run(text, author="Northern Community")))


def test_mine_clearance_in_the_same_text_still_counts(run):
    text = GUIDE + ("The gold mine above the village employed forty men. "
                    "Ruritania wants mine clearance around the village finished by May.")
    assert ("ruritania", "demining", "support") in positions(run(text))


def test_the_road_to_peace_is_no_road(run):
    text = GUIDE + "Ruritania wants to open the road to peace with its neighbours."
    assert not any(issue == "links" for _, issue, _ in positions(run(text)))


def test_a_road_to_a_town_is_a_road(run):
    text = GUIDE + "Ruritania wants to open the road to Klow."
    assert ("ruritania", "links", "support") in positions(run(text))


def test_not_allowing_a_third_party_to_take_part_refuses_a_presence(run):
    text = GUIDE + ("The minister said that Ruritania expected four trains a week by January and would not allow "
                    "\"any third party\" to take part in the checks at the station.")
    assert ("ruritania", "presence", "oppose") in positions(run(text))
