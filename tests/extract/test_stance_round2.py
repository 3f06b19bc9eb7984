"""Round 2 of the position rules: paraphrases that name an issue's opposite pole ("a change to
the recognised borders"), words of a group the label names ("the Ruritanians who left
Strela"), a stance on "that" carried from the previous sentence, "the obstacle to X" (X is
wanted), and a statement whose header names the issuing state.

Texts are about invented states and places (Ruritania, Borduria, Strela) so that no rule can lean on a real text.
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.issues import IssueVocabulary

BOOK = Codebook(
    "toy-round2",
    (
        Actor("ruritania", "Ruritania", "state", ("Strelsau", "Ruritanian government"), ("Rudolf Rassendyll",),
              demonyms=("Ruritanian", "Ruritanians")),
        Actor("borduria", "Borduria", "state", ("Szohod", "Bordurian side", "Republic of Borduria"), ("Kurvi Tasch",),
              demonyms=("Bordurian",)),
        Actor("strelans", "Strela Ruritanians", "community", ("Ruritanians of Strela",)),
        Actor("league", "League of Nations", "organisation", ("the League",)),
    ),
    (
        Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),
        Issue("integrity", "Mutual recognition of sovereignty and territorial integrity", keywords=("territorial integrity",)),
        Issue("border", "Delimit the state border", keywords=("delimitation",)),
        Issue("group_rights", "Guarantee the rights and security of Strela Ruritanians", keywords=("reintegration",)),
        Issue("return", "Right of return for displaced people", keywords=("right of return",)),
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


# --- cues ---------------------------------------------------------------------------------

def test_a_change_to_the_borders_names_the_opposite_of_their_inviolability(vocabulary):
    found = issues_of(vocabulary, "Strelsau will not accept any change to the internationally recognised borders.")
    assert found.get("integrity") and all(p < 0 for p in found["integrity"])
    assert "border" not in found  # "borders" belongs to the paraphrase, not to delimitation


def test_recognised_borders_name_the_pole_itself(vocabulary):
    assert all(p > 0 for p in issues_of(vocabulary, "Both sides respect the recognised borders.")["integrity"])


def test_a_gap_of_more_than_four_words_is_no_paraphrase(vocabulary):
    found = issues_of(vocabulary, "A change in the tone of the old talks about borders came late.")
    assert "integrity" not in found


def test_the_group_a_label_names_is_found_in_other_word_orders(vocabulary):
    found = issues_of(vocabulary, "The rights of the Ruritanians who left Strela must be protected.")
    assert "group_rights" in found


def test_the_group_alone_far_apart_is_no_cue(vocabulary):
    found = issues_of(vocabulary, "Ruritanians met in Strelsau on Monday, and later that week in Strela.")
    assert "group_rights" not in found


# --- stances ------------------------------------------------------------------------------

def test_refusing_a_change_to_the_borders_supports_territorial_integrity(run):
    found = triples(run("Borduria will not accept any change to the internationally recognised borders of the region."))
    assert ("borduria", "integrity", "support") in found
    assert not any(issue == "border" for _, issue, _ in found)


def test_the_rights_of_a_group_named_by_a_paraphrase(run):
    found = triples(run("The League says that the rights of the Ruritanians who left Strela must be protected."))
    assert ("league", "group_rights", "support") in found


def test_never_refusing_that_carries_the_previous_sentence_issue(run):
    text = "Strelsau wants a peace treaty signed this year. Szohod has never refused that."
    assert ("borduria", "peace", "support") in triples(run(text))


def test_rejecting_that_carries_the_previous_issue_as_opposition(run):
    text = "Strelsau wants a peace treaty signed this year. Szohod rejects that."
    assert ("borduria", "peace", "oppose") in triples(run(text))


def test_a_relative_that_is_no_reference_back(run):
    text = "Strelsau wants a peace treaty signed this year. Szohod criticised rhetoric that undermines trust."
    assert not any(actor == "borduria" for actor, _, _ in triples(run(text)))


def test_an_obstacle_to_return_is_no_opposition_to_return(run):
    text = "Opinion\n\nBy Anna Vale\n\nThe old minefields remain the biggest obstacle to the right of return."
    found = triples(run(text, camp="ruritania", genre="op-ed"))
    assert ("ruritania", "return", "oppose") not in found


def test_an_actor_that_is_the_obstacle_holds_no_position(run):
    found = triples(run("Szohod remains the main obstacle to a peace treaty, the League said."))
    assert ("borduria", "peace", "support") not in found and ("borduria", "peace", "oppose") not in found


def test_a_statement_speaks_for_the_state_its_header_names(run):
    text = ("Statement on the talks\n\nMinistry of Foreign Affairs of the Republic of Borduria\n\n"
            "We are ready to sign the peace treaty as soon as the last article has been agreed.")
    assert ("borduria", "peace", "support") in triples(run(text))
