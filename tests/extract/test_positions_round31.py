"""Round 31 (positions): "met X's minister, who welcomed …. He asked …": the minister named in the
relative clause is whom a later "he" points back to, and a delegation she led is no person a "he"
or "she" can stand for. A fronted "On X" that opens a clause of being or saying ("On observers he
was blunt: …") frames a topic and takes no stance on X. What is or is not "part of" a treaty, what a
treaty "does not provide" for, and a treaty in a "since" clause say nothing of the treaty itself;
an "it" after "X is not part of the treaty" is X. A bare decline answers an offer or a request whose
infinitive or subject the cue is ("X has offered since 2032 to place its guards …, and Y has declined
each time", "X asked for observers to go …; Y refused"), and "Y has said no" is such a decline. The
role state offering its forces may say more between the words ("X has again offered troops"). "The
bloc" after the "Green Dawn bloc" is that bloc, not the actor named last. "It" with no actor named
as a subject nearby is the body last remembered as one ("The X delegation welcomed …. It calls on …").
A capitalised "the Government" that no earlier government names is the government of the text's own
state. "X, who speaks for …, and who asked …": the second "who" (hung on the main verb) is X too. A body named in full ("the border commission") is
later "the Ruritanian and Bordurian commissions", but not "the Joint Commission", a name of its own. Under a label that keeps something, its closing ("the office, the last remnant
of the monitoring mission, should close") reads against the label. Invented states and people, hand-written
sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, about, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

DAWN = Actor("dawn", "Ruritanian opposition", "party", ("Green Dawn bloc",), members=("Petr Ostrog",), camp="ruritania")

BOOK = Codebook(
    "round31positions",
    (*TOY_STATES, DAWN),
    (Issue("observers", "Allow international observers", keywords=("observers", "monitors")),
     Issue("presence", "Keep foreign monitoring missions in the region", keywords=("monitoring mission",)),
     Issue("return", "Return of displaced people", keywords=("return",)),
     Issue("missing", "Account for the missing", keywords=("missing servicemen", "missing persons")),
     Issue("border", "Delimit the border", keywords=("border commission", "delimitation")),
     Issue("transport", "Open transport links", keywords=("railway", "road")),
     Issue("treaty", "Conclude a peace treaty", keywords=("peace treaty", "treaty")),
     Issue("guards", "A role for foreign border guards", keywords=("border guards", "foreign guards")),
     Issue("role", "Keep Borduria as the leading power in the region", keywords=("Bordurian mediation",))),
    outlet_camps=(("Ostrov Herald", "ruritania"),),
)
pipeline, run, parse = toy_fixtures(BOOK)

MET_MINISTER = ("The delegation, led by Anna Black, arrived in Ostrov on Monday. There the delegation met "
                "Borduria's deputy foreign minister, who welcomed the visit. He asked the delegation to "
                "support the return of the displaced.")


def test_he_points_to_the_minister_of_a_relative_clause_not_the_delegation(run):
    result = run(MET_MINISTER)
    assert ("borduria", "return", "support") in about(result, MET_MINISTER, "He asked")


def test_a_fronted_on_topic_of_being_blunt_takes_no_stance(run):
    text = "On observers Ruritania's minister was blunt. The railway must open soon, he said."
    assert not {p for p in positions(run(text)) if p[1] == "observers"}


def test_a_fronted_on_before_a_verb_of_stance_still_counts(run):
    text = "On the railway, Ruritania has opposed every proposal."
    assert ("ruritania", "transport", "oppose") in positions(run(text))


def test_what_is_not_part_of_a_treaty_is_no_stance_on_the_treaty(run):
    text = "Ruritania says that return is not part of the treaty."
    assert positions(run(text)) == {("ruritania", "return", "oppose")}


def test_it_after_a_copula_of_scope_stands_for_the_subject_not_the_treaty(run):
    text = "Return is not a subject of the treaty, and Ruritania will not discuss it."
    assert positions(run(text)) == {("ruritania", "return", "oppose")}


def test_what_a_treaty_does_not_provide_for_is_no_stance_on_it(run):
    text = "He added that Ruritania would not discuss the return of the displaced, for which the treaty does not provide."
    assert positions(run(text)) == {("ruritania", "return", "oppose")}


def test_a_treaty_in_a_since_clause_only_dates_the_refusal(run):
    text = "Ruritania has refused to discuss return since the treaty was signed."
    assert positions(run(text)) == {("ruritania", "return", "oppose")}


def test_a_treaty_signed_is_still_supported_when_a_clause_says_what_it_provides(run):
    text = "Ruritania signed the treaty, which provides for the return of the displaced."
    assert ("ruritania", "treaty", "support") in positions(run(text))


def test_a_decline_each_time_answers_an_offer_in_an_infinitive(run):
    text = "Borduria has offered since 2032 to place its own border guards at the station, and Ruritania has declined each time."
    assert positions(run(text)) >= {("borduria", "guards", "support"), ("ruritania", "guards", "oppose")}


def test_said_no_declines_the_offer(run):
    text = "Borduria has again offered border guards for the Ostrov station, and Ruritania has again said no."
    assert ("ruritania", "guards", "oppose") in positions(run(text))


def test_a_refusal_after_a_semicolon_answers_a_request(run):
    text = "Ruritania asked for international observers to accompany the families to Ostrov; Borduria refused."
    assert positions(run(text)) == {("ruritania", "observers", "support"), ("borduria", "observers", "oppose")}


def test_a_refusal_that_names_something_else_answers_nothing(run):
    text = "Ruritania asked for international observers to accompany the families; Borduria refused to comment."
    assert ("borduria", "observers", "oppose") not in positions(run(text))


def test_the_role_state_offering_troops_with_words_between_offers_its_role(run):
    text = "Borduria has again offered troops for the Ostrov station, and Ruritania has again said no."
    assert positions(run(text)) >= {("borduria", "role", "support"), ("ruritania", "role", "oppose")}


def test_the_bloc_is_the_bloc_named_before_not_the_last_actor(run):
    text = ("Petr Ostrog, the Green Dawn bloc's leader in Ostrov, spoke on Saturday. Borduria has welcomed "
            "the railway. The bloc wants the Ostrov road closed again.")
    assert about(run(text), text, "The bloc") == {("dawn", "transport", "oppose")}


def test_it_after_a_body_named_as_subject_is_that_body(run):
    text = ("The Ruritanian delegation arrived in Ostrov on Monday. The delegation welcomed the visit. "
            "It calls on Borduria to search for the missing persons.")
    assert about(run(text), text, "It calls") == {("ruritania", "missing", "support")}


def test_the_government_with_no_antecedent_is_the_texts_own_state(run):
    text = "Borduria has asked for the road to open. The Government will not discuss return."
    assert about(run(text, outlet="Ostrov Herald"), text, "The Government") == {("ruritania", "return", "oppose")}


def test_a_second_who_clause_stands_for_the_same_person(run):
    text = ('Members also met Anna Black, who speaks for the families, and who asked the Bordurian '
            'delegation to support "the return of families to their homes".')
    assert ("ruritania", "return", "support") in positions(run(text))


def test_commissions_named_with_demonyms_refer_back_to_the_border_commission(run):
    text = ("The border commission was set up in 2030. At their last meeting, the Ruritanian and Bordurian "
            "commissions reported ten markers placed on the section.")
    assert about(run(text), text, "At their last meeting") == {("ruritania", "border", "support"),
                                                                ("borduria", "border", "support")}


def test_a_capitalised_joint_commission_is_another_body(run):
    text = ("The border commission was set up in 2030. Ruritania will fund the secretariat of the Joint "
            "Commission for three years.")
    assert not about(run(text), text, "Joint")


def test_a_mission_that_should_close_is_opposed_under_a_keeping_label(run):
    text = ("Borduria has argued that the liaison office in Ostrov, the last remnant of the monitoring "
            "mission, should close in February.")
    assert ("borduria", "presence", "oppose") in positions(run(text))
    assert ("borduria", "presence", "support") not in positions(run(text))
