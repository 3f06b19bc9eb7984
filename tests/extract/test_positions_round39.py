"""Round 39 (positions): names hung in apposition on a date deep inside a fronted phrase ("At the meeting
in X on 22 October, A, B and C committed …") are the subjects; whoever commissioned, built or funded a
thing named in a relative clause on the cue ("the study of a railway, which A and B commissioned") acted
for it; "they" in such a clause on an object ("help A and B carry out the treaty they signed in X") are
the object's doers; a deed for the issue that someone reports ("X noted that A had cleared …") is the
doer's. Invented states and people, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

from round_helpers import positions, toy_fixtures
from test_positions_round38 import BOOK as ROUND38

BOOK = replace(ROUND38, name="round39positions")
pipeline, run, parse = toy_fixtures(BOOK)


def test_names_apposed_to_a_date_inside_a_fronted_phrase_are_the_subjects(run):
    text = ("At the meeting of ministers in Klow on 22 and 23 October, Syldavia, Ruritania and Borduria committed "
            "themselves once more to settle every dispute by peaceful means.")
    found = positions(run(text))
    assert {("syldavia", "force", "support"), ("ruritania", "force", "support"), ("borduria", "force", "support")} <= found


def test_a_fronted_date_without_names_leaves_the_verb_to_the_author(run):
    text = "At the meeting in Klow on 22 October, the ministers committed themselves to settle every dispute by peaceful means."
    assert not {p for p in positions(run(text)) if p[0] in {"syldavia", "ruritania", "borduria"}}


def test_whoever_commissioned_the_thing_in_a_relative_clause_acted_for_it(run):
    text = "The Green Dawn bloc asked to join the study of a railway, which Syldavia and Borduria commissioned in May."
    found = positions(run(text))
    assert {("syldavia", "transport", "support"), ("borduria", "transport", "support")} <= found


def test_a_relative_clause_that_does_not_bring_the_thing_about_gives_nothing(run):
    text = "The Green Dawn bloc asked to join the study of a railway, which Syldavia and Borduria crossed in May."
    found = positions(run(text))
    assert not {p for p in found if p[0] in {"syldavia", "borduria"}}


def test_they_in_a_relative_clause_on_an_object_are_the_objects_doers(run):
    text = "Ruritania will help Syldavia and Borduria carry out the peace treaty they signed in Klow in 2030."
    found = positions(run(text))
    assert {("syldavia", "treaty", "support"), ("borduria", "treaty", "support")} <= found


def test_a_deed_for_the_issue_reported_by_another_is_the_doers(run):
    text = "The Green Dawn bloc noted that Syldavia had cleared the landmines near the bridge."
    assert ("syldavia", "demining", "support") in positions(run(text))


def test_a_forecast_reported_by_another_is_not_the_doers_deed(run):
    text = "The Green Dawn bloc noted that Syldavia would clear the landmines near the bridge."
    assert ("syldavia", "demining", "support") not in positions(run(text))

