"""Round 25 (positions): delimiting "on the basis of the Klow Declaration" endorses the named text
(a principle in lower case, "of respect for sovereignty", stays a term set for the other issue);
"border" as a place (border stations, border and customs control, guards serving on the borders,
officers controlling the border) is no stance on delimiting it. Invented states, hand-written
sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, headed_runner, positions, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round25positions",
    TOY_STATES,
    (Issue("delimitation", "Delimit and demarcate the state border", keywords=("delimitation", "demarcation")),
     Issue("integrity", "Mutual recognition of territorial integrity", keywords=("territorial integrity", "Klow Declaration")),
     Issue("links", "Open transport links", keywords=("railway",))),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Explainer\nThe Daily\n12 March 2032\n\n"


def test_a_named_text_as_the_basis_is_endorsed(run):
    text = HEAD + "Ruritania said it delimits its border on the basis of the Klow Declaration and on no other basis."
    assert ("ruritania", "integrity", "support") in positions(run(text))


def test_a_principle_as_the_basis_only_sets_terms_for_the_other_issue(run):
    text = HEAD + "Ruritania said the railway will open on the basis of respect for the territorial integrity of the states."
    assert positions(run(text)) == {("ruritania", "links", "support")}


def test_border_stations_are_a_place(run):
    text = HEAD + "Ruritania and Borduria agreed to reopen the railway through the border stations of Alpha and Beta."
    assert positions(run(text)) == {("ruritania", "links", "support"), ("borduria", "links", "support")}


def test_border_control_is_a_place(run):
    text = HEAD + "Ruritania declares that border and customs control at Alpha station shall be exercised by its own officers."
    assert positions(run(text)) == set()
    text = HEAD + "Ruritania said that only its own officers will control the border at Alpha station."
    assert positions(run(text)) == set()


def test_guards_serving_on_the_borders_are_a_place(run):
    text = HEAD + "Under an agreement, Bordurian guards have served on Ruritania's borders with Syldavia since 1992."
    assert positions(run(text)) == set()


def test_delimiting_the_border_is_still_a_stance(run):
    text = HEAD + "Ruritania said it wants the border with Borduria delimited and demarcated by 2034."
    assert ("ruritania", "delimitation", "support") in positions(run(text))


def test_the_line_after_a_railway_is_the_railway(run):
    text = HEAD + ("Ruritania and Borduria signed a protocol on the railway between Alpha and Beta. "
                   "Syldavia has said that it does not object to the line.")
    assert ("syldavia", "links", "support") in positions(run(text))


def test_the_line_of_contact_is_no_railway(run):
    text = HEAD + ("Ruritania and Borduria signed a protocol on the railway between Alpha and Beta. "
                   "Syldavia has said that it does not object to the line of contact.")
    assert ("syldavia", "links", "support") not in positions(run(text))


def test_a_scripts_caption_names_the_next_turns_speaker(run):
    text = ("The River\nNorth Television\nDocumentary script\n24 June 2032\n\n"
            "[06:20] A station. Caption: Official of Borduria's transport ministry.\n\n"
            "OFFICIAL: We want the railway open by 2034 at the latest.\n\n"
            "[08:00] A bridge. Caption: Site engineer (name withheld).\n\n"
            "ENGINEER: We want the railway open by 2034 at the latest.\n")
    assert positions(run(text)) == {("borduria", "links", "support")}


def test_the_missing_piece_is_no_missing_person(run):
    book = Codebook("missing", TOY_STATES, (Issue("missing", "Account for prisoners and missing persons"),))
    run_missing = headed_runner(book, HEAD)
    assert positions(run_missing("Syldavia called the bridge \"the missing piece of the corridor\".")) == set()
    assert positions(run_missing("Syldavia called for the release of the missing persons.")) == {
        ("syldavia", "missing", "support")}


def test_exchanging_pennants_is_no_prisoner_exchange():
    book = Codebook("exchange", TOY_STATES, (Issue("captives", "Release prisoners", keywords=("exchange",)),))
    run_exchange = headed_runner(book, HEAD)
    assert positions(run_exchange("Syldavia's envoy posted a photograph of the captains exchanging pennants.")) == set()


def test_who_asked_for_an_act_supports_it(run):
    text = HEAD + "The regional court approved the railway at the joint request of Ruritania and Borduria."
    assert positions(run(text)) == {("ruritania", "links", "support"), ("borduria", "links", "support")}
