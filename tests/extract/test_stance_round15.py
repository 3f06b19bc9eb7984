"""Round 15 of the position rules (tuned on challenge14): phrases that back, remove or name a holder.

* "stands fully behind the treaty", "rallied around the plan": a verb with "behind"/"around" backs
  its object (the verb alone is neutral: "stands on the bridge");
* "wants the monitors gone", "would like the troops out": a small clause of removal under a wish
  opposes its subject ("wants the monitors to stay" still supports it);
* "the monitors should pack up", "must go home": a phrasal verb of leaving ends its subject's presence;
* "The government should:" then "1. Open the railway …": list items under a lead-in of obligation
  argue as the lead-in's sentence would, though they carry no modal themselves;
* "3. Pay for X; the money pledged does not cover it": an imperative before a semicolon keeps its
  sign when the parser hangs it under the negated clause after the semicolon;
* "once the peace treaty's council has met": a cue that owns the subject of a time clause only dates
  the main clause's act, like the subject itself (round 14's time frame);
* "An empty chair has never freed a prisoner": a negated verb with an indefinite subject is a maxim,
  no refusal of its cue ("Borduria does not want the treaty" still refuses it);
* "the Government" named again after an opposition bloc's "shadow government" is the state's;
* "the Mission" in a text that names the "Lakeside Monitoring Mission": a definite institution noun
  is the one mentioned actor whose name has that word, not whichever actor was named last.

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Issue
from parley.extract.holder_namesake import namesake
from parley.extract.stance_clauses import before_semicolon
from parley.extract.stance_lead_in import listed_under_modal
from parley.extract.stance_phrasal import backs_object
from parley.extract.stance_small_clause import departs, wished_removal
from parley.extract.stance_generic import generic_denial
from parley.extract.stance_timeframe import time_frame
from round_helpers import TOY_STATES, about, toy_fixtures, word

BOOK = Codebook(
    "toy-round15",
    (
        *TOY_STATES,
        Actor("ru_opposition", "Ruritanian opposition", "party", ("Homeland Bloc",), ("Karel Vost",),
              camp="ruritania"),
        Actor("lmm", "Lakeside Monitoring Mission", "organisation", ("LMM",), ("Greta Holm",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty", "peace agreement")),
        Issue("monitors", "Presence of third-party monitors on the border", keywords=("monitors", "observers")),
        Issue("border", "Delimit and demarcate the border", keywords=("demarcation",)),
        Issue("mines", "Clear landmines", keywords=("mine clearance", "demining")),
        Issue("prisoners", "Release detainees", keywords=("prisoner", "detainees")),
    ),
    outlet_camps=(("Lake Policy Institute", "ruritania"),),
)


pipeline, run, parse = toy_fixtures(BOOK)


# --- backing by a preposition -----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Syldavia stands fully behind the peace treaty between its two neighbours.",
    "Borduria stood behind the peace treaty when it was signed.",
    "Ruritania got behind the peace treaty within a week.",
])
def test_standing_behind_a_treaty_supports_it(run, sentence):
    found = about(run(sentence), sentence, "peace")
    assert ("peace", "support") in {(i, s) for _, i, s in found}
    assert ("peace", "oppose") not in {(i, s) for _, i, s in found}


def test_backs_object_needs_its_preposition(parse):
    doc = parse("Syldavia stands behind the peace treaty.")
    assert backs_object(word(doc, "stands"), word(doc, "behind"))
    doc = parse("Syldavia stands on the bridge near the peace treaty monument.")
    assert not backs_object(word(doc, "stands"), word(doc, "on"))


# --- a wished removal as a small clause ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Borduria wants the monitors gone.",
    "Kurvi Tasch said Borduria wants the observers out.",
    "Borduria wanted the monitors gone before the winter.",
])
def test_wanting_monitors_gone_opposes_them(run, sentence):
    found = about(run(sentence), sentence, sentence.split()[0])
    assert ("borduria", "monitors", "oppose") in found
    assert ("borduria", "monitors", "support") not in found


def test_wanting_monitors_to_stay_still_supports_them(run):
    sentence = "Ruritania wants the monitors to stay."
    assert ("ruritania", "monitors", "support") in about(run(sentence), sentence, "Ruritania")


def test_wished_removal_needs_a_wish(parse):
    doc = parse("Borduria wants the monitors gone.")
    assert wished_removal(word(doc, "gone"), word(doc, "monitors"))
    doc = parse("Borduria says the monitors are gone.")
    assert not wished_removal(word(doc, "gone"), word(doc, "monitors"))


# --- leaving by a phrasal verb ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Borduria says the monitors should pack up.",
    "Kurvi Tasch said the observers must go home.",
    "Borduria says the monitors should pack up once the peace treaty is in force.",
])
def test_monitors_packing_up_is_their_end(run, sentence):
    found = about(run(sentence), sentence, sentence.split()[0])
    assert ("borduria", "monitors", "oppose") in found
    assert ("borduria", "monitors", "support") not in found


def test_packing_up_evidence_is_no_departure(parse):
    doc = parse("Borduria says the monitors should stay and pack up the evidence.")
    assert not departs(word(doc, "pack"), word(doc, "monitors"))
    doc = parse("Borduria says the monitors should pack up.")
    assert departs(word(doc, "pack"), word(doc, "monitors"))


# --- "the Mission" for the actor named with it ----------------------------------------------------

def test_the_mission_is_the_named_mission_not_the_last_actor(run):
    text = ("The Lakeside Monitoring Mission patrolled the border in May. "
            "Bordurian statements again described the observers as spies. "
            "The Mission welcomes the demarcation and supports the peace treaty.")
    found = about(run(text), text, "welcomes")
    assert ("lmm", "border", "support") in found
    assert not any(actor == "borduria" for actor, _, _ in found)


def test_namesake_needs_a_mentioned_actor(parse, pipeline):
    text = "Borduria spoke. The Mission welcomes the peace treaty."
    doc = parse(text)
    assert namesake(word(doc, "Mission"), BOOK, (), 100) == ()


def test_namesake_finds_the_one_mentioned_owner(run):
    text = ("Ruritania and the Lakeside Monitoring Mission met in Strelsau. "
            "Syldavia said nothing. The Mission then welcomed the peace treaty.")
    found = about(run(text), text, "The Mission then")
    assert ("lmm", "peace", "support") in found
    assert ("syldavia", "peace", "support") not in found


# --- list items under "X should:" -------------------------------------------------------------------

BRIEF = """Five steps for Strelsau
Lake Policy Institute - Policy Brief No. 3
By Anna Black

Recommendations

The Republic of Ruritania should:

1. Back the peace treaty publicly and without conditions.

2. Fund mine clearance along the northern section before the winter.

3. Welcome the monitors on the border for two more years.
"""


@pytest.mark.parametrize("words, triple", [
    ("Back the peace", ("ruritania", "peace", "support")),
    ("Fund mine clearance", ("ruritania", "mines", "support")),
    ("Welcome the monitors", ("ruritania", "monitors", "support")),
])
def test_items_under_a_modal_lead_in_argue(run, words, triple):
    found = about(run(BRIEF), BRIEF, words)
    assert triple in found
    assert not any(stance == "oppose" for _, _, stance in found)


def test_items_without_a_lead_in_are_no_argument(run):
    text = BRIEF.replace("should:", "has done this:").replace("Back the", "Backed the")
    assert not about(run(text), text, "Backed the peace")


def test_listed_under_modal_needs_the_lead_in():
    assert listed_under_modal(BRIEF, BRIEF.index("Fund"))
    done = BRIEF.replace("should:", "has done this:")
    assert not listed_under_modal(done, done.index("Fund"))
    assert not listed_under_modal(BRIEF, BRIEF.index("Five"))


# --- an imperative before a semicolon ---------------------------------------------------------------

def test_an_imperative_before_a_negated_clause_keeps_its_sign(parse):
    doc = parse("3. Pay for mine clearance along the northern section; the money pledged in May does not cover it.")
    pay = word(doc, "Pay")
    assert pay.head.i == pay.i or before_semicolon(pay) or pay.head.i < pay.i


def test_a_clause_without_a_semicolon_is_not_cut(parse):
    doc = parse("Fund mine clearance if the money pledged in May does not cover it.")
    assert not any(before_semicolon(t) for t in doc)


# --- a possessor in a time clause's subject -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Borduria sees no role for the monitors once the peace treaty's council has completed its first year.",
    "Borduria wants the observers gone when the peace treaty's commission ends its work.",
])
def test_a_treaty_owning_a_time_clause_subject_is_no_stance(run, sentence):
    found = about(run(sentence), sentence, "Borduria")
    assert ("borduria", "monitors", "oppose") in found
    assert not any(issue == "peace" for _, issue, _ in found)


def test_time_frame_climbs_a_possessor(parse):
    doc = parse("Borduria will welcome the monitors once the peace treaty's council has met.")
    assert time_frame(word(doc, "treaty"), frozenset({word(doc, "monitors").i}))
    doc = parse("Borduria welcomed the peace treaty's council.")
    assert not time_frame(word(doc, "treaty"), frozenset({word(doc, "Borduria").i}))


# --- a maxim with an indefinite subject -----------------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("Kurvi Tasch said: we will go to Szohod. An empty chair has never freed a prisoner.", "empty chair"),
    ("Anna Black said a peace treaty between two states does not need monitors.", "does not need"),
    ("Ottokar Wiesel told reporters that a boycott never freed a prisoner.", "boycott"),
])
def test_a_maxim_refuses_nothing(run, sentence, words):
    found = about(run(sentence), sentence, words)
    assert not any(stance == "oppose" and issue in {"prisoners", "peace"} for _, issue, stance in found)


def test_a_named_subject_still_refuses(run):
    sentence = "Borduria does not want the peace treaty."
    assert ("borduria", "peace", "oppose") in about(run(sentence), sentence, "Borduria")


def test_generic_denial_needs_an_indefinite_subject(parse):
    doc = parse("An empty chair has never freed a prisoner.")
    assert generic_denial(word(doc, "freed"), word(doc, "chair"))
    doc = parse("The chair has never freed a prisoner.")
    assert not generic_denial(word(doc, "freed"), word(doc, "chair"))
    doc = parse("A prisoner is not a bargaining chip.")
    assert not generic_denial(word(doc, "is"), word(doc, "prisoner"))


# --- "the Government" named again is a state's ------------------------------------------------------

@pytest.mark.parametrize("second", [
    "The government signed the peace treaty in May.",
    "The Government will sign the peace treaty.",
    "Later the government welcomed the peace treaty.",
])
def test_the_government_again_is_the_state(run, second):
    text = "The Homeland Bloc shadow government rejects the peace treaty. " + second
    found = about(run(text), text, second[:12])
    assert ("ruritania", "peace", "support") in found
    assert not any(actor == "ru_opposition" for actor, _, _ in found)


def test_the_bloc_itself_keeps_its_stance(run):
    text = "The Homeland Bloc shadow government rejects the peace treaty. The government signed it."
    assert ("ru_opposition", "peace", "oppose") in about(run(text), text, "rejects")
