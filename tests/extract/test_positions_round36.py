"""Round 36 (positions): a second "against" that turns its own object, a complaint of what is left
"without", the bodies whose agenda it is, "That is the position of the Government" restating the
sentence before, "X's answer is that …", "not a piece of paper but …", the sponsor of an advertorial
as its camp, … Invented states and people, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

from round_helpers import positions, toy_fixtures
from test_positions_round35 import BOOK as ROUND35

BOOK = replace(ROUND35, name="round36positions", issues=tuple(i for i in ROUND35.issues if i.id != "guards"),
               affiliation_camps=(("Ruritanian Transit Agency", "ruritania"),))
pipeline, run, parse = toy_fixtures(BOOK)


def test_a_second_against_turns_only_its_own_object(run):
    found = positions(run("The Green Dawn bloc voted against the peace treaty and against the demining plan."))
    assert ("dawn", "demining", "oppose") in found
    assert ("dawn", "demining", "support") not in found


def test_against_one_thing_and_for_another_keeps_the_other_wanted(run):
    found = positions(run("The Green Dawn bloc voted for the peace treaty and against the demining plan."))
    assert ("dawn", "treaty", "support") in found
    assert ("dawn", "demining", "oppose") in found


def test_what_a_deal_leaves_people_without_is_wanted(run):
    text = "The Green Dawn bloc said the peace treaty would leave the refugees without any prospect of return."
    found = positions(run(text))
    assert ("dawn", "return", "support") in found
    assert ("dawn", "return", "oppose") not in found


def test_the_bodies_whose_agenda_it_is_are_no_issue(run):
    text = ('"Return of refugees is not on the agenda of the railway talks or of the demining commission," '
            "Ruritania's foreign minister said.")
    found = positions(run(text))
    assert ("ruritania", "return", "oppose") in found
    assert not {("ruritania", "transport", "oppose"), ("ruritania", "demining", "oppose")} & found


def test_that_is_the_position_restates_the_sentence_before(run):
    text = ('"Return of refugees is not on the agenda," Ruritania\'s foreign minister said. '
            '"That is the position of the Government, and it has not changed."')
    found = positions(run(text))
    assert ("ruritania", "return", "oppose") in found
    assert ("ruritania", "return", "support") not in found


def test_an_answer_that_is_spelt_out_is_its_owners_position(run):
    found = positions(run("The Ruritanian Government's answer is that the refugees must not return."))
    assert ("ruritania", "return", "oppose") in found


def test_not_a_piece_of_paper_but_affirms_the_subject(run):
    found = positions(run("Ruritania says that the peace treaty is not a piece of paper but a working timetable."))
    assert ("ruritania", "treaty", "support") in found
    assert ("ruritania", "treaty", "oppose") not in found


def test_not_a_favour_but_a_trap_still_refuses(run):
    found = positions(run("Ruritania says that the peace treaty is not a favour but a trap."))
    assert ("ruritania", "treaty", "oppose") in found


def test_an_advertorial_speaks_for_its_sponsor_not_the_outlet(run):
    text = ("Ruritania: the corridor on time\nKlow Gazette | Partner content\n"
            "Sponsored supplement | Produced for the Ruritanian Transit Agency | Paid for by the advertiser\n"
            "3 March 2035\n\nThe railway has not missed a day since it opened in September last year.")
    assert run(text).camp == "ruritania"


def test_a_news_story_in_the_outlet_keeps_the_outlets_camp(run):
    text = ("The corridor on time\nKlow Gazette\nNews\n3 March 2035\n\n"
            "The Ruritanian Transit Agency says the railway has not missed a day since it opened in September.")
    assert run(text).camp == "syldavia"


def test_guarded_by_one_side_alone_refuses_presence(run):
    found = positions(run("The Government of Ruritania says the border will be guarded by Ruritanians alone."))
    assert ("ruritania", "presence", "oppose") in found


def test_guarded_only_by_one_side_refuses_presence(run):
    found = positions(run("The Government of Ruritania says the border will be guarded only by Ruritanian officers."))
    assert ("ruritania", "presence", "oppose") in found


def test_guarded_by_a_longer_agent_and_by_nobody_else_refuses_presence(run):
    text = 'Ruritania\'s deputy foreign minister said the border "will be guarded by Ruritanian officers and by nobody else".'
    assert ("ruritania", "presence", "oppose") in positions(run(text))


def test_a_cue_inside_a_longer_token_does_not_fail_the_document(run):
    # a web address is one token: the cue's words start inside it (this raised AttributeError before)
    result = run("Ruritania backs www.demining.org and its campaign.")
    assert ("ruritania", "demining", "support") in positions(result)
