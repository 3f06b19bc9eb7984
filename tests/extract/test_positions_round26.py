"""Round 26 (positions): "the Special Envoy" points back to the organisation whose name holds those
capitalised words ("Office of the Special Envoy for the Region"); "both governments" or "the two
countries" far from any name are the two states the text names most; the owners of a body the cue
names, as a subject ("the border commissions of X and Y met"), are at work on the issue; "gave up X"
rejects X, "has not given up X" keeps it; "does not move the border" respects territorial
integrity; a bulletin's clip header ("[CLIP 3: X's ambassador in Y. Duration 0:12]") names the next
turn's speaker; a party's programme speaks in its own voice. Invented states, hand-written
sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

ENVOY = Actor("office", "Regional Office", "organisation", ("Office of the Special Envoy for the Region",))
BLOC = Actor("dawn", "Dawn bloc", "party", ("Ruritanian Dawn bloc",))
BOOK = Codebook(
    "round26positions",
    (*TOY_STATES, ENVOY, BLOC),
    (Issue("links", "Open transport links", keywords=("railway",)),
     Issue("demining", "Clear the mines", keywords=("mines", "demining")),
     Issue("delimitation", "Delimit the state border", keywords=("border commission", "delimitation")),
     Issue("integrity", "Mutual recognition of territorial integrity", keywords=("territorial integrity",))),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Report\nThe Daily\n12 March 2032\n\n"
FILLER = "The weather was fine. The roads were dry. Prices rose in the spring. "


def test_the_special_envoy_is_the_office_of_the_special_envoy(run):
    text = HEAD + ("The Office of the Special Envoy for the Region opened in May. " + FILLER
                   + "The Special Envoy supports the reopening of the railway.")
    assert ("office", "links", "support") in positions(run(text))


def test_a_bare_title_with_no_such_office_stays_unresolved(run):
    text = HEAD + FILLER + "The Special Envoy supports the reopening of the railway."
    assert not any(actor == "office" for actor, _, _ in positions(run(text)))


def test_both_governments_far_from_any_name_are_the_two_states_named_most(run):
    text = HEAD + ("Ruritania and Borduria began a survey of their border in July. Ruritania sent four teams. "
                   "Borduria sent three. Syldavia lent two dogs. " + FILLER
                   + "Both governments have asked that the corridor be cleared of mines by October.")
    found = positions(run(text))
    assert {("ruritania", "demining", "support"), ("borduria", "demining", "support")} <= found
    assert ("syldavia", "demining", "support") not in found


def test_no_pair_stands_out_when_three_states_are_named_as_often(run):
    text = HEAD + ("Ruritania, Borduria and Syldavia met in July. " + FILLER
                   + "Both governments have asked that the corridor be cleared of mines by October.")
    assert positions(run(text)) == set()


def test_the_owners_of_a_working_body_are_at_work_on_its_issue(run):
    text = HEAD + "The border commissions of Ruritania and Borduria ended their ninth meeting in Klow last night."
    assert positions(run(text)) == {("ruritania", "delimitation", "support"), ("borduria", "delimitation", "support")}


def test_a_body_that_did_not_act_is_no_stance(run):
    text = HEAD + "The border commission of Ruritania did not meet this year."
    assert positions(run(text)) == set()


def test_giving_something_up_rejects_it(run):
    assert positions(run(HEAD + "Ruritania gave up the railway in 2029.")) == {("ruritania", "links", "oppose")}


def test_not_giving_it_up_keeps_it(run):
    text = HEAD + "Ruritania said it had not given up the railway, only the hurry."
    assert positions(run(text)) == {("ruritania", "links", "support")}


def test_not_moving_the_border_respects_territorial_integrity(run):
    text = HEAD + "Ruritania said the protocol does not move the border by a single metre."
    assert positions(run(text)) == {("ruritania", "integrity", "support")}


def test_moving_quickly_to_open_the_borders_is_no_change_of_borders(run):
    text = HEAD + "Ruritania urged both governments to move quickly to open their borders to trade."
    assert not any(issue == "integrity" for _, issue, _ in positions(run(text)))


def test_a_bulletins_clip_header_names_the_next_turns_speaker(run):
    text = ("Evening bulletin\nRadio Klow\n16 September 2032\n\n"
            "ANCHOR: Tomorrow the first test train leaves Alpha for Beta.\n\n"
            "[CLIP 3: Syldavia's ambassador in Strelsau. Duration 0:12]\n\n"
            "AMBASSADOR: We want the same trains to run on the railway to Beta as soon as it is ready.\n")
    assert ("syldavia", "links", "support") in positions(run(text))


def test_a_partys_programme_speaks_in_its_own_voice(run):
    text = ("Chapter Four: Our neighbours\nRuritanian Dawn bloc\nProgramme of the bloc, adopted by its Congress\n"
            "28 August 2032\n\nThe mines along the border must be cleared before any road is opened.\n")
    assert ("dawn", "demining", "support") in positions(run(text))
