"""Round 54 (positions): a body whose name opens with its noun and ends with the task ("Ruritania's Centre
for Humanitarian Demining") is a cue of that task even where the codebook lists the name as an alias,
and at work it is its state at work on the task; a role actor asking that it attend "as an observer"
claims a part, and those who decline "the request" (or "it", a few sentences on) oppose that part;
another actor asking for observers claims no part of its own; an issue whose label names a state in
passing ("amending Ruritania's constitution") is no role of that state; an agency in apposition to the
subject ("RAMA, Ruritania's mine action agency, is clearing …") is its state at work; "supports the request"
backs the part asked for. Invented states, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from parley.core.types import Issue
from parley.extract.stance_roles import role_issues
from round_helpers import positions, toy_fixtures
from test_positions_round52 import BOOK as ROUND52

_ACTORS = tuple(replace(a, aliases=a.aliases + ("Centre for Humanitarian Demining and Expertise", "RAMA"))
                if a.id == "ruritania" else a for a in ROUND52.actors)
CONSTITUTION = Issue("constitution", "Renounce claims, including amending Ruritania's constitution", keywords=("constitution",))
BOOK = replace(ROUND52, name="round54positions", actors=_ACTORS, issues=ROUND52.issues + (CONSTITUTION,))
pipeline, run, parse = toy_fixtures(BOOK)
_TALKS = "Ruritania and Syldavia met in Klow on Monday to discuss the railway. "


@pytest.mark.parametrize("text", [
    "The path to the graves was checked again by Ruritania's Centre for Humanitarian Demining and Expertise on 9 August.",
    "Ruritania's Centre for Humanitarian Demining and Expertise is surveying the old sidings.",
])
def test_a_body_named_for_its_task_at_work_is_its_state_on_the_task(run, text):
    assert ("ruritania", "demining", "support") in positions(run(text))


def test_a_role_actor_asking_to_attend_as_an_observer_claims_a_part(run):
    text = _TALKS + "On 14 July the Bordurian Foreign Ministry asked that Borduria attend the review as an observer."
    assert ("borduria", "format", "support") in positions(run(text))


def test_declining_the_request_or_it_opposes_that_part(run):
    text = (_TALKS + "On 14 July the Bordurian Foreign Ministry asked that Borduria attend the review as an observer. "
            "Ruritania declined the request on 22 July. Syldavia declined it on 23 July.")
    assert {("ruritania", "format", "oppose"), ("syldavia", "format", "oppose")} <= positions(run(text))


def test_asking_for_observers_for_others_claims_no_part(run):
    text = _TALKS + "Ruritania asked that Syldavian officials attend the visits as observers."
    assert not {p for p in positions(run(text)) if p[0] == "ruritania" and p[1] in {"format", "constitution"}}


def test_a_label_naming_a_state_in_passing_is_no_role():
    assert role_issues(BOOK) == {"format": "borduria"}


def test_an_agency_in_apposition_to_the_subject_is_its_state_at_work(run):
    text = "Ruritania and Borduria met in Klow. RAMA, Ruritania's mine action agency, is clearing the sidings at Klow."
    assert ("ruritania", "demining", "support") in positions(run(text))


def test_backing_the_request_by_name_supports_the_part(run):
    text = (_TALKS + "On 14 July the Bordurian Foreign Ministry asked that Borduria attend the review as an observer. "
            "Ruritania declined the request on 22 July. Syldavia supports the request.")
    found = positions(run(text))
    assert ("syldavia", "format", "support") in found
    assert ("syldavia", "format", "oppose") not in found


def test_backing_a_request_of_someone_else_backs_no_part(run):
    text = (_TALKS + "On 14 July the Bordurian Foreign Ministry asked that Borduria attend the review as an observer. "
            "Syldavia supports the request of the families to visit the graves.")
    assert ("syldavia", "format", "support") not in positions(run(text))
