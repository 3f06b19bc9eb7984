"""Round 42 (positions): an action plan's numbered measures that open with a bare verb ("1.1. Agree
with the other side on …") are the issuer's own programme, so its camp holds what they name; and a
label's bracketed examples ("Withdraw claims against each other (court cases, arbitration)") share
the scope of the words they illustrate; "a fifth joint clearance" after "the clearance of mines" is
one more of the same act; "supports the study … that A has commissioned", parsed as a complement
clause, is a relative clause on the study; "no guarantor but the treaty" wants the treaty; and two
issues side by side ("no question of the treaty or return") are both denied; "X has said that it …"
is X. Invented states, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

from types import SimpleNamespace as NS

from round_helpers import about, hand_parse, positions, toy_fixtures
from test_positions_round41 import BOOK as ROUND41

from parley.core.types import Issue
from parley.extract.stance_relative import relative_holders

CLAIMS = Issue("claims", "Withdraw interstate legal claims against each other (court cases, arbitration)",
               "Support means dropping the cases; oppose means pursuing them.", ("arbitration", "lawsuits"))
BOOK = replace(ROUND41, name="round42positions", issues=ROUND41.issues + (CLAIMS,))
pipeline, run, parse = toy_fixtures(BOOK)

PLAN = "Action Plan for 2035\nGovernment of Ruritania\n3 March 2035\n\n1. Measures\n\n"


def test_a_measure_commanded_in_a_plan_is_its_issuers_position(run):
    text = PLAN + "1.1. Agree with the Bordurian side on rules for the new railway.\n"
    assert ("ruritania", "transport", "support") in positions(run(text))


def test_a_measure_keeps_the_third_party_it_names(run):
    text = PLAN + "1.2. Continue to take part in the talks on the return of refugees hosted by Syldavia.\n"
    assert {("ruritania", "return", "support"), ("syldavia", "return", "support")} <= positions(run(text))


def test_a_list_of_steps_already_taken_commands_nothing(run):
    text = PLAN + "1.1. Agreed with the Bordurian side on rules for the new railway.\n"
    assert not {p for p in positions(run(text)) if p[0] == "ruritania"}


def test_a_bare_verb_outside_a_list_is_not_a_measure(run):
    text = PLAN.replace("1. Measures\n\n", "") + "Agree with the Bordurian side on rules for the new railway, the minister told them.\n"
    result = run(text)
    assert ("ruritania", "transport", "support") not in about(result, text, "Agree with")


def test_withdrawing_a_bracketed_example_supports_the_withdrawal(run):
    text = PLAN + "1.3. Complete, together with the Bordurian side, the withdrawal of the remaining arbitration proceedings.\n"
    found = positions(run(text))
    assert ("ruritania", "claims", "support") in found and ("ruritania", "claims", "oppose") not in found


def test_pursuing_a_bracketed_example_opposes_the_withdrawal(run):
    assert ("ruritania", "claims", "oppose") in positions(run("Ruritania will pursue the arbitration against Borduria to the end."))


def test_one_more_of_an_act_named_earlier_is_the_same_issue(run):
    text = ("The joint clearance of mines near Klow ended in May. "
            "Syldavia will pay for a fifth joint clearance next year.")
    assert ("syldavia", "demining", "support") in about(run(text), text, "a fifth")


def test_an_act_of_another_kind_is_not_a_reference(run):
    text = ("The joint clearance of mines near Klow ended in May. "
            "Syldavia will pay for a clearance of the customs backlog at the railway.")
    assert ("syldavia", "demining", "support") not in about(run(text), text, "customs")


def _misread(pipeline, tail: str, heads_tail: list[int], deps_tail: str):
    # the parse this guards against: "that" the mark of a complement of "supports", not a relative pronoun
    return hand_parse(pipeline, "The Council supports the study of a railway to Szohod that Ruritania has commissioned " + tail,
                      [1, 2, 2, 4, 2, 4, 7, 5, 2, 8, 13, 13, 13, 2] + heads_tail,
                      "det nsubj ROOT det dobj prep det pobj prep pobj mark nsubj aux ccomp " + deps_tail)


def _ctx():
    return NS(resolve=lambda token: NS(actors=("ruritania",) if token.text == "Ruritania" else (), kind="name", person=None))


def test_a_relative_clause_read_as_a_complement_names_who_commissioned_the_study(pipeline):
    doc = _misread(pipeline, ".", [2], "punct")
    assert [(r.actors, sign) for r, sign in relative_holders(_ctx(), doc[9], 1)] == [(("ruritania",), 1)]


def test_a_true_complement_with_its_own_object_is_no_relative_clause(pipeline):
    doc = _misread(pipeline, "a survey .", [15, 13, 2], "det dobj punct")
    assert relative_holders(_ctx(), doc[9], 1) == []


def test_no_guarantor_but_the_treaty_wants_the_treaty(run):
    found = positions(run("Ruritania needs no guarantor but the peace treaty."))
    assert ("ruritania", "treaty", "support") in found and ("ruritania", "treaty", "oppose") not in found


def test_no_guarantor_and_no_treaty_still_refuses_the_treaty(run):
    assert ("ruritania", "treaty", "oppose") in positions(run("Ruritania needs no guarantor and no peace treaty."))


def test_two_issues_side_by_side_are_both_denied(run):
    text = "The Ruritanian minister said the visit opens no question of the peace treaty or return."
    assert {("ruritania", "treaty", "oppose"), ("ruritania", "return", "oppose")} <= positions(run(text))


def test_it_in_what_a_body_said_is_that_body(run):
    text = ("Syldavia describes the visits as a road home. "
            "Borduria's State Committee has likewise said that it has “not given up the aim of return”.")
    assert ("borduria", "return", "support") in positions(run(text))

