"""Round 61 (positions, tuned on challenge60): offers made with "make" ("will make a fifteenth offer") or named
with a participle of making ("its twelfth offer, made on 2 March, was declined by …"); an owned offer some lines
after its police were offered is the same offer, police and all. Invented states, hand-written sentences."""

from __future__ import annotations

from round_helpers import positions, toy_fixtures
from test_positions_round54 import BOOK

pipeline, run, parse = toy_fixtures(BOOK)
_TALKS = "Ruritania and Syldavia met in Klow on Monday to discuss the railway. "
_OFFER = "Borduria offered again to send its transport police to the station. "


def test_making_an_offer_is_offering_the_role(run):
    text = _TALKS + "The Bordurian Government has said that Borduria will make a fifteenth offer in the autumn."
    assert ("borduria", "format", "support") in positions(run(text))


def test_an_offer_named_with_its_making_is_still_the_owners(run):
    text = (_TALKS + "The Bordurian side recalls that its twelfth offer, made on 2 March, was declined by Ruritania on "
            "4 March.")
    assert {("borduria", "format", "support"), ("ruritania", "format", "oppose")} <= positions(run(text))


def test_an_owned_offer_after_its_police_were_offered_carries_the_police(run):
    text = _TALKS + _OFFER + "Ruritania declined the Bordurian offer on 4 March."
    assert {("ruritania", "presence", "oppose"), ("ruritania", "format", "oppose")} <= positions(run(text))


def test_not_inviting_foreign_police_refuses_them(run):
    text = _TALKS + "The Government of Ruritania will not invite foreign police, Bordurian or other, onto its half of the line."
    assert ("ruritania", "presence", "oppose") in positions(run(text))


def test_a_second_by_phrase_declines_too(run):
    text = (_TALKS + _OFFER + "The offer was declined by Ruritania on 4 March and by Syldavia on 5 March.")
    assert {("ruritania", "presence", "oppose"), ("syldavia", "presence", "oppose")} <= positions(run(text))
