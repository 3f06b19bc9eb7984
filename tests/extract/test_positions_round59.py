"""Round 59 (positions): "have declined each of those offers" names the offers it declines; "Z gave the
same answer (a day later)" answers as the sentence before did; "Z backed both refusals" takes the
refusers' stances. Invented states, hand-written sentences."""

from __future__ import annotations

from round_helpers import positions, toy_fixtures
from test_positions_round54 import BOOK

pipeline, run, parse = toy_fixtures(BOOK)
_TALKS = "Ruritania and Syldavia met in Klow on Monday to discuss the railway. "
_OFFER = "Borduria offered again to send its transport police to the station. "


def test_declining_each_of_those_offers(run):
    text = _TALKS + _OFFER + "Ruritania and Syldavia have declined each of those offers."
    assert {("ruritania", "presence", "oppose"), ("syldavia", "format", "oppose")} <= positions(run(text))


def test_the_same_answer_answers_as_the_sentence_before(run):
    text = _TALKS + _OFFER + "Ruritania declined the offer on 14 December. Syldavia gave the same answer a day later."
    assert {("syldavia", "format", "oppose"), ("syldavia", "presence", "oppose")} <= positions(run(text))


def test_backing_both_refusals_refuses_too(run):
    text = (_TALKS + _OFFER + "Ruritania declined the offer on 14 December. Syldavia also declined the offer, and the "
            "Caspian Union backed both refusals.")
    assert {("union", "format", "oppose"), ("union", "presence", "oppose")} <= positions(run(text))
