"""Round 52 (positions): "both Governments" are the two states the codebook's other actors belong to,
even where a text names a third state more often; "the railway administrations of X, Y and Z" signing
or agreeing are those states acting on the railway; "the monitors of <an outside actor>" are outside
personnel, kept by the actor whose monitors they are and by those who invited them ("invited by X", "at
the invitation of X"); "X declined, and it will not accept …" keeps X as the subject of "it"; what
deminers "cleared and marked" they cleared; "has never asked for anything by force" renounces force; a
"referendum initiative against the railway" names no constitution; "a liaison desk" is presence and
"the table of rates" the railway. Invented states, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from parley.core.types import Actor, Issue
from parley.extract.stance_set_phrases import set_phrase
from round_helpers import positions, toy_fixtures
from test_positions_round49 import BOOK as ROUND49

_CAMPS = {"dawn": "ruritania", "syldavia_agency": None}
_ACTORS = tuple(replace(a, camp=_CAMPS.get(a.id, a.camp)) for a in ROUND49.actors) + (
    Actor("bordurian_diaspora", "Bordurian diaspora", "community", aliases=("Bordurian Heritage Circle",),
          camp="borduria"),)
CLAIMS = Issue("claims_text", "Remove territorial claims from the constitution", keywords=("constitution", "referendum"))
BOOK = replace(ROUND49, name="round52positions", actors=_ACTORS, issues=ROUND49.issues + (CLAIMS,))
pipeline, run, parse = toy_fixtures(BOOK)

_SYLDAVIA_OFTEN = ("Syldavia hosted the talks. Syldavia paid for the hall, and Syldavia's minister opened them. "
                   "Ruritania and Borduria sent delegations. ")


def test_both_governments_are_the_camp_states_where_a_third_is_named_more(run):
    found = positions(run(_SYLDAVIA_OFTEN + "Both Governments asked the Caspian Union to send monitors."))
    assert {("ruritania", "presence", "support"), ("borduria", "presence", "support")} <= found
    assert ("syldavia", "presence", "support") not in found


@pytest.mark.parametrize("text", [
    "The table of rates was signed on 18 January by the railway administrations of Ruritania, Borduria and Syldavia.",
    "On 18 January the railway administrations of Ruritania, Borduria and Syldavia signed the table of rates.",
])
def test_railway_administrations_that_sign_are_their_states_on_the_railway(run, text):
    found = {p for p in positions(run(text)) if p[1] == "transport"}
    assert found == {(s, "transport", "support") for s in ("ruritania", "borduria", "syldavia")}


def test_railway_administrations_that_refuse_are_no_support(run):
    text = "The railway administrations of Ruritania and Borduria refused to sign the table."
    assert not {p for p in positions(run(text)) if p[1] == "transport" and p[2] == "support"}


@pytest.mark.parametrize("text", [
    "Ruritania and Borduria met. The six monitors of the Caspian Union at the station will count the buses again.",
    "Ruritania and Borduria met. Seals are checked at the station, where the monitors of the Caspian Union, "
    "invited by both Governments, watch the two customs services.",
])
def test_the_monitors_of_an_outside_actor_are_its_presence(run, text):
    assert ("union", "presence", "support") in positions(run(text))


@pytest.mark.parametrize("text", [
    "Ruritania and Borduria met. Seals are checked at the station, where the monitors of the Caspian Union, "
    "invited by both Governments, watch the two customs services.",
    "Ruritania and Borduria met. The monitors of the Caspian Union have worked at the station since May "
    "at the invitation of both Governments.",
])
def test_those_who_invited_the_outside_monitors_keep_them(run, text):
    assert {("ruritania", "presence", "support"), ("borduria", "presence", "support")} <= positions(run(text))


def test_it_in_a_clause_joined_to_a_named_subject_is_that_subject(run):
    text = ("The Caspian Union asked again on 20 January for a liaison desk at the station. The Government of "
            "Ruritania declined, as it did in October, and it will not accept the personnel of any third State "
            "at the station.")
    found = positions(run(text))
    assert ("ruritania", "presence", "oppose") in found
    assert ("union", "presence", "oppose") not in found


def test_what_deminers_cleared_and_marked_they_cleared(run):
    text = "Ruritania and Borduria met. The paths to the graves have been cleared and marked by the Bordurian deminers."
    assert ("borduria", "demining", "support") in positions(run(text))


def test_never_asking_for_anything_by_force_renounces_force(run):
    assert ("dawn", "force", "support") in positions(run("The Green Dawn bloc has never asked for anything by force and never will."))


def test_a_referendum_initiative_against_the_railway_names_no_constitution(parse):
    doc = parse("Its referendum initiative against the railway was registered on 11 January.")
    assert set_phrase(next(t for t in doc if t.lower_ == "referendum"))


def test_a_referendum_on_the_constitution_still_names_it(parse):
    doc = parse("Its referendum initiative on the constitution was registered on 11 January.")
    assert not set_phrase(next(t for t in doc if t.lower_ == "referendum"))


@pytest.mark.parametrize("text, issue", [
    ("The Caspian Union asked for a liaison desk at the crossing.", "presence"),
    ("Syldavia asked that its port be added to the table of rates.", "transport"),
])
def test_new_words_of_the_vocabulary(run, text, issue):
    assert {p[1] for p in positions(run(text))} >= {issue}


def test_what_another_is_hoped_to_do_is_no_stance_of_it(run):
    found = positions(run(_SYLDAVIA_OFTEN + "Syldavia hoped the two governments would now sign the peace treaty."))
    assert ("syldavia", "treaty", "support") in found
    assert not {p for p in found if p[0] in {"ruritania", "borduria"}}
