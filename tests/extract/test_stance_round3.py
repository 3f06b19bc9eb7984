"""Round 3 of the position rules: plural and joint holders ("both ministers", a joint
statement's commitments), a demonym before an institution or a document ("the Bordurian
resolution"), negotiation words the labels do not use ("taking sides", "special status",
"border commissions"), "accused X of …", "is not for sale", and events named by a conflict word
("the results of the war").

Texts are about invented states and places (Ruritania, Borduria, Strela) so that no rule can lean on a real text.
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.issues import IssueVocabulary

BOOK = Codebook(
    "toy-round3",
    (
        Actor("ruritania", "Ruritania", "state", ("Strelsau",), ("Rudolf Rassendyll",), demonyms=("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Szohod",), ("Kurvi Tasch",), demonyms=("Bordurian",)),
        Actor("syldavia", "Syldavia", "state", ("Klow",), ("Hergé Muskar",), demonyms=("Syldavian",)),
        Actor("strelans", "Strela Ruritanians", "community", ("Ruritanians of Strela",)),
    ),
    (
        Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),
        Issue("integrity", "Mutual recognition of sovereignty and territorial integrity", keywords=("territorial integrity",)),
        Issue("border", "Delimit and demarcate the state border", keywords=("delimitation",)),
        Issue("prisoners", "Release detainees and prisoners of war", keywords=("prisoners of war",)),
        Issue("heritage", "Protect cultural and religious heritage and monuments", keywords=("cultural heritage",)),
        Issue("balance", "International actors treat both sides' concerns evenly (a one-sided approach is criticised)"),
        Issue("group_rights", "Guarantee the rights, security and reintegration of Strela Ruritanians"),
        Issue("force", "Refrain from the threat or use of force", keywords=("use of force",)),
        Issue("legal", "Withdraw interstate legal claims against each other"),
    ),
)


@pytest.fixture(scope="module")
def vocabulary():
    return IssueVocabulary.from_codebook(BOOK)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text, **meta: pipeline.run(Document.from_text(text, **meta))


def triples(result) -> set[tuple[str, str, str]]:
    return {(p.actor, p.issue, p.stance) for p in result.positions}


def issues_of(vocabulary, text: str) -> dict[str, list[int]]:
    return {h.issue: [c.polarity for c in h.cues] for h in vocabulary.match(text)}


# --- vocabulary -----------------------------------------------------------------------------

def test_taking_sides_names_the_opposite_of_an_even_approach(vocabulary):
    assert issues_of(vocabulary, "They keep taking sides.")["balance"] == [-1]


def test_an_honest_broker_names_the_even_approach(vocabulary):
    assert issues_of(vocabulary, "We need an honest broker.")["balance"] == [1]


def test_special_status_is_a_cue_of_the_group_rights(vocabulary):
    assert "group_rights" in issues_of(vocabulary, "Nobody will grant them a special status.")


def test_border_commissions_are_a_cue_of_delimitation(vocabulary):
    assert "border" in issues_of(vocabulary, "The border commissions met on Monday.")


def test_each_other_is_no_cue(vocabulary):
    assert "legal" not in issues_of(vocabulary, "They respect each other's sovereignty.")


def test_monasteries_and_detainees_are_cues(vocabulary):
    found = issues_of(vocabulary, "The monasteries must be protected and the detainees freed.")
    assert "heritage" in found and "prisoners" in found


# --- holders --------------------------------------------------------------------------------

def test_both_ministers_are_the_ministers_named_before(run):
    text = (
        "Borduria's foreign minister met Syldavia's foreign minister in Klow on Monday. "
        "Syldavia's foreign minister spoke first. Borduria's foreign minister thanked him. "
        "Both ministers urged Ruritania to proceed with the delimitation of the border."
    )
    found = triples(run(text))
    assert {("borduria", "border", "support"), ("syldavia", "border", "support")} <= found
    assert ("ruritania", "border", "support") not in found


def test_the_minister_alone_is_no_plural_reference(run):
    text = (
        "Borduria's foreign minister met Syldavia's foreign minister in Klow on Monday. "
        "Later, the minister called for the delimitation of the border."
    )
    assert len({a for a, i, _ in triples(run(text)) if i == "border"}) <= 1


def test_a_demonym_before_a_resolution_is_its_actor(run):
    text = "The Bordurian resolution demands the release of all detainees held in Strelsau."
    assert ("borduria", "prisoners", "support") in triples(run(text))


def test_each_object_of_a_demand_gets_its_position(run):
    text = (
        "The Bordurian resolution demands the release of all detainees held in Strelsau "
        "and the protection of the monasteries and churches of Strela."
    )
    found = triples(run(text))
    assert {("borduria", "prisoners", "support"), ("borduria", "heritage", "support")} <= found


def test_the_appeal_is_the_one_its_adopter_adopted(run):
    text = (
        "Syldavia's parliament adopted an appeal on Tuesday. "
        "The appeal calls for the release of all prisoners of war."
    )
    assert ("syldavia", "prisoners", "support") in triples(run(text))


def test_a_dateline_word_is_not_the_subject(run):
    text = "KLOW, May 3 - Syldavia's parliament on Monday adopted an appeal that calls for a peace treaty."
    assert ("syldavia", "peace", "support") in triples(run(text))


def test_an_accuser_rejects_the_conduct_it_accuses_of(run):
    text = "Syldavia's parliament adopted an appeal accusing the Bordurian senate of taking sides."
    assert ("syldavia", "balance", "support") in triples(run(text))


def test_accusing_of_breaking_a_ceasefire_is_no_position(run):
    text = "The President of Syldavia accused Bordurian units of violating the ceasefire."
    assert not {t for t in triples(run(text)) if t[1] == "force"}


# --- joint statements and firm words -----------------------------------------------------------

JOINT = "Joint statement of the governments of Ruritania and Borduria\n\n"


def test_a_joint_statement_commits_its_issuers(run):
    text = JOINT + "The commissions on the delimitation of the state border will meet again in March."
    found = triples(run(text))
    assert {("ruritania", "border", "support"), ("borduria", "border", "support")} <= found


def test_a_reporters_forecast_is_no_stance(run):
    text = "The commissions on the delimitation of the state border will meet again in March, officials expect."
    assert not {t for t in triples(run(text)) if t[1] == "border"}


def test_not_for_sale_holds_firmly(run):
    text = '"Our sovereignty is not for sale," Rudolf Rassendyll said on Monday.'
    found = triples(run(text))
    assert ("ruritania", "integrity", "support") in found
    assert ("ruritania", "integrity", "oppose") not in found


def test_the_results_of_a_war_are_no_stance_on_force(run):
    text = "Kurvi Tasch said Borduria rejects any attempt to revise the results of the war."
    assert not {t for t in triples(run(text)) if t[1] == "force"}
