"""Round 18: a body named by the common words of its alias alone ("the monitors", "the monitoring
mission" for the alias "EU monitoring mission") is listed as an actor of the text, with kind
``reference``, where the document names the body or its parent; it is no stance holder
(actor_definite). A document named with a capital ("the Treaty on Peace and Interstate Relations")
is the treaty a label speaks of, where other label words in a name stay a name ("the Klow War")
(issues). Invented states and bodies, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, toy_fixtures

from parley.core.types import Actor, Codebook, Issue
from parley.extract.actor_definite import definite_bodies

BOOK = Codebook(
    "round18definite",
    TOY_STATES + (
        Actor("eu", "Eastern Union", "organisation", ("EU",)),
        Actor("eum", "EU Monitoring Mission", "organisation", ("EU monitoring mission", "EU monitors")),
        Actor("un", "United Nations", "organisation", ("UN",)),
        Actor("unob", "UN observers", "organisation", ("UN observers", "UN border observers")),
    ),
    (Issue("presence", "Keep foreign monitors' presence in the region", keywords=("monitors", "monitoring mission")),),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_the_common_words_of_aliases_name_their_body():
    bodies = definite_bodies(BOOK)
    assert bodies["monitors"][1] == "eum" and bodies["monitoring mission"][1] == "eum"
    assert bodies["mission"] == ("eu", "eum", True)  # the head alone, with a condition
    assert bodies["observers"][1] == "unob"


def test_words_two_bodies_share_name_neither():
    book = Codebook("shared", BOOK.actors + (Actor("oscemon", "OSCE monitors", "organisation", ("UN monitors",)),),
                    BOOK.issues)
    assert "monitors" not in definite_bodies(book)


@pytest.mark.parametrize("text", [
    "Borduria's foreign ministry said the monitoring mission was a relic. The EU disagreed.",
    "The EU monitors patrol the line. Borduria wants the mission gone by February.",
    "On the monitors: the EU says the mission will stay until February.",
])
def test_a_definite_reference_lists_the_body(run, text):
    result = run(text)
    assert "eum" in result.actors()
    assert all(m.kind == "reference" for m in result.mentions if m.actor == "eum" and m.text.islower())


@pytest.mark.parametrize("text", [
    "Borduria said the monitoring mission was a relic.",          # neither the body nor its parent named
    "The EU said the mission of the talks was peace.",            # the head alone without the full words
    "Borduria said monitors from anywhere were unwelcome, the EU noted.",  # no article: any monitors
])
def test_no_reference_without_its_conditions(run, text):
    assert "eum" not in run(text).actors()


def test_a_reference_is_no_stance_holder(run):
    text = "The EU monitors patrol the line. The mission stays until February, Anna Black said."
    assert "eum" not in {p.actor for p in run(text).positions}


TREATY_BOOK = Codebook("round18treaty", TOY_STATES, (Issue("treaty", "Conclude a comprehensive peace treaty"),))


@pytest.mark.parametrize("text", [
    "The Parties welcomed the signing of the Treaty on Peace and Interstate Relations between Ruritania and Borduria.",
    "Ruritania and Borduria signed the Agreement on Peace and Good Neighbourliness in Klow.",
    "Borduria said it would honour the Treaty of Klow in full.",
])
def test_a_named_treaty_speaks_to_the_treaty_label(text):
    from parley.extract.issues import IssueVocabulary

    hits = IssueVocabulary.from_codebook(TREATY_BOOK).match(text)
    assert [h.issue for h in hits] == ["treaty"]


def test_a_war_of_a_name_stays_a_name():
    from parley.extract.issues import IssueVocabulary

    book = Codebook("round18war", TOY_STATES, (Issue("force", "Refrain from war and the use of force"),))
    assert IssueVocabulary.from_codebook(book).match("Veterans of the Klow War met on Sunday.") == []
