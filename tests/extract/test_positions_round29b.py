"""Round 29, second part (positions): a body named in full and then by the last word of its name
("the Valley Displaced Community … the Community repeated its demand") holds that position; where
two bodies named before share the word, "the Community" names neither. "X's standing offer to place
border guards" is an offer of X's role with words between, and "…, which Y has declined" on the end
of that offer's infinitive ("at Ostrov station, which …") declines the offer. "The Xian commission"
is X's; "the two border commissions" are the two parties; maps exchanged are no prisoners exchanged.
"On 3 June X announced …", parsed with X inside the date's phrase, has X as its subject. "The
statement of X that it will …": "it" is X. "No politics on the X" keeps politics off X.
Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

VALLEY = Actor("valley", "Valley Displaced Community", "community", ("Valley Displaced Community",), camp="borduria")
HIGHLAND = Actor("highland", "Highland Heritage Community", "community", ("Highland Heritage Community",),
                 camp="ruritania")
NORLAND = Actor("norland", "Norland", "state", ("Republic of Norland",))
BOOK = Codebook(
    "round29bpositions",
    (*TOY_STATES, NORLAND, VALLEY, HIGHLAND),
    (Issue("return", "Right of return of the displaced", keywords=("right of return", "return")),
     Issue("border", "Delimit and demarcate the border", keywords=("border commissions", "delimitation")),
     Issue("prisoners", "Release prisoners and account for the missing", keywords=("exchange", "prisoners")),
     Issue("bordurian_role", "Keep Borduria as the leading power and mediator in the region",
           keywords=("Bordurian mediation", "Bordurian guarantees"))),
)
pipeline, run, parse = toy_fixtures(BOOK)


def test_the_last_word_of_a_name_named_before_holds_the_position(run):
    text = ("Borduria received a letter from the Valley Displaced Community in April. "
            "The Government of Ruritania answered it in May. "
            "It notes that the Community still demands return to its former villages.")
    assert positions(run(text)) == {("valley", "return", "support")}


def test_two_bodies_sharing_the_word_leave_it_unnamed(run):
    text = ("The Valley Displaced Community and the Highland Heritage Community wrote to the Government in April. "
            "In the same letter the Community repeated its demand for the right of return.")
    assert ("valley", "return", "support") not in positions(run(text))


def test_the_word_before_the_full_name_names_nobody(run):
    text = ("The Community repeated its demand for the right of return. "
            "The Valley Displaced Community wrote to the Government in April.")
    assert ("valley", "return", "support") not in positions(run(text))


def test_a_standing_offer_of_border_guards_offers_the_role(run):
    text = "Analysts say that Borduria's standing offer to place border guards at Ostrov station remains its main lever."
    assert positions(run(text)) == {("borduria", "bordurian_role", "support")}


def test_declining_the_offer_in_a_clause_on_its_last_noun_opposes_the_role(run):
    text = ("Analysts say that Borduria's standing offer to place border guards at Ostrov station, which Ruritania "
            "has declined since 2030, remains its main lever.")
    assert positions(run(text)) == {("borduria", "bordurian_role", "support"), ("ruritania", "bordurian_role", "oppose")}


def test_another_state_s_offer_is_no_cue_of_the_role(run):
    text = "Analysts say that Ruritania's standing offer to place border guards at Ostrov station remains its main lever."
    assert not positions(run(text))


def test_a_demonym_before_commission_names_the_state(run):
    text = "The report traces how the Bordurian and Ruritanian commissions have pursued the delimitation since 2030."
    assert positions(run(text)) == {("borduria", "border", "support"), ("ruritania", "border", "support")}


def test_the_two_border_commissions_are_the_two_parties(run):
    text = ("Ruritania and Borduria opened the road in May. "
            "Marker 52, placed by the two border commissions on 21 April, stands on the ridge above the road.")
    assert {("ruritania", "border", "support"), ("borduria", "border", "support")} <= positions(run(text))


def test_maps_exchanged_are_no_prisoners_exchanged(run):
    text = ("Ruritania and Borduria met in May. "
            "The maps are old and were exchanged by the two border commissions in 2024.")
    assert not {p for p in positions(run(text)) if p[1] == "prisoners"}


def test_prisoners_exchanged_still_are(run):
    text = "Ruritania and Borduria met in May. The two governments exchanged prisoners in 2024."
    assert {("ruritania", "prisoners", "support"), ("borduria", "prisoners", "support")} <= positions(run(text))


def test_a_name_parsed_into_the_date_phrase_is_the_subject(run):
    text = "On 3 June Norland decided to speed up the delimitation."
    assert positions(run(text)) == {("norland", "border", "support")}


def test_it_in_a_statement_s_that_clause_is_the_statement_s_owner(run):
    text = ("We follow the calls to close the road until Ruritania recognises the massacre. "
            "We also note the statement of Borduria in March that it will accept no delimitation.")
    assert positions(run(text)) == {("borduria", "border", "oppose")}


def test_no_politics_on_the_delimitation_keeps_politics_off_it(run):
    text = "Borduria said there should be “no politics on the delimitation, only maps”."
    assert positions(run(text)) == {("borduria", "border", "support")}
