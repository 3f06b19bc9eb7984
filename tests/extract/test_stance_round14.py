"""Round 14 of the position rules: words that name, date or read a treaty without a stance on it.

* a newspaper naming itself ("this newspaper", "the editors") in an editorial is the writers' "we";
* phrasal verbs of rejection ("vote the treaty down", "tear up the accord") turn their object;
* "called the treaty a surrender": a derogatory name as an object predicate rejects the object;
* a cue that only dates another act ("the road opens once the treaty is signed") is no stance on it,
  unless the main act is itself a signing (a precondition);
* "a peace treaty … the agreement": a treaty named with its subject is referred back to by "the
  agreement", "the signing"; named for two issues it is ambiguous and refers to neither;
* a stance in a relative clause on the cue's noun leaves the main clause's holder open;
* "I have not read the text": a text not read or not seen is no stance on it.

Texts are about invented states, bodies and people (Ruritania, Borduria).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Issue
from parley.extract.holder_self import self_reference
from parley.extract.stance_phrasal import rejecting_phrasal
from parley.extract.stance_timeframe import time_frame
from round_helpers import about, toy_fixtures, word

BOOK = Codebook(
    "toy-round14",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania",), ("Anna Black",), ("Strelsau",),
              ("Ruritanian",)),
        Actor("ru_opposition", "Ruritanian opposition", "party", ("Homeland Bloc",), ("Karel Vost",),
              camp="ruritania"),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",),
              ("Bordurian",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty", "peace agreement")),
        Issue("border", "Delimit and demarcate the border", keywords=("border treaty", "delimitation")),
        Issue("transport", "Open transport and communication links (roads, railways) through the region",
              keywords=("railway",)),
    ),
    outlet_camps=(("Strelsau Monitor", "ruritania"), ("Lake Wire", "independent")),
)


pipeline, run, parse = toy_fixtures(BOOK)


# --- the outlet's own voice --------------------------------------------------------------

@pytest.mark.parametrize("sentence, noun", [
    ("This newspaper has always supported the railway.", "newspaper"),
    ("These pages have argued for the railway for years.", None),
    ("The editors believe the railway must open.", "editors"),
    ("The editorial board backs the railway.", "board"),
])
def test_an_outlet_naming_itself_is_a_self_reference(parse, sentence, noun):
    doc = parse(sentence)
    if noun is not None:
        assert self_reference(word(doc, noun))


@pytest.mark.parametrize("sentence, noun", [
    ("She told the newspaper that she was tired.", "newspaper"),
    ("A newspaper in Szohod printed the map.", "newspaper"),
    ("The board of the railway met on Monday.", "board"),
])
def test_another_outlet_is_no_self_reference(parse, sentence, noun):
    assert not self_reference(word(parse(sentence), noun))


# --- phrasal verbs of rejection ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Homeland Bloc voted the peace treaty down.",
    "The Homeland Bloc will tear up the peace treaty.",
    "The Homeland Bloc threw the peace treaty out.",
])
def test_a_phrasal_verb_of_rejection_opposes_its_object(run, sentence):
    assert ("ru_opposition", "peace", "oppose") in about(run(sentence), sentence, "Homeland")


@pytest.mark.parametrize("sentence, verb, obj", [
    ("They voted the peace treaty down.", "voted", "treaty"),
    ("They turned down the peace treaty.", "turned", "treaty"),
])
def test_rejecting_phrasal_needs_the_particle(parse, sentence, verb, obj):
    doc = parse(sentence)
    assert rejecting_phrasal(word(doc, verb), word(doc, obj))


def test_a_verb_without_its_particle_is_no_rejection(parse):
    doc = parse("They voted for the peace treaty.")
    assert not rejecting_phrasal(word(doc, "voted"), word(doc, "treaty"))


# --- derogatory names -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Karel Vost called the peace treaty a surrender.",
    "Karel Vost branded the peace treaty a betrayal.",
])
def test_naming_a_treaty_a_surrender_opposes_it(run, sentence):
    found = about(run(sentence), sentence, "Karel")
    assert ("ru_opposition", "peace", "oppose") in found
    assert ("ru_opposition", "peace", "support") not in found


# --- a cue that only dates another act ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ruritania will open the railway as soon as the peace treaty is signed.",
    "Ruritania will open the railway once the peace treaty is signed.",
])
def test_a_treaty_that_dates_the_railway_is_no_stance_on_it(run, sentence):
    found = about(run(sentence), sentence, "railway")
    assert ("ruritania", "transport", "support") in found
    assert not any(issue == "peace" for _, issue, _ in found)


def test_time_frame_finds_the_dated_clause(parse):
    doc = parse("Ruritania will open the railway once the peace treaty is signed.")
    railway = word(doc, "railway").i
    assert time_frame(word(doc, "peace"), frozenset({railway}))
    assert not time_frame(word(doc, "peace"), frozenset())


def test_a_signing_once_a_condition_is_met_is_left_to_the_precondition(parse):
    doc = parse("Ruritania will sign the border treaty once the peace treaty is ready.")
    assert not time_frame(word(doc, "peace"), frozenset({word(doc, "border").i}))


# --- the treaty referred back to ---------------------------------------------------------

def test_the_agreement_refers_back_to_the_peace_treaty(run):
    text = ("Borduria and Ruritania negotiated a peace treaty for two years. "
            "Kurvi Tasch said Borduria rejects the agreement in its present form.")
    assert ("borduria", "peace", "oppose") in about(run(text), text, "rejects")


def test_the_agreement_after_two_treaties_refers_to_neither(run):
    text = ("The talks covered a peace treaty and a border treaty. "
            "Kurvi Tasch said Borduria rejects the agreement in its present form.")
    assert not any(issue in {"peace", "border"} for _, issue, _ in about(run(text), text, "rejects"))


# --- a text not read ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Karel Vost said he had not read the peace treaty.",
    "Karel Vost said nobody in the Homeland Bloc has seen the peace treaty yet.",
])
def test_a_treaty_not_read_is_no_stance(run, sentence):
    assert not about(run(sentence), sentence, "Karel")


def test_wanting_to_see_a_treaty_signed_is_still_a_wish(run):
    sentence = "Karel Vost said the Homeland Bloc wants to see the peace treaty signed."
    assert ("ru_opposition", "peace", "support") in about(run(sentence), sentence, "Karel")
