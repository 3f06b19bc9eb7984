"""Round 34 (positions): signers listed after a fronted date, commitments made by a named agent,
quotes under a reported verb of saying, guarding kept to oneself "by no one else"
... Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, hand_parse, headed_runner, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue
from parley.extract.stance_flips import _no_slot
from parley.extract.stance_syntax import subject
from parley.extract.stance_relative import _misread_relative

BOOK = Codebook(
    "round34positions",
    TOY_STATES,
    (Issue("treaty", "Sign the peace treaty", keywords=("peace treaty",)),
     Issue("force", "Renounce the use of force", keywords=("peaceful means", "use of force")),
     Issue("demining", "Clear landmines", keywords=("demining", "landmines", "mines")),
     Issue("presence", "Keep foreign monitors or peacekeepers in the region", keywords=("observers", "monitors")),
     Issue("transport", "Open transport links", keywords=("railway", "road")),
     Issue("guards", "Keep Borduria as the leading power and mediator in the region",
           keywords=("Bordurian mediation", "Bordurian guarantees"))),
    outlet_camps=(("Klow Gazette", "syldavia"),),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_signers_listed_after_a_fronted_date_are_the_verbs_subject(pipeline):
    # the parse this guards against: the signers hung as conjuncts of the date, the verb without a subject
    doc = hand_parse(pipeline, "At the meeting on 3 May , Ruritania and Borduria committed themselves to peace .",
                     [10, 2, 0, 2, 5, 3, 5, 5, 7, 7, 10, 10, 10, 12, 10],
                     "prep det pobj prep nummod pobj punct conj cc conj ROOT dobj prep pobj punct")
    assert subject(doc[10]).text == "Ruritania"


def test_names_inside_the_fronted_phrase_without_a_comma_are_no_subject(pipeline):
    doc = hand_parse(pipeline, "At the meeting of Ruritania and Borduria committed themselves to peace .",
                     [7, 2, 0, 2, 3, 4, 4, 7, 7, 7, 9, 7],
                     "prep det pobj prep pobj cc conj ROOT dobj prep pobj punct")
    assert subject(doc[7]) is None


def test_a_commitment_made_by_named_states_is_theirs(run):
    text = ("Syldavia will propose that the meeting reaffirm the commitment made in Klow by Ruritania and "
            "Borduria to settle their disputes by peaceful means only.")
    found = positions(run(text))
    assert {("ruritania", "force", "support"), ("borduria", "force", "support")} <= found


def test_a_road_built_by_named_states_is_not_their_stance_under_a_proposal(run):
    text = "Syldavia will propose that the meeting inspect the road built in Klow by Ruritania."
    assert ("ruritania", "transport", "support") not in positions(run(text))


def test_a_quote_under_a_reported_verb_of_saying_is_its_subjects(run):
    text = ("My Government notes that the Republic of Ruritania told the meeting in Klow that it would guard the "
            "road \u201cwith its own guards and nobody else's\u201d.")
    quotes = [q for q in run(text).quotes if q.direct]
    assert [q.speaker_actor for q in quotes] == ["ruritania"]


def test_a_quote_under_a_reported_verb_of_agreeing_stays_the_main_speakers(run):
    text = ("The Syldavian minister noted that Ruritania agreed that the road should stay \u201copen to everyone, "
            "at every hour\u201d.")
    quotes = [q for q in run(text).quotes if q.direct]
    assert [q.speaker_actor for q in quotes] == ["syldavia"]


def test_guarding_by_no_one_else_refuses_outside_presence_and_the_role_states_guards(run):
    text = "The Ruritanian minister said that the road will be guarded by Ruritanian border guards and by no one else."
    found = positions(run(text))
    assert {("ruritania", "presence", "oppose"), ("ruritania", "guards", "oppose")} <= found
    assert not {p for p in found if p[1] in {"presence", "guards"} and p[2] == "support"}


def test_guarding_by_nobody_else_hung_on_a_later_verb_still_refuses(run):
    text = ('The Ruritanian minister said that the road "will be guarded by Ruritanians and by nobody else, '
            'whoever trains them".')
    found = positions(run(text))
    assert ("ruritania", "presence", "oppose") in found
    assert ("ruritania", "presence", "support") not in found


def test_guarding_by_ones_own_guards_alone_is_no_refusal(run):
    text = "The Ruritanian minister said that the road will be guarded by Ruritanian border guards."
    assert not {p for p in positions(run(text)) if p[1] in {"presence", "guards"}}


def test_the_treaty_that_two_states_signed_misparsed_as_an_object_is_theirs(pipeline):
    # the parse this guards against: "that" the object of "signed", hung on the main verb, not on "treaty"
    doc = hand_parse(pipeline, "The service is made possible by the peace treaty that Ruritania and Borduria signed .",
                     [1, 3, 3, 3, 3, 3, 8, 8, 5, 13, 13, 10, 10, 3, 3],
                     "det nsubjpass auxpass ROOT oprd agent det compound pobj dobj nsubj cc conj ccomp punct")
    assert [t.text for t in _misread_relative(doc[8])] == ["signed"]


def test_the_treaty_that_two_states_signed_is_theirs(run):
    text = "The service is made possible by the peace treaty that Ruritania and Borduria signed in Klow."
    assert {("ruritania", "treaty", "support"), ("borduria", "treaty", "support")} <= positions(run(text))


def test_outside_powers_that_should_keep_out_are_refused(run):
    text = "Ruritania and Borduria both say that foreign monitors should keep out of the region."
    found = positions(run(text))
    assert {("ruritania", "presence", "oppose"), ("borduria", "presence", "oppose")} <= found
    assert ("ruritania", "presence", "support") not in found


def test_a_verge_cleared_of_mines_by_a_state_is_its_demining(run):
    text = "The verges of the road were cleared of mines by Ruritania before the works began."
    assert ("ruritania", "demining", "support") in positions(run(text))


def test_a_verge_to_be_cleared_of_mines_by_a_state_is_no_act_done(run):
    text = "Syldavia reported that the verges would not have been cleared of mines by Ruritania."
    assert ("ruritania", "demining", "support") not in positions(run(text))


def test_a_clearance_by_two_states_deminers_is_both_states(run):
    text = "Syldavia welcomes the clearance of the Klow verge by Ruritanian and Bordurian deminers."
    found = positions(run(text))
    assert {("ruritania", "demining", "support"), ("borduria", "demining", "support")} <= found


def test_a_road_guarded_by_a_states_troops_does_not_make_them_its_speaker(run):
    text = "Syldavia said the road will be guarded by Ruritanian and Bordurian border troops."
    assert not {p for p in positions(run(text)) if p[0] in {"ruritania", "borduria"} and p[1] == "transport"}


def test_it_after_a_community_named_in_the_plural_is_the_state(pipeline):
    book = Codebook("round34community", TOY_STATES + (
        Actor("klow_people", "Klow people", "community", ("Klow families",)),), BOOK.issues)
    run = headed_runner(book, "")
    text = ("Borduria will allow fifty Klow families to visit the monastery, but it has again refused to let "
            "observers go with them.")
    found = positions(run(text))
    assert ("borduria", "presence", "oppose") in found
    assert not {p for p in found if p[0] == "klow_people" and p[1] == "presence"}


def test_an_agenda_with_no_item_on_an_issue_leaves_it_out(pipeline):
    # the parse the rule reads: "on the railway" hung on the verb, beside its denied object
    doc = hand_parse(pipeline, "the agenda contains no item on the railway .",
                     [1, 2, 2, 4, 2, 2, 7, 5, 2], "det nsubj ROOT det dobj prep det pobj punct")
    assert _no_slot(doc[2], doc[5])
    doc = hand_parse(pipeline, "the agenda contains no politics on the railway .",
                     [1, 2, 2, 4, 2, 2, 7, 5, 2], "det nsubj ROOT det dobj prep det pobj punct")
    assert not _no_slot(doc[2], doc[5])
