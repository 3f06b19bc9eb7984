"""Round 6 of the position rules: transcripts, open letters, conditions and accusations.

* a labelled turn's first sentence begins with its own label ("BRAND: We oppose …"): it is that
  speaker's; a presenter's question is nobody's position;
* an open letter is a text in its issuer's voice: its unattributed "X must be protected" is the
  issuer's; "some in Szohod say …" is neither an actor's nor the issuer's;
* a site named in a question ("Hollin Abbey") is "the abbey" in the answer;
* "on the border", "border guards" are a place and a unit, not delimitation;
* "the treaty cannot be signed while X …", "only after X …": a condition on X, no stance on the
  treaty; removing the claims is wanting them renounced; "it is not a whim: …" does not negate
  what follows the colon;
* "ready to help A and B conclude a treaty": the helper holds it;
* accusations and questions are nobody's stance: "who wants another war", "continues to hold
  prisoners"; detainees who "come home" are released, not displaced people returning;
* "the day the treaty is signed" is a time; "did not initial it to put it in a drawer" denies
  the purpose; "have not lost their force" keeps them; those who "have a right to return" are
  whom an argument is about; a return "under international guarantees" is the group's rights too.

Texts are about invented states, bodies and people (Ruritania, Borduria, the Lantern faction).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.stance_lexicon import concept_words, stem

BOOK = Codebook(
    "toy-round6",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania", "Ruritanian government"),
              ("Rudolf Rassendyll",), ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",),
              ("Bordurian",)),
        Actor("lantern", "Ruritanian opposition", "party", ("Lantern faction",), ("Ottokar Brand",),
              camp="ruritania"),
        Actor("lakeland", "Lakeland Union", "organisation", ("the Union",)),
        Actor("lakeside", "Lakeside Mission", "organisation", ("Lakeside monitors", "Lakeside Mission")),
        Actor("diaspora", "Ruritanian diaspora", "community", ("Ruritanian Council of Oceania",),
              camp="ruritania"),
        Actor("tessarines", "Tessarines", "community", ("Tessarine community",), ("Nadia Ferro",)),
        Actor("pact", "Northern Pact", "organisation", ("the Pact",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty",)),
        Issue("force", "Refrain from the threat or use of force", keywords=("use of force", "war")),
        Issue("border", "Delimit and demarcate the state border", keywords=("delimitation", "border commission")),
        Issue("constitution", "Renounce territorial claims, including amending Ruritania's constitution",
              keywords=("constitution", "territorial claims", "preamble")),
        Issue("prisoners", "Release detainees and prisoners of war", keywords=("prisoners of war", "detainees")),
        Issue("presence", "Keep foreign peacekeepers, monitors or mediators' presence in the region",
              keywords=("monitoring mission", "observers")),
        Issue("return", "Right of return for people displaced by the conflict", keywords=("return",)),
        Issue("rights", "Guarantee the rights, security and reintegration of the Tessarines",
              keywords=("reintegration",)),
        Issue("heritage", "Protect cultural and religious heritage and monuments",
              keywords=("Hollin Abbey", "churches", "cemeteries")),
        Issue("pact_role", "Keep the Northern Pact's role in the region", keywords=("Northern Pact",)),
        Issue("balance", "International actors treat both sides evenly (a one-sided approach is criticised)",
              keywords=("double standards", "one-sided")),
    ),
    outlet_camps=(("The Lakeland Post", "independent"),),
    affiliation_camps=(("Centre for Bordurian Studies", "borduria"),),
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


def triples(result) -> set[tuple[str, str, str]]:
    return {(p.actor, p.issue, p.stance) for p in result.positions}


def about(result, text: str, words: str) -> set[tuple[str, str, str]]:
    """The triples whose evidence sentence contains ``words``."""
    return {(p.actor, p.issue, p.stance) for p in result.positions if words in text[p.span.start:p.span.end]}


WIRE = "STRELSAU, 3 May 2026 (Lakeland Post) - Talks between the two governments resumed in Lakeside on Monday.\n\n"

OPED = (
    "OPINION\n"
    "Jana Novak, Centre for Bordurian Studies\n\n"
    "For thirty years the talks have gone round in circles.\n\n"
)


# --- a talk-show transcript ---------------------------------------------------------------------
SHOW = (
    "Crossing Lines: is the treaty running out of time?\n"
    "Lakeland Broadcast - programme transcript\n"
    "22 March 2026\n\n"
    "HOST: Good evening. With me are Ottokar Brand of the Lantern faction and Kurvi Tasch.\n\n"
    "BRAND: We oppose this treaty because it gives Szohod everything.\n\n"
    "HOST: Mr Tasch, will the peace treaty be signed this year?\n\n"
    "TASCH: Let me say it plainly: we have no interest in a new war.\n\n"
    "HOST: We will leave it there.\n"
)


def test_the_first_sentence_of_a_labelled_turn_is_the_labelled_speakers(run):
    assert ("lantern", "peace", "oppose") in triples(run(SHOW))


def test_a_presenters_question_is_no_position(run):
    assert not about(run(SHOW), SHOW, "will the peace treaty be signed")


def test_a_guest_refusing_war_supports_non_use_of_force(run):
    found = triples(run(SHOW))
    assert ("borduria", "force", "support") in found and ("borduria", "force", "oppose") not in found


# --- an open letter --------------------------------------------------------------------------------
LETTER = (
    "Open letter to the leaders of the Lakeland Union\n"
    "Ruritanian Council of Oceania\n"
    "24 April 2026\n\n"
    "We write to you on the day our community remembers its dead.\n\n"
)


def test_an_open_letters_unattributed_call_is_its_issuers(run):
    found = triples(run(LETTER + "The churches and cemeteries of the valley must be protected.\n"))
    assert ("diaspora", "heritage", "support") in found


def test_what_unnamed_people_say_is_no_position_of_the_letters_issuer(run):
    found = triples(run(LETTER + "Some in Szohod say the peace treaty must be signed at once.\n"))
    assert not any(issue == "peace" for _, issue, _ in found)


# --- an interview: a site named in the question ---------------------------------------------------
INTERVIEW = (
    "“We are not a bargaining chip”: Nadia Ferro on the Tessarines and the talks\n\n"
    "Interview by Paul Ostend\nThe Lakeland Post\n19 March 2025\n\n"
    "Nadia Ferro chairs the Tessarine community council, the elected body of the valley. She spoke to the Post "
    "in the valley town of Lenna on Monday.\n\n"
    "The Post: What does the council want from the talks?\n\n"
    "Ferro: A seat at the table, first. We want our schools kept open.\n\n"
    "The Post: What about Hollin Abbey?\n\n"
    "Ferro: The abbey is eight hundred years old. We ask both governments to keep soldiers away from the abbey "
    "and to let our restorers finish their work.\n"
)


def test_the_abbey_in_an_answer_is_the_site_the_question_named(run):
    assert ("tessarines", "heritage", "support") in about(run(INTERVIEW), INTERVIEW, "away from the abbey")


# --- place and unit, not delimitation --------------------------------------------------------------
def test_monitors_staying_on_the_border_say_nothing_of_delimitation(run):
    found = triples(run(WIRE + "The Lakeland Union said the Lakeside monitors should stay on the border.\n"))
    assert ("lakeland", "presence", "support") in found
    assert not any(issue == "border" for _, issue, _ in found)


def test_border_guards_are_no_delimitation(run):
    found = triples(run(WIRE + '"Bordurian border guards have the mandate to keep the road safe," Kurvi Tasch said.\n'))
    assert not any(issue == "border" for _, issue, _ in found)


# --- conditions on the treaty -------------------------------------------------------------------------
def test_a_treaty_that_cannot_be_signed_while_claims_remain_is_a_call_to_renounce_them(run):
    found = triples(run(WIRE + "Kurvi Tasch said the treaty cannot be signed while Ruritania's Constitution still "
                               "contains claims on Bordurian land.\n"))
    assert ("borduria", "constitution", "support") in found
    assert ("borduria", "peace", "oppose") not in found


def test_signing_only_after_the_claims_are_removed_wants_them_removed(run):
    found = triples(run(WIRE + "Kurvi Tasch said the treaty could be signed only after Ruritania removed the "
                               "territorial claims from its constitution.\n"))
    assert ("borduria", "constitution", "support") in found
    assert ("borduria", "peace", "support") not in found


def test_a_negation_before_a_colon_does_not_turn_what_follows_it(run):
    found = triples(run(OPED + "But there is one condition, and it is not a whim: the territorial claims written "
                               "into Ruritania's constitution must be removed.\n"))
    assert ("borduria", "constitution", "support") in found
    assert ("borduria", "constitution", "oppose") not in found


# --- who holds it ------------------------------------------------------------------------------------
def test_the_helper_holds_the_position_not_those_helped(run):
    found = triples(run("LAKESIDE, May 8 (Lakeland Post) - The Lakeland Union remains ready to help Ruritania and "
                        "Borduria conclude a peace treaty, a Union spokesman said on Wednesday.\n"))
    assert ("lakeland", "peace", "support") in found
    assert ("ruritania", "peace", "support") not in found and ("borduria", "peace", "support") not in found


def test_who_wants_war_is_a_question_not_a_position(run):
    found = triples(run(WIRE + "Kurvi Tasch said the Lakeland Union was arming Ruritania, which tells you who wants "
                               "another war.\n"))
    assert not any(issue == "force" for _, issue, _ in found)


def test_holding_prisoners_is_an_accusation_not_the_holders_position(run):
    found = triples(run(WIRE + "Borduria continues to hold Ruritanian prisoners of war after closed trials.\n"))
    assert not any(actor == "borduria" and issue == "prisoners" for actor, issue, _ in found)


def test_detainees_coming_home_is_their_release_not_a_return_of_the_displaced(run):
    found = triples(run(WIRE + 'Rudolf Rassendyll wrote: "We expect the remaining detainees to come home as well."\n'))
    assert ("ruritania", "prisoners", "support") in found
    assert not any(issue == "return" for _, issue, _ in found)


# --- times, purposes and validity -------------------------------------------------------------------
def test_the_day_the_treaty_is_signed_is_a_time_not_a_stance(run):
    found = triples(run(WIRE + "Kurvi Tasch said the Lakeside monitoring mission should end the day the peace "
                               "treaty is signed.\n"))
    assert not any(issue == "peace" for _, issue, _ in found)


def test_denying_a_purpose_does_not_deny_the_act(run):
    found = triples(run(WIRE + '"We did not initial this peace treaty to put it in a drawer," Rudolf Rassendyll '
                               'told the chamber.\n'))
    assert ("ruritania", "peace", "oppose") not in found


def test_provisions_that_have_not_lost_their_force_are_kept(run):
    found = triples(run(WIRE + '"The provisions on the border commission have not lost their force," Kurvi '
                               'Tasch said.\n'))
    assert ("borduria", "border", "oppose") not in found


# --- an op-ed: rights and guarantees ------------------------------------------------------------------
def test_those_who_have_a_right_to_return_are_whom_the_authors_argument_is_about(run):
    found = triples(run(OPED + "The Tessarines expelled in 1991 have a right to return to their homes in dignity.\n"))
    assert ("borduria", "return", "support") in found
    assert ("tessarines", "return", "support") not in found


def test_a_return_under_international_guarantees_is_also_the_groups_rights(run):
    found = triples(run(LETTER + "We insist on their right to return to their homes under international "
                                 "protection.\n"))
    assert {("diaspora", "return", "support"), ("diaspora", "rights", "support")} <= found


ANALYSIS = (
    "ANALYSIS\n"
    "Jana Novak, Centre for Bordurian Studies\n\n"
    "The road through the valley is now at the centre of the talks.\n\n"
)


def test_a_refusal_reported_with_he_said_in_an_analysis_is_no_forecast(run):
    found = triples(run(ANALYSIS + "Ruritania, he said, would never accept the presence of foreign observers on "
                                   "that road.\n"))
    assert ("ruritania", "presence", "oppose") in found


def test_a_forecast_in_an_analysis_is_still_no_position(run):
    found = triples(run(ANALYSIS + "Ruritania will probably never accept the presence of foreign observers on "
                                   "that road.\n"))
    assert not any(actor == "ruritania" and issue == "presence" for actor, issue, _ in found)


# --- quoted fragments and the missing -----------------------------------------------------------------
def test_a_quoted_fragment_governed_by_the_narration_takes_the_narrations_stance(run):
    found = triples(run(WIRE + 'The representative of Borduria cautioned the Lakeland Union against "one-sided '
                               'assessments" of the talks.\n'))
    assert ("borduria", "balance", "support") in found
    assert ("borduria", "balance", "oppose") not in found


def test_a_search_for_persons_still_missing_is_about_the_missing(run):
    found = triples(run(WIRE + "The Lakeland Union asked both governments to intensify the search for the 400 "
                               "persons still missing from the war.\n"))
    assert ("lakeland", "prisoners", "support") in found


# --- silence and crossings ----------------------------------------------------------------------
def test_saying_nothing_about_an_issue_is_no_stance_on_it(run):
    found = triples(run(OPED + "When the Lakeland Union demanded sanctions, it did not say a word about the "
                               "prisoners of war still held in Strelsau.\n"))
    assert not any(actor == "lakeland" and issue == "prisoners" for actor, issue, _ in found)


def test_opening_a_land_border_is_a_crossing_not_delimitation(run):
    found = triples(run(WIRE + 'A Bordurian spokesman said Borduria "will open its land border with Ruritania '
                               'when the peace treaty is signed."\n'))
    assert not any(issue == "border" for _, issue, _ in found)



# --- conditions that refuse, and speaking for one side ------------------------------------------------
def test_a_condition_with_no_signature_as_its_result_refuses_what_it_names(run):
    found = triples(run(WIRE + '"If the price of a signature is our constitution, there will be no signature," '
                               'Rudolf Rassendyll said.\n'))
    assert ("ruritania", "constitution", "oppose") in found
    assert ("ruritania", "constitution", "support") not in found


def test_not_while_they_speak_for_one_side_only_asks_for_balance(run):
    found = triples(run(OPED + "Outside partners could help, but not while they speak for one side only.\n"))
    assert ("borduria", "balance", "support") in found


# --- ties with an alliance ------------------------------------------------------------------------------
def test_not_burning_bridges_with_an_alliance_keeps_its_role(run):
    found = triples(run(SHOW.replace("HOST: We will leave it there.", "BRAND: Until there is a real alternative, "
                                     "Ruritania should not burn its bridges with the Northern Pact.")))
    assert ("lantern", "pact_role", "support") in found
    assert ("lantern", "pact_role", "oppose") not in found


def test_a_clause_that_must_stay_where_the_label_removes_it_opposes_the_label(run):
    found = triples(run(LETTER + "Finally, the reference to the old union in the preamble of the constitution must "
                                 "stay where it is.\n"))
    assert ("diaspora", "constitution", "oppose") in found
    assert ("diaspora", "constitution", "support") not in found


def test_monitors_that_must_stay_where_the_label_keeps_them_support_it(run):
    found = triples(run(LETTER + "The Lakeside monitoring mission must stay where it is.\n"))
    assert ("diaspora", "presence", "support") in found


def test_no_interest_in_a_solution_imposed_by_force_supports_non_use_of_force(run):
    found = triples(run(WIRE + 'Kurvi Tasch said Borduria had "no interest in any solution imposed by force."\n'))
    assert ("borduria", "force", "support") in found
    assert "imposed by force" in concept_words(stem("force"))  # where "force" is a shared, light label word


def test_a_date_put_on_a_referendum_is_no_refusal_of_it(run):
    found = triples(run(WIRE + "The Ruritanian government says a referendum on the constitution cannot be held "
                               "before 2027.\n"))
    assert ("ruritania", "constitution", "oppose") not in found
