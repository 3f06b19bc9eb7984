"""camp.codebook.v1: the document's camp, with evidence, never guessed."""

from __future__ import annotations

from extract_contract import ComponentContract


class TestCampContract(ComponentContract):
    component_name = "camp.codebook.v1"


def test_outlet_matches_case_insensitively_and_as_substring(extract):
    result = extract("Some text.", outlet="The STRELSAU HERALD (online)")
    assert result.camp == "ruritania"
    assert "outlet" in result.camp_evidence and "Strelsau Herald" in result.camp_evidence


def test_affiliation(extract):
    result = extract("Some text.", affiliation="Institute of Ruritanian Studies")
    assert result.camp == "ruritania" and "affiliation" in result.camp_evidence


def test_explicit_camp_wins(extract):
    assert extract("Some text.", camp="borduria", outlet="Strelsau Herald").camp == "borduria"


def test_outlet_named_in_the_first_lines(extract):
    result = extract("STRELSAU, May 3 /Szohod Daily/. Body text.")
    assert result.camp == "borduria" and "first lines" in result.camp_evidence


def test_unknown_outlet_is_unknown_not_independent(extract):
    result = extract("Some text.", outlet="Unlisted Weekly", author="A. Writer")
    assert result.camp is None
    assert "Unlisted Weekly" in result.camp_evidence


def test_an_op_ed_speaks_for_its_authors_institution_not_the_outlet(extract):
    result = extract("Some text.", outlet="Strelsau Herald", affiliation="Szohod Daily")
    assert result.camp == "borduria" and "affiliation" in result.camp_evidence


def test_an_actor_publishing_its_own_readout_speaks_from_its_camp(extract):
    result = extract("Some text.", outlet="Borduria")
    assert result.camp == "borduria" and "codebook actor" in result.camp_evidence
