"""Round 38 (positions): whoever pays for or oversees an act, named after "by" in a participle on a word
of its clause ("deminers, paid by X, …"), supports it; a force named inside a team that acts ("teams
of Xian deminers cleared …") is its state acting; whoever brings a claim or complaint against a thing, or
is against it, opposes it; names listed after "In X in April," are the subjects, not places. Invented states and people, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

from round_helpers import positions, toy_fixtures
from test_positions_round37 import BOOK as ROUND37

BOOK = replace(ROUND37, name="round38positions")
pipeline, run, parse = toy_fixtures(BOOK)


def test_a_payer_named_in_a_participle_on_the_doers_supports_the_act(run):
    found = positions(run("Ruritanian deminers, paid by Syldavia, are clearing the landmines."))
    assert {("ruritania", "demining", "support"), ("syldavia", "demining", "support")} <= found


def test_a_payer_named_in_a_participle_after_the_object_supports_the_act(run):
    assert ("syldavia", "demining", "support") in positions(run("The deminers cleared the landmines, paid by Syldavia."))


def test_coordinated_funding_and_checking_participles_name_both_backers(run):
    text = "The deminers, funded by Syldavia and checked by inspectors of the Green Dawn bloc, cleared the landmines."
    assert {("syldavia", "demining", "support"), ("dawn", "demining", "support")} <= positions(run(text))


def test_a_demonym_on_the_overseers_names_their_state(run):
    text = "The deminers, watched over by Bordurian ambulance crews, cleared the landmines."
    assert ("borduria", "demining", "support") in positions(run(text))


def test_a_thing_the_act_is_set_against_gives_its_payer_nothing(run):
    text = "Demining would be a better guarantee than a scanner paid for by Syldavia."
    assert ("syldavia", "demining", "support") not in positions(run(text))


def test_a_participle_that_neither_pays_nor_oversees_gives_nothing(run):
    assert positions(run("The landmines, laid by Borduria in the war, are still there.")) == set()


def test_teams_of_two_states_deminers_are_both_states_acting(run):
    found = positions(run("Mixed teams of Ruritanian and Bordurian deminers cleared the landmines."))
    assert {("ruritania", "demining", "support"), ("borduria", "demining", "support")} <= found


def test_teams_sent_are_the_senders_act_not_the_teams_state(run):
    assert positions(run("Syldavia sent teams of Ruritanian deminers.")) == {("syldavia", "demining", "support")}


def test_the_owner_of_a_claim_against_a_thing_opposes_it(run):
    text = "The Green Dawn bloc's claim against the railway, filed in the court on 30 July, does not touch our area."
    assert ("dawn", "transport", "oppose") in positions(run(text))


def test_whoever_files_a_complaint_against_a_thing_opposes_it(run):
    assert positions(run("The Green Dawn bloc filed a complaint against the railway.")) == {("dawn", "transport", "oppose")}


def test_a_complaint_not_filed_is_no_opposition(run):
    assert ("ruritania", "transport", "oppose") not in positions(run("Ruritania has not filed a complaint against the railway."))


def test_being_against_a_thing_opposes_it(run):
    assert positions(run("The Green Dawn bloc is firmly against the railway.")) == {("dawn", "transport", "oppose")}


def test_a_vote_against_a_thing_names_no_one(run):
    assert positions(run("The vote was against the railway.")) == set()


def test_names_listed_after_a_fronted_place_and_month_are_the_subjects_not_places(run):
    text = "In Klow in April, Syldavia, Ruritania and Borduria promised to settle every dispute by peaceful means."
    found = positions(run(text))
    assert {("syldavia", "force", "support"), ("ruritania", "force", "support"), ("borduria", "force", "support")} <= found
