"""Round 43 (positions): a relative clause of signing hung by the parse on a noun inside the treaty's
title ("the Treaty on the Establishment of Peace and Interstate Relations, which A and B signed") is
the treaty's; and "they" in such a clause ("six years of the peace Treaty they signed") is the nearest
earlier subject of the sentence that names more than one party; and "the site was checked for mines
by X" is X's clearance work, as "cleared of mines by X" already was; and after "the visits of the
community to the cemeteries", "the visits" speak to the same issue. Invented states, hand-written
sentences."""

from __future__ import annotations

from dataclasses import replace

from types import SimpleNamespace as NS

from parley.core.types import Issue
from parley.extract.issue_references import _reference, heads_named
from round_helpers import positions, toy_fixtures
from test_positions_round42 import BOOK as ROUND42

TREATY = ROUND42.issues[0]
HERITAGE = Issue("heritage", "Protect cultural heritage", keywords=("cemeteries", "churches"))
BOOK = replace(ROUND42, name="round43positions", issues=(replace(TREATY, keywords=TREATY.keywords + ("treaty",)),)
               + ROUND42.issues[1:] + (HERITAGE,))
pipeline, run, parse = toy_fixtures(BOOK)


def test_a_clause_hung_on_a_noun_of_the_treatys_title_is_the_treatys(run):
    text = ("The handover took place under the Treaty on the Establishment of Good "
            "Relations, which Borduria and Ruritania signed in Klow on 12 June 2030.")
    assert {("ruritania", "treaty", "support"), ("borduria", "treaty", "support")} <= positions(run(text))


def test_a_lower_case_noun_after_the_cue_is_not_its_title(run):
    text = "Talks on the peace treaty in the capital, which Borduria hosted, went on for a week."
    assert ("borduria", "treaty", "support") not in positions(run(text))


def test_they_in_a_relative_clause_is_the_earlier_joint_subject(run):
    text = ("It was the first meeting since Ruritania and Borduria marked, in June, six years of the "
            "peace treaty they signed in Klow in 2030.")
    assert {("ruritania", "treaty", "support"), ("borduria", "treaty", "support")} <= positions(run(text))


def test_a_site_checked_for_mines_by_a_body_is_its_doers_clearance(run):
    text = "Before the visit, the site was checked for mines by Syldavia's army engineers."
    assert ("syldavia", "demining", "support") in positions(run(text))


def test_a_site_that_will_be_checked_for_mines_is_no_work_done(run):
    text = "The site will be checked for mines by Syldavia's army engineers."
    assert ("syldavia", "demining", "support") not in positions(run(text))


def _named(text: str, cue_word: str) -> dict:
    start = text.index(cue_word)
    cue = NS(start=start, end=start + len(cue_word), source="keyword", polarity=1)
    return heads_named(text, [NS(issue="heritage", cues=(cue,))])


def test_visits_to_a_site_named_by_the_cue_are_then_the_visits():
    assert _named("Ruritania allows the visits of the valley community to the cemeteries near Ostrov.",
                  "cemeteries").get("visit") == "heritage"
    assert _reference("visit").search("The bloc opposes the fourth visit on Sunday.")


def test_a_visit_elsewhere_and_a_visit_of_someone_are_other_visits():
    assert "visit" not in _named("The minister's visit ended. The cemeteries near Ostrov were repaired.", "cemeteries")
    assert not _reference("visit").search("The bloc opposes the visit of the Bordurian minister.")
