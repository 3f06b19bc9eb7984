"""Rules added for the challenge set (issue 3): relative clauses of stance, "it" as a holder,
negative subjects, "rather than", reaching an agreement, statements in an institution's own
voice, forecasts, and the issue cues (plural nouns, capitalised keywords, synonyms).

Texts are about invented states (Ruritania, Borduria) so that no rule can lean on a real text.
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.turn_labels import is_speaker_label
from parley.extract.issues import IssueVocabulary

BOOK = Codebook(
    "toy-more",
    (
        Actor("ruritania", "Ruritania", "state", ("Strelsau", "Ruritanian government"), ("Rudolf Rassendyll",),
              demonyms=("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Szohod", "Bordurian side"), ("Kurvi Tasch",), demonyms=("Bordurian",)),
        Actor("league", "League of Nations", "organisation", ("the League",)),
    ),
    (
        Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),
        Issue("border", "Delimit the state border", keywords=("border commissions", "delimitation")),
        Issue("monitors", "Keep foreign monitors' presence in the region", keywords=("monitors",)),
        Issue("claims", "Renounce territorial claims, amending the constitution", keywords=("constitution", "referendum")),
        Issue("missing", "Release detainees and find the missing", keywords=("remains", "detainees")),
        Issue("justice", "Hold perpetrators of wartime abuses to account", keywords=("war crimes",)),
        Issue("return", "Right of return for displaced people", keywords=("right of return",)),
    ),
    affiliation_camps=(("Institute of Ruritanian Studies", "ruritania"),),
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text, **meta: pipeline.run(Document.from_text(text, **meta))


def triples(result) -> set[tuple[str, str, str]]:
    return {(p.actor, p.issue, p.stance) for p in result.positions}


OPINION = {"author": "Anna Vale", "affiliation": "Institute of Ruritanian Studies", "genre": "op-ed"}


# --- holders -----------------------------------------------------------------------------
def test_relative_clause_of_support_gives_its_subject_the_position(run):
    found = triples(run("The talks are a step towards a peace treaty, which Szohod has consistently supported."))
    assert ("borduria", "peace", "support") in found


def test_relative_clause_of_rejection_gives_the_opposite(run):
    found = triples(run("Szohod wants changes to the constitution, which Strelsau rejects as interference."))
    assert ("ruritania", "claims", "oppose") in found and ("ruritania", "claims", "support") not in found


def test_it_stands_for_the_state_named_as_subject_before_it(run):
    found = triples(run("Borduria has done its part: it proposed the principles of a peace treaty last year."))
    assert ("borduria", "peace", "support") in found


def test_empty_it_is_no_holder(run):
    assert triples(run("Ruritania met Borduria. It is important to sign a peace treaty.")) == set()


def test_negative_subject_turns_the_stance(run):
    found = triples(run("No Ruritanian government can accept a peace treaty on these terms."))
    assert found == {("ruritania", "peace", "oppose")}


def test_regretting_that_no_progress_was_made_is_support(run):
    found = triples(run("The League regrets that no progress has been made on the release of the detainees."))
    assert found == {("league", "missing", "support")}


def test_rather_than_sets_the_cue_aside(run):
    found = triples(run("Szohod wants bilateral talks rather than foreign monitors."))
    assert ("borduria", "monitors", "oppose") in found and ("borduria", "monitors", "support") not in found


def test_parties_reaching_an_agreement_support_it(run):
    text = "The League welcomes the agreement reached by the border commissions of Ruritania and Borduria."
    found = triples(run(text))
    assert {("ruritania", "border", "support"), ("borduria", "border", "support"), ("league", "border", "support")} <= found


# --- authors -----------------------------------------------------------------------------
def test_nor_opening_a_sentence_negates_it(run):
    text = "Ruritania deserves calm. Nor is there any need for foreign monitors in the valley."
    assert ("ruritania", "monitors", "oppose") in triples(run(text, **OPINION))


def test_a_forecast_about_the_issue_is_no_author_position(run):
    assert triples(run("The war is over. A peace treaty will be signed in the spring.", **OPINION)) == set()
    assert triples(run("The war is over. A peace treaty should be signed in the spring.", **OPINION)) == {
        ("ruritania", "peace", "support")}


def test_headline_with_a_colon_is_no_speaker_turn(run):
    text = ("Borduria's choice: a treaty or nothing\n\nThe war is over, and the region is tired. "
            "A peace treaty should be signed in the spring, whatever the cost.")
    found = triples(run(text, **OPINION))
    assert found == {("ruritania", "peace", "support")}


def test_speaker_labels_are_capitalised_names():
    assert is_speaker_label("SECRETARY TASCH") and is_speaker_label("Minister of Foreign Affairs")
    assert not is_speaker_label("Borduria's choice") and not is_speaker_label("Why it matters")


def test_an_institution_statement_argues_in_its_own_voice(run):
    body = "Borduria met Ruritania in Szohod.\n\nThe Bordurian side hopes for calm. A peace treaty should be signed without delay."
    stated = triples(run("Statement of the Bordurian side on the talks\n\n" + body, camp="borduria"))
    reported = triples(run("Talks between the two sides resume\n\n" + body, camp="borduria"))
    assert ("borduria", "peace", "support") in stated and ("borduria", "peace", "support") not in reported


# --- issue cues --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def vocabulary():
    return IssueVocabulary.from_codebook(BOOK)


def issues_in(vocabulary, text: str) -> set[str]:
    return {h.issue for h in vocabulary.match(text)}


def test_a_plural_keyword_does_not_match_verb_forms(vocabulary):
    assert "missing" not in issues_in(vocabulary, "The talks remained difficult and the mood is remaining tense.")
    assert "missing" in issues_in(vocabulary, "The remains of soldiers were handed over.")


def test_a_noun_keyword_used_as_a_verb_is_no_cue(run):
    assert not any(p.issue == "missing" for p in run("Strelsau insists that the talks must remain secret.").positions)


def test_a_capitalised_keyword_standing_alone_matches(vocabulary):
    assert "claims" in issues_in(vocabulary, "Szohod demands changes to the Constitution of Ruritania.")
    assert "claims" not in issues_in(vocabulary, "He spoke to the Constitution Court President Pavel.")


def test_a_generic_label_verb_alone_is_no_cue(vocabulary):
    assert "justice" not in issues_in(vocabulary, "Strelsau should hold talks soon.")


@pytest.mark.parametrize("text, issue", [
    ("Those responsible must be brought to justice.", "justice"),
    ("The displaced must be able to go back to their homes.", "return"),
    ("Szohod will not allow the presence of foreign troops on its soil.", "monitors"),
])
def test_general_synonyms_of_label_words(vocabulary, text, issue):
    assert issue in issues_in(vocabulary, text)
