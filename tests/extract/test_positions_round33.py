"""Round 33 (positions): joint statements whose signers the parser hangs on the fronted phrase,
guards kept to oneself, treaties signed in a clause that dates another act, and disputes settled
"by peaceful means". Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, hand_parse, positions, toy_fixtures

from parley.core.types import Codebook, Issue
from parley.extract.fronted_names import apposed_subject
from parley.extract.stance_syntax import subject
from parley.extract.stance_timeframe import SAME_ISSUE_TIME_MARKS, time_frame

BOOK = Codebook(
    "round33positions",
    TOY_STATES,
    (Issue("treaty", "Sign the peace treaty", keywords=("peace treaty", "settle")),
     Issue("force", "Renounce the use of force", keywords=("peaceful means", "use of force")),
     Issue("demining", "Clear landmines", keywords=("demining", "landmines", "mined")),
     Issue("presence", "Keep foreign monitors or peacekeepers in the region", keywords=("observers", "monitors")),
     Issue("transport", "Open transport links", keywords=("railway", "road")),
     Issue("guards", "Keep Borduria as the leading power and mediator in the region",
           keywords=("Bordurian mediation",))),
    outlet_camps=(("Klow Gazette", "syldavia"),),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_signers_in_apposition_to_a_fronted_statement_are_the_verbs_subject(pipeline):
    # the parse this guards against: the signers in apposition to "statement", the verb without a subject
    doc = hand_parse(pipeline, "In a joint statement , Ruritania and Borduria committed themselves to peace .",
                     [8, 3, 3, 0, 3, 3, 5, 5, 8, 8, 8, 10, 8],
                     "prep det amod pobj punct appos cc conj ROOT dobj prep pobj punct")
    assert subject(doc[8]).text == "Ruritania"


def test_an_apposition_that_does_not_reach_the_verb_is_no_subject(pipeline):
    doc = hand_parse(pipeline, "In a statement , Ruritania , it later committed itself to peace .",
                     [8, 2, 0, 2, 2, 4, 8, 8, 8, 8, 8, 10, 8],
                     "prep det pobj punct appos punct nsubj advmod ROOT dobj prep pobj punct")
    assert subject(doc[8]).text == "it"
    assert apposed_subject(doc[8]) is None


def test_disputes_settled_by_peaceful_means_are_no_stance_on_the_treaty(run):
    text = "Ruritania and Borduria undertook to settle all disputes in the region by peaceful means only."
    found = positions(run(text))
    assert ("ruritania", "force", "support") in found
    assert not {p for p in found if p[1] == "treaty"}


def test_settling_the_dispute_alone_is_still_the_treaty(run):
    text = "Ruritania wants to settle the dispute this year."
    assert ("ruritania", "treaty", "support") in positions(run(text))


def test_guards_of_ones_own_and_nobody_elses_refuse_outside_guards(run):
    text = 'The minister said that Ruritania would guard its border "with its own guards and nobody else\'s".'
    found = positions(run(text))
    assert ("ruritania", "presence", "oppose") in found
    assert ("ruritania", "presence", "support") not in found


def test_a_treaty_signed_in_a_clause_that_dates_another_act_is_still_signed(pipeline):
    doc = hand_parse(pipeline, "Four years after Ruritania signed the treaty , it opened the road .",
                     [1, 4, 4, 4, 9, 6, 4, 9, 9, 9, 11, 9, 9],
                     "nummod npadvmod mark nsubj advcl det dobj punct nsubj ROOT det dobj punct")
    assert not time_frame(doc[6], frozenset({11}), SAME_ISSUE_TIME_MARKS)


def test_a_treaty_approved_in_a_clause_that_dates_another_act_only_dates_it(pipeline):
    doc = hand_parse(pipeline, "Four years after Ruritania approved the treaty , it opened the road .",
                     [1, 4, 4, 4, 9, 6, 4, 9, 9, 9, 11, 9, 9],
                     "nummod npadvmod mark nsubj advcl det dobj punct nsubj ROOT det dobj punct")
    assert time_frame(doc[6], frozenset({11}), SAME_ISSUE_TIME_MARKS)


def test_a_state_thanked_for_hosting_talks_on_an_issue_holds_it(run):
    text = "Syldavia thanked Ruritania for hosting the talks on demining in Klow."
    found = positions(run(text))
    assert {("ruritania", "demining", "support"), ("syldavia", "demining", "support")} <= found


def test_a_state_praised_for_not_blocking_holds_nothing_by_the_praise(run):
    text = "Syldavia praised Ruritania for not blocking the demining."
    assert ("ruritania", "demining", "support") not in positions(run(text))


def test_a_state_one_is_grateful_to_for_its_help_holds_the_issue(run):
    text = "Syldavia is grateful to Ruritania for its help with the demining."
    assert ("ruritania", "demining", "support") in positions(run(text))


def test_declining_the_offer_by_name_is_declining_it(run):
    text = "Borduria has offered to send border guards to the railway; Ruritania has declined the offer."
    assert ("ruritania", "guards", "oppose") in positions(run(text))


def test_declining_something_else_is_no_answer_to_the_offer(run):
    text = "Borduria has offered to send border guards to the railway; Ruritania has declined the invitation."
    assert ("ruritania", "guards", "oppose") not in positions(run(text))


def test_raising_the_bare_issue_in_talks_presses_for_it(run):
    text = "Borduria nevertheless raised demining in the general discussion, and Ruritania declined to answer."
    assert ("borduria", "demining", "support") in positions(run(text, outlet="Klow Gazette"))


def test_raising_a_determined_thing_only_touches_it(run):
    text = "Borduria raised the demining report in the general discussion."
    assert ("borduria", "demining", "support") not in positions(run(text, outlet="Klow Gazette"))


def test_hearsay_the_next_sentence_denies_is_nobodys_stance(run):
    text = ("Some reports have suggested that Borduria would accept monitors on the railway. "
            "This is not Borduria's position and never has been.")
    assert ("borduria", "presence", "support") not in positions(run(text, outlet="Klow Gazette"))


def test_hearsay_the_next_sentence_does_not_deny_is_reported(run):
    text = ("Some reports have suggested that Borduria would accept monitors on the railway. "
            "This is not the first such report this month.")
    assert ("borduria", "presence", "support") in positions(run(text, outlet="Klow Gazette"))
