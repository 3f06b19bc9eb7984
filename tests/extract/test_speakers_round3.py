"""speakers.rules.v1, round 3: four classes of speakers given only through context (invented texts).

Each case gives (quote text, speaker, speaker actor) of every direct quote. Conventions (see the
speakers, speaker_subjects and speaker_roles module docstrings):

* a role of a body the codebook does not name ("the speaker of the Volkstag") is the body's
  actor when the sentence just before has that actor's institution as its subject (lower
  confidence); otherwise it has no actor;
* a document that speaks ("the appeal says") speaks for its issuer: one named on the noun, else
  the actor an earlier sentence gives as adopting or issuing it; otherwise nobody;
* "called X “…”", "termed X “…”", "labelled X as “…”" give the quote to their subject; "called
  for" is no characterisation;
* "she said" right after a sentence whose subject is a speaking role is that role's, never an
  earlier named person's; a role of an institution ("the government's spokesperson") is held only
  by a person the text calls so, else it is the document's subject actor's (lower confidence).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "round3",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr", "Oren Vale"),
              ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Piotr Valen"),
              ("Harnby",), ("Norlandic",)),
        Actor("league", "Coastal League", "organisation", ("the League",), ("Helga Sand",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
)
K, N = "kestria", "norland"
BROKER = "has never been an honest broker and never will be"
VALLEY = "must be returned to the people who live there"
TRAP = "another attempt to divide the valley and its people"
WAR = "The alternative to the deal is a new war"
RALLY = (
    "Kestria's opposition rallies in Varn\n\n"
    "Thousands rallied in Varn, Kestria's capital, on Tuesday against the government's border policy "
    "and the talks with the League.\n\n"
    "Tomas Grell, one of the alliance's leaders, told the crowd that the deal was a surrender. "
    "“We will never accept it,” he said.\n\n"
    f"The government's spokesperson said later that the border process was lawful. “{WAR},” she said."
)
NO_SUBJECT_ACTOR = RALLY.replace(
    "Kestria's opposition rallies in Varn", "Kestria and Norland sign nothing"
).replace("Varn, Kestria's capital,", "the valley")

CASES = [
    # -- 1. a role of a body the codebook does not name -------------------------------------------
    ("body after a possessive institution subject",
     f"Kestria's parliament met on Monday to debate the treaty. Opening the session, the speaker of the "
     f"Volkstag said Norland “{BROKER}”.", [(BROKER, "Kestria", K)]),
    ("body after a demonym institution subject",
     f"The Kestrian parliament adopted a motion on Monday. The chairman of the Volkstag said Norland “{BROKER}”.",
     [(BROKER, "Kestria", K)]),
    # (the body's name is no person's: the speaker stays the whole role phrase, not "Volkstag")
    ("body after a sentence without an institution: no actor",
     f"Heavy rain fell on the valley on Monday. The speaker of the Volkstag said Norland “{BROKER}”.",
     [(BROKER, "The speaker of the Volkstag", None)]),
    ("body after a state (not an institution) as subject: no actor",
     f"Kestria rejected the plan on Monday. The speaker of the Volkstag said Norland “{BROKER}”.",
     [(BROKER, "The speaker of the Volkstag", None)]),
    # -- 2. a document that speaks ----------------------------------------------------------------
    ("document adopted earlier by an institution",
     f"Kestria's parliament on Thursday adopted an appeal to the Coastal League. The appeal, adopted by "
     f"98 votes, says that the valley “{VALLEY}”.", [(VALLEY, "Kestria", K)]),
    ("document adopted earlier, passive",
     f"An appeal was adopted by the Kestrian parliament on Monday. The appeal says that the valley “{VALLEY}”.",
     [(VALLEY, "Kestria", K)]),
    ("document with a demonym issuer", f"The Norlandic resolution says that the valley “{VALLEY}”.",
     [(VALLEY, "Norland", N)]),
    ("document with a possessive issuer", f"Norland's resolution says that the valley “{VALLEY}”.",
     [(VALLEY, "Norland", N)]),
    ("document with no known issuer: nobody, not the last actor named",
     f"Kestria and Norland met on Monday. The resolution says that the valley “{VALLEY}”.",
     [(VALLEY, None, None)]),
    ("a clause about the document names no issuer",
     f"A group of deputies adopted an appeal accusing Norland of delays. The appeal says that the valley "
     f"“{VALLEY}”.", [(VALLEY, None, None)]),
    # -- 3. characterising speech -----------------------------------------------------------------
    ("called X “…” after someone else's report",
     f"Ilsa Marr said on Monday that Kestria would not wait forever. Norland's foreign ministry called "
     f"the plan “{TRAP}”.", [(TRAP, "Norland", N)]),
    ("termed X “…”", f"Ilsa Marr termed the offer “{TRAP}”.", [(TRAP, "Ilsa Marr", K)]),
    ("labelled X as “…”", f"Norland's envoy labelled the proposal as “{TRAP}”.", [(TRAP, "Norland", N)]),
    ("called a meeting: the later speech verb attributes",
     f"Kestria called a meeting of the council, where Norland's envoy said the plan was “{TRAP}”.",
     [(TRAP, "Norland", N)]),
    # -- 4. she said after a speaking role --------------------------------------------------------
    ("role of the government: the subject actor", RALLY,
     [("We will never accept it", "Tomas Grell", None), (WAR, "Kestria", K)]),
    ("role without an actor: she is that role, not the earlier named person", NO_SUBJECT_ACTOR,
     [("We will never accept it", "Tomas Grell", None), (WAR, "The government's spokesperson", None)]),
    ("role without an actor, mid-sentence: she is nobody, not the earlier named person",
     NO_SUBJECT_ACTOR.replace("The government's spokesperson said later", "Later, the government's spokesperson said"),
     [("We will never accept it", "Tomas Grell", None), (WAR, None, None)]),
    ("role of the government: the person the text calls a spokesperson",
     RALLY.replace("Tomas Grell, one", "Spokesperson Vera Holm defended the talks on Monday. Tomas Grell, one"),
     [("We will never accept it", "Tomas Grell", None), (WAR, "Vera Holm", None)]),
]


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_direct_quote_speaker(run, name, text, expected):
    found = [(q.text, q.speaker, q.speaker_actor) for q in run(text).quotes if q.direct]
    assert found == expected, name


def test_context_resolved_speakers_have_a_lower_confidence(run):
    body = run(CASES[0][1]).quotes[0]
    said = [q for q in run(RALLY).quotes if q.direct][-1]
    assert body.confidence <= 0.5 and said.confidence <= 0.5


def test_called_for_is_no_characterisation_but_its_subjects_demand(run):
    """Not "called X “…”" (no object between): since round 11 the words are the subject's demand
    (:func:`.speaker_characterised.called_for_speaker`), as the challenge10 key gives them."""
    quote = run("Norland's envoy called for “an end to the shelling of the valley villages”.").quotes[0]
    assert (quote.cue, quote.speaker_actor) == ("called", "norland")


def test_there_are_many_cases():
    assert len(CASES) >= 12
