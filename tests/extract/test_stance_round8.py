"""Round 8 of the position rules: contrasts, clause bounds, forces on the ground, questions put.

* "needs even-handed partners, not patrons": the "not" of "X, not Y" negates Y, not X;
* "the group was rightly dissolved": a passive subject of the cue's own verb holds nothing, and
  "rightly" is the author's own judgement;
* "so that nothing delays the first train": "delay" turns what it governs;
* "the referendum must remove it; without that, no treaty will hold": a clause before a semicolon
  is not read with the negation of the clause after it;
* "Xian border guards", "the Xian troops" are the role of the state an issue's label keeps ("Keep X
  as the leading power"): "will not let Xian border guards onto the road" refuses it;
* "the monitors should go home", "the mission should end when its mandate expires": their presence
  refused, no one's return;
* "X is a capitulation" refuses X; "will not put our signature under a treaty while the preamble
  stays" wants the preamble gone;
* "Y asked whether the administration would press Z": a question put, no one's position;
* "an open border", "keep the border quiet", "border procedures": crossing a border, not drawing it;
* "the Ministers" of a joint statement are all its issuers;
* "its mandate should not be extended", "would back an extension of its mandate": a mission's
  mandate is its presence;
* a question in narration ("How does Szohod view this?") reports no one's position;
* "the border protocol" (or "a protocol on the border") is later "the protocol", on the same issue;
  "the monitors" are later "the mission";
* a plural keyword alone ("remains") is no cue in "would remain"; "watch the border" is a place
  guarded; "once the referendum date is set" is a time, no stance on the referendum;
* "X wanted Y and Z to sign the treaty": Y and Z are asked, X holds it; "Szohod remains ready to
  send its border guards" offers the role the label keeps.

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "toy-round8",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania",), ("Rudolf Rassendyll",), ("Strelsau",),
              ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",), ("Bordurian",)),
        Actor("syldavia", "Syldavia", "state", ("Republic of Syldavia",), (), ("Klow",), ("Syldavian",)),
        Actor("lakeside", "Lakeside Mission", "organisation", ("Lakeside Mission", "Lakeside monitors")),
        Actor("eastgroup", "East Group", "organisation", ("the East Group",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty", "peace agreement")),
        Issue("force", "Refrain from the threat or use of force", keywords=("use of force", "peaceful means")),
        Issue("border", "Delimit and demarcate the state border", keywords=("delimitation", "border commissions")),
        Issue("presence", "Keep foreign peacekeepers, monitors or mediators' presence in the region",
              keywords=("monitoring mission", "observers")),
        Issue("borduria_role", "Keep Borduria as the leading power and mediator in the region",
              keywords=("Bordurian mediation",)),
        Issue("return", "Right of return for people displaced by the conflict", keywords=("return",)),
        Issue("roads", "Open transport links (roads, railways) through the region", keywords=("railway",)),
        Issue("claims", "Renounce territorial claims, including amending the constitution",
              keywords=("territorial claims", "preamble", "referendum")),
        Issue("balance", "International actors treat both sides' concerns evenly (a one-sided approach is criticised)",
              keywords=("one-sided", "impartial")),
        Issue("missing", "Release detainees and account for missing persons", keywords=("detainees", "remains")),
        Issue("group_end", "Dissolve the East Group and related mediation structures", keywords=("East Group",)),
    ),
    affiliation_camps=(("Centre for Ruritanian Studies", "ruritania"),),
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


def about(result, text: str, words: str) -> set[tuple[str, str, str]]:
    """The triples whose evidence sentence contains ``words``."""
    return {(p.actor, p.issue, p.stance) for p in result.positions if words in text[p.span.start:p.span.end]}


OPED = (
    "OPINION\n"
    "Jana Novak, Centre for Ruritanian Studies\n\n"
    "For thirty years the talks between the two states have gone round in circles.\n\n"
)


def test_not_before_a_contrasted_phrase_negates_only_that_phrase(run):
    text = OPED + "A broker that takes sides is no broker, and the region needs even-handed partners, not patrons.\n"
    assert about(run(text), text, "even-handed") >= {("ruritania", "balance", "support")}
    assert ("ruritania", "balance", "oppose") not in about(run(text), text, "even-handed")


def test_a_body_only_dissolved_takes_no_position_and_rightly_is_the_authors(run):
    text = OPED + "The East Group was rightly dissolved in 2022.\n"
    found = about(run(text), text, "dissolved")
    assert not any(actor == "eastgroup" for actor, _, _ in found)
    assert ("ruritania", "group_end", "support") in found


def test_nothing_delays_the_train_wants_the_train(run):
    text = OPED + "Ruritania should prepare the customs posts now so that nothing delays the first train on the railway.\n"
    found = about(run(text), text, "customs posts")
    assert ("ruritania", "roads", "oppose") not in found


def test_a_clause_before_a_semicolon_keeps_its_own_sign(run):
    text = OPED + "The referendum promised for this year must remove the claims; without that, no treaty will hold.\n"
    found = about(run(text), text, "referendum")
    assert ("ruritania", "claims", "support") in found and ("ruritania", "claims", "oppose") not in found


def test_the_label_states_border_guards_are_its_role(run):
    text = "Ruritania has said it will not let Bordurian border guards onto the new road.\n"
    found = about(run(text), text, "border guards")
    assert ("ruritania", "borduria_role", "oppose") in found
    assert not any(issue in {"border", "roads"} for _, issue, _ in found)


def test_monitors_going_home_are_presence_refused_not_a_return(run):
    text = "Borduria's foreign minister said the Lakeside monitors should go home.\n"
    found = about(run(text), text, "go home")
    assert ("borduria", "presence", "oppose") in found
    assert not any(issue == "return" for _, issue, _ in found)


def test_a_mission_that_should_end_is_refused(run):
    text = "Borduria's delegate said the Lakeside Mission should end when its mandate expires.\n"
    assert ("borduria", "presence", "oppose") in about(run(text), text, "should end")


def test_a_capitulation_is_refused(run):
    text = "Syldavia's president said the peace treaty is a capitulation dressed up as peace.\n"
    assert ("syldavia", "peace", "oppose") in about(run(text), text, "capitulation")


def test_no_signature_while_the_preamble_stays_wants_it_gone(run):
    text = "Kurvi Tasch said Borduria will not put its signature under a treaty while that preamble stays where it is.\n"
    found = about(run(text), text, "preamble")
    assert ("borduria", "claims", "support") in found
    assert ("borduria", "claims", "oppose") not in found


def test_a_question_put_is_no_ones_position(run):
    text = "The Syldavian delegate asked whether Ruritania would press Borduria on the question of return.\n"
    assert not about(run(text), text, "asked whether")


def test_a_border_open_or_quiet_is_no_delimitation(run):
    for text in ("Ruritania wants an open border with Borduria.\n",
                 "The Lakeside Mission has helped keep the border quiet.\n",
                 "Syldavia and Borduria agreed to simplify border procedures.\n"):
        assert not any(p.issue == "border" for p in run(text).positions), text


JOINT = (
    "Joint Statement of the Ministers of Foreign Affairs of Ruritania, Syldavia and Borduria\n"
    "Ministry of Foreign Affairs of the Republic of Ruritania\n"
    "Strelsau, 4 December 2026\n\n"
    "The Ministers held their third trilateral meeting in Strelsau.\n\n"
    "The Ministers emphasised that disputes between the states of the region should be settled by peaceful means only.\n"
)


def test_the_ministers_of_a_joint_statement_are_its_issuers(run):
    found = about(run(JOINT), JOINT, "peaceful means")
    assert {("ruritania", "force", "support"), ("syldavia", "force", "support"),
            ("borduria", "force", "support")} <= found


def test_a_missions_mandate_is_its_presence(run):
    text = "Borduria's foreign minister said the Lakeside Mission's mandate should not be extended.\n"
    assert ("borduria", "presence", "oppose") in about(run(text), text, "mandate")
    text = "Syldavia's envoy said Klow would back an extension of the monitors' mandate.\n"
    assert ("syldavia", "presence", "support") in about(run(text), text, "mandate")


def test_a_question_in_narration_reports_no_position(run):
    text = ("Ruritania wants the Lakeside monitors to stay. How does Szohod view the peace treaty?\n")
    assert not about(run(text), text, "How does")


def test_the_protocol_refers_back_to_the_border_protocol(run):
    from parley.extract.issue_references import heads_named
    from types import SimpleNamespace as NS

    text = "The two states signed a protocol on the northern section of the border."
    cue = NS(start=text.index("border"), end=text.index("border") + 6, source="label", polarity=1)
    assert heads_named(text, [NS(issue="border", cues=(cue,))]) == {"protocol": "border"}


def test_the_mission_refers_back_to_monitors_and_remain_is_no_remains(run):
    text = ("The Lakeside monitors have doubled their patrols since January. "
            "Their spokesman said last Thursday that the mission would remain in the valley.\n")
    found = about(run(text), text, "would remain")
    assert not any(issue == "missing" for _, issue, _ in found)
    from parley.extract.issue_references import heads_named
    from types import SimpleNamespace as NS

    cue = NS(start=0, end=len("The Lakeside monitors"), source="group", polarity=1)
    assert heads_named(text, [NS(issue="presence", cues=(cue,))]).get("mission") == "presence"


def test_watching_the_border_is_no_delimitation(run):
    text = "Kurvi Tasch said Borduria should ask Syldavia to watch the border.\n"
    assert not any(p.issue == "border" for p in run(text).positions)


def test_a_date_in_a_clause_of_time_is_no_stance(run):
    text = "Syldavia's envoy said Klow would hold a follow-up meeting once the referendum date is set.\n"
    assert not any(p.issue == "claims" for p in run(text).positions)


def test_those_one_wants_to_act_are_asked_not_holders(run):
    text = "Syldavia's envoy repeated that Klow wanted Ruritania and Borduria to sign their peace treaty quickly.\n"
    found = about(run(text), text, "wanted")
    assert ("syldavia", "peace", "support") in found
    assert ("ruritania", "peace", "support") not in found


def test_ready_to_send_its_guards_offers_the_role(run):
    text = "According to the ambassador, Szohod remains ready to send its border guards to the valley.\n"
    assert ("borduria", "borduria_role", "support") in about(run(text), text, "ready to send")
