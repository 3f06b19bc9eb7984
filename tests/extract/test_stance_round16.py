"""Round 16 of the position rules (tuned on challenge15): issue cues the codebook's words imply, denied claims.

* "Nobody can tell us that X is not serious about Y": a claim whose verb is denied (a negative
  subject or "not") is no one's stance, as a denied conclusion already was.
* "force will never again be used", "Borduria used force": a keyword "ACT of THING" ("use of
  force") said with the verb, the thing first in the passive ("be" before the participle) or the
  verb right before it in the active
  (:mod:`parley.extract.issue_nominal`); a derived noun ("establishment of peace") has no such form.

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

import pytest

from parley.core.types import Codebook, Issue
from parley.extract.issue_nominal import verbal_forms
from parley.extract.issues import IssueVocabulary
from round_helpers import TOY_STATES, about, toy_fixtures

BOOK = Codebook(
    "toy-round16",
    (
        *TOY_STATES,
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty", "peace agreement")),
        Issue("calm", "Refrain from the threat or use of force", keywords=("use of force", "ceasefire")),
        Issue("hostages", "Free the hostages", keywords=("exchange of hostages",)),
    ),
)


pipeline, run, parse = toy_fixtures(BOOK)


# --- a nominal keyword said with its verb ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Syldavia must make it clear that force will never again be used against its neighbours.",
    "Ruritania promised that force would not be used on the lake.",
    "Borduria said force must never be used to settle the quarrel.",
])
def test_force_never_used_is_the_issue(run, sentence):
    found = {h.issue for h in IssueVocabulary.from_codebook(BOOK).match(sentence)}
    assert "calm" in found


@pytest.mark.parametrize("sentence, issue", [
    ("Borduria used force at the lake last spring.", "calm"),
    ("Using force will settle nothing, Ruritania said.", "calm"),
    ("The hostages were exchanged at the bridge on Monday.", "hostages"),
])
def test_active_and_passive_verbal_forms_match(sentence, issue):
    assert issue in {h.issue for h in IssueVocabulary.from_codebook(BOOK).match(sentence)}


def test_force_never_used_supports_refraining(run):
    sentence = "Syldavia insists that force will never again be used against its neighbours."
    found = about(run(sentence), sentence, "Syldavia")
    assert ("syldavia", "calm", "oppose") not in found


def test_verbal_forms_need_a_bare_act_noun():
    assert verbal_forms("use of force")[0] == (("force", "be", "used"), True)
    assert verbal_forms("establishment of peace") == []  # a derived noun
    assert verbal_forms("prisoners of war") == []  # a plural, no act
    assert verbal_forms("peace treaty") == []


def test_thing_before_an_active_verb_is_no_passive():
    book = Codebook("toy-swap", (), (Issue("swap", "Close the old quarrel", keywords=("exchange of hostages",)),))
    vocabulary = IssueVocabulary.from_codebook(book)
    assert "swap" not in {h.issue for h in vocabulary.match("The hostages exchanged glances with the guards.")}
    assert "swap" in {h.issue for h in vocabulary.match("The hostages were exchanged at dawn.")}


# --- a denied claim --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Nobody can tell us that Ruritania is not serious about the peace treaty.",
    "No one can say that Borduria does not want the peace treaty.",
    "Kurvi Tasch said that nobody can claim Borduria rejects the peace treaty.",
])
def test_denied_claim_of_refusal_is_no_refusal(run, sentence):
    found = about(run(sentence), sentence, "peace treaty")
    assert not any(i == "peace" and s == "oppose" for _, i, s in found)


def test_claim_not_denied_still_counts(run):
    sentence = "Syldavia argued that Borduria does not want the peace treaty."
    assert ("borduria", "peace", "oppose") in about(run(sentence), sentence, "Syldavia")


def test_denied_claim_needs_a_verb_of_claiming(parse):
    from parley.extract.stance_attachment import no_stance
    from round_helpers import word
    doc = parse("Nobody can tell us that Ruritania is not serious about the peace treaty.")
    assert no_stance(word(doc, "is"), word(doc, "serious"))
    doc = parse("Ruritania can tell that Borduria is not serious about the peace treaty.")
    assert not no_stance(word(doc, "is"), word(doc, "serious"))
    doc = parse("Nobody can promise that Borduria is serious about the peace treaty.")
    assert not no_stance(word(doc, "is"), word(doc, "serious"))


def test_denied_claim_inside_a_quote_is_no_refusal(run):
    text = 'Anna Black of Ruritania said: "Nobody can tell us that Ruritania is not serious about the peace treaty."'
    assert not any(i == "peace" and s == "oppose" for _, i, s in about(run(text), text, "Nobody"))
