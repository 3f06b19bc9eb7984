"""Round 41 (positions): where every strong cue of an issue is an actor's own name (an agency whose
acronym is also a codebook keyword: "KAMA has been clearing the embankment"), the label's words that
head a clause are walked instead, so the act is read; "the three States" are the parties of the
nearest sentence that names exactly three. Invented states, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

from round_helpers import positions, toy_fixtures
from test_positions_round40 import BOOK as ROUND40

from parley.core.types import Actor

AGENCY = Actor("syldavia_agency", "Klow Agency for Mine Action", "organisation", ("KAMA",), camp="syldavia")
BOOK = replace(ROUND40, name="round41positions", actors=ROUND40.actors + (AGENCY,), issues=tuple(
    replace(i, keywords=i.keywords + ("KAMA",)) if i.id == "demining" else i for i in ROUND40.issues))
pipeline, run, parse = toy_fixtures(BOOK)


def test_an_agency_named_by_a_keyword_is_read_through_its_act(run):
    text = "Since March KAMA has been clearing the old embankment by the river."
    assert ("syldavia_agency", "demining", "support") in positions(run(text))


def test_the_act_of_teams_of_two_agencies_is_read(run):
    text = "The embankment has been closed since May, when mixed teams of KAMA and Ruritania began clearing it."
    found = positions(run(text))
    assert {("syldavia_agency", "demining", "support"), ("ruritania", "demining", "support")} <= found


def test_a_label_word_that_heads_no_clause_is_not_walked(run):
    text = "KAMA published a clear and short report on the river on Monday."
    assert not {p for p in positions(run(text)) if p[1] == "demining"}


def test_the_three_states_are_the_three_named_in_an_earlier_sentence(run):
    text = ("The deputy ministers of Ruritania, Borduria and Syldavia met in Szohod on Monday. It rained all day. "
            "The talks lasted six hours. In their joint statement the three States welcomed the study of a new railway through Klow.")
    found = positions(run(text))
    assert {("ruritania", "transport", "support"), ("borduria", "transport", "support"),
            ("syldavia", "transport", "support")} <= found


def test_a_count_skips_a_nearer_sentence_that_names_fewer(run):
    text = ("The deputy ministers of Ruritania, Borduria and Syldavia met in Szohod on Monday. "
            "The three States welcomed the new railway between Ruritania and Borduria.")
    assert ("syldavia", "transport", "support") in positions(run(text))


def test_a_count_that_no_sentence_fits_adds_no_third_party(run):
    text = ("Ruritania and Borduria met in Szohod on Monday. "
            "The three States welcomed the decision to study a new railway.")
    assert ("syldavia", "transport", "support") not in positions(run(text))
