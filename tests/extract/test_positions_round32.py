"""Round 32 (positions): an issue's keyword inside an actor's name ("the Western Ruritania
Community") names the actor, not the issue. Invented states and people, hand-written sentences."""

from __future__ import annotations

from types import SimpleNamespace as NS

from round_helpers import TOY_STATES, hand_parse, about, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue, PartialDate
from parley.extract.stance_agents import body_findings

COMMUNITY = Actor("wrc", "Western Ruritania Community", "organisation", camp="borduria")

BOOK = Codebook(
    "round32positions",
    (*TOY_STATES, COMMUNITY),
    (Issue("return", "Return of displaced people", keywords=("return", "Western Ruritania")),
     Issue("heritage", "Protect cultural heritage", keywords=("cemeteries", "cemetery", "churches")),
     Issue("demining", "Clear landmines", keywords=("demining", "landmines")),
     Issue("presence", "Keep foreign monitors or peacekeepers in the region", keywords=("observers", "monitors")),
     Issue("border", "Delimit the border", keywords=("border commission", "delimitation")),
     Issue("transport", "Open transport links", keywords=("railway", "road"))),
    outlet_camps=(("Ostrov Herald", "ruritania"),),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_a_keyword_inside_an_actors_name_is_no_cue(run):
    text = "Ruritania has agreed that members of the Western Ruritania Community visit the cemetery at Ostrov."
    found = positions(run(text))
    assert ("ruritania", "heritage", "support") in found
    assert not {p for p in found if p[1] == "return"}


def test_the_keyword_alone_is_still_a_cue(run):
    text = "Borduria demands the return of its people to Western Ruritania."
    assert ("borduria", "return", "support") in positions(run(text))


def test_deminers_named_by_adjectives_parsed_under_a_time_phrase_are_their_states_at_work(pipeline):
    # the parse this guards against: "Ruritanian" the object of "In", "Bordurian" its conjunct
    doc = hand_parse(pipeline, "In April Ruritanian and Bordurian deminers will begin clearing fields .",
                     [7, 2, 0, 2, 2, 7, 7, 7, 7, 8, 7],
                     "prep compound pobj cc conj nsubj aux ROOT xcomp dobj punct")
    mentions = [NS(actor="ruritania", span=NS(start=9, end=19)), NS(actor="borduria", span=NS(start=24, end=42))]
    ctx = NS(mentions=mentions, resolve=lambda token: NS(actors=(), kind="none", person=None))
    found = body_findings(ctx, doc[5], 1)
    assert [f.actors for f in found] == [("ruritania",), ("borduria",)]


def test_the_work_of_a_states_commission_is_that_state_at_work(run):
    text = "The Union supports the work of the border commissions of Ruritania and Borduria."
    found = positions(run(text))
    assert {("ruritania", "border", "support"), ("borduria", "border", "support")} <= found


def test_a_halted_work_of_a_commission_is_no_work(run):
    text = "Borduria halted the work of the border commission of Ruritania."
    assert ("ruritania", "border", "support") not in positions(run(text))


ANSWER = ('The Union recalls the answer Ruritania gave on 4 November, that the line "will be guarded by '
          'Ruritania and by nobody else", and it respects it.')


def test_a_quote_in_the_clause_of_an_answer_someone_gave_is_theirs(run):
    quote = next(q for q in run(ANSWER, published=PartialDate(2034, 2, 17)).quotes if q.direct)
    assert (quote.speaker_actor, quote.date) == ("ruritania", PartialDate(2033, 11, 4))


def test_the_reply_of_a_state_after_a_comma_is_that_states(run):
    text = 'The Union welcomed the reply of Borduria, that the road "will be opened soon".'
    assert next(q for q in run(text).quotes if q.direct).speaker_actor == "borduria"


def test_guarding_by_oneself_and_nobody_else_is_no_support_for_outside_guards(run):
    text = "The line will be guarded by Ruritania and by nobody else, Ruritania's minister said."
    found = positions(run(text))
    assert ("ruritania", "presence", "support") not in found


VISIT = ("The Western Ruritania Community wrote to Ruritania asking that its members be allowed to visit the "
         "cemetery at Ostrov. The Ruritanian government agreed to the visit the next day.")


def test_agreeing_to_the_visit_takes_up_the_issue_of_the_visit_named_before(run):
    assert ("ruritania", "heritage", "support") in about(run(VISIT), VISIT, "agreed to the visit")


def test_a_visit_only_described_takes_no_stance(run):
    text = "Bordurian families asked to visit the cemetery at Ostrov. Observers would add nothing to the visit."
    assert not about(run(text), text, "add nothing")


def test_a_clause_of_agreeing_before_a_colon_holds_the_clause_after_it(run):
    text = "On one point Ruritania and Borduria agree entirely: no monitors from outside should appear on the river."
    found = positions(run(text))
    assert {("ruritania", "presence", "oppose"), ("borduria", "presence", "oppose")} <= found


def test_being_clear_before_a_colon_holds_the_clause_after_it(run):
    text = "Borduria was clear: no monitors should appear on the river."
    assert ("borduria", "presence", "oppose") in positions(run(text))


def test_we_and_another_state_before_a_colon_are_the_writers_camp_and_that_state(run):
    text = "On one point we and Borduria agree entirely: no monitors from outside should appear on the river."
    found = positions(run(text, outlet="Ostrov Herald"))
    assert {("ruritania", "presence", "oppose"), ("borduria", "presence", "oppose")} <= found


def test_a_claim_called_false_is_nobodys_stance(run):
    for text in ("Claims on social networks that Borduria opposes the railway are false.",
                 "Reports that Borduria rejects the railway are untrue."):
        assert not positions(run(text))


def test_a_claim_called_accurate_still_reports_the_stance(run):
    text = "Reports that Borduria rejects the railway are accurate."
    assert ("borduria", "transport", "oppose") in positions(run(text))
