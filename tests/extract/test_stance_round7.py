"""Round 7 of the position rules: resolutions, call readouts and outside presence.

* a parliament's resolution ("The X Assembly," over recitals and numbered clauses): its clauses
  are the body's voice, whoever they ask to act ("Calls on X to …", "Encourages X and Y to …");
  its recitals ("whereas …", "having regard to …") state facts; "deplores X's demands for the
  mission's withdrawal" is X's refusal of the mission and the body's support for it;
* a ministry's press release on its minister's call: "The Federal Minister" (a title naming no
  country) is the issuer's own, "the Bordurian Minister" the counterpart;
* a mission named by its name ("the Lakeside Mission") is the issue of outside presence: "support
  for the Lakeside Mission", "the monitors should be given access";
* an actor an issue's label names offering its own role ("the Pact offered to mediate", "its
  border guards") supports that issue; another actor offering to mediate does not;
* "froze its participation in X" is a stance, not conduct; "would not tolerate X" refuses X;
  "rejected the idea, as it rejects every observer" is not a double refusal;
* set phrases and terms are no issue of their own: "expects the same in return", "border guards
  could return", "roads open under X sovereignty" (with the roads' issue in the sentence);
* "X's position is simple: …" in X's own briefing is X's; "saw no role for observers" refuses
  them; "the two commissions", "the mission" refer back to the bodies named in full before;
  "handed over the remains" is no demining, "handed over all the maps" is;
* "the road is not a problem" accepts the road; "will not allow its border to be changed" is
  integrity; "soldiers on its northern border" stand on a border, no delimitation;
* "X wants Y, and Z has agreed": Z holds X's stance on Y;
* a border guarded, protected or opened is no delimitation; a long quoted object of a narrated
  verb ('did not need "observers to tell us …"') is read with the narration's negation;
* "no intention of resorting to force" renounces force; "within a month of the treaty's entry into
  force" is a deadline, no stance on the treaty;
* "the era of observers deciding for the region is over" opposes them; "we will not accept a
  treaty that can be overturned" refuses that kind of treaty, not the treaty;
* "offered satellite imagery to both commissions" supports what the commissions do;
* "suggested the Lakeside monitors had outstayed their welcome" wants them gone;
* "sign it with the Lakeside monitors still on its border" keeps the monitors; the border there
  is where they stand;
* "return must be part of any settlement" is no stance on the settlement;
* a sentence parsed as one noun phrase ("X's spokesperson for foreign affairs called on both sides
  to show restraint", with "spokesperson" as its root) is the role's actor's;
* "welcomed the deal" after "the rail deal" is no peace treaty;
* "rejected the idea" after a proposal carries the proposal's issue; "an adviser to X's president"
  speaks for X; "we will not walk away from the talks" supports them.

Texts are about invented states, bodies and people (Ruritania, Borduria, the Lakeland Union).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.voice_resolution import operative, recital, resolution_issuer_span

BOOK = Codebook(
    "toy-round7",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania", "Ruritanian government"),
              ("Rudolf Rassendyll",), ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria", "Bordurian government"), ("Kurvi Tasch",),
              ("Szohod",), ("Bordurian",)),
        Actor("syldavia", "Syldavia", "state", ("Republic of Syldavia",), (), ("Klow",), ("Syldavian",)),
        Actor("lakeland", "Lakeland Union", "organisation", ("Lakeland Assembly", "the Union")),
        Actor("lakeside", "Lakeside Mission", "organisation", ("Lakeside Mission", "Lakeside monitors"), ("Anna Berg",)),
        Actor("pact", "Northern Pact", "organisation", ("the Pact",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty", "peace agreement")),
        Issue("force", "Refrain from the threat or use of force", keywords=("use of force", "restraint")),
        Issue("border", "Delimit and demarcate the state border", keywords=("delimitation", "border commissions")),
        Issue("prisoners", "Release detainees and prisoners of war", keywords=("prisoners of war", "detainees")),
        Issue("presence", "Keep foreign peacekeepers, monitors or mediators' presence in the region",
              keywords=("monitoring mission", "observers")),
        Issue("heritage", "Protect cultural and religious heritage and monuments", keywords=("churches",)),
        Issue("pact_role", "Keep the Northern Pact as the leading mediator in the region", keywords=("Northern Pact",)),
        Issue("return", "Right of return for people displaced by the conflict", keywords=("return",)),
        Issue("roads", "Open transport links (roads, railways) through the region", keywords=("railway", "communications")),
        Issue("integrity", "Mutual recognition of sovereignty and territorial integrity",
              keywords=("territorial integrity", "sovereignty")),
        Issue("mines", "Clear landmines and hand over minefield maps", keywords=("demining",)),
    ),
    affiliation_camps=(("Ministry of Foreign Affairs of Syldavia", "syldavia"), ("Centre for Ruritanian Studies", "ruritania")),
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


OPED = (
    "OPINION\n"
    "Jana Novak, Centre for Ruritanian Studies\n\n"
    "For thirty years the talks between the two states have gone round in circles.\n\n"
)


# --- a resolution ---------------------------------------------------------------------------------
RESOLUTION = (
    "Lakeland Assembly resolution of 3 March 2026 on the talks between Ruritania and Borduria\n\n"
    "The Lakeland Assembly,\n\n"
    "– having regard to its earlier resolutions on the region,\n\n"
    "A. whereas the border commissions of both states met four times in the past year;\n\n"
    "B. whereas some detainees of the last war are still held in Borduria;\n\n"
    "1. Welcomes the work of the border commissions and urges both states to sign the peace agreement;\n\n"
    "2. Calls on Borduria to release all detainees without delay;\n\n"
    "3. Encourages Ruritania and Syldavia to conclude a peace treaty of their own;\n\n"
    "4. Supports the Lakeside Mission; deplores the demands of the Bordurian government for the mission's withdrawal;\n\n"
    "5. Supports the opening of the railway on the basis of full respect for the sovereignty of the states concerned;\n\n"
    "6. Instructs its President to forward this resolution to the governments of the region.\n"
)


def test_a_resolution_is_known_by_its_issuing_body_and_numbered_clauses():
    assert resolution_issuer_span(RESOLUTION) is not None
    assert resolution_issuer_span("The Lakeland Assembly,\nmet on Monday.\n") is None


def test_recitals_and_clauses_are_told_apart():
    assert recital("A. whereas the commissions met;") and recital("– having regard to its resolutions,")
    assert operative("1. Welcomes the work of the commissions;") and operative("Calls on X to act;")
    assert not operative("The commissions met.") and not operative("This is a fact.")


def test_a_resolutions_clauses_are_its_bodys_positions(run):
    found = triples(run(RESOLUTION))
    assert {("lakeland", "border", "support"), ("lakeland", "peace", "support"),
            ("lakeland", "prisoners", "support"), ("lakeland", "presence", "support")} <= found


def test_a_resolutions_recitals_are_no_position_of_its_own(run):
    # A recital states facts: the body holds nothing by reciting them. Actors the recital names as doing
    # something hold what it says of them ("the border commissions of both states met"), as challenge18's keys have it.
    result = run(RESOLUTION)
    assert "lakeland" not in {a for a, _, _ in about(result, RESOLUTION, "whereas")}


def test_those_a_resolution_encourages_are_targets_not_holders(run):
    result = run(RESOLUTION)
    assert not {a for a, _, _ in about(result, RESOLUTION, "Encourages")} & {"ruritania", "syldavia"}


def test_terms_on_the_basis_of_respect_for_sovereignty_qualify_the_opening(run):
    found = about(run(RESOLUTION), RESOLUTION, "on the basis of")
    assert ("lakeland", "roads", "support") in found and not any(i == "integrity" for _, i, _ in found)


def test_a_deplored_demand_for_withdrawal_is_the_demanders_refusal(run):
    assert ("borduria", "presence", "oppose") in triples(run(RESOLUTION))


# --- a ministry's readout of a call ---------------------------------------------------------------
READOUT = (
    "Ministry of Foreign Affairs of Syldavia\n"
    "Press release, 9 June 2026\n"
    "Minister speaks by telephone with the Foreign Minister of Borduria\n\n"
    "The Federal Foreign Minister spoke by telephone today with the Foreign Minister of Borduria.\n\n"
    "The Bordurian Foreign Minister said that his government wanted a peace treaty this year.\n\n"
    "The Federal Foreign Minister welcomed the progress made by the border commissions.\n\n"
    "The Federal Foreign Minister reaffirmed her full support for the Lakeside Mission.\n"
)


def test_a_press_releases_own_minister_is_its_issuers(run):
    found = triples(run(READOUT))
    assert ("syldavia", "border", "support") in found and ("borduria", "border", "support") not in found


def test_the_counterpart_named_with_a_country_keeps_its_own_side(run):
    assert ("borduria", "peace", "support") in triples(run(READOUT))


def test_support_for_a_mission_named_by_name_is_presence(run):
    assert ("syldavia", "presence", "support") in triples(run(READOUT))


# --- a wire report -------------------------------------------------------------------------------
WIRE = (
    "STRELSAU, 4 August 2026 - Ruritania and Borduria traded blame over a shooting on Sunday.\n\n"
    "Ruritania's foreign ministry spokesperson proposed that the Lakeside monitors be given access to the site.\n\n"
    "In Szohod, an adviser to Borduria's president rejected the idea.\n\n"
    "\"We will not walk away from the peace treaty,\" Rudolf Rassendyll said.\n"
)


def test_monitors_given_access_is_outside_presence(run):
    assert ("ruritania", "presence", "support") in triples(run(WIRE))


def test_an_adviser_rejecting_the_idea_refuses_what_was_proposed(run):
    assert ("borduria", "presence", "oppose") in triples(run(WIRE))


def test_not_walking_away_from_a_treaty_supports_it(run):
    found = triples(run(WIRE))
    assert ("ruritania", "peace", "support") in found and ("ruritania", "peace", "oppose") not in found


# --- an actor's own role, refusals -----------------------------------------------------------------
ROLES = (
    "STRELSAU, 5 August 2026 - Fighting resumed on the border on Sunday.\n\n"
    "The Northern Pact offered to mediate.\n\n"
    "Syldavia also offered to mediate between the two capitals.\n\n"
    "Ruritania froze its participation in the Northern Pact in 2024.\n\n"
    "Borduria said it would not tolerate the presence of foreign observers near its border.\n\n"
    "Ruritania proposed that the Lakeside monitors visit the site.\n\n"
    "Borduria rejected the idea, as it rejects every outside observer.\n"
)


def test_the_labels_actor_offering_its_own_role_supports_it(run):
    assert ("pact", "pact_role", "support") in triples(run(ROLES))


def test_another_actor_offering_to_mediate_is_no_stance_on_that_role(run):
    assert ("syldavia", "pact_role", "support") not in triples(run(ROLES))


def test_freezing_ones_own_participation_opposes_it(run):
    assert ("ruritania", "pact_role", "oppose") in triples(run(ROLES))


def test_not_tolerating_foreign_observers_opposes_their_presence(run):
    assert ("borduria", "presence", "oppose") in triples(run(ROLES))


def test_a_reason_clause_is_not_refused_twice(run):
    found = about(run(ROLES), ROLES, "as it rejects")
    assert ("borduria", "presence", "oppose") in found and ("borduria", "presence", "support") not in found


# --- set phrases, terms, references ----------------------------------------------------------------
NEWS = (
    "STRELSAU, 6 August 2026 - The border commissions of the two states met again in Strelsau on Monday.\n\n"
    "Ruritania, she said, recognises the territorial integrity of Borduria and expects the same in return.\n\n"
    "The Pact's envoy said Bordurian border guards could return to the crossing if asked.\n\n"
    "Ruritania wants the railway open, under Ruritanian sovereignty and jurisdiction.\n\n"
    "Rudolf Rassendyll said the government wanted the two commissions to keep working through the winter.\n\n"
    "The expert added that Borduria saw no role for outside observers once the line was marked.\n\n"
    "The Lakeside Mission declined to comment.\n\n"
    "Its press officer, Anna Berg, said the mission would stay for as long as its mandate runs.\n\n"
    "Borduria has handed over the remains of eleven soldiers this year.\n\n"
    "Ruritania says it has handed over all the maps in its possession.\n"
)


def test_in_return_and_returning_guards_are_no_right_of_return(run):
    assert not any(issue == "return" for _, issue, _ in triples(run(NEWS)))


def test_terms_of_an_opening_are_no_stance_on_sovereignty(run):
    found = about(run(NEWS), NEWS, "railway open")
    assert ("ruritania", "roads", "support") in found and not any(i == "integrity" for _, i, _ in found)


def test_the_two_commissions_refer_back_to_the_border_commissions(run):
    assert ("ruritania", "border", "support") in about(run(NEWS), NEWS, "two commissions")


def test_seeing_no_role_for_observers_opposes_their_presence(run):
    assert ("borduria", "presence", "oppose") in triples(run(NEWS))


def test_the_mission_staying_after_its_full_name_is_its_presence(run):
    assert ("lakeside", "presence", "support") in about(run(NEWS), NEWS, "would stay")


def test_handing_over_remains_is_no_demining_but_maps_are(run):
    result = run(NEWS)
    assert not any(i == "mines" for _, i, _ in about(result, NEWS, "remains"))
    assert ("ruritania", "mines", "support") in about(result, NEWS, "all the maps")


BRIEFING = (
    "Ministry of Foreign Affairs of Syldavia\n"
    "Transcript of the weekly briefing of the Spokesperson, 27 August 2026\n\n"
    "Q (Lakeland Post): Is there a risk of escalation?\n\n"
    "A: Syldavia's position is simple: there is no military solution to this conflict.\n"
)


def test_the_issuers_own_position_named_in_its_briefing_is_its(run):
    assert ("syldavia", "force", "support") in triples(run(BRIEFING))


INTERVIEW = (
    "\"Syldavia wants the road\": an interview\n"
    "Interview by Jana Novak\n\n"
    "Kurvi Tasch advises the Bordurian government on transport.\n\n"
    "Q: Is the new railway a problem for Borduria?\n\n"
    "A: The railway itself is not a problem.\n\n"
    "Borduria will not allow a single metre of its border to be changed.\n\n"
    "Borduria will not accept any monitoring mission on its northern border.\n"
)


def test_not_a_problem_is_no_refusal(run):
    found = triples(run(INTERVIEW))
    assert ("borduria", "roads", "oppose") not in found


def test_a_border_not_to_be_changed_is_integrity_not_delimitation(run):
    found = about(run(INTERVIEW), INTERVIEW, "single metre")
    assert ("borduria", "integrity", "support") in found and not any(i == "border" for _, i, _ in found)


def test_a_stretch_of_border_named_as_a_place_is_no_delimitation(run):
    found = about(run(INTERVIEW), INTERVIEW, "northern border")
    assert ("borduria", "presence", "oppose") in found and not any(i == "border" for _, i, _ in found)


DEAL = (
    "Capitals welcome the new rail deal between Ruritania and Borduria\n\n"
    "STRELSAU, 21 October 2026 - The rail deal signed on Monday will reopen the old railway by 2027.\n\n"
    "Syldavia welcomed the deal on Tuesday.\n\n"
    "The Northern Pact said it also welcomed the peace deal talks.\n"
)


def test_the_deal_after_a_rail_deal_is_no_peace_treaty(run):
    found = about(run(DEAL), DEAL, "Syldavia welcomed the deal")
    assert ("syldavia", "peace", "support") not in found


def test_a_bare_conjoined_assent_shares_the_first_clauses_stance(run):
    text = WIRE + "Syldavia wants a Lakeside monitoring mission on the border, and Borduria has agreed.\n"
    found = about(run(text), text, "has agreed")
    assert {("syldavia", "presence", "support"), ("borduria", "presence", "support")} <= found


GUARDS = (
    "STRELSAU, 7 August 2026 - Ruritania and Borduria traded blame over a shooting on Sunday night.\n\n"
    "Ruritania's state border is protected by Ruritania's own border guards.\n\n"
    "Syldavian officials said the land border with Ruritania could open when conditions allow.\n\n"
    "Szohod, he said, did not need \"foreign observers to tell us who fired on our soldiers\", Kurvi Tasch said.\n"
)


def test_a_guarded_or_opened_border_is_no_delimitation(run):
    assert not any(i == "border" for _, i, _ in triples(run(GUARDS)))


def test_a_long_quoted_object_takes_the_narrations_negation(run):
    found = triples(run(GUARDS))
    assert ("borduria", "presence", "oppose") in found and ("borduria", "presence", "support") not in found


def test_no_intention_of_resorting_to_force_supports_non_use_of_force(run):
    text = WIRE + "Borduria has no intention of resorting to force.\n"
    assert ("borduria", "force", "support") in about(run(text), text, "resorting")


def test_a_treatys_entry_into_force_as_a_deadline_is_no_stance_on_it(run):
    text = WIRE + "Borduria has agreed to release all detainees within one month of the treaty's entry into force.\n"
    found = about(run(text), text, "entry into force")
    assert ("borduria", "prisoners", "support") in found and not any(i == "peace" for _, i, _ in found)


def test_an_era_that_is_over_is_opposed(run):
    text = WIRE + "Kurvi Tasch said the era of observers deciding for the region is over.\n"
    assert ("borduria", "presence", "oppose") in about(run(text), text, "is over")


def test_refusing_a_kind_of_treaty_is_no_opposition_to_the_treaty(run):
    text = WIRE + "Kurvi Tasch said Borduria will not accept a peace treaty that can be overturned by a court.\n"
    assert ("borduria", "peace", "oppose") not in about(run(text), text, "overturned")


def test_what_is_offered_to_a_body_supports_its_work(run):
    text = NEWS + "Syldavia, which hosted the last summit, has offered satellite imagery to both commissions.\n"
    assert ("syldavia", "border", "support") in about(run(text), text, "satellite imagery")


def test_the_labels_actor_ready_to_host_talks_supports_its_role(run):
    text = ROLES + "The Pact's foreign ministry said the Northern Pact remained ready to host talks between the two sides.\n"
    assert ("pact", "pact_role", "support") in about(run(text), text, "ready to host")


def test_monitors_outstaying_their_welcome_is_wanting_them_gone(run):
    text = WIRE + "A Bordurian deputy foreign minister suggested that the Lakeside monitors had outstayed their welcome.\n"
    assert ("borduria", "presence", "oppose") in about(run(text), text, "outstayed")


def test_signing_with_the_monitors_still_on_the_border_keeps_them(run):
    text = OPED + "Ruritania should sign the peace treaty, and it should sign it with the Lakeside monitors still on its border.\n"
    found = about(run(text), text, "still on its border")
    assert ("ruritania", "presence", "support") in found and not any(i == "border" for _, i, _ in found)


def test_part_of_any_settlement_is_no_stance_on_the_settlement(run):
    text = WIRE + "Kurvi Tasch said the right of return must be part of any peace treaty.\n"
    found = about(run(text), text, "part of any")
    assert ("borduria", "return", "support") in found and not any(i == "peace" for _, i, _ in found)


def test_a_role_noun_parsed_as_the_root_holds_the_call_below_it(run):
    text = WIRE + ("The Lakeland Union's spokesperson for foreign affairs called on both sides late on Monday to "
                   "show restraint and to use the existing hotline between the defence ministries.\n")
    assert ("lakeland", "force", "support") in about(run(text), text, "show restraint")


def test_ruling_out_settling_the_border_by_force_renounces_force(run):
    text = WIRE + "Rudolf Rassendyll said the government had ruled out any attempt to settle the border by force.\n"
    assert ("ruritania", "force", "support") in about(run(text), text, "by force")


def test_a_clause_setting_terms_for_an_opening_is_no_stance_on_its_terms(run):
    text = WIRE + "Klow welcomed any opening of communications that respects the sovereignty of states and the existing borders.\n"
    found = about(run(text), text, "existing borders")
    assert ("syldavia", "roads", "support") in found and not any(i == "integrity" for _, i, _ in found)
