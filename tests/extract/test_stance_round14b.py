"""Round 14b of the position rules: acts, relatives, litotes and clefts that hide or show a stance.

* an act of handing over ("exchange", "release") whose patient is no captive ("ambassadors will be
  exchanged", "the exchange of instruments of ratification") is no cue of releasing prisoners;
* "a call from the President of X, who congratulated him": a personal relative pronoun after a comma
  stands for the noun before the comma, even where the parse hangs its clause on the larger phrase;
* "made no secret of wanting X", "has never hidden that it wants X": negated concealment affirms;
* "What Ruritania opposes is X": a pseudo-cleft's "what" clause holds the stance on the complement;
* "the treaty commits X and Y to recognise …": the parties a text binds hold what it binds them to;
* "settle any dispute without force": a "without" in a paraphrase's gap turns the paraphrase;
* "I will not pretend that the treaty does X": pretence states no position on its clause;
* "mourn the treaty", "lament the deal" reject it ("not among those who mourn it" then supports it).

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

import pytest

from parley.core.types import Codebook, Issue
from parley.extract.holder_relative import comma_antecedent
from parley.extract.stance_bound import bound_party
from parley.extract.stance_cleft import cleft_clause
from parley.extract.stance_litotes import conceals
from parley.extract.stance_patients import not_captives
from parley.extract.stance_pretence import pretended
from round_helpers import TOY_STATES, about, toy_fixtures, word

BOOK = Codebook(
    "toy-round14b",
    (
        *TOY_STATES,
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty", "peace agreement")),
        Issue("prisoners", "Release detainees and prisoners of war", keywords=("detainees", "release", "exchange")),
        Issue("force", "Refrain from the threat or use of force", keywords=("use of force",)),
        Issue("integrity", "Mutual recognition of territorial integrity", keywords=("territorial integrity",)),
        Issue("transport", "Open transport and communication links (roads, railways) through the region",
              keywords=("railway",)),
    ),
)


pipeline, run, parse = toy_fixtures(BOOK)


# --- handing over something that is no captive -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Anna Black said ambassadors would be exchanged by 1 September.",
    "Anna Black instructed the ministry to complete the exchange of instruments of ratification.",
    "Kurvi Tasch predicted that the instruments of ratification would be exchanged within days.",
    "Ruritania and Borduria exchanged letters on Monday.",
])
def test_exchanging_papers_or_envoys_is_no_release_of_captives(run, sentence):
    assert not any(issue == "prisoners" for _, issue, _ in about(run(sentence), sentence, sentence[:10]))


@pytest.mark.parametrize("sentence, owner", [
    ("Borduria called for the exchange of all detainees.", "borduria"),
    ("Anna Black wants the detainees to be exchanged.", "ruritania"),
    ("Kurvi Tasch demanded the release of the detainees.", "borduria"),
])
def test_exchanging_captives_stays_a_release(run, sentence, owner):
    assert (owner, "prisoners", "support") in about(run(sentence), sentence, sentence[:10])


@pytest.mark.parametrize("sentence, verb, expected", [
    ("They exchanged notes on Monday.", "exchanged", True),
    ("The exchange of ambassadors follows.", "exchange", True),
    ("The exchange of prisoners follows.", "exchange", False),
    ("They called for an exchange.", "exchange", False),
])
def test_not_captives_reads_the_patient(parse, sentence, verb, expected):
    assert not_captives(word(parse(sentence), verb)) is expected


# --- a personal relative after a comma ----------------------------------------------------

@pytest.mark.parametrize("sentence, actor", [
    ("On the same day, Anna Black received a telephone call from the President of Borduria, who congratulated "
     "her on the ratification of the peace treaty.", "borduria"),
    ("Anna Black took a letter from the Foreign Minister of Syldavia, who praised the peace treaty.", "syldavia"),
    ("Anna Black met the President of Borduria, who welcomed the peace treaty.", "borduria"),
])
def test_who_after_a_comma_stands_for_the_noun_before_it(run, sentence, actor):
    assert (actor, "peace", "support") in about(run(sentence), sentence, "who")


def test_which_is_left_to_the_parse(parse):
    doc = parse("Anna Black received a call from the President of Borduria, which lasted an hour.")
    assert comma_antecedent(word(doc, "which")) is None


def test_who_without_a_comma_is_left_to_the_parse(parse):
    doc = parse("The minister who signed the peace treaty resigned.")
    assert comma_antecedent(word(doc, "who")) is None


# --- negated concealment -----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Borduria has made no secret of wanting the railway.",
    "Borduria makes no secret of its support for the railway.",
    "Borduria has never hidden that it wants the railway opened.",
    "Borduria did not conceal its wish for the railway.",
])
def test_negated_concealment_affirms(run, sentence):
    found = about(run(sentence), sentence, "Borduria")
    assert ("borduria", "transport", "support") in found
    assert ("borduria", "transport", "oppose") not in found


def test_negated_concealment_keeps_an_opposition(run):
    sentence = "Borduria does not conceal its opposition to the railway."
    assert ("borduria", "transport", "oppose") in about(run(sentence), sentence, "Borduria")


def test_other_negations_still_turn(run):
    sentence = "Borduria has never wanted the railway."
    assert ("borduria", "transport", "oppose") in about(run(sentence), sentence, "Borduria")


@pytest.mark.parametrize("text, expected", [("secret", True), ("hidden", True), ("conceal", True), ("want", False)])
def test_conceals(parse, text, expected):
    assert conceals(word(parse(f"They {text} it."), text)) is expected


# --- pseudo-clefts -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, stance", [
    ("What Syldavia opposes is the railway.", "oppose"),
    ("What Syldavia does not accept is the railway.", "oppose"),
    ("What Syldavia wants is a peace treaty signed this year.", "support"),
    ("What Syldavia rejected was the railway.", "oppose"),
])
def test_a_cleft_clause_holds_the_stance_on_its_complement(run, sentence, stance):
    found = about(run(sentence), sentence, "Syldavia")
    assert any(actor == "syldavia" and s == stance for actor, _, s in found)
    assert not any(actor == "syldavia" and s != stance for actor, _, s in found)


def test_a_cleft_without_a_stance_verb_walks_nowhere(parse):
    doc = parse("What happened next was the railway.")
    assert cleft_clause(word(doc, "was"), word(doc, "railway"), set()) is None


def test_a_cleft_of_need_is_no_stance_clause(parse):
    doc = parse("What Syldavia needs is the railway.")
    assert cleft_clause(word(doc, "is"), word(doc, "railway"), set()) is None


# --- a text that binds the parties -------------------------------------------------------

@pytest.mark.parametrize("sentence, parties", [
    ("The accord commits Ruritania and Borduria to recognise each other's territorial integrity.",
     {"ruritania", "borduria"}),
    ("The treaty was signed in May. It commits Syldavia to respect Borduria's territorial integrity.", {"syldavia"}),
    ("The new text obliges Borduria to recognise the territorial integrity of Syldavia.", {"borduria"}),
    ("Under the annex, the protocol binds Ruritania to honour Syldavia's territorial integrity.", {"ruritania"}),
])
def test_the_parties_a_text_binds_hold_the_commitment(run, sentence, parties):
    found = about(run(sentence), sentence, "territorial")
    assert {(p, "integrity", "support") for p in parties} <= found


def test_an_actor_that_commits_another_holds_nothing_for_it(parse):
    doc = parse("Syldavia urged Borduria to recognise the territorial integrity of Ruritania.")
    assert bound_party(word(doc, "urged"), word(doc, "recognise")) is None


def test_a_binding_reached_through_a_relative_clause_is_an_aside(run):
    sentence = ("The annex binds both sides to share data on the waste that reaches the rivers from the "
                "railway of Syldavia.")
    found = about(run(sentence), sentence, "annex")
    assert not any(issue == "transport" for _, issue, _ in found)


# --- a negation inside a paraphrase's gap -------------------------------------------------

@pytest.mark.parametrize("sentence, owner", [
    ("Ruritania and Borduria pledged to settle any dispute without force.", "borduria"),
    ("Syldavia vowed to resolve the quarrel without force.", "syldavia"),
    ("Kurvi Tasch promised to solve every dispute with Syldavia without force.", "borduria"),
])
def test_a_gap_without_force_turns_the_paraphrase(run, sentence, owner):
    found = about(run(sentence), sentence, sentence[:8])
    assert (owner, "force", "support") in found
    assert (owner, "force", "oppose") not in found


def test_a_gap_without_negation_keeps_the_paraphrase(run):
    sentence = "Borduria refused to settle the dispute by force."
    assert ("borduria", "force", "support") in about(run(sentence), sentence, "Borduria")


# --- pretence -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Anna Black said she would not pretend that the peace treaty brings everyone home.",
    "Kurvi Tasch said Borduria cannot pretend that the peace treaty has solved every problem.",
    "Ottokar Wiesel said nobody should pretend the peace treaty ends the quarrel.",
])
def test_pretence_states_no_position_on_its_clause(run, sentence):
    assert not any(issue == "peace" for _, issue, _ in about(run(sentence), sentence, "pretend"))


def test_a_claim_still_reports_its_content(run):
    sentence = "Kurvi Tasch said that Borduria would sign the peace treaty."
    assert ("borduria", "peace", "support") in about(run(sentence), sentence, "Kurvi")


def test_pretended_needs_its_clause(parse):
    doc = parse("They pretended that the treaty was signed.")
    assert pretended(word(doc, "pretended"), word(doc, "signed"))
    assert not pretended(word(doc, "pretended"), None)


# --- mourning a treaty --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, stance", [
    ("Anna Black said Syldavia mourns the peace treaty.", "oppose"),
    ("Ottokar Wiesel lamented the peace agreement.", "oppose"),
    ("Ottokar Wiesel said he was not among those who mourn the peace treaty.", "support"),
])
def test_mourning_a_treaty_rejects_it(run, sentence, stance):
    found = {(s) for a, i, s in about(run(sentence), sentence, "peace") if a == "syldavia" and i == "peace"}
    assert found == {stance}
