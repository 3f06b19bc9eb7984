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


# -- where a named actor does not act (parley.extract.agency) ------------------------------
@pytest.mark.parametrize(
    "text, absent",
    [
        ("Ruritania promised the Bordurian delegation a new border commission.", "borduria"),
        ("Ruritania offered a new border commission to the Bordurian government.", "borduria"),
        ("On the League of Nations, Ruritania said little that was new.", "league"),
        ("As for Szohod, Ruritania expects an answer by June.", "borduria"),
        ("The Permanent Representative of Ruritania to the League Anna Petrova spoke.", "league"),
        ("Ruritania's League envoy asked for a vote.", "league"),
    ],
)
def test_recipients_topics_and_destinations_are_not_agents(extract, text, absent):
    actors = extract(text).actors()
    assert absent not in actors and "ruritania" in actors


def test_org_envoy_is_the_posted_person_when_the_text_says_so(extract):
    text = (
        "Ruritania ready to talk – League envoy\n\n"
        "Permanent Representative of Ruritania to the League Anna Petrova said Strelsau was ready."
    )
    assert "league" not in extract(text).actors()


def test_org_envoy_alone_is_the_organisation(extract):
    assert "league" in extract("A League of Nations envoy arrived on Monday.").actors()


def test_on_behalf_of_is_still_an_agent(extract):
    assert "borduria" in extract("On behalf of Borduria, Anna Petrova signed the accord.").actors()


def test_coordinated_demonyms_before_one_institution(extract):
    result = extract("The talks began after the Ruritanian and Bordurian delegations agreed on an agenda.")
    assert set(result.actors()) == {"ruritania", "borduria"}


# -- candidate actors (parley.extract.candidates) -------------------------------------------
def candidates(result):
    return sorted((c.text, c.label) for c in result.candidates)


def test_one_candidate_per_name_without_titles_or_possessives(extract):
    text = (
        "Senator John Smith arrived in Strelsau. Later, Smith's aides met the Aurora Foundation. "
        "Smith spoke for an hour and the Aurora Foundation's director listened."
    )
    assert candidates(extract(text)) == [("Aurora Foundation", "ORG"), ("John Smith", "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry said nothing on Friday.",       # a generic institution, nobody's name
        "Delegates met in Vardenholm for a second day.",      # a place
        "VARDENHOLM, March 4. The talks went on.",             # a dateline
        "Refugees returned to the Osk Valley last year.",     # a place name
        "The Second Osk War ended in a truce.",               # an event
        "Several Bordurians were detained.",                   # a demonym of the codebook
    ],
)
def test_not_candidates(extract, text):
    assert candidates(extract(text)) == []


def test_acronym_is_an_organisation(extract):
    result = extract("The report by TRANSNEWS was read out. Ruritania denied it.")
    assert ("TRANSNEWS", "ORG") in candidates(result) or candidates(result) == []
    assert all(label == "ORG" for text, label in candidates(result) if text.isupper())


def test_candidate_spans_are_the_name(extract):
    text = "Analysts at the Aurora Foundation disagreed."
    (candidate,) = extract(text).candidates
    assert candidate.span.text_in(text) == candidate.text == "Aurora Foundation"


def test_a_number_after_about_is_no_topic(extract):
    assert "borduria" in extract("About 300 Bordurian soldiers crossed the line, officials said.").actors()
