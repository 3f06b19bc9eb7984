"""Round 30 (positions): the two demonyms of "the A and B border commissions" each name their own
state's commission; a state's working bodies (commissions, forensic teams, deminers) named with its
demonym and at work as their clause's subject carry that state's support for their task, alone or
coordinated ("A and B forensic teams have been digging"), but not when they refuse or leave nothing
("refused to meet", "left no records"). Forensic teams and exhumations are the search for the
missing. "Not one more road" is no road. "X has offered to send peacekeepers; Y has declined": Y
opposes what was offered (a bare decline only). "The treaty on friendship and relations signed by X"
(the participle on the "on" phrase): X signed the treaty. "The road, which X opened": X did the act the issue's label opens with.
A community named by a people in the plural ("Valley Tessarines") is also its families, refugees and
residents ("Valley Tessarine families"). An outlet naming itself by its header's name as the subject
of a view ("Ostrov has always held that …" under "Ostrov Television") argues its own camp's position,
but not when it asks, nor where the header's word is a town elsewhere in the text. Invented states
and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

VALLEY = Actor("valley", "Valley Tessarines", "community", ("Tessarines of the Valley",), camp="borduria")
BOOK = Codebook(
    "round30positions",
    (*TOY_STATES, VALLEY),
    (Issue("border", "Delimit and demarcate the border", keywords=("border commissions", "delimitation")),
     Issue("prisoners", "Release prisoners and account for the missing", keywords=("missing persons", "prisoners")),
     Issue("demining", "Clear landmines", keywords=("deminers", "mine clearance")),
     Issue("transport", "Open transport links", keywords=("railway", "road")),
     Issue("treaty", "Conclude a peace treaty", keywords=("peace treaty", "treaty")),
     Issue("peacekeepers", "Keep foreign peacekeepers in the region", keywords=("peacekeepers",)),
     Issue("heritage", "Protect cultural heritage", keywords=("churches", "graves")),
     Issue("integrity", "Mutual recognition of territorial integrity", keywords=("territorial integrity",))),
    outlet_camps=(("Ostrov Television", "ruritania"),),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_each_demonym_of_two_coordinated_commissions_is_a_party(run):
    text = "Since then the Ruritanian and Bordurian border commissions have described long sections of the line."
    assert positions(run(text)) == {("ruritania", "border", "support"), ("borduria", "border", "support")}


def test_a_states_commission_at_work_supports_its_task(run):
    text = "The Bordurian border commission placed ten markers on Monday."
    assert positions(run(text)) == {("borduria", "border", "support")}


def test_coordinated_forensic_teams_at_work_search_for_the_missing(run):
    text = "Since Monday, Bordurian and Ruritanian forensic teams have been digging side by side near Ostrov."
    assert positions(run(text)) == {("ruritania", "prisoners", "support"), ("borduria", "prisoners", "support")}


def test_a_states_deminers_at_work_support_demining(run):
    text = "Ruritanian deminers cleared two fields near Ostrov last week."
    assert positions(run(text)) == {("ruritania", "demining", "support")}


def test_a_commission_that_refuses_to_meet_holds_no_support(run):
    text = "The Bordurian border commission refused to meet."
    assert ("borduria", "border", "support") not in positions(run(text))


def test_deminers_who_left_no_records_hold_no_support(run):
    text = "Bordurian deminers, who worked in the region until 2024, left no records with either side."
    assert ("borduria", "demining", "support") not in positions(run(text))


def test_not_one_more_road_opposes_the_road(run):
    text = "\"Not one more road and not one more railway until we know where our sons are buried,\" said Anna Black."
    assert positions(run(text)) == {("ruritania", "transport", "oppose")}


def test_a_bare_decline_after_a_semicolon_opposes_the_offer(run):
    text = "Borduria has offered to send peacekeepers to the new crossings; Ruritania has declined."
    assert positions(run(text)) == {("borduria", "peacekeepers", "support"), ("ruritania", "peacekeepers", "oppose")}


def test_a_bare_decline_after_but_opposes_the_offer(run):
    text = "Borduria offered to send peacekeepers, but Ruritania declined."
    assert positions(run(text)) == {("borduria", "peacekeepers", "support"), ("ruritania", "peacekeepers", "oppose")}


def test_a_decline_of_something_else_is_no_answer_to_the_offer(run):
    text = "Borduria offered to send peacekeepers, but Ruritania declined to comment in May."
    assert ("ruritania", "peacekeepers", "oppose") not in positions(run(text))


def test_a_treaty_signed_by_two_states_with_the_participle_on_its_on_phrase(run):
    text = ("The treaty on friendship and interstate relations signed by Ruritania and Borduria in Tbilisi on "
            "12 June 2030 has been followed by practical steps.")
    assert positions(run(text)) == {("ruritania", "treaty", "support"), ("borduria", "treaty", "support")}


def test_the_road_which_two_states_opened_is_their_act(run):
    text = "The road, which Ruritania and Borduria opened to the residents of the valley on 1 May, recorded 6,812 crossings."
    assert positions(run(text)) == {("ruritania", "transport", "support"), ("borduria", "transport", "support")}


def test_the_road_which_a_state_has_not_opened_is_no_act(run):
    text = "The road, which Ruritania has not opened, is empty."
    assert ("ruritania", "transport", "support") not in positions(run(text))


def test_a_communitys_families_are_the_community(run):
    text = "Valley Tessarine families have asked to visit the graves and churches of their villages."
    assert ("valley", "heritage", "support") in positions(run(text))


_GUIDE = "This week on Ostrov\nOstrov Television\nProgramme guide\n9 September 2033\n\n"


def test_an_outlet_naming_itself_holds_its_camps_view(run):
    text = _GUIDE + ("Along the border the river has carried trade for centuries. Ostrov has always held that the "
                     "territorial integrity of both states is beyond question, and this film shows why.")
    assert ("ruritania", "integrity", "support") in positions(run(text))


def test_an_outlet_naming_itself_in_full_holds_its_camps_view(run):
    text = _GUIDE + ("Along the border the river has carried trade for centuries. "
                     "Ostrov Television has always supported the territorial integrity of both states.")
    assert ("ruritania", "integrity", "support") in positions(run(text))


def test_an_outlet_asking_others_holds_no_view(run):
    text = _GUIDE + "Ostrov asked the capitals whether the territorial integrity of both states must be respected."
    assert ("ruritania", "integrity", "support") not in positions(run(text))
