"""Round 48 (positions): a refused burial is a stance on the heritage of the dead's cemetery; a
railway connected "only to lines that no outside power guards" opposes that presence and is no
stance on the railway; searching a site is a search for the missing; "the A-ian and B-ian agencies"
are both states' agencies, and "after X cleared it" X did the clearing; "both Governments" are the
text's two states, and those that decline a role's offer oppose it; "do not begrudge" allows; "the
agreement" after "the agreement on a joint railway station" is that agreement; a court's review
"compatible with the Constitution", a "referendum on the agreement", "attended as observers", "a
great deal" and the "border strip" that deminers cleared name no issue of their own; declining "them"
after a role's offer, or both of a proposal that the role actor's guards help, opposes the role, and
declining an offer of money opposes no railway. Invented states, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace as NS

import pytest

from parley.core.types import Issue
from parley.extract.issue_deals import other_deals
from parley.extract.issue_places import place_of_other
from parley.extract.stance_cases import idiom
from round_helpers import positions, toy_fixtures
from test_positions_round47 import BOOK as ROUND47

MISSING = Issue("missing", "Release prisoners and account for missing persons", keywords=("missing persons",))
BOOK = replace(ROUND47, name="round48positions", issues=ROUND47.issues + (MISSING,))
pipeline, run, parse = toy_fixtures(BOOK)


@pytest.mark.parametrize("text", [
    "Ruritania refused to let her be buried in Klow beside her husband.",
    "Ruritania allows the families four hours at their cemeteries and refuses them the right to be buried there.",
    "Ruritania still refuses to let the families bury their dead there.",
])
def test_a_refused_burial_opposes_the_heritage(run, text):
    assert ("ruritania", "heritage", "oppose") in positions(run(text))


@pytest.mark.parametrize("text", [
    "Ruritania said that the families still do not know where their sons are buried.",
    "Ruritania said that each file must rest on a document: a burial register, a hospital log, a photograph.",
])
def test_a_burial_without_permission_is_no_heritage_cue(run, text):
    assert not {p for p in positions(run(text)) if p[1] == "heritage"}


@pytest.mark.parametrize("text", [
    "Syldavia says that it will connect its railway at Klow only to lines that no outside power guards.",
    "Syldavia has also said, many times, that it will connect only to lines that no outside power guards.",
])
def test_a_connection_only_to_lines_no_outside_power_guards_opposes_the_presence(run, text):
    found = positions(run(text))
    assert ("syldavia", "presence", "oppose") in found
    assert ("syldavia", "transport", "support") not in found


@pytest.mark.parametrize("text, stance", [
    ("On 27 January Ruritania agreed to search one of the two places that the families have named.", "support"),
    ("Ruritania declined to search the second site, the slope below the fortress.", "oppose"),
])
def test_searching_a_site_is_a_search_for_the_missing(run, text, stance):
    assert ("ruritania", "missing", stance) in positions(run(text))


def test_in_search_of_is_no_search_for_the_missing(run):
    text = "Syldavia's ambassador said that the plan was a solution in search of a problem."
    assert not {p for p in positions(run(text)) if p[1] == "missing"}


@pytest.mark.parametrize("text", [
    "The Ruritanian and Bordurian agencies cleared the mines together.",
    "KAMA certified that the strip was clear of mines, after the agencies of Ruritania and Borduria cleared it together.",
])
def test_both_agencies_cleared_the_mines(run, text):
    assert {("ruritania", "demining", "support"), ("borduria", "demining", "support")} <= positions(run(text))


def test_both_governments_decline_the_offered_role(run):
    text = ("Ruritania and Syldavia met in Klow on Monday to discuss the railway. Ruritania and Syldavia agreed on a timetable. "
            "Borduria offered once more, at the talks in Klow on Tuesday, to guarantee the crossing, "
            "and once more both Governments thanked it and declined.")
    found = positions(run(text))
    assert {("ruritania", "format", "oppose"), ("syldavia", "format", "oppose"), ("borduria", "format", "support")} <= found


def test_not_begrudging_the_visits_allows_them(run):
    found = positions(run("Ruritania does not begrudge the families their visits to the cemeteries of Klow."))
    assert ("ruritania", "heritage", "support") in found
    assert ("ruritania", "heritage", "oppose") not in found


def test_a_great_deal_is_no_treaty(run):
    assert not {p for p in positions(run("Ruritania said that the year had given it a great deal.")) if p[1] == "treaty"}


def test_the_agreement_after_an_agreement_on_a_station_is_that_agreement():
    text = "They signed the agreement on a joint railway station in May. In June Syldavia welcomed the agreement."
    assert [q for _, _, q in other_deals(text)] == ["a joint railway station in"]


def test_a_protocol_on_something_else_leaves_a_later_agreement_alone():
    text = "They signed the protocol on the northern section in May. They will sign the agreement in June."
    assert other_deals(text) == []


@pytest.mark.parametrize("text, word", [
    ("Ruritania's Constitutional Court found that the agreement complies with the Constitution.", "Constitution"),
    ("The Court found the obligations compatible with the Constitution of Ruritania.", "Constitution"),
    ("The Dawn bloc has called for a national referendum on the agreement.", "referendum"),
    ("The village will hold a local referendum on Sunday.", "referendum"),
    ("Syldavia's engineers have attended the committee as observers since 2036.", "observers"),
    ("The plan was a solution in search of a problem.", "search"),
    ("The year gave us a great deal.", "deal"),
])
def test_set_phrases_name_no_issue(parse, text, word):
    assert idiom(next(t for t in parse(text) if t.text == word))


@pytest.mark.parametrize("text, word", [
    ("Ruritania wants a referendum on a new Constitution.", "referendum"),
    ("Ruritania will change the Constitution.", "Constitution"),
    ("Syldavia will send observers to the border.", "observers"),
    ("The two states signed a deal on the railway.", "deal"),
])
def test_the_same_words_elsewhere_still_name_their_issue(parse, text, word):
    assert not idiom(next(t for t in parse(text) if t.text == word))


def test_a_border_strip_where_mines_were_cleared_is_no_border_to_draw():
    text = "The deminers finished the clearance of the border strip around the site."
    at = text.index
    border = NS(issue="borders", cues=(NS(start=at("border"), end=at("border") + 6, source="concept", weight=1.0),))
    mines = NS(issue="demining", cues=(NS(start=at("deminers"), end=at("deminers") + 8, source="keyword", weight=1.5),))
    assert place_of_other(text, [border, mines], border)
    assert not place_of_other(text, [border], border)


def test_declining_the_offer_of_the_sentence_before(run):
    text = ("Ruritania and Syldavia met in Klow on Monday to discuss the railway. Ruritania and Syldavia agreed on a timetable. "
            "At the talks in Klow, Borduria again offered guarantees for the crossing. Ruritania and Syldavia declined them.")
    found = positions(run(text))
    assert {("ruritania", "format", "oppose"), ("syldavia", "format", "oppose")} <= found


def test_a_proposal_that_the_role_actors_guards_help_is_its_offer(run):
    text = ("Ruritania wants the railway reopened. "
            "Borduria proposed that Bordurian border guards help protect the line; Ruritania and Syldavia declined both.")
    found = positions(run(text))
    assert ("borduria", "format", "support") in found
    assert ("ruritania", "format", "oppose") in found


def test_declining_to_do_something_else_declines_no_offer(run):
    text = ("Ruritania wants the railway reopened. Borduria offered guarantees for the crossing. "
            "Ruritania's minister declined to predict the outcome.")
    assert ("ruritania", "format", "oppose") not in positions(run(text))


def test_declining_an_offer_of_money_is_no_stance_on_the_railway(run):
    text = "Borduria has offered to co-finance the railway; Ruritania has declined."
    assert ("ruritania", "transport", "oppose") not in positions(run(text))
