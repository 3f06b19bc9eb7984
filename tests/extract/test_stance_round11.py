"""Round 11 of the position rules: genres earlier rounds lacked, and cues built from the codebook.

* a letters page: each signed letter is its signatory's own argument, for the actor the signature
  names (the page's own camp is the outlet's);
* an issue's act as verb and object from its label and description ("withdrawing these cases",
  "the cases should be dropped");
* a body named after its task ("the Joint Mine Action Board") is a cue, and "the Board" after it;
* "return to the talks" resumes talks, "returned the compliment" answers in kind: no return of people;
* a parliament's record: an office label without a country ("DEPUTY MINISTER:") is the issuing
  state's, and "the Government" in a minister's turn is the speaker's state;
* a wire dateline ("STRELSAU - …") is no part of the subject phrase;
* "I will vote no" opposes what the previous sentence named;
* "Under the accord, X and Y will …" parsed with X and Y inside the fronted phrase: they are the subject;
* "the release by X of …": the agent carried the act out and holds support;
* the speech verbs list has no misspelt forms ("quiped", "sayed").

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.issue_actions import action_pairs
from parley.extract.issue_resumption import resumes_activity
from parley.extract.issues import IssueVocabulary
from parley.extract.letter_signatures import letter_turns
from parley.extract.lexicon import SPEECH_VERBS

BOOK = Codebook(
    "toy-round11",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania",), ("Rudolf Rassendyll",),
              ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",), ("Bordurian",)),
        Actor("syldavia", "Syldavia", "state", ("Republic of Syldavia",), (), ("Klowtown",), ("Syldavian",)),
        Actor("ru_opposition", "Ruritanian opposition", "party", ("Homeland faction",), ("Anna Black",)),
        Actor("ru_diaspora", "Ruritanian diaspora", "community", ("Ruritanian Friendship Society",), ()),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty",)),
        Issue("cases", "Withdraw interstate legal claims against each other (courts, arbitration)",
              description="Support means committing to drop interstate cases; oppose means pursuing them.",
              keywords=("arbitration", "lawsuits")),
        Issue("demining", "Clear landmines and hand over minefield maps", keywords=("mines", "demining")),
        Issue("return", "Right of return for displaced people", keywords=("return", "refugees")),
        Issue("missing", "Release detainees and account for missing persons", keywords=("detainees", "release")),
        Issue("claims", "Renounce territorial claims, including amending the constitution",
              keywords=("territorial claims", "constitution", "referendum")),
    ),
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


@pytest.fixture(scope="module")
def vocabulary():
    return IssueVocabulary.from_codebook(BOOK)


def about(result, text: str, words: str) -> set[tuple[str, str, str]]:
    """The triples whose evidence sentence contains ``words``."""
    return {(p.actor, p.issue, p.stance) for p in result.positions if words in text[p.span.start:p.span.end]}


LETTERS = """Letters: the treaty and the courts
The Strelsau Courier
3 May 2031

Heading one

Sir, the referendum on the constitution is a vote on our history. I will vote no, and I ask my friends to do the same.
Anna Black, MP, Homeland faction, Strelsau

Heading two

Sir, the peace treaty deserves our support. We ask both governments to sign the peace treaty this year.
Jan Novak, secretary, Ruritanian Friendship Society, Prague

Heading three

Sir, I grew up by the river and I hope the peace treaty is signed soon.
Eva Weiss, Lindenhof
"""


def test_each_letter_speaks_for_the_actor_its_signature_names(run):
    result = run(LETTERS)
    assert ("ru_diaspora", "peace", "support") in about(result, LETTERS, "sign the peace treaty")
    assert not about(result, LETTERS, "I grew up by the river")  # a private reader stands for no actor


def test_letter_turns_need_signed_letters():
    start = LETTERS.index("Homeland faction")
    mention = SimpleNamespace(span=SimpleNamespace(start=start, end=start + 16), actor="ru_opposition")
    turns = letter_turns(LETTERS, [mention])
    assert (LETTERS.index("Sir, the referendum"), ("ru_opposition",), "Anna Black") in turns
    assert letter_turns("Sir, a single line of prose.\n", [mention]) == []


def test_vote_no_opposes_what_was_just_named(run):
    assert ("ru_opposition", "claims", "oppose") in about(run(LETTERS), LETTERS, "I will vote no")


def test_an_issues_act_as_verb_and_object(vocabulary):
    assert ("withdraw", "cases") in action_pairs(BOOK.issues[1].label, BOOK.issues[1].description)
    for text in ("Ruritania will support withdrawing every one of these cases.",
                 "She argued that the cases should be dropped."):
        assert "cases" in {h.issue for h in vocabulary.match(text)}, text
    assert "cases" not in {h.issue for h in vocabulary.match("The doctors saw two cases of flu on Monday.")}


def test_a_body_named_after_its_task(vocabulary, run):
    assert "demining" in {h.issue for h in vocabulary.match("They set up a Joint Mine Action Board.")}
    assert "demining" not in {h.issue for h in vocabulary.match("The Mine Street bakery opened.")}
    text = ("Syldavia spoke on Monday.\nRuritania and Borduria set up a Joint Mine Action Board on Monday. "
            "Syldavia will fund the Board's secretariat.\n")
    assert ("syldavia", "demining", "support") in about(run(text), text, "fund the Board")


def test_a_return_to_the_talks_is_no_return_of_people(run):
    assert resumes_activity("Borduria is ready to return to the talks.", type("C", (), {"start": 21, "end": 27}))
    assert resumes_activity("Kurvi Tasch returned the compliment.", type("C", (), {"start": 12, "end": 20}))
    assert not resumes_activity("They returned the displaced families.", type("C", (), {"start": 5, "end": 13}))
    text = "Kurvi Tasch spoke on Monday.\nBorduria is ready to return to trilateral work on the treaty.\n"
    assert not any(issue == "return" for _, issue, _ in about(run(text), text, "return to trilateral work"))


RECORD = """Debate on the report (extract from the verbatim record)
National Assembly of the Republic of Ruritania
Plenary sitting of Monday, 5 May 2031

CHAIR: The floor is given to Anna Black, Homeland faction.

ANNA BLACK (Homeland faction): Borduria wants the return of its people to Strelsau.

CHAIR: The Deputy Minister has the floor.

DEPUTY MINISTER OF FOREIGN AFFAIRS: Thank you. The Government will not discuss the return of anyone to Ruritania.
"""


def test_an_office_label_and_the_government_in_a_ministers_turn(run):
    found = about(run(RECORD), RECORD, "will not discuss the return")
    assert ("ruritania", "return", "oppose") in found
    assert not any(actor == "borduria" for actor, _, _ in found)


def test_a_wire_dateline_is_no_part_of_the_subject(run):
    text = ("Weekly digest\n\nSTRELSAU - The Ruritanian Friendship Society, meeting in Strelsau on the same day, "
            "called for a peace treaty.\n")
    found = about(run(text), text, "called for a peace treaty")
    assert ("ru_diaspora", "peace", "support") in found
    assert not any(actor == "ruritania" for actor, _, _ in found)


def test_a_subject_misread_into_a_fronted_phrase(run):
    text = ("Live\n\nRuritania met Borduria. Under the Klowtown Declaration, Ruritania and Borduria will withdraw "
            "all interstate cases against each other, at the courts and in arbitration, within ninety days.\n")
    found = about(run(text), text, "will withdraw")
    assert {("ruritania", "cases", "support"), ("borduria", "cases", "support")} <= found


def test_the_agent_of_the_act_carried_it_out(run):
    text = "Live\n\nRuritania met Borduria. Syldavia welcomes the release by Borduria of four Ruritanian detainees.\n"
    found = about(run(text), text, "the release by Borduria")
    assert ("borduria", "missing", "support") in found


def test_speech_verbs_are_spelt_right():
    assert {"quipped", "slammed", "admitting", "said", "told"} <= SPEECH_VERBS
    assert not {"quiped", "slamed", "admiting", "sayed", "telled"} & SPEECH_VERBS
