"""actors.codebook.v1: names, aliases, members, metonyms, demonyms, places, candidates."""

from __future__ import annotations

import pytest
from extract_contract import ComponentContract


class TestActorsContract(ComponentContract):
    component_name = "actors.codebook.v1"


def kinds(result):
    return {(m.text, m.actor, m.kind) for m in result.mentions}


def test_names_aliases_and_members(extract):
    result = extract("Ruritania and the League of Nations met Kurvi Tasch.")
    assert set(result.actors()) == {"ruritania", "league", "borduria"}
    assert ("Kurvi Tasch", "borduria", "member") in kinds(result)


@pytest.mark.parametrize(
    "text",
    [
        "Delegates arrived in Strelsau on Monday.",
        "The meeting was held in Strelsau and Szohod.",
        "STRELSAU, November 17. The talks went on.",
        "He spoke at the Global Strelsau Forum.",
        "A Strelsau-based think tank published a report.",
    ],
)
def test_capitals_only_as_places_are_not_agents(extract, text):
    assert extract(text).actors() == ()


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Strelsau rejected the offer.", "ruritania"),
        ("Szohod's readiness to talk was welcomed.", "borduria"),
        ("Relations between Strelsau and the League improved.", "ruritania"),
    ],
)
def test_capitals_acting_are_agents(extract, text, actor):
    assert actor in extract(text).actors()


@pytest.mark.parametrize(
    "text",
    [
        "The Bordurian government rejected it.",
        "Bordurian Prime Minister Anna Petrova arrived.",
        "The Bordurian Defense Ministry said nothing.",
    ],
)
def test_demonyms_before_institutions_are_agents(extract, text):
    result = extract(text)
    assert result.actors() == ("borduria",)
    assert any(m.kind in {"demonym", "alias"} for m in result.mentions)


def test_demonym_before_an_ordinary_noun_is_not_an_agent(extract):
    assert extract("Bordurian cuisine is famous.").actors() == ()


def test_case_rules(extract):
    assert extract("We went to the west of the country.").actors() == ()
    assert extract("Sanctions from the West followed.").actors() == ("observers",)
    assert extract("Let us meet.").actors() == ()


def test_member_with_middle_initial_initials_and_transliteration(extract):
    assert extract("Kurvi J. Tasch spoke.").actors() == ("borduria",)
    assert extract("K. Tasch spoke.").actors() == ("borduria",)
    assert extract("Kurwi Tash spoke at length.").actors() == ("borduria",)


def test_surname_alone_after_a_full_mention(extract):
    result = extract("Rudolf Rassendyll arrived late. Later, Rassendyll left.")
    members = [m for m in result.mentions if m.kind == "member"]
    assert [m.text for m in members] == ["Rudolf Rassendyll", "Rassendyll"]


def test_same_surname_with_another_first_name_is_someone_else(extract):
    result = extract("Boris Rassendyll, a banker, arrived.")
    assert result.actors() == ()
    assert any(c.text == "Boris Rassendyll" for c in result.candidates)


def test_person_with_a_title_of_an_actor_stands_for_it(extract):
    result = extract("Permanent Representative of Borduria to the League Anna Petrova spoke.")
    roles = [m for m in result.mentions if m.kind == "role"]
    assert [(m.text, m.actor) for m in roles] == [("Anna Petrova", "borduria")]


def test_unknown_people_and_organisations_become_candidates(extract):
    result = extract("Ruritania hired Goldman Sachs. John Smith, a lawyer, said nothing.")
    assert {"Goldman Sachs", "John Smith"} <= {c.text for c in result.candidates}
    assert all(c.label in {"PERSON", "ORG"} for c in result.candidates)


def test_hyphenated_compounds(extract):
    assert set(extract("A Ruritania-Borduria summit was planned.").actors()) == {"ruritania", "borduria"}
