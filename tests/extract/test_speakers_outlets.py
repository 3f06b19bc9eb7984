"""speakers.rules.v1 on attribution shapes of other outlets and genres (our own invented texts).

Speakers are invented people and institutions of a small codebook; each case gives the
(text, speaker, speaker actor) of every direct quote, or of every reported statement.

Decisions documented here (and in the speakers module docstring):

* a quote several people say together ("the two leaders said", "X and Y said in a joint
  statement") gets all their names joined with "and" as its speaker and their actor only
  when they share one (``None`` otherwise): the model has one speaker actor per quote;
* interview turns ("Question: …", "Name: …") without quotation marks are no quotes, direct or
  reported: they are the speaker's own words, not narration about them (stance reads them
  as the turn speaker's arguments).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "outlets",
    (
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Piotr Valen"),
              ("Harnby",), ("Norlandic",)),
        Actor("sudmark", "Sudmark", "state", ("Sudmarkian side",), ("Anna Kessler", "Tomas Brandt"),
              ("Kelst",), ("Sudmarkian",)),
        Actor("eu", "European Union", "organisation", ("EU",), ("Helga Sand",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
)
N, S, E = "norland", "sudmark", "eu"
QUOTE = "We will not sign anything that divides the valley"

DIRECT = [
    # -- titles and roles ---------------------------------------------------------------------
    ("title before a member", f"Foreign Ministry spokesperson Jane Roe said: “{QUOTE}.”", [(QUOTE, "Jane Roe", N)]),
    ("title with a demonym before a non-member",
     f"“{QUOTE},” Norlandic Foreign Ministry spokesperson Mila Dorn told reporters.", [(QUOTE, "Mila Dorn", N)]),
    ("the ministry's spokeswoman",
     f"The Norlandic Foreign Ministry issued a note on Monday. “{QUOTE},” the ministry's spokeswoman said.",
     [(QUOTE, "Norland", N)]),
    ("a metonym's press secretary after another person",
     f"Anna Kessler arrived in Harnby on Monday. “{QUOTE},” Harnby's press secretary told reporters.",
     [(QUOTE, "Norland", N)]),
    ("who-clause after the name",
     f"Jane Roe, who heads the delegation, told reporters: “{QUOTE}.”", [(QUOTE, "Jane Roe", N)]),
    ("who-clause after the surname",
     f"Jane Roe arrived late. “{QUOTE},” Roe, who heads the delegation, said.", [(QUOTE, "Jane Roe", N)]),
    ("said X, title of Y", f"“{QUOTE},” said Mila Dorn, a spokeswoman for the Sudmarkian side.",
     [(QUOTE, "Mila Dorn", S)]),
    ("apposition with a title after a non-member",
     f"“{QUOTE},” Mila Dorn, spokesperson for the Norlandic Foreign Ministry, said on Monday.",
     [(QUOTE, "Mila Dorn", N)]),
    ("the X foreign minister is the person of X named before",
     f"Jane Roe, Norland's foreign minister, met Anna Kessler. “{QUOTE},” the Norlandic foreign minister said.",
     [(QUOTE, "Jane Roe", N)]),
    # -- organisations ------------------------------------------------------------------------
    ("the ministry said in a statement",
     f"Sudmark's Foreign Ministry reacted quickly. “{QUOTE},” the ministry said in a statement.",
     [(QUOTE, "Sudmark", S)]),
    ("the EU's service said", f"“{QUOTE},” the EU's External Action Service said.", [(QUOTE, "European Union", E)]),
    ("it was stated in the statement",
     f"The Sudmarkian Foreign Ministry issued a statement on Tuesday. “{QUOTE},” it was stated in the statement.",
     [(QUOTE, "Sudmark", S)]),
    ("the statement reads",
     f"Kelst released a statement after the meeting. “{QUOTE},” the statement reads.", [(QUOTE, "Sudmark", S)]),
    ("the statement said, before the quote",
     f"The Norlandic government published a statement. The statement said: “{QUOTE}.”", [(QUOTE, "Norland", N)]),
    # -- cue verbs ------------------------------------------------------------------------------
    *[
        (f"cue {verb}", f"“{QUOTE},” Anna Kessler {verb}.", [(QUOTE, "Anna Kessler", S)])
        for verb in ("added", "noted", "stressed", "emphasised", "underlined", "recalled", "warned", "insisted")
    ],
    # -- the speaker named elsewhere ------------------------------------------------------------
    ("speaker in the previous sentence",
     f"Tomas Brandt told reporters on Friday. “{QUOTE}.”", [(QUOTE, "Tomas Brandt", S)]),
    ("speaker in the next paragraph",
     f"“{QUOTE}. Nobody should doubt our resolve for a single moment.”\n\nTomas Brandt said this at a rally on Sunday.",
     [(f"{QUOTE}. Nobody should doubt our resolve for a single moment", "Tomas Brandt", S)]),
    ("subject of the sentence before, no speech verb",
     f"Jane Roe did not mince words. “{QUOTE}.”", [(QUOTE, "Jane Roe", N)]),
    ("not across a paragraph break",
     f"Jane Roe arrived in Kelst on Monday.\n\n“{QUOTE}.”", [(QUOTE, None, None)]),
    ("colon after a subject, no speech verb",
     f"Anna Kessler and Jane Roe met. Kessler was blunt: “{QUOTE}.”", [(QUOTE, "Anna Kessler", S)]),
    ("colon after a possessive subject", f"Jane Roe's message was clear: “{QUOTE}.”", [(QUOTE, "Jane Roe", N)]),
    ("em-dash attribution", f"“{QUOTE}.” — Helga Sand, EU envoy", [(QUOTE, "Helga Sand", E)]),
    ("em-dash attribution with a title", f"“{QUOTE}.” — EU envoy Helga Sand", [(QUOTE, "Helga Sand", E)]),
    ("headline colon with a surname named later",
     f"Kessler: «{QUOTE}»\n\nAnna Kessler spoke in parliament on Monday.", [(QUOTE, "Anna Kessler", S)]),
    # -- pronouns across two speakers -----------------------------------------------------------
    ("she and he after Ms and Mr",
     "Ms Roe met Mr Brandt in Kelst. “We want the border open,” she said. “We need more time,” he replied.",
     [("We want the border open", "Jane Roe", N), ("We need more time", "Tomas Brandt", S)]),
    ("she after a man named later, from her possessive",
     "Jane Roe said her government was ready. Tomas Brandt said his side needed time. "
     "“We have waited long enough,” she added.",
     [("We have waited long enough", "Jane Roe", N)]),
    ("he: not the woman named last",
     "The spokesman, Piotr Valen, met Ms Kessler. “Our offer stands until Friday,” he said.",
     [("Our offer stands until Friday", "Piotr Valen", N)]),
    ("pronoun without gender evidence takes the last person",
     "Jane Roe met Tomas Brandt. “Our offer stands until Friday,” he said.",
     [("Our offer stands until Friday", "Tomas Brandt", S)]),
    # -- several speakers ----------------------------------------------------------------------
    ("the two leaders said",
     f"Jane Roe met Anna Kessler on Friday. “{QUOTE},” the two leaders said.",
     [(QUOTE, "Jane Roe and Anna Kessler", None)]),
    ("the two sides said",
     f"Harnby and Kelst issued a communique. “{QUOTE},” the two sides said.",
     [(QUOTE, "Norland and Sudmark", None)]),
    ("a transcript label names no speaker", f"Question: “{QUOTE}?”\n\nAnswer: No.", [(f"{QUOTE}?", None, None)]),
    ("joint statement of one side",
     f"Jane Roe and Piotr Valen said in a joint statement: “{QUOTE}.”", [(QUOTE, "Jane Roe and Piotr Valen", N)]),
    # -- interviews ----------------------------------------------------------------------------
    ("interview turns are no quotes",
     "Anna Kessler spoke to the Courier.\n\nQuestion: Will you sign the treaty this year?\n\n"
     "Answer: We are ready to sign it, but not at any price.\n\nCourier: And the border?\n\n"
     "Kessler: The border must be drawn first.", []),
    ("a quote inside a question keeps its own speaker",
     "Question: Jane Roe said “the border is closed for good”. What do you answer?\n\n"
     "Answer: That is not our view.", [("the border is closed for good", "Jane Roe", N)]),
]

REPORTED = [
    ("said that", "Anna Kessler said that Sudmark would sign the treaty in May.",
     [("Sudmark would sign the treaty in May", "Anna Kessler", S)]),
    ("stressed the need to", "Jane Roe stressed the need to reopen the border crossings before winter.",
     [("the need to reopen the border crossings before winter", "Jane Roe", N)]),
    ("according to", "According to Helga Sand, both sides have agreed to a ceasefire.",
     [("both sides have agreed to a ceasefire", "Helga Sand", E)]),
    ("reiterated its commitment", "The Norlandic government reiterated its commitment to a negotiated settlement.",
     [("its commitment to a negotiated settlement", "Norland", N)]),
    ("reiterated his commitment", "Tomas Brandt reiterated his commitment to the talks in Harnby.",
     [("his commitment to the talks in Harnby", "Tomas Brandt", S)]),
    ("underlined the importance of", "Helga Sand underlined the importance of direct talks between the parties.",
     [("the importance of direct talks between the parties", "Helga Sand", E)]),
    ("the ministry said that", "Sudmark's Foreign Ministry met on Monday. The ministry said that the talks would go on.",
     [("the talks would go on", "Sudmark", S)]),
    ("she said after a woman is named", "Jane Roe arrived late. She said the treaty was not ready for signing.",
     [("the treaty was not ready for signing", "Jane Roe", N)]),
]


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


@pytest.mark.parametrize("name, text, expected", DIRECT, ids=[c[0] for c in DIRECT])
def test_direct_quote_speaker(run, name, text, expected):
    found = [(q.text, q.speaker, q.speaker_actor) for q in run(text).quotes if q.direct]
    assert found == expected, name


@pytest.mark.parametrize("name, text, expected", REPORTED, ids=[c[0] for c in REPORTED])
def test_reported_speaker(run, name, text, expected):
    found = [(q.text, q.speaker, q.speaker_actor) for q in run(text).quotes if not q.direct]
    assert found == expected, name


def test_interview_answers_are_not_reported_statements(run):
    text = "Question: Will you sign?\n\nAnna Kessler: The border must be drawn first, and we will not move."
    assert list(run(text).quotes) == []


def test_there_are_many_cases():
    assert len(DIRECT) + len(REPORTED) >= 40


def test_expressed_hope_for_is_reported(run):
    text = "Jane Roe expressed hope for an early deal with Sudmark."
    found = [(q.text, q.speaker, q.cue) for q in run(text).quotes if not q.direct]
    assert found == [("hope for an early deal with Sudmark", "Jane Roe", "expressed")]


def test_object_without_a_complement_is_no_report(run):
    assert [q for q in run("Jane Roe stressed the point.").quotes] == []
