"""Round 60 (positions, tuned on challenge58 and challenge59): rolling stock given to a railway or asked for
("offered a locomotive", "asked for two more wagons"); a bare "Y declined on 4 March" answers the offer still near;
"Z said the same"; "foreign police"; "they" in a reported clause; owned offers that name nothing ("the Bordurian
offer"), backed by "called for … to be accepted" and not by a question; security kept to some ("… alone", "a matter
for the States"); visitors of a cemetery; staff named by "whose"; campaigns against a cue; bodies "of both States";
"applauded the refusals"; "preferred X to Y". Invented states, hand-written sentences."""

from __future__ import annotations

from round_helpers import positions, toy_fixtures
from test_positions_round54 import BOOK

from parley.extract.stance_flips import less_preferred

pipeline, run, parse = toy_fixtures(BOOK)
_TALKS = "Ruritania and Syldavia met in Klow on Monday to discuss the railway. "
_OFFER = "Borduria offered again to send its transport police to the station. "


def test_lending_or_paying_for_rolling_stock_supports_the_railway(run):
    text = (_TALKS + "The Caspian Union offered a locomotive from Vor. The Green Dawn bloc has said that it will pay "
            "for the heating connection of the Vor coach.")
    assert {("union", "transport", "support"), ("dawn", "transport", "support")} <= positions(run(text))


def test_rolling_stock_nobody_gives_takes_no_stance(run):
    text = _TALKS + "The train stopped at Vor for an hour, and the Caspian Union counted the coaches."
    assert not {p for p in positions(run(text)) if p[0] == "union"}


def test_a_bare_decline_answers_the_offer_still_in_reach(run):
    text = (_TALKS + _OFFER + "The offer came through a note to both capitals. Ruritania declined on 4 March, with great "
            "politeness. Syldavia declined on 5 March.")
    assert {("ruritania", "presence", "oppose"), ("syldavia", "format", "oppose"),
            ("syldavia", "presence", "oppose")} <= positions(run(text))


def test_saying_the_same_holds_what_the_sentence_before_said(run):
    text = _TALKS + "Syldavia wants the railway reopened before the winter. The Caspian Union said the same on 4 February."
    assert ("union", "transport", "support") in positions(run(text))


def test_the_same_day_is_a_date_not_the_same_stance(run):
    text = _TALKS + "Syldavia wants the railway reopened before the winter. The Caspian Union said the same day that it had no view."
    assert ("union", "transport", "support") not in positions(run(text))


def test_not_wanting_foreign_police_opposes_the_presence(run):
    text = _TALKS + "Ruritania and Syldavia have told the Union that they do not want foreign police at the station."
    assert {("ruritania", "presence", "oppose"), ("syldavia", "presence", "oppose")} <= positions(run(text))


def test_asking_for_a_coach_supports_the_railway(run):
    text = _TALKS + "The Caspian Union has asked for two more wagons from Vor."
    assert ("union", "transport", "support") in positions(run(text))


def test_an_offer_named_by_its_owners_demonym_is_that_owners(run):
    text = _TALKS + "Ruritania declined on 16 October the tenth Bordurian offer to send transport police."
    assert {("borduria", "presence", "support"), ("ruritania", "presence", "oppose"),
            ("ruritania", "format", "oppose")} <= positions(run(text))


def test_asking_whether_someone_backs_the_offer_is_no_backing(run):
    text = _TALKS + "Some of you have asked whether the Caspian Union supports the Bordurian offer to send transport police."
    assert not {p for p in positions(run(text)) if p[0] == "union"}


def test_they_in_a_reported_clause_is_the_pair_that_reports_it(run):
    text = ("The railway between Ruritania and Syldavia reopened in March. " + _OFFER + "Ruritania and Syldavia have "
            "each told the Caspian Union that they do not want foreign police at the station.")
    assert {("ruritania", "presence", "oppose"), ("syldavia", "presence", "oppose")} <= positions(run(text))


def test_security_kept_to_the_states_refuses_an_outside_presence(run):
    text = (_TALKS + "Ruritania and Syldavia said in 2039 that the security of the line would stay with their own border "
            "and police services alone. The Caspian Union said that the safety of the railway is a matter for the States "
            "through which it runs.")
    assert {("ruritania", "presence", "oppose"), ("syldavia", "presence", "oppose"),
            ("union", "presence", "oppose")} <= positions(run(text))


def test_security_kept_to_no_one_names_no_presence(run):
    text = _TALKS + "The Caspian Union said that the security of the line had improved since March."
    assert not {p for p in positions(run(text)) if p[1] == "presence"}


def test_an_owned_offer_that_names_nothing_is_the_owners_role(run):
    text = (_TALKS + "Bordurian diplomats say that Borduria's offer stands. The Green Dawn bloc called again on 6 March "
            "for the Bordurian offer to be accepted.")
    assert {("borduria", "format", "support"), ("dawn", "format", "support")} <= positions(run(text))


def test_an_owned_offer_of_something_else_is_no_role(run):
    text = _TALKS + "Ruritania declined the Bordurian offer of engineers for the clearance of the embankment."
    assert not {p for p in positions(run(text)) if p[1] == "format"}


def test_visitors_of_a_cemetery_hold_to_it(run):
    text = (_TALKS + "Ruritania consented on 3 August to the eighth visit of the Bordurian diaspora to the cemetery at "
            "Vor. Syldavia let forty members of the Green Dawn bloc visit the cemetery at Klow on Saturday.")
    assert {("bordurian_diaspora", "heritage", "support"), ("dawn", "heritage", "support")} <= positions(run(text))


def test_a_visit_not_made_names_no_visitor(run):
    text = _TALKS + "The Green Dawn bloc did not visit the cemetery at Vor."
    assert ("dawn", "heritage", "support") not in positions(run(text))


def test_staff_named_by_whose_and_invited_in_a_clause_of_reason(run):
    text = (_TALKS + "The Caspian Union, whose eight advisers have worked at the station since June at the request of "
            "Ruritania, has asked for a review. The advisers work there because Syldavia invited them.")
    assert {("ruritania", "presence", "support"), ("syldavia", "presence", "support")} <= positions(run(text))


def test_rolling_stock_asked_for_beside_another_cue_of_the_railway(run):
    text = _TALKS + "Syldavia wants a daily train on the railway, and the Caspian Union wants a coach from Vor."
    assert ("union", "transport", "support") in positions(run(text))


def test_a_campaign_against_the_railway_opposes_it(run):
    text = _TALKS + "Journalists asked her about the Green Dawn bloc's campaign against the railway through Vor."
    assert ("dawn", "transport", "oppose") in positions(run(text))


def test_the_bodies_of_both_states_act_for_the_pair(run):
    text = _TALKS + "The mine action centres of both States will clear the mines south of Vor in spring."
    assert {("ruritania", "demining", "support"), ("syldavia", "demining", "support")} <= positions(run(text))


def test_an_offer_of_police_misparsed_as_a_compound_keeps_its_owner():
    import spacy
    from spacy.tokens import Doc

    from parley.extract.stance_roles import _offer_owner

    words = "repeated that its offer of transport police stands .".split()
    heads = [0, 7, 3, 7, 3, 6, 7, 0, 0]  # the parse seen on a real text: "police" a compound of "stands"
    deps = ["ROOT", "mark", "poss", "nsubj", "prep", "compound", "compound", "ccomp", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    owner = _offer_owner(doc[6])
    assert owner is not None and owner.text == "its"


def test_applauding_the_refusals_refuses_as_they_did(run):
    text = (_TALKS + _OFFER + "Ruritania declined the offer on 4 March. The Green Dawn bloc called for the offer to be "
            "accepted. Its deputies said so in parliament. They repeated it on Friday. The Caspian Union, for its part, "
            "applauded the refusals.")
    found = positions(run(text))
    assert ("union", "presence", "oppose") in found and ("union", "presence", "support") not in found


def test_what_is_preferred_is_wanted(run):
    text = (_TALKS + "The Caspian Union said it preferred Borduria to anyone from outside the region. The Green Dawn "
            "bloc said that a Bordurian role was preferable to any presence of forces from outside the region.")
    assert {("union", "format", "support"), ("dawn", "format", "support")} <= positions(run(text))


def test_what_something_is_preferred_to_is_refused(parse):
    doc = parse("Iran said that a Russian role was preferable to any presence of forces from outside the region.")
    to = next(t for t in doc if t.lower_ == "to")
    presence = next(t for t in doc if t.lower_ == "presence")
    assert less_preferred(to, presence) and not less_preferred(to, to.head)
